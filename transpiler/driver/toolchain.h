// Toolchains per target (docs/targets.md). The host target uses the host compiler and the runtime
// library built with go2cpp. A cross target needs three things:
//   - Debian's cross compiler (g++-aarch64-linux-gnu, g++-arm-linux-gnueabihf), which brings the
//     target's C and C++ libraries;
//   - the target's builds of the runtime's dependencies (Boost.Fiber, Boost.Context, libgc, {fmt}
//     headers), which `go2cpp toolchain install` extracts from Debian's archive for the target's
//     architecture with mmdebstrap into the cache: CACHE/toolchains/<goos>-<goarch>/{include,lib};
//   - go2cpp's runtime compiled for the target, built on first use and cached under
//     CACHE/runtime/<goos>-<goarch>-<hash>/, the hash covering the runtime's sources, the compiler
//     and the flags, so a changed runtime is rebuilt and an unchanged one never is.
#pragma once

#include <string>

#include "driver/compile.h"
#include "driver/target.h"

namespace go2cpp::driver {

// $GO2CPP_CACHE, else $XDG_CACHE_HOME/go2cpp, else $HOME/.cache/go2cpp.
std::string cache_dir();

struct ToolchainReport {
  bool verbose = false;         // say what is being done and how long it took
  bool print_commands = false;  // print each command before it runs (-x)
};

// What `go2cpp targets` shows for a target: ready or not, and if not, the one thing to run.
struct TargetStatus {
  bool ready = false;
  std::string compiler;  // the compiler found, e.g. /usr/bin/aarch64-linux-gnu-g++
  bool runtime_built = false;
  std::string fix;  // when not ready: a sentence saying what to run
};
TargetStatus target_status(const Target& target);

// Fills `tc` for building programs for `target`: the compiler, the support headers, the runtime
// library (compiled for a cross target when no cached build matches) and link flags. A missing
// toolchain is one sentence in `error` saying what to run.
bool prepare_toolchain(const Target& target, const ToolchainReport& report, Toolchain* tc,
                       std::string* error);

// `go2cpp toolchain install TARGET`: checks the cross compiler, extracts the target's libraries
// from Debian's archive when they are not in the cache yet, and builds the runtime for it.
// Progress and errors go to stderr; returns the exit status.
int install_toolchain(const Target& target, const ToolchainReport& report);

}  // namespace go2cpp::driver
