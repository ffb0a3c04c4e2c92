#!/usr/bin/env bash
# Engine overhead and pickup latency (issue 9, points 3 and 4) under JDK 17 and JDK 21+, into one report:
# docs/benchmarks/engine.md with its PNG charts. Arguments go to the harness (--rounds, --seconds, --callers,
# --activities, --pickup-load, --pickup-seconds, --ablation, --output); see scripts/bench-jdks.sh for choosing the JDKs.
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/bench-jdks.sh" dev.millrace.bench.engine.EngineBenchmark "$@"
