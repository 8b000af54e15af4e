#!/usr/bin/env bash
# Quick start, step two: the whole test suite (unit, golden, program and error tests) through ctest,
# then the robustness checks (docs/robustness.md): the translator built with clang under
# AddressSanitizer + UndefinedBehaviorSanitizer (build-fuzz/) runs its unit tests, translates every
# test input and the error tests, and fuzzes for a minute; a representative set of programs is
# built with go2cpp build -sanitize=address,undefined and run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
ctest --test-dir build --output-on-failure -j"$(nproc)" -LE sanitized "$@"

scripts/fuzz.sh build
ctest --test-dir build-fuzz --output-on-failure -j2 \
  -R '^(unit\.transpiler|errors|translate\.corpus|fuzz\.smoke)$'
ctest --test-dir build --output-on-failure -L sanitized
