// representable(): the boundaries of every integer type, float overflow and rounding, complex,
// bool and string. Boundary verdicts agree with Go 1.19's gc (`var x T = c` builds or reports
// "(overflows)"; e.g. 0x1.ffffffp127 overflows float32, 1e-50 is accepted as float32 zero).
#include <catch2/catch.hpp>

#include "types/constant.h"

namespace c = go2cpp::types::constant;
using c::Kind;
using c::Value;

namespace {
Value lit(std::string_view kind, std::string_view text) {
  std::string err;
  Value v = Value::from_literal(kind, text, &err);
  REQUIRE(err.empty());
  return v;
}
Value dec(std::string_view s) {
  if (s[0] == '-') return c::unary_op("-", lit("int", s.substr(1)), 0);
  return lit("int", s);
}
}  // namespace

TEST_CASE("representable: integer type boundaries") {
  struct Case {
    const char* type;
    const char* min;
    const char* max;
    const char* below;
    const char* above;
  };
  const Case cases[] = {
      {"int8", "-128", "127", "-129", "128"},
      {"int16", "-32768", "32767", "-32769", "32768"},
      {"int32", "-2147483648", "2147483647", "-2147483649", "2147483648"},
      {"rune", "-2147483648", "2147483647", "-2147483649", "2147483648"},
      {"int64", "-9223372036854775808", "9223372036854775807", "-9223372036854775809",
       "9223372036854775808"},
      {"int", "-9223372036854775808", "9223372036854775807", "-9223372036854775809",
       "9223372036854775808"},
      {"uint8", "0", "255", "-1", "256"},
      {"byte", "0", "255", "-1", "256"},
      {"uint16", "0", "65535", "-1", "65536"},
      {"uint32", "0", "4294967295", "-1", "4294967296"},
      {"uint64", "0", "18446744073709551615", "-1", "18446744073709551616"},
      {"uint", "0", "18446744073709551615", "-1", "18446744073709551616"},
      {"uintptr", "0", "18446744073709551615", "-1", "18446744073709551616"},
  };
  for (const Case& k : cases) {
    INFO(k.type);
    Value r;
    CHECK(c::representable(dec(k.min), k.type, &r));
    CHECK(r.exact_string() == k.min);
    CHECK(c::representable(dec(k.max), k.type, &r));
    CHECK(r.exact_string() == k.max);
    CHECK_FALSE(c::representable(dec(k.below), k.type, &r));
    CHECK_FALSE(c::representable(dec(k.above), k.type, &r));
    CHECK(r.exact_string() == k.max);  // untouched on failure
  }
  CHECK(c::representable(c::shift(Value::make_int64(1), "<<", 1000), "untyped int", nullptr));
}

TEST_CASE("representable: floats and complexes as integers must be integral") {
  Value r;
  CHECK(c::representable(lit("float", "255.0"), "uint8", &r));
  CHECK(r.kind() == Kind::Int);
  CHECK(r.int64_val() == 255);
  CHECK_FALSE(c::representable(lit("float", "1.5"), "int", nullptr));
  CHECK_FALSE(c::representable(lit("float", "1e100"), "int", nullptr));
  CHECK(c::representable(c::binary_op(lit("imag", "0i"), "+", Value::make_int64(3), false), "int8",
                         &r));
  CHECK(r.int64_val() == 3);
  CHECK_FALSE(c::representable(lit("imag", "1i"), "int", nullptr));
  CHECK_FALSE(c::representable(Value::make_string("x"), "int", nullptr));
}

TEST_CASE("representable: floats round to the type and reject overflow") {
  Value r;
  CHECK(c::representable(lit("float", "0.1"), "float64", &r));
  CHECK(r.float64_val() == 0.1);
  CHECK(r.exact_string() == "3602879701896397/36028797018963968");
  CHECK(c::representable(lit("float", "0.1"), "float32", &r));
  CHECK(r.exact_string() == "13421773/134217728");
  CHECK(c::representable(Value::make_int64(16777217), "float32", &r));
  CHECK(r.exact_string() == "16777216");
  CHECK(r.kind() == Kind::Float);
  CHECK(c::representable(lit("float", "0x1.fffffep127"), "float32", nullptr));  // max float32
  CHECK(
      c::representable(lit("float", "0x1.fffffefp127"), "float32", nullptr));  // rounds down to it
  CHECK_FALSE(
      c::representable(lit("float", "0x1.ffffffp127"), "float32", nullptr));  // tie rounds up: Inf
  CHECK(c::representable(lit("float", "0x1.fffffffffffff7p1023"), "float64", nullptr));
  CHECK_FALSE(c::representable(lit("float", "0x1.fffffffffffff8p1023"), "float64", nullptr));
  CHECK_FALSE(c::representable(lit("float", "1e10000"), "float64", nullptr));
  CHECK_FALSE(c::representable(c::unary_op("-", lit("float", "1e39"), 0), "float32", nullptr));
  CHECK(c::representable(lit("float", "1e-50"), "float32", &r));  // underflows to zero: allowed
  CHECK(r.sign() == 0);
  CHECK(c::representable(lit("float", "1e10000"), "untyped float", nullptr));
  CHECK_FALSE(c::representable(lit("imag", "1i"), "float64", nullptr));
  CHECK(c::representable(c::binary_op(lit("imag", "0i"), "+", lit("float", "0.5"), false),
                         "float32", &r));
  CHECK(r.kind() == Kind::Float);
}

TEST_CASE("representable: complex types round both parts") {
  Value r;
  Value z = c::binary_op(lit("float", "0.1"), "+", lit("imag", "0.2i"), false);
  CHECK(c::representable(z, "complex128", &r));
  CHECK(r.kind() == Kind::Complex);
  CHECK(r.real().float64_val() == 0.1);
  CHECK(r.imag().float64_val() == 0.2);
  CHECK(c::representable(z, "complex64", &r));
  CHECK(r.imag().exact_string() == "13421773/67108864");
  CHECK_FALSE(c::representable(lit("float", "1e39"), "complex64", nullptr));
  CHECK_FALSE(c::representable(lit("imag", "1e39i"), "complex64", nullptr));
  CHECK(c::representable(Value::make_int64(2), "complex64", &r));
  CHECK(r.kind() == Kind::Complex);
  CHECK_FALSE(c::representable(Value::make_bool(true), "complex128", nullptr));
}

TEST_CASE("representable: bool, string, unknown values and unknown type names") {
  CHECK(c::representable(Value::make_bool(false), "bool", nullptr));
  CHECK_FALSE(c::representable(Value::make_bool(false), "string", nullptr));
  CHECK(c::representable(Value::make_string(""), "string", nullptr));
  CHECK_FALSE(c::representable(Value::make_string(""), "int", nullptr));
  CHECK(c::representable(Value(), "int8", nullptr));  // as go/types: no follow-up error
  CHECK_FALSE(c::representable(Value::make_int64(1), "int128", nullptr));
}
