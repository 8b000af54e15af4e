#!/usr/bin/env bash
# Quick start, step one: install dependencies, build go2cpp, and run it on an example program.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
echo "--- go2cpp run examples/hello"
build/go2cpp run examples/hello
