// Build constraints, as `go build` applies them to the files of a package directory
// (go help buildconstraint): the _GOOS / _GOARCH / _GOOS_GOARCH suffixes of a file name, and a
// `//go:build` expression (or the older `// +build` lines) in the comments before the package
// clause. A file whose constraints the target does not satisfy is not part of the package.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace go2cpp::driver {

struct BuildContext {
  std::string goos = "linux";
  std::string goarch = "amd64";
  std::vector<std::string> tags;  // also satisfied (GOROOT's packages: driver/stdlib.h)
};

// Whether the file `name` (its base name) with contents `text` belongs to the package when
// building for `ctx`. Satisfied tags: GOOS, GOARCH, "unix" for Unix systems, "go1.1" through
// "go1.22" (the language go2cpp follows), and "go2cpp"; not "gc", "gccgo", "cgo" or any other.
bool file_matches(std::string_view name, std::string_view text, const BuildContext& ctx);

}  // namespace go2cpp::driver
