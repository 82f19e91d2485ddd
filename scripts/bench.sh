#!/usr/bin/env bash
# Builds termccp-bench as scripts/build-bench.sh does and runs it. Extra arguments go to the benchmark, e.g.
#   scripts/bench.sh --calls 20000 --repeat 3
#   scripts/bench.sh --runtime interpreter
set -euo pipefail
cd "$(dirname "$0")/.."
bench="$(scripts/build-bench.sh)"
exec "$bench" "$@"
