#!/usr/bin/env bash
# Runs the pipeline benchmark (durability tax against a raw loop and Spring Batch, and scaling) and writes
# docs/benchmarks/pipeline.md with its PNG charts. Options go to the harness; see `scripts/bench.sh --help`.
# Example: scripts/bench.sh --size 20000 --scaling 10000,100000 --rounds 3
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
corpora="$(bash scripts/fetch-corpora.sh)"
mvn -B -q -pl bench -am package -DskipTests
exec java -cp "bench/target/millrace-bench-0.1.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)" \
  dev.millrace.bench.pipeline.PipelineBenchmark --corpora "$corpora" "$@"
