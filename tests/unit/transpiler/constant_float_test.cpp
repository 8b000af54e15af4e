// Correct rounding of exact constants to float64 and float32, and exact rational arithmetic.
// Expected bit patterns were printed by Go 1.19: constant.Float64Val / Float32Val of
// constant.MakeFromLiteral(s, token.FLOAT, 0), shown with math.Float64bits / Float32bits.
#include <bit>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>

#include "types/constant.h"

namespace c = go2cpp::types::constant;
using c::Kind;
using c::Value;

namespace {
Value flit(std::string_view text) {
  std::string err;
  Value v = Value::from_literal("float", text, &err);
  INFO(text << ": " << err);
  REQUIRE(v.kind() != Kind::Unknown);
  return v;
}
uint64_t bits64(double d) {
  return std::bit_cast<uint64_t>(d);
}
uint32_t bits32(float f) {
  return std::bit_cast<uint32_t>(f);
}
}  // namespace

TEST_CASE("float constants round to the float64 and float32 Go 1.19 computes") {
  struct Case {
    const char* lit;
    uint64_t f64;
    uint32_t f32;
  };
  const Case cases[] = {
      {"0.1", 0x3fb999999999999a, 0x3dcccccd},
      {"1e23", 0x44b52d02c7e14af6, 0x65a96816},
      {"8.98846567431158e307", 0x7fe0000000000000, 0x7f800000},
      {"2.2250738585072011e-308", 0xfffffffffffff, 0x0},  // largest subnormal
      {"4.9406564584124654e-324", 0x1, 0x0},              // smallest subnormal
      {"2.4703282292062327e-324", 0x0, 0x0},              // just below half of it: zero
      {"2.4703282292062328e-324", 0x1, 0x0},              // just above half: rounds up
      {"1.7976931348623157e308", 0x7fefffffffffffff, 0x7f800000},
      {"1.7976931348623158e308", 0x7fefffffffffffff, 0x7f800000},
      {"1.7976931348623159e308", 0x7ff0000000000000, 0x7f800000},  // overflows to +Inf
      {"9007199254740993", 0x4340000000000000, 0x5a000000},        // tie: to even
      {"0x1.fffffffffffff8p1023", 0x7ff0000000000000, 0x7f800000},
      {"1e-400", 0x0, 0x0},
      {"3.4028235677973366e38", 0x47effffff0000000, 0x7f7fffff},
      {"3.4028235e38", 0x47efffffe54daff8, 0x7f7fffff},
      {"1.4e-45", 0x369ff868bf4d956a, 0x1},
      {"7e-46", 0x368ff868bf4d956a, 0x0},
      {"7.1e-46", 0x369036aa2680f22c, 0x1},
      {"16777217", 0x4170000010000000, 0x4b800000},
      {"0.3", 0x3fd3333333333333, 0x3e99999a},
      // Just above a float32 tie: a direct rounding goes up; double rounding through float64
      // would land on the tie and go to even (down).
      {"1.00000005960464477539062500001", 0x3ff0000010000000, 0x3f800001},
      {"1.000000059604644775390625", 0x3ff0000010000000, 0x3f800000},  // exact tie: to even
  };
  for (const Case& k : cases) {
    INFO(k.lit);
    Value v = flit(k.lit);
    CHECK(bits64(v.float64_val()) == k.f64);
    CHECK(bits32(v.float32_val()) == k.f32);
    CHECK(bits64(c::unary_op("-", v, 0).float64_val()) == (k.f64 | 0x8000000000000000));
  }
}

TEST_CASE("make_float64 holds the exact double, and -0 becomes 0") {
  Value v = Value::make_float64(0.1);
  CHECK(v.exact_string() == "3602879701896397/36028797018963968");
  CHECK(v.float64_val() == 0.1);
  CHECK(Value::make_float64(-0.0).sign() == 0);
  CHECK(std::signbit(Value::make_float64(-0.0).float64_val()) == false);
  CHECK(Value::make_float64(INFINITY).kind() == Kind::Unknown);
  CHECK(Value::make_float64(NAN).kind() == Kind::Unknown);
  CHECK(Value::make_float64(5e-324).float64_val() == 5e-324);
  CHECK(Value::make_float64(-1.7976931348623157e308).float64_val() == -1.7976931348623157e308);
  CHECK(Value::make_float64(1e300).is_int());
  CHECK_FALSE(Value::make_float64(0.5).is_int());
}

TEST_CASE("float arithmetic is exact rational arithmetic") {
  Value sum = c::binary_op(flit("0.1"), "+", flit("0.2"), false);
  CHECK(sum.kind() == Kind::Float);
  CHECK(sum.exact_string() == "3/10");
  CHECK(c::compare(sum, "==", flit("0.3")));
  CHECK(c::compare(Value::make_float64(0.1 + 0.2), "!=", flit("0.3")));  // unlike float64 math
  Value third = c::binary_op(Value::make_int64(1), "/", Value::make_int64(3), false);
  CHECK(third.kind() == Kind::Float);
  CHECK(third.exact_string() == "1/3");
  Value one = c::binary_op(third, "*", Value::make_int64(3), false);
  CHECK(one.is_int());
  CHECK(one.int64_val() == 1);
  // 1e1000 / 3 * 3 stays exactly 1e1000.
  Value huge = c::binary_op(c::binary_op(flit("1e1000"), "/", Value::make_int64(3), false), "*",
                            Value::make_int64(3), false);
  CHECK(c::compare(huge, "==", flit("1e1000")));
  CHECK(std::isinf(huge.float64_val()));
  CHECK(huge.to_string() == "1e+1000");
  CHECK(c::binary_op(flit("1.5"), "/", flit("0.0"), false).kind() == Kind::Unknown);
}
