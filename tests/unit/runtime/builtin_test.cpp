// Go arithmetic where C++ differs: division, remainder, shifts, float->int conversions.
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

#include "go/runtime.h"
#include "panic_helpers.h"

TEST_CASE("div and rem follow Go", "[builtin]") {
  CHECK(go::div<go::int_>(7, -2) == -3);
  CHECK(go::rem<go::int_>(-7, 2) == -1);
  CHECK(go::div<go::int64>(INT64_MIN, -1) == INT64_MIN);
  CHECK(go::rem<go::int64>(INT64_MIN, -1) == 0);
  CHECK(go::div<go::int8>(-128, -1) == -128);
  CHECK(go::div<go::uint8>(200, 3) == 66);
  CHECK(panic_text([] { go::div<go::int_>(1, 0); }) == "runtime error: integer divide by zero");
  CHECK(panic_text([] { go::rem<go::uint32>(1, 0); }) == "runtime error: integer divide by zero");
}

TEST_CASE("shifts follow Go", "[builtin]") {
  CHECK(go::shl<go::int32>(1, 31) == INT32_MIN);
  CHECK(go::shl<go::int32>(1, 32) == 0);
  CHECK(go::shl<go::uint8>(0xFF, 4) == 0xF0);
  CHECK(go::shl<go::int_>(1, go::uint64(1000)) == 0);
  CHECK(go::shr<go::int_>(-8, 1) == -4);
  CHECK(go::shr<go::int_>(-8, 64) == -1);
  CHECK(go::shr<go::int_>(8, 64) == 0);
  CHECK(go::shr<go::uint16>(0x8000, 15) == 1);
  CHECK(go::shr<go::uint16>(0x8000, 16) == 0);
  CHECK(panic_text([] { go::shl<go::int_>(1, -1); }) == "runtime error: negative shift amount");
  CHECK(panic_text([] { go::shr<go::int_>(1, go::int8(-3)); }) == "runtime error: negative shift amount");
}

// Expected values observed with Go 1.19 on amd64 (float operands passed through a noinline func).
TEST_CASE("float to integer conversions give gc's amd64 results", "[builtin]") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  CHECK(go::convert<go::int_>(3.99) == 3);
  CHECK(go::convert<go::int_>(-3.99) == -3);
  CHECK(go::convert<go::int64>(1e19) == INT64_MIN);
  CHECK(go::convert<go::int64>(nan) == INT64_MIN);
  CHECK(go::convert<go::int32>(1e10) == INT32_MIN);
  CHECK(go::convert<go::int8>(300.0) == 44);
  CHECK(go::convert<go::int16>(1e10) == 0);
  CHECK(go::convert<go::uint32>(1e10) == 1410065408u);
  CHECK(go::convert<go::uint32>(-1.0) == 4294967295u);
  CHECK(go::convert<go::int_>(-1e19) == INT64_MIN);
  CHECK(go::convert<go::uint8>(300.0) == 44);
  CHECK(go::convert<go::uint64>(1.8446744073709552e19) == 0x8000000000000000ull);
  CHECK(go::convert<go::uint64>(1e19) == 10000000000000000000ull);
  CHECK(go::convert<go::uint64>(-1.0) == 0xFFFFFFFFFFFFFFFFull);
  CHECK(go::convert<go::float32>(go::int_(16777217)) == 16777216.0f);
  CHECK(go::convert<go::int8>(go::int_(300)) == 44);
}
