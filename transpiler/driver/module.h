// Go modules, as far as go2cpp follows them: the go.mod file above a package names the module's
// path, and an import path under that path is a directory of the module (docs/packages.md).
// Modules outside the main module (require lines, the module cache) are not read.
#pragma once

#include <string>

namespace go2cpp::driver {

struct Module {
  std::string root;  // the directory holding go.mod; "" when there is none
  std::string path;  // its `module` line, e.g. example.com/m
};

// Looks for go.mod in `dir` and its parents, as the go command does. Returns false with a
// one-line message when a go.mod exists but names no module; with no go.mod at all, returns
// true and leaves `module` empty.
bool find_module(const std::string& dir, Module* module, std::string* error);

// The directory of the module's package `import_path`, or "" when the path is not the module's.
std::string module_package_dir(const Module& module, const std::string& import_path);

// The import path of the package in `dir` (which must be inside the module's root).
std::string module_import_path(const Module& module, const std::string& dir);

}  // namespace go2cpp::driver
