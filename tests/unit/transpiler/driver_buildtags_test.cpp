// Build constraints (driver/buildtags.h): file name suffixes, //go:build expressions and the old
// // +build lines, for linux/amd64 and linux/arm64.
#include <catch2/catch.hpp>
#include <string>

#include "driver/buildtags.h"

using go2cpp::driver::BuildContext;
using go2cpp::driver::file_matches;

namespace {

const BuildContext kAmd64{"linux", "amd64", {}};
const BuildContext kArm64{"linux", "arm64", {}};

bool expr(const std::string& e, const BuildContext& ctx = kAmd64) {
  return file_matches("x.go", "//go:build " + e + "\n\npackage p\n", ctx);
}

}  // namespace

TEST_CASE("file name suffixes select GOOS and GOARCH", "[buildtags]") {
  CHECK(file_matches("x_linux.go", "package p", kAmd64));
  CHECK_FALSE(file_matches("x_windows.go", "package p", kAmd64));
  CHECK(file_matches("x_amd64.go", "package p", kAmd64));
  CHECK_FALSE(file_matches("x_amd64.go", "package p", kArm64));
  CHECK(file_matches("x_linux_arm64.go", "package p", kArm64));
  CHECK_FALSE(file_matches("x_linux_arm64.go", "package p", kAmd64));
  CHECK_FALSE(file_matches("x_darwin_amd64_test.go", "package p", kAmd64));
  // The part before the first underscore is the file's name, not a constraint.
  CHECK(file_matches("windows.go", "package p", kAmd64));
  CHECK(file_matches("linux_arm64.go", "package p", kArm64));
  CHECK_FALSE(file_matches("linux_arm64.go", "package p", kAmd64));
  // Unknown words are not constraints.
  CHECK(file_matches("x_helper.go", "package p", kAmd64));
}

TEST_CASE("//go:build expressions", "[buildtags]") {
  CHECK(expr("linux"));
  CHECK_FALSE(expr("windows"));
  CHECK(expr("linux && amd64"));
  CHECK_FALSE(expr("linux && arm64"));
  CHECK(expr("linux && arm64", kArm64));
  CHECK(expr("windows || unix"));
  CHECK(expr("!windows"));
  CHECK(expr("(darwin || linux) && !(386 || arm)"));
  CHECK_FALSE(expr("!(darwin || linux)"));
  CHECK(expr("go1.18"));
  CHECK(expr("go1.22"));
  CHECK_FALSE(expr("go1.23"));
  CHECK_FALSE(expr("ignore"));
  CHECK_FALSE(expr("gc"));     // go2cpp is not gc, and takes the pure-Go fallbacks
  CHECK_FALSE(expr("cgo"));
  CHECK(expr("go2cpp"));
  // Malformed: the file does not match.
  CHECK_FALSE(expr("linux &&"));
  CHECK_FALSE(expr("(linux"));
  CHECK_FALSE(expr(""));
}

TEST_CASE("constraints are read only before the package clause", "[buildtags]") {
  CHECK(file_matches("x.go", "// Copyright\n\n//go:build linux\n\npackage p\n", kAmd64));
  CHECK(file_matches("x.go", "package p\n\n//go:build windows\n", kAmd64));
  CHECK_FALSE(file_matches("x.go", "/* block */\n//go:build windows\n\npackage p\n", kAmd64));
  CHECK_FALSE(file_matches("x.go", "/* a\n longer\n block */\n//go:build windows\n\npackage p\n", kAmd64));
  // //go:build wins over // +build lines.
  CHECK(file_matches("x.go", "// +build windows\n//go:build linux\n\npackage p\n", kAmd64));
}

TEST_CASE("old // +build lines", "[buildtags]") {
  auto plus = [](const std::string& lines, const BuildContext& ctx = kAmd64) {
    return file_matches("x.go", lines + "\n\npackage p\n", ctx);
  };
  CHECK(plus("// +build linux darwin"));          // space: or
  CHECK_FALSE(plus("// +build windows,amd64"));   // comma: and
  CHECK(plus("// +build linux,amd64"));
  CHECK(plus("// +build !windows"));
  CHECK_FALSE(plus("// +build linux\n// +build arm64"));  // lines: and
  CHECK(plus("// +build linux\n// +build arm64", kArm64));
}
