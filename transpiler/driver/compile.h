// The C++ side of `go2cpp build`: which compiler, where the support library is, and the compile and
// link command lines for generated code (docs/runtime-api.md: -std=c++20 -fwrapv -ffp-contract=off,
// the support headers on the include path, the runtime library and its link flags last).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace go2cpp::driver {

struct Toolchain {
  std::vector<std::string> cxx;         // the compiler command, e.g. {"g++"} or {"ccache", "g++"}
  std::string include_dir;              // the support library's headers (holds go/runtime.h)
  std::string runtime_library;          // libgo2cpp_rt.a
  std::vector<std::string> link_flags;  // what the runtime needs after it: -lfmt -lgc ...
  // Cross targets (toolchain.h): where the target's own libraries (-L) are, and whether the
  // program is linked statically.
  std::vector<std::string> lib_dirs;
  bool static_link = false;
  // The prebuilt objects of the translated standard packages (objcache.h, `go2cpp build std`):
  // PREFIX/lib/go2cpp/std-objects, or the build tree's std-objects; "" for cross targets.
  std::string std_objects_dir;
};

// The full path of `name` on $PATH, or "" (a name with a slash is checked as it is).
std::string look_path(const std::string& name);

// $CXX (split into words like a shell would, so "ccache g++" works), else the first of c++, g++,
// clang++ found on $PATH. On failure, a one-line message saying how to get one.
bool find_compiler(std::vector<std::string>* cxx, std::string* error);

// The support library: under $GO2CPP_ROOT (include/ and lib/libgo2cpp_rt.a) when that is set;
// else the build tree go2cpp was built in (go2cpp_config.h); else the prefix go2cpp's own
// executable sits in (bin/../include, bin/../lib), for an installed copy.
bool find_runtime(Toolchain* toolchain, std::string* error);

struct CodegenOptions {
  char opt_level = '2';     // the -O level, '0'..'3'
  bool debug_info = false;  // -g
  // -sanitize=LIST and -race (which adds "thread"): the sanitizers the program is built with.
  std::vector<std::string> sanitizers;
};

// Parses -sanitize's comma-separated list (address, undefined, leak, thread) into `sanitizers`,
// adding to what is there; an error message for an unknown name or an impossible combination.
std::string add_sanitizers(std::string_view list, std::vector<std::string>* sanitizers);

// The flags every compile of Go code or of the runtime starts with: the standard and the two flags
// that give Go's arithmetic (docs/runtime-api.md).
std::vector<std::string> language_flags();

// For statically linked targets: a section per function and per object, so the link can drop
// what is unused (compile_command and the cross runtime's build add them).
std::vector<std::string> section_flags();

// Compiles `source` to `object`, with the generated headers in `include_dir`; `prelude`, when not
// "", is the precompiled runtime header (pch.h), named with -include.
std::vector<std::string> compile_command(const Toolchain& tc, const CodegenOptions& options,
                                         const std::string& source, const std::string& object,
                                         const std::string& include_dir,
                                         const std::string& prelude = "");
std::vector<std::string> link_command(const Toolchain& tc, const CodegenOptions& options,
                                      const std::vector<std::string>& objects,
                                      const std::string& output);

// Splits a command written in an environment variable into words: blanks separate, single and
// double quotes group, as Go does for $CC.
std::vector<std::string> split_command_words(const std::string& text);

}  // namespace go2cpp::driver
