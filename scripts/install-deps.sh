#!/usr/bin/env bash
# Installs everything go2cpp needs to build and test on Debian 12 (run as root): Debian's packages,
# then the tree-sitter-go grammar pinned in grammar/package-lock.json from the npm registry.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  g++ cmake ninja-build pkg-config python3
  libtree-sitter-dev libfmt-dev libboost-fiber-dev libboost-context-dev libgc-dev catch2
  # the fuzz targets and the sanitizer build of the translator (docs/robustness.md)
  clang-14 libclang-rt-14-dev
  # the cross targets linux/arm64 and linux/arm (docs/targets.md): Debian's cross compilers,
  # mmdebstrap for `go2cpp toolchain install` and qemu-user to run the targets' tests
  g++-aarch64-linux-gnu g++-arm-linux-gnueabihf mmdebstrap qemu-user
  # Go's standard-library sources (not the Go toolchain): Go's own package tests run through
  # go2cpp test (tests/stdlib/, docs/stdlib.md)
  golang-1.19-src
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js and npm fetch the grammar; any installation will do (Debian's packages by default).
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The grammar: exactly the locked version, without running its native-binding install scripts.
if [ ! -f grammar/node_modules/tree-sitter-go/src/parser.c ] ||
   ! grep -q '"version": "0.23.4"' grammar/node_modules/tree-sitter-go/package.json; then
  (cd grammar && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi
