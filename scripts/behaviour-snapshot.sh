#!/usr/bin/env bash
# Captures what the engine does, to compare before and after a change meant to keep behaviour
# byte-identical (issue 9): every walkthrough under Tests/ScriptTests/Scripts and examples/ run by `termccp script`
# (its --records, --events and stdout, with the scenario its first line names), and the contact
# records termccp-bench writes for a fixed seed. Timings vary between runs, so the bench's stdout is left out.
#   scripts/behaviour-snapshot.sh OUT_DIR            then   diff -r BEFORE_DIR AFTER_DIR
# TERMCCP_BIN and BENCH_BIN name the binaries (default: the debug termccp, the release termccp-bench);
# BENCH_CALLS the number of bench calls (default 100000).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:?usage: scripts/behaviour-snapshot.sh OUT_DIR}"
termccp="${TERMCCP_BIN:-$(swift build --show-bin-path)/termccp}"
bench="${BENCH_BIN:-$(swift build -c release --show-bin-path)/termccp-bench}"
mkdir -p "$out"
walkthroughs=(Tests/ScriptTests/Scripts/*.ccp examples/*.ccp)
for file in "${walkthroughs[@]}"; do
    name=$(basename "$file" .ccp)
    scenario=()
    if named=$(head -1 "$file" | sed -n 's/^# scenario: *//p') && [ -n "$named" ]; then
        scenario=(--scenario "$(dirname "$file")/$named")
    fi
    # A walkthrough that fails is captured too: its output is behaviour to compare like any other.
    status=0
    "$termccp" script "$file" "${scenario[@]}" --events "$out/$name.events.jsonl" --records "$out/$name.records.json" \
        >"$out/$name.out" 2>&1 || status=$?
    # The output folder's path differs between snapshots; the notes that name a written file read OUT/ instead.
    sed "s|$out/|OUT/|g" "$out/$name.out" >"$out/$name.stdout"
    rm "$out/$name.out"
    echo "exit $status" >>"$out/$name.stdout"
done
"$bench" --calls "${BENCH_CALLS:-100000}" --seed 42 --records "$out/bench-records.jsonl" >/dev/null
echo "behaviour-snapshot: ${#walkthroughs[@]} walkthroughs and the bench's records in $out"
