#!/usr/bin/env bash
# Instructions per CCP frame, counted by callgrind inside termccp-render-bench's frame loop (read the world,
# render the pure Frame, diff it against the last one). Unlike wall time on a shared machine, the counts are
# the same on every run. Needs valgrind.
#   scripts/render-cost.sh [FRAMES] [BENCH OPTIONS…]    (default 50 frames; e.g. --size 200x50 --kind key --history 300)
set -euo pipefail
cd "$(dirname "$0")/.."
frames="${1:-50}"
shift || true
command -v valgrind >/dev/null || { echo "render-cost: valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }
scratch="${SCRATCH_PATH:-.build}"
swift build -c release --scratch-path "$scratch" --product termccp-render-bench >&2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Valgrind cannot read the DWARF that Swift writes; the symbol table is enough to name functions.
cp "$scratch/release/termccp-render-bench" "$work/bench"
strip --strip-debug "$work/bench"
loop="$(nm "$work/bench" | grep -o '\$s11RenderBench12renderFrames[A-Za-z0-9_]*' | head -1)"
[ -n "$loop" ] || { echo "render-cost: renderFrames not found in the benchmark" >&2; exit 1; }
# Fixed hash seeds, so that dictionaries probe alike from one run to the next.
SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --toggle-collect="$loop" --callgrind-out-file="$work/cg.out" \
    "$work/bench" --frames "$frames" "$@" >"$work/stdout" 2>"$work/log"
cat "$work/stdout"
python3 - "$work/log" "$frames" <<'PY'
import re, sys
text, frames = open(sys.argv[1]).read(), int(sys.argv[2])
m = re.search(r"Collected\s*:\s*([\d,]+)", text) or re.search(r"I\s+refs:\s+([\d,]+)", text)
if not m:
    sys.exit("render-cost: no instruction count in callgrind's log:\n" + text[-2000:])
total = int(m.group(1).replace(",", ""))
print(f"instructions per frame   {total / frames:,.0f}  ({total:,} over {frames} frames, callgrind)")
PY
if [ -n "${RENDER_COST_PROFILE:-}" ]; then
    callgrind_annotate --inclusive=yes "$work/cg.out" 2>/dev/null | head -60 | cut -c1-220 > "$RENDER_COST_PROFILE"
fi
