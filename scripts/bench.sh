#!/usr/bin/env bash
# Builds termccp-bench in release mode and runs it. Extra arguments go to the benchmark, e.g.
#   scripts/bench.sh --calls 20000 --repeat 3
#   scripts/bench.sh --runtime interpreter
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${SCRATCH_PATH:-.build}"
swift build -c release --scratch-path "$scratch" --product termccp-bench
exec "$scratch/release/termccp-bench" "$@"
