// The steps `go2cpp build` and `go2cpp run` share: translate one package, then compile and link the
// generated C++ with the host compiler in a build directory.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "driver/compile.h"
#include "driver/fsutil.h"
#include "driver/inputs.h"
#include "driver/pipeline.h"
#include "driver/target.h"

namespace go2cpp::driver {

// Runs the pipeline on the package. Diagnostics are printed to stderr; returns false when there
// were any (or when translation failed without saying why, which is reported as an internal error).
bool translate_package(const PackageInputs& inputs, const TranslateOptions& options,
                       TranslateResult* result);

struct BuildOptions {
  Target target;  // the machine to build for (-target, or GOOS/GOARCH; the host by default)
  CodegenOptions codegen;
  bool verbose = false;         // -v: phases and timings on stderr
  bool print_commands = false;  // -x: each command before it runs
  bool keep_work = false;       // -work: keep the build directory
  std::string debug_cpp_dir;  // hidden -debug-cpp=DIR: build DIR's C++ files, skipping translation
  int decisions = 0;          // -m: print inlining and escape decisions (docs/escape.md)
  bool no_escape = false;     // hidden -no-escape: ignore escape analysis (benchmarks' "before")
  // go2cpp test: TranslateOptions' package_files, module_dir and root_path (pipeline.h).
  std::map<std::string, std::vector<std::string>> package_files;
  std::string module_dir;
  std::string root_path;
  // go2cpp build -o DIR std: the std objects are compiled into DIR (the prebuilt std library,
  // objcache.h) instead of the user's cache, and objects in DIR that this build did not use are
  // removed.
  std::string std_objects_out;
};

// Translates `inputs`, then — only once that succeeded, so a failing or crashing translation
// leaves nothing behind — creates the build directory `work` (named on stderr as WORK= with -x or
// -work), writes the C++ there and compiles and links it into WORK/exe/NAME, returned in `binary`.
// A package other than main is compiled into a static library, WORK/lib/NAME.a, when `library`
// is not null (which is then set to true); otherwise it is an error, as `go run` of a library is.
// Everything that goes wrong is reported on stderr; returns the exit status (0, or 1).
int build_package(const PackageInputs& inputs, const BuildOptions& options, TempDir* work,
                  std::string* binary, bool* library = nullptr);

}  // namespace go2cpp::driver
