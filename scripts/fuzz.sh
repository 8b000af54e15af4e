#!/usr/bin/env bash
# Fuzzing the translator with libFuzzer (docs/robustness.md). Needs Debian's clang and
# libclang-rt-14-dev (scripts/install-deps.sh installs them).
#
#   scripts/fuzz.sh build                  configure and build build-fuzz/ with clang: the fuzz
#                                          targets, go2cpp and unit_transpiler, all under
#                                          AddressSanitizer + UndefinedBehaviorSanitizer
#   scripts/fuzz.sh run SECONDS [MODE]     one bounded fuzzing burst; MODE is tokens (default: the
#                                          token-level mutator) or bytes. The working corpus is
#                                          build-fuzz/corpus (seeded with every Go file in tests/
#                                          and golden/ and the committed tests/fuzz/corpus);
#                                          crashes, hangs (> 2 s) and leaks land in
#                                          build-fuzz/artifacts/
#   scripts/fuzz.sh smoke [SECONDS]        CI's short run: each mode for SECONDS (default 30) over
#                                          the committed corpus; fails on any finding — and fails
#                                          loudly when clang is missing rather than passing
#   scripts/fuzz.sh minimize DIR           merges build-fuzz/corpus into DIR (a small corpus to
#                                          commit, e.g. tests/fuzz/corpus)
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=${GO2CPP_FUZZ_BUILD:-build-fuzz}
# Two jobs at most: the machine is shared.
JOBS=${GO2CPP_JOBS:-2}
# libFuzzer settings: a hang is > 2 s on one input; inputs stay small.
FUZZ_FLAGS=(-timeout=2 -rss_limit_mb=2048 -max_len=8192 -dict=tests/fuzz/go.dict -print_final_stats=1)

need_clang() {
  if ! command -v clang++-14 >/dev/null 2>&1 && ! command -v clang++ >/dev/null 2>&1; then
    echo "fuzz.sh: FAIL: clang++ not found; run scripts/install-deps.sh (the fuzz smoke cannot be skipped)" >&2
    exit 1
  fi
}

clang_cxx() { command -v clang++-14 || command -v clang++; }
clang_cc() { command -v clang-14 || command -v clang; }

build() {
  need_clang
  if [ ! -f "$BUILD/build.ninja" ]; then
    cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_C_COMPILER="$(clang_cc)" -DCMAKE_CXX_COMPILER="$(clang_cxx)" \
      -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g1" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
      -DGO2CPP_FUZZ=ON -DGO2CPP_SANITIZE=address,undefined >/dev/null
  fi
  cmake --build "$BUILD" -j"$JOBS" --target fuzz_translate fuzz_translate_tokens go2cpp unit_transpiler
}

seeds() {
  mkdir -p "$BUILD/seeds"
  find tests golden -name '*.go' -print0 | while IFS= read -r -d '' f; do
    cp "$f" "$BUILD/seeds/$(echo "$f" | tr '/' '_')"
  done
}

target_for() {
  case "${1:-tokens}" in
    tokens) echo "$BUILD/fuzz_translate_tokens" ;;
    bytes) echo "$BUILD/fuzz_translate" ;;
    *) echo "fuzz.sh: unknown mode $1 (tokens or bytes)" >&2; exit 2 ;;
  esac
}

run() {
  local seconds=${1:?seconds}
  local target
  target=$(target_for "${2:-tokens}")
  build
  seeds
  mkdir -p "$BUILD/corpus" "$BUILD/artifacts"
  ASAN_OPTIONS=detect_leaks=1 "$target" "${FUZZ_FLAGS[@]}" -max_total_time="$seconds" \
    -artifact_prefix="$BUILD/artifacts/" "$BUILD/corpus" "$BUILD/seeds" tests/fuzz/corpus
}

smoke() {
  local seconds=${1:-30}
  build
  local dir
  dir=$(mktemp -d)
  trap 'rm -rf "$dir"' RETURN
  for mode in tokens bytes; do
    echo "fuzz.sh: smoke: $mode mutations for ${seconds}s"
    mkdir -p "$dir/$mode"
    cp tests/fuzz/corpus/* "$dir/$mode/"
    "$(target_for $mode)" "${FUZZ_FLAGS[@]}" -max_total_time="$seconds" -seed=1 \
      -artifact_prefix="$dir/" "$dir/$mode" 2>"$dir/log" || {
      tail -40 "$dir/log" >&2
      echo "fuzz.sh: smoke: FAIL: the fuzzer found a problem (see above)" >&2
      exit 1
    }
    grep -E '^(stat::number_of_executed_units|Done)' "$dir/log" || true
  done
  echo "fuzz.sh: smoke: passed"
}

minimize() {
  local dest=${1:?destination}
  mkdir -p "$dest"
  "$(target_for tokens)" -merge=1 -max_len=8192 "$dest" "$BUILD/corpus"
}

case "${1:-}" in
  build) build ;;
  run) shift; run "$@" ;;
  smoke) shift; smoke "$@" ;;
  minimize) shift; minimize "$@" ;;
  *) sed -n '2,21p' "$0" >&2; exit 2 ;;
esac
