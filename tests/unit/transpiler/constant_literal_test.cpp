// Value::from_literal: every Go literal form, and gc's messages for malformed ones.
// Error texts are what Go 1.19's gc prints for `var x = <literal>` (go build).
#include <catch2/catch.hpp>

#include "types/constant.h"

namespace c = go2cpp::types::constant;
using c::Kind;
using c::Value;

namespace {
Value ok(std::string_view kind, std::string_view text) {
  std::string err = "unset";
  Value v = Value::from_literal(kind, text, &err);
  INFO(text << ": " << err);
  REQUIRE(err.empty());
  REQUIRE(v.kind() != Kind::Unknown);
  return v;
}
std::string bad(std::string_view kind, std::string_view text) {
  std::string err;
  Value v = Value::from_literal(kind, text, &err);
  INFO(text);
  CHECK(v.kind() == Kind::Unknown);
  return err;
}
}  // namespace

TEST_CASE("integer literals in every base, with separators and legacy octal") {
  CHECK(ok("int", "0").exact_string() == "0");
  CHECK(ok("int", "42").kind() == Kind::Int);
  CHECK(ok("int", "1_000_000").exact_string() == "1000000");
  CHECK(ok("int", "0x_FF").exact_string() == "255");
  CHECK(ok("int", "0XdeadBEEF").exact_string() == "3735928559");
  CHECK(ok("int", "0o17").exact_string() == "15");
  CHECK(ok("int", "0O17").exact_string() == "15");
  CHECK(ok("int", "0777").exact_string() == "511");
  CHECK(ok("int", "0_7").exact_string() == "7");
  CHECK(ok("int", "0b1010").exact_string() == "10");
  CHECK(ok("int", "0B_1_0").exact_string() == "2");
  CHECK(ok("int", "170141183460469231731687303715884105727").exact_string() ==
        "170141183460469231731687303715884105727");
  CHECK(ok("int", "0xffffffffffffffffffffffffffffffff").exact_string() ==
        "340282366920938463463374607431768211455");
}

TEST_CASE("float literals: decimal, exponents, hex mantissas") {
  CHECK(ok("float", "1.5").exact_string() == "3/2");
  CHECK(ok("float", "1.5").kind() == Kind::Float);
  CHECK(ok("float", ".25").exact_string() == "1/4");
  CHECK(ok("float", "1.").exact_string() == "1");
  CHECK(ok("float", "1.").kind() == Kind::Float);
  CHECK(ok("float", "1e3").exact_string() == "1000");
  CHECK(ok("float", "1E+3").exact_string() == "1000");
  CHECK(ok("float", "1e-3").exact_string() == "1/1000");
  CHECK(ok("float", "1_0.2_5e1_0").exact_string() == "102500000000");
  CHECK(ok("float", "0777.5").exact_string() == "1555/2");  // decimal despite the leading 0
  CHECK(ok("float", "089e1").exact_string() == "890");
  CHECK(ok("float", "0x1p-2").exact_string() == "1/4");
  CHECK(ok("float", "0x1.8p1").exact_string() == "3");
  CHECK(ok("float", "0x.8p0").exact_string() == "1/2");
  CHECK(ok("float", "0X_1FFFP-16").exact_string() == "8191/65536");
  CHECK(ok("float", "0x1p+1023").float64_val() == 0x1p+1023);
  CHECK(ok("float", "0e1000000").exact_string() == "0");
  CHECK(ok("float", "1e10000").to_string() == "1e+10000");
  CHECK(ok("float", "1e-10000").to_string() == "1e-10000");
}

TEST_CASE("imaginary literals are complex; integer mantissas are decimal") {
  Value v = ok("imag", "2.5i");
  CHECK(v.kind() == Kind::Complex);
  CHECK(v.real().exact_string() == "0");
  CHECK(v.imag().exact_string() == "5/2");
  CHECK(ok("imag", "0777i").imag().exact_string() == "777");
  CHECK(ok("imag", "0x10i").imag().exact_string() == "16");
  CHECK(ok("imag", "0b11i").imag().exact_string() == "3");
  CHECK(ok("imag", "0o17i").imag().exact_string() == "15");
  CHECK(ok("imag", "0x1p-2i").imag().exact_string() == "1/4");
  CHECK(ok("imag", "1e3i").imag().exact_string() == "1000");
  CHECK(ok("imag", "1_0i").imag().exact_string() == "10");
}

TEST_CASE("rune literals decode every escape form") {
  CHECK(ok("rune", "'a'").int64_val() == 97);
  CHECK(ok("rune", "'a'").kind() == Kind::Int);
  CHECK(ok("rune", "'\\n'").int64_val() == 10);
  CHECK(ok("rune", "'\\a'").int64_val() == 7);
  CHECK(ok("rune", "'\\b'").int64_val() == 8);
  CHECK(ok("rune", "'\\f'").int64_val() == 12);
  CHECK(ok("rune", "'\\r'").int64_val() == 13);
  CHECK(ok("rune", "'\\t'").int64_val() == 9);
  CHECK(ok("rune", "'\\v'").int64_val() == 11);
  CHECK(ok("rune", "'\\\\'").int64_val() == 92);
  CHECK(ok("rune", "'\\''").int64_val() == 39);
  CHECK(ok("rune", "'\\x41'").int64_val() == 65);
  CHECK(ok("rune", "'\\xff'").int64_val() == 255);
  CHECK(ok("rune", "'\\377'").int64_val() == 255);
  CHECK(ok("rune", "'\\000'").int64_val() == 0);
  CHECK(ok("rune", "'\\u00e9'").int64_val() == 0xe9);
  CHECK(ok("rune", "'\\U0001F600'").int64_val() == 0x1F600);
  CHECK(ok("rune", "'é'").int64_val() == 0xe9);
  CHECK(ok("rune", "'😀'").int64_val() == 0x1F600);
  CHECK(ok("rune", "'\"'").int64_val() == 34);
}

TEST_CASE("string literals: interpreted escapes produce bytes or UTF-8; raw strings drop CR") {
  CHECK(ok("string", "\"\"").string_val().empty());
  CHECK(ok("string", "\"a\\tb\"").string_val() == "a\tb");
  CHECK(ok("string", "\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"").string_val() == "\a\b\f\n\r\t\v\\\"");
  CHECK(ok("string", "\"\\xff\\377\\x00\"").string_val() == std::string("\xff\xff\0", 3));
  CHECK(ok("string", "\"\\u00e9\\U0001F600\"").string_val() == "\xc3\xa9\xf0\x9f\x98\x80");
  CHECK(ok("string", "\"日本\"").string_val() == "日本");
  CHECK(ok("string", "\"'\"").string_val() == "'");
  CHECK(ok("string", "`a\\n\r\nb`").string_val() == "a\\n\nb");
  CHECK(ok("string", "`\"`").string_val() == "\"");
  CHECK(ok("string", "``").string_val().empty());
}

TEST_CASE("malformed number literals get gc's scanner messages") {
  CHECK(bad("int", "0b102") == "invalid digit '2' in binary literal");
  CHECK(bad("int", "0o78") == "invalid digit '8' in octal literal");
  CHECK(bad("int", "08") == "invalid digit '8' in octal literal");
  CHECK(bad("int", "0x") == "hexadecimal literal has no digits");
  CHECK(bad("int", "0b") == "binary literal has no digits");
  CHECK(bad("int", "1__0") == "'_' must separate successive digits");
  CHECK(bad("int", "1_") == "'_' must separate successive digits");
  CHECK(bad("int", "0x1_p2") == "'_' must separate successive digits");
  CHECK(bad("float", "0x1.0") == "hexadecimal mantissa requires a 'p' exponent");
  CHECK(bad("float", "0b1.0") == "invalid radix point in binary literal");
  CHECK(bad("float", "0o1.0") == "invalid radix point in octal literal");
  CHECK(bad("float", "1e") == "exponent has no digits");
  CHECK(bad("float", "1e+") == "exponent has no digits");
  CHECK(bad("float", "0x1e3p") == "exponent has no digits");
  CHECK(bad("float", "0b1p3") == "'p' exponent requires hexadecimal mantissa");
  CHECK(bad("float", "1p3") == "'p' exponent requires hexadecimal mantissa");
  CHECK(bad("float", "0o1e3") == "'e' exponent requires decimal mantissa");
  // Beyond go2cpp's exact-arithmetic cap (gc accepts up to ~1e646456992).
  CHECK(bad("float", "1e1000000").starts_with("malformed constant: 1e1000000"));
  CHECK(bad("float", "0x1p10000000").starts_with("malformed constant: 0x1p10000000"));
}

TEST_CASE("malformed rune and string literals get gc's scanner messages") {
  CHECK(bad("rune", "'ab'") == "more than one character in rune literal");
  CHECK(bad("rune", "''") == "empty rune literal or unescaped '");
  CHECK(bad("rune", "'\\q'") == "unknown escape");
  CHECK(bad("rune", "'\\x4'") == "invalid character '\\'' in hexadecimal escape");
  CHECK(bad("rune", "'\\x4g'") == "invalid character 'g' in hexadecimal escape");
  CHECK(bad("rune", "'\\u12é4'") == "invalid character 'é' in hexadecimal escape");
  CHECK(bad("rune", "'\\400'") == "octal escape value 256 > 255");
  CHECK(bad("rune", "'\\18'") == "invalid character '8' in octal escape");
  CHECK(bad("rune", "'\\uD800'") == "escape is invalid Unicode code point U+D800");
  CHECK(bad("rune", "'\\U00110000'") == "escape is invalid Unicode code point U+110000");
  CHECK(bad("rune", "'\\\"'") == "unknown escape");
  CHECK(bad("string", "\"\\'\"") == "unknown escape");
  CHECK(bad("string", "\"a\nb\"") == "newline in string");
  CHECK(bad("string", "\"\\x4\"") == "invalid character '\"' in hexadecimal escape");
}
