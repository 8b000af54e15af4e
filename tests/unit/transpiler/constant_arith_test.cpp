// Constant operators: binary and unary arithmetic, shifts and comparisons.
// Expected results were printed by Go 1.19's go/constant (BinaryOp, UnaryOp, Shift) where noted.
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
Value i64(int64_t v) {
  return Value::make_int64(v);
}
Value bin(const Value& x, std::string_view op, const Value& y, bool int_div = false) {
  return c::binary_op(x, op, y, int_div);
}
}  // namespace

TEST_CASE("integer constant arithmetic is exact at any size") {
  Value big = c::shift(i64(1), "<<", 100);
  CHECK(bin(big, "/", i64(3), true).exact_string() == "422550200076076467165567735125");
  CHECK(bin(big, "/", i64(3), true).kind() == Kind::Int);
  CHECK(bin(big, "%", i64(3), false).exact_string() == "1");
  CHECK(bin(big, "*", big).exact_string() ==
        "1606938044258990275541962092341162602522202993782792835301376");
  CHECK(bin(big, "-", big).exact_string() == "0");
  CHECK(bin(i64(INT64_MAX), "+", i64(1)).exact_string() == "9223372036854775808");
  CHECK(bin(i64(INT64_MIN), "/", i64(-1), true).exact_string() == "9223372036854775808");
  // Non-integer division of ints is a Float (go/constant: QUO gives a rational).
  Value q = bin(i64(2), "/", i64(4));
  CHECK(q.kind() == Kind::Float);
  CHECK(q.exact_string() == "1/2");
}

TEST_CASE(
    "truncated division and remainder follow the dividend's sign (go/constant QUO_ASSIGN, REM)") {
  CHECK(bin(i64(-7), "/", i64(2), true).int64_val() == -3);
  CHECK(bin(i64(-7), "%", i64(2)).int64_val() == -1);
  CHECK(bin(i64(7), "/", i64(-2), true).int64_val() == -3);
  CHECK(bin(i64(7), "%", i64(-2)).int64_val() == 1);
  CHECK(bin(i64(-7), "/", i64(-2), true).int64_val() == 3);
  CHECK(bin(i64(-7), "%", i64(-2)).int64_val() == -1);
  // Integral floats take the integer path when integer division is requested.
  CHECK(bin(lit("float", "7.0"), "/", i64(2), true).int64_val() == 3);
}

TEST_CASE("division by zero and invalid operands give Unknown") {
  CHECK(bin(i64(1), "/", i64(0), true).kind() == Kind::Unknown);
  CHECK(bin(i64(1), "/", i64(0), false).kind() == Kind::Unknown);
  CHECK(bin(i64(1), "%", i64(0)).kind() == Kind::Unknown);
  CHECK(bin(lit("float", "1.5"), "/", lit("float", "0.0")).kind() == Kind::Unknown);
  CHECK(bin(lit("imag", "1i"), "/", lit("imag", "0i")).kind() == Kind::Unknown);
  CHECK(bin(lit("float", "1.5"), "%", i64(1)).kind() == Kind::Unknown);
  CHECK(bin(lit("float", "1.5"), "&", i64(1)).kind() == Kind::Unknown);
  CHECK(bin(i64(1), "+", Value::make_string("a")).kind() == Kind::Unknown);
  CHECK(bin(Value(), "+", i64(1)).kind() == Kind::Unknown);
}

TEST_CASE("bitwise constant ops on negatives match math/big") {
  Value a = bin(i64(0), "-", lit("int", "123456789012345678901234567890"));
  Value b = lit("int", "98765432109876543210");
  CHECK(bin(a, "&", b).exact_string() == "20213295392617428010");
  CHECK(bin(a, "|", b).exact_string() == "-123456788933793542183975452690");
  CHECK(bin(a, "^", b).exact_string() == "-123456788954006837576592880700");
  CHECK(bin(a, "&^", b).exact_string() == "-123456789032558974293851995900");
  CHECK(bin(i64(-1), "&^", i64(5)).int64_val() == -6);
}

TEST_CASE("unary operators, with ^ on unsigned types masked to the width") {
  CHECK(c::unary_op("^", i64(5), 8).int64_val() == 250);
  CHECK(c::unary_op("^", i64(5), 0).int64_val() == -6);
  CHECK(c::unary_op("^", i64(0), 64).uint64_val() == UINT64_MAX);
  CHECK(c::unary_op("-", i64(5), 0).int64_val() == -5);
  CHECK(c::unary_op("+", i64(5), 0).int64_val() == 5);
  CHECK(c::unary_op("-", lit("float", "0.5"), 0).exact_string() == "-1/2");
  CHECK(c::unary_op("-", lit("imag", "2i"), 0).imag().exact_string() == "-2");
  CHECK(c::unary_op("!", Value::make_bool(true), 0).bool_val() == false);
  CHECK(c::unary_op("!", i64(1), 0).kind() == Kind::Unknown);
  CHECK(c::unary_op("^", lit("float", "1.5"), 0).kind() == Kind::Unknown);
}

TEST_CASE("complex arithmetic (go/constant: (1+2i)/(3-4i) is (-0.2 + 0.4i))") {
  Value x = bin(i64(1), "+", lit("imag", "2i"));
  Value y = bin(i64(3), "-", lit("imag", "4i"));
  CHECK(x.kind() == Kind::Complex);
  CHECK(bin(x, "/", y).to_string() == "(-0.2 + 0.4i)");
  CHECK(bin(x, "*", y).to_string() == "(11 + 2i)");
  CHECK(bin(x, "-", x).sign() == 0);
  Value sq = bin(lit("imag", "1i"), "*", lit("imag", "1i"));
  CHECK(sq.is_int());
  CHECK(sq.int64_val() == -1);
  CHECK(c::to_float(sq).kind() == Kind::Float);
  CHECK(c::to_float(x).kind() == Kind::Unknown);
}

TEST_CASE("complex parts keep go/constant's kinds, which shows in messages") {
  // Go 1.19 go/constant prints exactly these.
  Value x = bin(i64(1000000), "+", lit("imag", "2i"));
  CHECK(x.to_string() == "(1000000 + 2i)");
  CHECK(x.real().kind() == Kind::Int);
  CHECK(x.imag().kind() == Kind::Float);
  CHECK(bin(lit("float", "1e6"), "+", lit("imag", "2i")).to_string() == "(1e+06 + 2i)");
  CHECK(bin(x, "*", x).to_string() == "(1e+12 + 4e+06i)");
  CHECK(c::unary_op("-", x, 0).to_string() == "(-1000000 + -2i)");
  CHECK(bin(lit("imag", "1e7i"), "*", lit("imag", "1e7i")).to_string() == "(-1e+14 + 0i)");
}

TEST_CASE("shifts: huge left shifts, arithmetic right shifts") {
  CHECK(c::shift(i64(1), "<<", 100).exact_string() == "1267650600228229401496703205376");
  CHECK(c::shift(i64(1), "<<", 1000).bit_len() == 1001);
  CHECK(c::shift(c::shift(i64(3), "<<", 5000), ">>", 4999).int64_val() == 6);
  CHECK(c::shift(i64(-5), ">>", 1).int64_val() == -3);
  CHECK(c::shift(i64(-1), ">>", 100000).int64_val() == -1);
  CHECK(c::shift(i64(5), ">>", 100000).int64_val() == 0);
  CHECK(c::shift(i64(0), "<<", UINT64_MAX).int64_val() == 0);
  CHECK(c::shift(i64(1), "<<", UINT64_MAX).kind() == Kind::Unknown);  // absurd, refused
  CHECK(c::shift(lit("float", "2.0"), "<<", 3).int64_val() == 16);
  CHECK(c::shift(lit("float", "2.5"), "<<", 3).kind() == Kind::Unknown);
}

TEST_CASE("comparisons across kinds") {
  CHECK(c::compare(i64(1), "<", lit("float", "1.5")));
  CHECK(c::compare(lit("float", "2.0"), "==", i64(2)));
  CHECK(c::compare(lit("float", "1e100"), ">", c::shift(i64(1), "<<", 300)));  // 2^300 ~ 2.04e90
  CHECK(c::compare(lit("float", "1e100"), "<", c::shift(i64(1), "<<", 333)));  // 2^333 ~ 1.75e100
  CHECK(c::compare(i64(-3), "<=", i64(-3)));
  CHECK(c::compare(i64(-3), ">=", i64(-2)) == false);
  CHECK(c::compare(Value::make_string("abc"), "<", Value::make_string("abd")));
  CHECK(
      c::compare(Value::make_string("\xff"), ">", Value::make_string("a")));  // bytewise, unsigned
  CHECK(c::compare(Value::make_bool(true), "!=", Value::make_bool(false)));
  CHECK(c::compare(Value::make_bool(true), "<", Value::make_bool(false)) == false);
  CHECK(c::compare(lit("imag", "1i"), "==", bin(lit("imag", "2i"), "/", i64(2))));
  CHECK(c::compare(lit("imag", "1i"), "!=", i64(1)));
  CHECK(c::compare(Value(), "==", Value()) == false);
}

TEST_CASE("bool and string operators") {
  CHECK(bin(Value::make_bool(true), "&&", Value::make_bool(false)).bool_val() == false);
  CHECK(bin(Value::make_bool(true), "||", Value::make_bool(false)).bool_val() == true);
  CHECK(bin(Value::make_string("ab"), "+", Value::make_string("cd")).string_val() == "abcd");
}

TEST_CASE("kind conversions") {
  CHECK(c::to_int(lit("float", "3.0")).kind() == Kind::Int);
  CHECK(c::to_int(lit("float", "3.5")).kind() == Kind::Unknown);
  CHECK(c::to_int(lit("float", "1e1000")).kind() == Kind::Int);  // go/constant: a small rational
  CHECK(c::to_int(lit("float", "1e10000")).kind() ==
        Kind::Unknown);  // go/constant refuses exponent >= 4096
  CHECK(c::to_int(bin(lit("imag", "0i"), "+", i64(4))).int64_val() == 4);
  CHECK(c::to_float(i64(3)).kind() == Kind::Float);
  CHECK(c::to_complex(i64(3)).kind() == Kind::Complex);
  CHECK(c::to_complex(Value::make_string("x")).kind() == Kind::Unknown);
  CHECK(c::make_complex(i64(1), lit("float", "0.5")).to_string() == "(1 + 0.5i)");
  CHECK(i64(7).imag().int64_val() == 0);
  CHECK(lit("float", "2.5").int64_val() == std::nullopt);
  CHECK(lit("float", "2.0").int64_val() == 2);
  CHECK(lit("int", "18446744073709551615").int64_val() == std::nullopt);
  CHECK(lit("int", "18446744073709551615").uint64_val() == UINT64_MAX);
}
