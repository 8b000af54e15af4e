#include <sstream>

#include <catch2/catch.hpp>

#include "syntax/diagnostics.h"

using go2cpp::syntax::Diagnostics;
using go2cpp::syntax::FileSet;

TEST_CASE("diagnostics print sorted by position, one per line, as gc does") {
  FileSet files;
  int32_t a = files.add("a.go");
  Diagnostics diags;
  diags.error({a, 7, 2}, "second");
  diags.error({a, 3, 5}, "first");
  diags.error({a, 7, 9}, "same line, dropped");
  std::ostringstream out;
  diags.print(out, files);
  CHECK(out.str() == "a.go:3:5: first\na.go:7:2: second\n");
}

TEST_CASE("diagnostics stop after ten errors with 'too many errors'") {
  FileSet files;
  int32_t a = files.add("x.go");
  Diagnostics diags;
  for (int line = 1; line <= 12; ++line) diags.error({a, line, 1}, "e");
  std::ostringstream out;
  diags.print(out, files);
  CHECK(out.str().ends_with("x.go:11:1: too many errors\n"));
}
