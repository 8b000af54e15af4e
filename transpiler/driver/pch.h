// The precompiled runtime header: go/runtime.h and go/fmt.h, compiled once per compiler, flags
// and runtime version with GCC's precompiled headers, and named by `-include` in every compile of
// generated code.
//
// Parsing the runtime's headers and the standard C++ headers under them is most of what compiling
// a small package's .cpp costs (a hello world's main.cpp: 0.84 s of user time, 0.38 s with the
// precompiled header). The header lives in the user's cache, CACHE/pch/KEY/, where KEY hashes the
// compiler's identity, the compile flags (paths left out) and the runtime's headers, so a stale one
// is never named. A build that finds none compiles its translation units without it and builds it
// beside them, for the builds after it.
//
// GCC checks that a precompiled header fits the compile (flags, macros) and otherwise includes the
// header itself, which includes the runtime's headers as usual: a precompiled header can make a
// compile faster, never different. Only GCC (g++ and the cross g++) gets one: clang's are another
// format, and a wrapper such as ccache would need settings of its own.
#pragma once

#include <string>
#include <vector>

#include "driver/compile.h"

namespace go2cpp::driver {

class PrecompiledHeader {
 public:
  // The precompiled header for compiles by `tc` with `options`. GO2CPP_PCH=off turns it off.
  PrecompiledHeader(const Toolchain& tc, const CodegenOptions& options);

  // What compiles name with -include: the header beside its .gch; "" when it is not ready (or
  // there is none for this compiler).
  const std::string& include() const { return include_; }
  // Whether this build should build it: there is none yet, and the compiler can make one.
  bool needs_build() const { return needs_build_; }
  // Building it: prepare_build_dir() makes a fresh directory with the header, build_command()
  // compiles it there, publish() moves the directory into place (unless another build got there
  // first). When the compiler fails, the directory is published without the .gch, so that later
  // builds do not try again with the same compiler and flags; discard() drops it instead (the
  // compile was interrupted). Failures only cost speed.
  bool prepare_build_dir() const;
  std::vector<std::string> build_command() const;
  void publish(bool built) const;
  void discard() const;

 private:
  const Toolchain& tc_;
  const CodegenOptions& options_;
  std::string dir_;        // CACHE/pch/KEY
  std::string build_dir_;  // CACHE/pch/KEY.tmpPID
  std::string include_;
  bool needs_build_ = false;
};

}  // namespace go2cpp::driver
