// BigInt: arithmetic, long division, shifts and two's-complement bitwise operations.
// Expected values were printed by Go 1.19's math/big (big.Int And/Or/Xor/AndNot/Not/Rsh/Quo/Rem).
#include <catch2/catch.hpp>

#include "types/bigint.h"

using go2cpp::types::BigInt;

namespace {
BigInt dec(std::string_view s) {
  bool neg = !s.empty() && s[0] == '-';
  auto v = BigInt::parse(neg ? s.substr(1) : s, 10);
  REQUIRE(v.has_value());
  return neg ? -*v : *v;
}
}  // namespace

TEST_CASE("bigint parses and prints decimal, hex, octal and binary digits") {
  CHECK(BigInt().to_string() == "0");
  CHECK(dec("0").to_string() == "0");
  CHECK(dec("000123").to_string() == "123");
  CHECK(dec("-123456789012345678901234567890").to_string() == "-123456789012345678901234567890");
  CHECK(BigInt::parse("ffffffffffffffffffffffff", 16)->to_string() ==
        "79228162514264337593543950335");
  CHECK(BigInt::parse("777", 8)->to_string() == "511");
  CHECK(BigInt::parse("101", 2)->to_string() == "5");
  CHECK_FALSE(BigInt::parse("12a", 10).has_value());
  CHECK_FALSE(BigInt::parse("8", 8).has_value());
  CHECK_FALSE(BigInt::parse("", 10).has_value());
  CHECK(BigInt(INT64_MIN).to_string() == "-9223372036854775808");
  CHECK(BigInt::from_uint64(UINT64_MAX).to_string() == "18446744073709551615");
}

TEST_CASE("bigint add, sub and mul across signs") {
  BigInt a = dec("-123456789012345678901234567890"), b = dec("98765432109876543210");
  CHECK((a * b).to_string() == "-12193263113702179522496570642237463801111263526900");
  CHECK((a + b).to_string() == "-123456788913580246791358024680");
  CHECK((a - b).to_string() == "-123456789111111111011111111100");
  CHECK((b - b).is_zero());
  CHECK((b - b).sign() == 0);
  CHECK((-a + a).to_string() == "0");
  CHECK((BigInt::from_uint64(UINT64_MAX) + BigInt(1)).to_string() == "18446744073709551616");
}

TEST_CASE("bigint truncated division matches Go's Quo and Rem") {
  BigInt a = dec("-123456789012345678901234567890"), b = dec("98765432109876543210");
  CHECK(a.quo(b).to_string() == "-1249999988");
  CHECK(a.rem(b).to_string() == "-60185185207253086410");
  // Signs follow the dividend, like Go's % on ints: 7/-2 = -3 rem 1, -7/2 = -3 rem -1.
  CHECK(BigInt(7).quo(BigInt(-2)).to_string() == "-3");
  CHECK(BigInt(7).rem(BigInt(-2)).to_string() == "1");
  CHECK(BigInt(-7).quo(BigInt(2)).to_string() == "-3");
  CHECK(BigInt(-7).rem(BigInt(2)).to_string() == "-1");
  CHECK(BigInt(-7).quo(BigInt(-2)).to_string() == "3");
  CHECK(BigInt(-7).rem(BigInt(-2)).to_string() == "-1");
  CHECK(BigInt(1).shl(100).quo(BigInt(3)).to_string() == "422550200076076467165567735125");
  // (1<<1000 - 1) / a 128-bit divisor: exercises multi-limb Knuth division.
  BigInt y = BigInt(1).shl(1000) - BigInt(1);
  BigInt z = dec("340282366920938463463374607431768211297");
  BigInt q, r;
  BigInt::divmod(y, z, &q, &r);
  CHECK(q.to_string() ==
        "314888078651228693933689466069052581051407875246962453613667754943497067068763254553126534"
        "4507896431115422019"
        "415568396265903633444599263710693961635544575625156321282280659747316896862821914707253443"
        "6794603135030887230"
        "862970782750294759635768520843577500654146467");
  CHECK(r.to_string() == "110743234227743150569988700722826031676");
  CHECK((q * z + r) == y);
}

TEST_CASE("bigint division: qhat correction and add-back cases round-trip") {
  // Divisors with a top limb near 2^32 and dividends crafted to trigger Knuth's corrections.
  const char* nums[] = {"340282366920938463463374607431768211455",
                        "79228162514264337593543950335",
                        "18446744073709551616",
                        "18446744073709551615",
                        "4294967296",
                        "1208925819614629174706175",
                        "6277101735386680763835789423207666416102355444464034512895"};
  for (const char* ns : nums) {
    for (const char* ds : nums) {
      BigInt n = dec(ns) * dec(ns) + BigInt(12345), d = dec(ds);
      BigInt q, r;
      BigInt::divmod(n, d, &q, &r);
      INFO(ns << " / " << ds);
      CHECK((q * d + r) == n);
      CHECK(BigInt::compare(r, d) < 0);
      CHECK(r.sign() >= 0);
    }
  }
}

TEST_CASE("bigint bitwise ops use two's complement for negatives, as math/big") {
  BigInt a = dec("-123456789012345678901234567890"), b = dec("98765432109876543210");
  CHECK(bit_and(a, b).to_string() == "20213295392617428010");
  CHECK(bit_or(a, b).to_string() == "-123456788933793542183975452690");
  CHECK(bit_xor(a, b).to_string() == "-123456788954006837576592880700");
  CHECK(bit_and_not(a, b).to_string() == "-123456789032558974293851995900");
  CHECK(bit_and_not(b, a).to_string() == "78552136717259115200");
  BigInt nb = -b;
  CHECK(bit_and(a, nb).to_string() == "-123456789032558974293851995898");
  CHECK(bit_or(a, nb).to_string() == "-78552136717259115202");
  CHECK(bit_xor(a, nb).to_string() == "123456788954006837576592880696");
  CHECK(bit_and_not(a, nb).to_string() == "20213295392617428008");
  CHECK(a.bit_not().to_string() == "123456789012345678901234567889");
  CHECK(BigInt(-1).bit_not().to_string() == "0");
  CHECK(bit_and(BigInt(-1), BigInt(-1)).to_string() == "-1");
  CHECK(bit_xor(BigInt(-1), BigInt(0)).to_string() == "-1");
  CHECK(bit_and(BigInt(-4294967296), BigInt(-1)).to_string() == "-4294967296");
}

TEST_CASE("bigint shifts: left exact, right rounds toward negative infinity") {
  BigInt a = dec("-123456789012345678901234567890");
  CHECK(a.shr(37).to_string() == "-898266364037013256");
  CHECK(BigInt(-1).shr(1000).to_string() == "-1");
  CHECK(BigInt(-7).shr(1).to_string() == "-4");
  CHECK(BigInt(-8).shr(3).to_string() == "-1");
  CHECK(BigInt(7).shr(1).to_string() == "3");
  CHECK(BigInt(7).shr(100).to_string() == "0");
  CHECK(BigInt(1).shl(64).to_string() == "18446744073709551616");
  CHECK(BigInt(-3).shl(33).to_string() == "-25769803776");
  CHECK(BigInt(1).shl(100000).bit_length() == 100001);
  CHECK(BigInt(1).shl(100000).shr(99999).to_string() == "2");
}

TEST_CASE("bigint conversions to int64/uint64 are exact only") {
  CHECK(BigInt(INT64_MIN).to_int64() == INT64_MIN);
  CHECK(BigInt(INT64_MAX).to_int64() == INT64_MAX);
  CHECK_FALSE((BigInt(INT64_MAX) + BigInt(1)).to_int64().has_value());
  CHECK_FALSE((BigInt(INT64_MIN) - BigInt(1)).to_int64().has_value());
  CHECK(BigInt::from_uint64(UINT64_MAX).to_uint64() == UINT64_MAX);
  CHECK_FALSE(BigInt(-1).to_uint64().has_value());
  CHECK_FALSE(BigInt(1).shl(64).to_uint64().has_value());
  CHECK(BigInt::gcd(BigInt(-12), BigInt(18)).to_string() == "6");
  CHECK(BigInt::pow(BigInt(10), 30).to_string() == "1000000000000000000000000000000");
}
