#!/usr/bin/env bash
# Quick start, step two: the whole test suite (unit, golden, program and error tests) through ctest,
# then the robustness checks (docs/robustness.md): the translator built with clang under
# AddressSanitizer + UndefinedBehaviorSanitizer (build-fuzz/) runs its unit tests, translates every
# test input and the error tests, and fuzzes for a minute; a representative set of programs is
# built with go2cpp build -sanitize=address,undefined and run. The cross targets (docs/targets.md):
# their toolchains are installed into go2cpp's cache when missing (fetched from Debian's archive
# once; the runtime is rebuilt for each target when its sources change), then a set of programs
# is built for linux/arm64 and linux/arm and run under qemu-user.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
start=$(date +%s)
build/go2cpp toolchain install linux/arm64 linux/arm
echo "cross toolchains: $(($(date +%s) - start)) s"
ctest --test-dir build --output-on-failure -j"$(nproc)" -LE 'sanitized|cross' "$@"

start=$(date +%s)
ctest --test-dir build --output-on-failure -L cross
echo "cross targets: $(($(date +%s) - start)) s"

scripts/fuzz.sh build
ctest --test-dir build-fuzz --output-on-failure -j2 \
  -R '^(unit\.transpiler|errors|translate\.corpus|fuzz\.smoke)$'
ctest --test-dir build --output-on-failure -L sanitized
