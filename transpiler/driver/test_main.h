// go2cpp test: a package directory's tests as a program. The package is loaded with its
// _test.go files (Go's internal tests), its external test package (package X_test) beside it, and
// a generated package main that runs their Test functions and Examples with the testing package
// (support-lib/include/go/testing.h), as `go test` links a test binary (docs/testing-go.md).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "driver/buildtags.h"

namespace go2cpp::driver {

struct TestPackage {
  std::string import_path;  // the package under test
  std::string name;         // its package name
  // Import path → files for TranslateOptions::package_files: the package with its internal
  // test files, and, when there are external test files, import_path + "_test" with those.
  std::map<std::string, std::vector<std::string>> package_files;
  int tests = 0;            // Test functions found
  int examples = 0;         // Examples with an output comment (the ones go test runs)
  std::string main_source;  // the generated package main
};

// Reads the package in `dir` with its _test.go files (build constraints as for `ctx`) and writes
// the test main. Syntax errors in test files are printed to stderr as file:line:col: message
// (then *error is empty); other failures set *error to one line. Returns false on either.
bool load_test_package(const std::string& dir, const BuildContext& ctx, TestPackage* out,
                       std::string* error);

}  // namespace go2cpp::driver
