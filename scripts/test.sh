#!/usr/bin/env bash
# Quick start, step two: the whole test suite (unit, golden, program and error tests) through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
ctest --test-dir build --output-on-failure -j"$(nproc)" "$@"
