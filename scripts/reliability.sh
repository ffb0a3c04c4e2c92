#!/usr/bin/env bash
# Runs the reliability suite (distribution's *ReliabilityIT: worker crashes, database outage, overload, limits,
# bad input, determinism) at the given size and writes its report to docs/reliability.md.
#   scripts/reliability.sh [reduced|full]     default: reduced (what CI runs); full takes a long while
#   scripts/reliability.sh --report-only [reduced|full]   only rewrites the report from the rows the last
#                                             run left (e.g. a plain `mvn -B verify`), naming that size
# Builds with the reactor (nothing is installed into ~/.m2), runs no other test, then joins the rows each
# scenario wrote under target/reliability/ beneath the report's header, with the date, machine and JDK.
set -euo pipefail
cd "$(dirname "$0")/.."
run_suite=true
if [[ "${1:-}" == "--report-only" ]]; then
  run_suite=false
  shift
fi
size="${1:-reduced}"
case "$size" in
  reduced|full) ;;
  *) echo "usage: scripts/reliability.sh [--report-only] [reduced|full]" >&2; exit 2 ;;
esac

rows=distribution/target/reliability
status=0
if $run_suite; then
  rm -rf "$rows"
  mvn -B -pl distribution -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test='*ReliabilityIT' -Dfailsafe.failIfNoSpecifiedTests=false \
    -Dmillrace.reliability.size="$size" || status=$?
fi

header=$(grep -A2 'HEADER = """' distribution/src/test/java/dev/millrace/reliability/ReliabilityReport.java \
  | grep -o '|.*|')
java_version=$(java -version 2>&1 | head -1)
{
  echo "# Reliability report"
  echo
  echo "Written by \`scripts/reliability.sh\` at size $size; each row is what one scenario measured and checked."
  echo "Any invariant failure fails the suite, so a row exists only for a scenario that passed."
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo) RAM, $(uname -sr), load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
  echo "- JDK: $java_version"
  if $run_suite; then
    echo "- Suite exit status: $status"
  else
    echo "- Rows from the last \`mvn -B verify\` of the reliability ITs"
  fi
  echo
  echo "$header"
  if compgen -G "$rows/*.md" >/dev/null; then
    cat "$rows"/*.md
  fi
  echo
  echo "How each scenario works and what it checks: [README, Reliability](../README.md#reliability)."
} > docs/reliability.md
echo "wrote docs/reliability.md (suite exit status $status)"
exit "$status"
