// Smoke tests of the constant package API: literals, arithmetic, formatting, representability.
// Expected strings come from Go 1.19 (gc's messages, go/constant's String, fmt's %v).
#include <catch2/catch.hpp>

#include "types/constant.h"

namespace c = go2cpp::types::constant;
using c::Kind;
using c::Value;

namespace {
Value lit(std::string_view kind, std::string_view text) {
  std::string err;
  Value v = Value::from_literal(kind, text, &err);
  INFO(text << ": " << err);
  REQUIRE(err.empty());
  REQUIRE(v.kind() != Kind::Unknown);
  return v;
}
}  // namespace

TEST_CASE("constant basics: literals, arithmetic and strings as gc shows them") {
  CHECK(lit("int", "300").to_string() == "300");
  Value big = c::shift(Value::make_int64(1), "<<", 100);
  CHECK(big.to_string() == "1267650600228229401496703205376");
  CHECK(lit("float", "1e100").to_string() == "1e+100");
  CHECK(lit("float", "0.1").to_string() == "0.1");
  CHECK(lit("float", "3.14159265").to_string() == "3.14159");
  Value sum = c::binary_op(lit("float", "0.1"), "+", lit("float", "0.2"), false);
  CHECK(c::compare(sum, "==", lit("float", "0.3")));
  CHECK(!c::representable(lit("int", "300"), "int8", nullptr));
  CHECK(c::representable(lit("int", "127"), "int8", nullptr));
  CHECK(c::binary_op(Value::make_int64(1), "/", Value::make_int64(0), true).kind() ==
        Kind::Unknown);
}
