#!/usr/bin/env bash
# Measures queue and routing work against the number of callers waiting in one queue (issue 8
# point 4): builds termccp-bench (scripts/build-bench.sh) and runs its --queued mode. Extra arguments
# replace the sizes, e.g.  scripts/queue-scaling.sh 1000,2000,4000
set -euo pipefail
cd "$(dirname "$0")/.."
bench="$(scripts/build-bench.sh)"
exec "$bench" --queued "${1:-4000,8000,16000,32000}"
