#!/usr/bin/env bash
# The flow interpreter's cost over hand-written flows (ScriptedFlows), counted by callgrind in the
# benchmark's contact loop: instructions, simulated cache misses and branch mispredictions. Unlike
# wall time on a shared machine, the counts are the same on every run. Needs valgrind.
#   scripts/interpreter-cost.sh [CALLS]      (default 2000; about a minute per runtime)
set -euo pipefail
cd "$(dirname "$0")/.."
calls="${1:-2000}"
command -v valgrind >/dev/null || { echo "interpreter-cost: valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }
bench="$(scripts/build-bench.sh)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Valgrind cannot read the DWARF that Swift writes; the symbol table is enough to name functions.
cp "$bench" "$work/bench"
strip --strip-debug "$work/bench"
# Count only inside Driver.serveAllCalls(), the timed contact loop both runtimes share.
loop='$s9Benchmark6DriverC13serveAllCallsyyF'
nm "$work/bench" | grep -F "$loop" >/dev/null || { echo "interpreter-cost: Driver.serveAllCalls() not found in the benchmark" >&2; exit 1; }
for runtime in interpreter scripted; do
    # Fixed hash seeds, so that dictionaries probe alike from one run to the next.
    SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --cache-sim=yes --branch-sim=yes --toggle-collect="$loop" \
        --callgrind-out-file="$work/$runtime.out" "$work/bench" --runtime "$runtime" --calls "$calls" --load-runs 0 \
        >"$work/$runtime.stdout" 2>"$work/$runtime.log"
    grep -q "contacts completed     $calls of $calls" "$work/$runtime.stdout" \
        || { echo "interpreter-cost: the $runtime run did not complete every call" >&2; cat "$work/$runtime.stdout" >&2; exit 1; }
done
python3 - "$work" "$calls" <<'PY'
import re, sys
work, calls = sys.argv[1], int(sys.argv[2])
def counts(runtime):
    text = open(f"{work}/{runtime}.log").read()
    def total(label):
        m = re.search(label + r":\s+([\d,]+)", text)
        if not m: sys.exit(f"interpreter-cost: no {label} count in the {runtime} run")
        return int(m.group(1).replace(",", ""))
    return {"instructions": total("I   refs"), "L1 instruction misses": total("I1  misses"),
            "L1 data misses": total("D1  misses"), "branch mispredictions": total("Mispredicts")}
i, s = counts("interpreter"), counts("scripted")
print(f"flow interpreter cost over hand-written flows, {calls} calls (callgrind, contact loop only)")
for key in i:
    print(f"  {key:22} {i[key] / calls:10.0f} vs {s[key] / calls:10.0f} per call  {(i[key] / s[key] - 1) * 100:+.1f}%")
PY
