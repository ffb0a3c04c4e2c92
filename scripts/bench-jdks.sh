#!/usr/bin/env bash
# Runs one benchmark main class of the bench module under JDK 17 and under JDK 21 or later, one after the
# other, with the same arguments; "{jdk}" in an argument becomes the JDK's feature version (e.g. an output
# directory per JDK). Builds bench/target/benchmarks.jar first when it is missing or older than a source.
#
#   scripts/bench-jdks.sh dev.millrace.bench.engine.EngineBenchmark --output docs/benchmarks
#   scripts/bench-jdks.sh some.Main --out target/bench/jdk-{jdk}
#
# JDKs: JAVA_HOME_17 and JAVA_HOME_21 (any JDK 21 or later) when set; otherwise the newest matching JDK
# found under the usual install roots (/usr/lib/jvm, /usr/java, /opt/java, /Library/Java/JavaVirtualMachines,
# ~/.sdkman/candidates/java, ~/.jdks), read from each JDK's `release` file. BENCH_JDKS="17" or "21" runs one
# only; BENCH_JAVA_OPTS adds JVM options (e.g. -XX:StartFlightRecording=filename=bench-{jdk}.jfr).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/bench/target/benchmarks.jar"

if [[ $# -lt 1 ]]; then
  echo "usage: scripts/bench-jdks.sh MAIN-CLASS [ARGS...]  ('{jdk}' in ARGS becomes 17, 25, ...)" >&2
  exit 2
fi
main="$1"
shift

feature_of() { # prints the feature version of the JDK at $1, or nothing
  local release="$1/release"
  [[ -x "$1/bin/java" && -f "$release" ]] || return 0
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release"
}

find_jdk() { # $1: wanted feature version; $2: "exact" or "at-least"; prints the newest match
  local best="" best_feature=0 home feature
  for home in /usr/lib/jvm/* /usr/java/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home \
      "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [[ -d "$home" && ! -L "$home" ]] || continue
    feature="$(feature_of "$home")"
    [[ -n "$feature" ]] || continue
    if [[ "$feature" == "$1" || ( "$2" == at-least && "$feature" -ge "$1" ) ]] && (( feature > best_feature )); then
      best="$home"
      best_feature="$feature"
    fi
  done
  echo "$best"
}

jdk_home() { # $1: 17 or 21
  local var="JAVA_HOME_$1" home
  home="${!var:-}"
  if [[ -z "$home" ]]; then
    if [[ "$1" == 17 ]]; then home="$(find_jdk 17 exact)"; else home="$(find_jdk 21 at-least)"; fi
  fi
  if [[ -z "$home" || ! -x "$home/bin/java" ]]; then
    echo "bench-jdks: no JDK $1 found; set $var to its home directory" >&2
    exit 78
  fi
  echo "$home"
}

if [[ ! -f "$jar" ]] || [[ -n "$(find "$root" -path "$root/*/target" -prune -o \
    \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -type f -newer "$jar" -print -quit)" ]]; then
  echo "bench-jdks: building $jar ..." >&2
  mvn -f "$root/pom.xml" -B -q -Pbenchmarks -DskipTests -pl bench -am package >&2
fi

for wanted in ${BENCH_JDKS:-17 21}; do
  home="$(jdk_home "$wanted")"
  feature="$(feature_of "$home")"
  args=()
  for arg in "$@"; do
    args+=("${arg//\{jdk\}/$feature}")
  done
  # shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
  opts="${BENCH_JAVA_OPTS:-}"
  echo "bench-jdks: $main on JDK $feature ($home)" >&2
  "$home/bin/java" ${opts//\{jdk\}/$feature} -cp "$jar" "$main" "${args[@]}"
done
