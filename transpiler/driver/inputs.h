// PATH... on go2cpp's command line → the .go files of one package, with `go build`'s rules and
// messages.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "driver/buildtags.h"

namespace go2cpp::driver {

struct PackageInputs {
  std::vector<std::string> files;  // the package's .go files, spelled as the user spelled them
  std::string output_name;         // the binary `go build` would write: dir base name or file stem
  std::string package_path;        // for -v: the directory as given, or "command-line-arguments"
};

// Resolves the command line's package arguments: one directory (its .go files, minus _test.go and
// files starting with `.` or `_`, sorted) or a list of .go files in one directory. On failure,
// returns false with a one-line message such as "no Go files in DIR".
// A directory's files are those that the build constraints for `ctx` select (buildtags.h); files
// named on the command line are taken as they are, as the go command does.
bool resolve_inputs(std::span<const std::string> paths, PackageInputs* out, std::string* error,
                    const BuildContext& ctx = {});

// The .go files of the package in `dir` (minus _test.go, files starting with `.` or `_`, and files
// that the build constraints for `ctx` exclude), sorted and prefixed with `dir`; false with
// "no Go files in DIR", "build constraints exclude all Go files in DIR" or the OS error.
bool list_package_dir(const std::string& dir, std::vector<std::string>* files, std::string* error,
                      const BuildContext& ctx = {});

// `go2cpp run`'s arguments after the flags → the package arguments and the program's arguments.
// With `--`, what precedes it is the package and what follows goes to the program. Without it,
// Go's rule: a run of leading .go files is the package, else the first argument is; the rest goes
// to the program.
struct RunArgs {
  std::vector<std::string> paths;
  std::vector<std::string> program_args;
};
RunArgs split_run_args(std::span<const std::string> args);

}  // namespace go2cpp::driver
