// Builtin print/println formats (runtime/print.go), captured from file descriptor 2, and the
// runtime's stdout buffer ordering.
#include <catch2/catch.hpp>
#include <cstdio>
#include <string>
#include <unistd.h>

#include "go/runtime.h"

namespace {
// Runs f with stderr redirected to a temporary file and returns what it wrote.
template <class F>
std::string capture_stderr(F f) {
  std::FILE* tmp = std::tmpfile();
  const int saved = ::dup(2);
  ::dup2(::fileno(tmp), 2);
  f();
  ::dup2(saved, 2);
  ::close(saved);
  std::string out;
  std::rewind(tmp);
  char buf[256];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, tmp)) > 0) out.append(buf, n);
  std::fclose(tmp);
  return out;
}
}  // namespace

TEST_CASE("println formats like Go 1.19", "[print]") {
  // Go 1.19: println(1.5, float32(0.1), 0.0, +Inf, 12345678.0, int8(-3), uint64(1<<63), true, "s", complex(1, -2))
  const std::string got = capture_stderr([] {
    go::println(1.5, go::float32(0.1f), 0.0, 1e300 * 1e300, 12345678.0, go::int8(-3), go::uint64(1) << 63, true, "s",
                go::complex128(1, -2));
  });
  CHECK(got ==
        "+1.500000e+000 +1.000000e-001 +0.000000e+000 +Inf +1.234568e+007 -3 9223372036854775808 true s "
        "(+1.000000e+000-2.000000e+000i)\n");
}

TEST_CASE("print has no separators; NaN, -Inf, -0, slices and pointers", "[print]") {
  const double nan = __builtin_nan("");
  CHECK(capture_stderr([&] { go::print("a", go::int_(1), nan, -1e300 * 1e300, -0.0); }) ==
        "a1NaN-Inf-0.000000e+000");
  CHECK(capture_stderr([] { go::println(); }) == "\n");
  CHECK(capture_stderr([] { go::print(go::ptr<go::int_>()); }) == "0x0");
  CHECK(capture_stderr([] { go::print(go::slice<go::int_>()); }) == "[0/0]0x0");
  CHECK(capture_stderr([] { go::print(1e-7, 9.9999999); }) == "+1.000000e-007+1.000000e+001");
}
