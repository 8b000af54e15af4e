// An arbitrary-precision signed integer for Go's untyped constants.
//
// Sign and magnitude: the magnitude is a little-endian vector of 32-bit limbs with no leading zero
// limbs (zero is the empty vector, never negative), so 64-bit intermediates hold any limb product.
// Arithmetic is schoolbook (constants are small: the checker caps untyped ints at 512 bits and
// shifts at ~1100 bits); division is Knuth's algorithm D and truncates toward zero like Go's `/`.
// Bitwise operations behave as if both operands were infinite two's-complement bit strings, as
// math/big's And/Or/Xor/AndNot/Not do, and `>>` rounds toward negative infinity like math/big Rsh.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace go2cpp::types {

class BigInt {
 public:
  BigInt() = default;
  BigInt(int64_t v);  // NOLINT(google-explicit-constructor): small ints read naturally
  static BigInt from_uint64(uint64_t v);
  // Parses unsigned digits in `base` (2..16); no sign, prefix or '_'. nullopt on a bad digit or
  // empty.
  static std::optional<BigInt> parse(std::string_view digits, unsigned base);

  int sign() const { return mag_.empty() ? 0 : (neg_ ? -1 : 1); }
  bool is_zero() const { return mag_.empty(); }
  bool is_negative() const { return neg_; }
  bool is_odd() const { return !mag_.empty() && (mag_[0] & 1u) != 0; }
  // Number of bits in |x| (0 for zero), like math/big BitLen.
  uint64_t bit_length() const;
  // Bit i of |x|.
  bool mag_bit(uint64_t i) const;
  // Number of trailing zero bits of |x| (0 for zero).
  uint64_t trailing_zeros() const;

  BigInt abs() const;
  BigInt operator-() const;
  friend BigInt operator+(const BigInt& a, const BigInt& b);
  friend BigInt operator-(const BigInt& a, const BigInt& b);
  friend BigInt operator*(const BigInt& a, const BigInt& b);
  // Truncated division (quotient rounds toward zero; remainder has the dividend's sign), as Go's
  // integer `/` and `%`. The divisor must be nonzero.
  static void divmod(const BigInt& a, const BigInt& b, BigInt* quo, BigInt* rem);
  BigInt quo(const BigInt& b) const;
  BigInt rem(const BigInt& b) const;
  static BigInt pow(const BigInt& base, uint64_t exp);
  static BigInt gcd(BigInt a, BigInt b);  // nonnegative

  BigInt shl(uint64_t n) const;
  BigInt shr(uint64_t n) const;  // arithmetic: floor(x / 2^n)

  friend BigInt bit_and(const BigInt& a, const BigInt& b);
  friend BigInt bit_or(const BigInt& a, const BigInt& b);
  friend BigInt bit_xor(const BigInt& a, const BigInt& b);
  friend BigInt bit_and_not(const BigInt& a, const BigInt& b);
  BigInt bit_not() const;  // -x - 1

  static int compare(const BigInt& a, const BigInt& b);
  static int compare_abs(const BigInt& a, const BigInt& b);
  friend bool operator==(const BigInt& a, const BigInt& b) {
    return a.neg_ == b.neg_ && a.mag_ == b.mag_;
  }

  std::optional<int64_t> to_int64() const;
  std::optional<uint64_t> to_uint64() const;
  // The low 64 bits of |x|.
  uint64_t low64() const;
  std::string to_string() const;  // decimal, with '-' when negative

 private:
  using Limbs = std::vector<uint32_t>;
  static void trim(Limbs& m);
  static Limbs add_mag(const Limbs& a, const Limbs& b);
  static Limbs sub_mag(const Limbs& a, const Limbs& b);  // requires |a| >= |b|
  static int cmp_mag(const Limbs& a, const Limbs& b);
  static Limbs mul_mag(const Limbs& a, const Limbs& b);
  static uint32_t divmod_small(Limbs& a, uint32_t d);  // a /= d in place, returns remainder
  static void divmod_mag(const Limbs& a, const Limbs& b, Limbs* q, Limbs* r);
  static Limbs shl_mag(const Limbs& a, uint64_t n);
  static Limbs shr_mag(const Limbs& a, uint64_t n);
  static Limbs to_twos(const BigInt& x, size_t n);
  static BigInt from_twos(Limbs v);
  template <typename Op>
  static BigInt bitwise(const BigInt& a, const BigInt& b, Op op);
  static BigInt make(bool neg, Limbs mag);

  bool neg_ = false;
  Limbs mag_;
};

}  // namespace go2cpp::types
