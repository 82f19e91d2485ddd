#!/usr/bin/env bash
# Builds termccp-bench as its figures are measured and prints the binary's path: release mode, with Swift's
# runtime linked into the binary (--static-swift-stdlib), so that retain and release, a quarter of the contact
# loop's CPU time, are called directly rather than through the shared library's PLT (about 8% less CPU time a
# contact in paired runs; issue 9). It has its own build folder (SCRATCH_PATH, default .build/static), so the
# everyday release build is not rebuilt each time.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${SCRATCH_PATH:-.build/static}"
case "$scratch" in /*) ;; *) scratch="$PWD/$scratch" ;; esac
swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product termccp-bench >&2
echo "$scratch/release/termccp-bench"
