// The steps `go2cpp build` and `go2cpp run` share: translate one package, then compile and link the
// generated C++ with the host compiler in a build directory.
#pragma once

#include <string>
#include <vector>

#include "driver/compile.h"
#include "driver/inputs.h"
#include "driver/pipeline.h"

namespace go2cpp::driver {

// Runs the pipeline on the package. Diagnostics are printed to stderr; returns false when there
// were any (or when translation failed without saying why, which is reported as an internal error).
bool translate_package(const PackageInputs& inputs, const TranslateOptions& options,
                       TranslateResult* result);

struct BuildOptions {
  CodegenOptions codegen;
  bool verbose = false;         // -v: phases and timings on stderr
  bool print_commands = false;  // -x: each command before it runs
  std::string debug_cpp_dir;  // hidden -debug-cpp=DIR: build DIR's C++ files, skipping translation
};

// Translates `inputs` into `work_dir` and compiles and links the result into `binary`. Everything
// that goes wrong is reported on stderr; returns the exit status (0, or 1 for any failure).
int build_package(const PackageInputs& inputs, const BuildOptions& options,
                  const std::string& work_dir, const std::string& binary);

}  // namespace go2cpp::driver
