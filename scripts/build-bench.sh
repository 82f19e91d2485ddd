#!/usr/bin/env bash
# Builds termccp-bench as its figures are measured and prints the binary's path: release mode, with
# - Swift's runtime linked into the binary (--static-swift-stdlib): retain and release, a quarter of the contact
#   loop's CPU time, are called directly rather than through the shared library's PLT (about 8% less CPU time a
#   contact in paired runs);
# - link-time optimization across the modules (--experimental-lto-mode=full): the engine, the flow interpreter
#   and the driver are inlined into each other (8% fewer instructions a contact, about 9% less CPU time; thin LTO
#   gave 4%). Issue 9.
# The first build takes five to ten minutes. It has its own build folder (SCRATCH_PATH, default .build/static),
# so the everyday release build is not rebuilt each time.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${SCRATCH_PATH:-.build/static}"
case "$scratch" in /*) ;; *) scratch="$PWD/$scratch" ;; esac
swift build -c release --static-swift-stdlib --experimental-lto-mode=full --scratch-path "$scratch" \
    --product termccp-bench >&2
echo "$scratch/release/termccp-bench"
