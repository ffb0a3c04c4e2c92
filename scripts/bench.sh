#!/usr/bin/env bash
# Runs the pipeline benchmark (durability tax against a raw loop and Spring Batch, and scaling) and writes
# docs/benchmarks/pipeline.md with its PNG charts. Options go to the harness; see `scripts/bench.sh --help`.
#   scripts/bench.sh --size 20000 --scaling 10000,100000 --rounds 3
# `scripts/bench.sh store DOCUMENTS BATCH_SIZE OUTPUT_DIR [LABEL]` times the durable store alone as a run grows.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn -B -q -pl bench -am package -DskipTests
classpath="bench/target/millrace-bench-0.1.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)"
if [[ "${1:-}" == "store" ]]; then
  shift
  exec java -cp "$classpath" dev.millrace.bench.pipeline.StoreScaling "$@"
fi
corpora="$(bash scripts/fetch-corpora.sh)"
exec java -cp "$classpath" dev.millrace.bench.pipeline.PipelineBenchmark --corpora "$corpora" "$@"
