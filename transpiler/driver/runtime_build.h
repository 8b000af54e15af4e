// go2cpp's runtime library compiled for a cross target, cached (see toolchain.h). The cache key
// is a hash of everything the build depends on: the runtime's headers and sources, the compiler
// (its resolved path, size and modification time), the flags and the target's libraries' stamp.
// Concurrent go2cpp processes building for the same target wait on a lock file, so the runtime
// is compiled once; the build goes to a temporary directory renamed into place when complete.
#pragma once

#include <string>
#include <vector>

#include "driver/target.h"
#include "driver/toolchain.h"

namespace go2cpp::driver {

struct CrossRuntime {
  std::vector<std::string> cxx;    // the target's compiler
  std::string ar;                  // the target's archiver
  std::string support_include;     // support-lib/include
  std::string support_source;      // support-lib/src
  std::string target_libs;         // CACHE/toolchains/<slug> (include/ and lib/ and its stamp)
};

// Where the runtime for `target` built from `rt` lives (CACHE/runtime/<slug>-<hash>/libgo2cpp_rt.a),
// whether or not it was built yet; "" with a message when the sources cannot be read.
std::string cross_runtime_path(const Target& target, const CrossRuntime& rt, std::string* error);

// The cached runtime library for `target`, built now when missing: its path in `library`.
bool build_cross_runtime(const Target& target, const CrossRuntime& rt, const ToolchainReport& report,
                         std::string* library, std::string* error);

}  // namespace go2cpp::driver
