#!/usr/bin/env bash
# Times `termccp test` over a suite of 1,000 test cases the size of the shared doc's examples (issue 10
# point 3: under 5 s with -j 2 on a 2-core machine). The suite is the three documented examples plus
# three of Tests/ConnectTestsTests/Cases/run, copied round-robin into a temporary folder, run against
# that folder's scenario. Usage: scripts/bench-test-cases.sh [COUNT] [JOBS]  (defaults 1000 and 2).
# Uses $TERMCCP_BIN, else builds the release binary.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
jobs=${2:-2}
if [ -z "${TERMCCP_BIN:-}" ]; then
    swift build -c release --product termccp >/dev/null
    TERMCCP_BIN="$(swift build -c release --show-bin-path)/termccp"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run=Tests/ConnectTestsTests/Cases/run
cp -r "$run/flows" "$run/scenario.yaml" "$work/"
sources=(Tests/ConnectTestsTests/Cases/good/doc-a-welcome-menu-queue.json "$run/pass-lambda-silver-mock.json"
         "$run/pass-overrides-fifo-single-use.json" "$run/pass-hours-error-mock.json" "$run/pass-lex-utterance.json"
         "$run/pass-queue-at-capacity-mock.json")
for ((i = 0; i < count; i++)); do
    cp "${sources[i % ${#sources[@]}]}" "$work/case-$(printf %04d "$i").json"
done
start=$(date +%s.%N)
"$TERMCCP_BIN" test --scenario "$work/scenario.yaml" -j "$jobs" --junit "$work/report.xml" "$work"/case-*.json > "$work/out.txt"
end=$(date +%s.%N)
tail -1 "$work/out.txt"
echo "$count test cases, -j $jobs: $(echo "$end - $start" | bc) s"
