// The type checker through the pipeline: constant folding and untyped constants, the types of
// := declarations, initialization order, and gc-worded diagnostics for common mistakes.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "driver/pipeline.h"

namespace {

struct Checked {
  std::string dump;         // -dump=types
  std::string diagnostics;  // printed diagnostics
};

Checked check(const std::string& body) {
  auto dir = std::filesystem::temp_directory_path() / "go2cpp-types-test";
  std::filesystem::create_directories(dir);
  std::string path = (dir / "t.go").string();
  std::ofstream(path) << "package main\n\n" << body;
  go2cpp::syntax::FileSet files;
  go2cpp::syntax::Diagnostics diags;
  go2cpp::driver::TranslateOptions options;
  options.dump = go2cpp::driver::Dump::Types;
  auto result = go2cpp::driver::translate({path}, options, files, diags);
  std::ostringstream out;
  diags.print(out, files);
  return {result.dump, out.str()};
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("untyped constants fold exactly and keep their kind") {
  Checked c = check(
      "const big = 1 << 100\nconst small = big >> 98\nconst f = 1.0 / 3\nconst s = \"a\" + \"b\"\n"
      "const r = 'x' + 1\nfunc main() {}\n");
  REQUIRE(c.diagnostics.empty());
  CHECK(has(c.dump, "const small untyped int = 4\n"));
  CHECK(has(c.dump, "const s untyped string = \"ab\"\n"));
  CHECK(has(c.dump, "const r untyped rune = 121\n"));
  CHECK(has(c.dump, "const f untyped float = 0.333333"));
}

TEST_CASE("iota counts specs and typed constants keep their type") {
  Checked c = check("type Day int\nconst (\n\tA Day = iota\n\tB\n\tC\n)\nfunc main() {}\n");
  REQUIRE(c.diagnostics.empty());
  CHECK(has(c.dump, "const C Day = 2\n"));
}

TEST_CASE(":= gives untyped constants their default types") {
  Checked c = check(
      "func main() {\n\ta := 1\n\tb := 2.5\n\tc := 'z'\n\td := 1 + 2i\n\te := \"s\"\n"
      "\t_, _, _, _, _ = a, b, c, d, e\n}\n");
  REQUIRE(c.diagnostics.empty());
  CHECK(has(c.dump, "var a int\n"));
  CHECK(has(c.dump, "var b float64\n"));
  CHECK(has(c.dump, "var c rune\n"));
  CHECK(has(c.dump, "var d complex128\n"));
  CHECK(has(c.dump, "var e string\n"));
}

TEST_CASE("constant overflow and division by zero are reported as gc reports them") {
  Checked c = check("var x int8 = 300\nvar y = 1 / 0\nfunc main() {}\n");
  CHECK(has(c.diagnostics,
            "t.go:3:14: cannot use 300 (untyped int constant) as int8 value in variable "
            "declaration (overflows)\n"));
  CHECK(has(c.diagnostics, "t.go:4:13: invalid operation: division by zero\n"));
}

TEST_CASE("mismatched types, unused variables and missing returns") {
  Checked c = check(
      "func f() int {\n\tfor {\n\t\tbreak\n\t}\n}\n"
      "func main() {\n\tx := 1\n\ty := \"s\"\n\t_ = x + y\n\tz := 2\n}\n");
  CHECK(has(c.diagnostics, "t.go:7:1: missing return\n"));
  CHECK(has(c.diagnostics, "invalid operation: x + y (mismatched types int and string)\n"));
  CHECK(has(c.diagnostics, "t.go:12:2: z declared but not used\n"));
}

TEST_CASE("an initialization cycle through functions is an error") {
  Checked c = check("var a = f()\nfunc f() int { return a }\nfunc main() {}\n");
  CHECK(has(c.diagnostics, "initialization cycle"));
}

TEST_CASE("a type containing itself by value is invalid") {
  Checked c = check("type T struct{ next T }\nfunc main() {}\n");
  CHECK(has(c.diagnostics, "t.go:3:6: invalid recursive type T\n"));
}
