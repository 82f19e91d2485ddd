#!/usr/bin/env bash
# Measures queue and routing work against the number of callers waiting in one queue (issue 8
# point 4): builds termccp-bench in release mode and runs its --queued mode. Extra arguments
# replace the sizes, e.g.  scripts/queue-scaling.sh 1000,2000,4000
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${SCRATCH_PATH:-.build}"
swift build -c release --scratch-path "$scratch" --product termccp-bench
exec "$scratch/release/termccp-bench" --queued "${1:-4000,8000,16000,32000}"
