// to_string() and exact_string(): what gc shows for constants in messages. Expected strings are
// go/constant's String()/ExactString() in Go 1.19, and gc messages such as
// "cannot use 1 << 100 (untyped int constant 1267650600228229401496703205376) as int value ...".
#include <catch2/catch.hpp>

#include "types/constant.h"

namespace c = go2cpp::types::constant;
using c::Value;

namespace {
// Go literals carry no sign: a leading '-' here means unary minus applied to the literal.
Value parse(std::string_view kind, std::string_view text) {
  bool neg = text.starts_with("-");
  std::string err;
  Value v = Value::from_literal(kind, neg ? text.substr(1) : text, &err);
  INFO(text << ": " << err);
  REQUIRE(err.empty());
  if (kind == "float")
    v = c::to_float(v);  // "1000000" as an untyped float constant, as in go/constant
  return neg ? c::unary_op("-", v, 0) : v;
}
std::string str(std::string_view kind, std::string_view text) {
  return parse(kind, text).to_string();
}
}  // namespace

TEST_CASE(
    "to_string of floats follows go/constant (%.6g, or the approximate form out of float64 "
    "range)") {
  const std::pair<const char*, const char*> cases[] = {
      {"1e100", "1e+100"},
      {"0.1", "0.1"},
      {"3.14159265", "3.14159"},
      {"1e10000", "1e+10000"},
      {"1e-400", "1e-400"},
      {"-1e-400", "-1e-400"},
      {"123456789.9", "1.23457e+08"},
      {"12345678.9", "1.23457e+07"},
      {"1.0000001", "1"},
      {"1e1000", "1e+1000"},
      {"0x1p-2", "0.25"},
      {"100000", "100000"},
      {"1000000", "1e+06"},
      {"0.0001", "0.0001"},
      {"0.00001", "1e-05"},
      {"2.5e-5", "2.5e-05"},
      {"-7.25", "-7.25"},
      {"123456", "123456"},
      {"1234567", "1.23457e+06"},
      {"999999.5", "1e+06"},
      {"0.00012345678", "0.000123457"},
      {"1e308", "1e+308"},
      {"2e308", "2e+308"},
      {"5e-324", "4.94066e-324"},
      {"3e-324", "4.94066e-324"},
      {"-1e10000", "-1e+10000"},
      {"9.9999999e999", "1e+1000"},
      {"1e400", "1e+400"},
      {"-2.5e-310", "-2.5e-310"},
      {"1.5e308", "1.5e+308"},
      {"1.8e308", "1.8e+308"},
      {"123456.5", "123456"},
      {"0.000012345", "1.2345e-05"},
      {"-0.5", "-0.5"},
      {"0.0", "0"},
  };
  for (const auto& [lit, want] : cases) {
    INFO(lit);
    CHECK(str("float", lit) == want);
  }
  CHECK(c::binary_op(Value::make_int64(2), "/", Value::make_int64(3), false).to_string() ==
        "0.666667");
  CHECK(c::binary_op(parse("float", "1e-400"), "*", Value::make_int64(-3), false).to_string() ==
        "-3e-400");
}

TEST_CASE("to_string of ints is full decimal; of complex values (re + imi)") {
  CHECK(str("int", "300") == "300");
  CHECK(c::shift(Value::make_int64(1), "<<", 100).to_string() == "1267650600228229401496703205376");
  CHECK(Value::make_int64(-5).to_string() == "-5");
  CHECK(str("rune", "'a'") == "97");
  CHECK(c::binary_op(Value::make_int64(1), "+", Value::from_literal("imag", "2i", nullptr), false)
            .to_string() == "(1 + 2i)");
  CHECK(str("imag", "2.5i") == "(0 + 2.5i)");
  CHECK(Value::make_bool(true).to_string() == "true");
  CHECK(Value().to_string() == "unknown");
}

TEST_CASE("to_string of strings is strconv.Quote, shortened to 72 runes") {
  CHECK(str("string", "\"a\\tb\\x00\\u00e9\\U0001F600\"") == "\"a\\tb\\x00é😀\"");
  CHECK(str("string",
            "\"abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz\"") ==
        "\"abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnop...");
  CHECK(str("string",
            "\"ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé\"") ==
        "\"éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé...");
  CHECK(str("string", "\"\\xff\\x7f\\u00a0\\u00ad\\u200b\\ufeff\\a\\b\\f\\v\\r\\\"\\\\\"") ==
        "\"\\xff\\x7f\\u00a0\\u00ad\\u200b\\ufeff\\a\\b\\f\\v\\r\\\"\\\\\"");
  CHECK(Value::make_string(std::string(72 - 2, 'x')).to_string().size() ==
        72);  // at the limit: kept whole
}

TEST_CASE("exact_string gives ints in decimal and floats as fractions") {
  CHECK(Value::from_literal("float", "0.1", nullptr).exact_string() == "1/10");
  CHECK(Value::from_literal("float", "3.14159265", nullptr).exact_string() == "62831853/20000000");
  CHECK(parse("float", "-7.25").exact_string() == "-29/4");
  CHECK(Value::from_literal("float", "-7.25", nullptr).kind() ==
        c::Kind::Unknown);  // no signed literals
  CHECK(Value::from_literal("float", "1e1000", nullptr).exact_string().size() == 1001);
  CHECK(Value::make_float64(2.0 / 3).exact_string() == "6004799503160661/9007199254740992");
  CHECK(Value::make_string("a\"b").exact_string() == "\"a\\\"b\"");
}
