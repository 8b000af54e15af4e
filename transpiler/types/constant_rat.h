// Exact rational numbers over BigInt, the representation of Go's untyped float constants.
//
// A Rat is always normalized: the denominator is positive and coprime with the numerator, and
// zero is 0/1. Integers are Rats with denominator 1, so the constant package keeps one numeric
// representation for ints, floats and complex parts. Rounding to binary floating point is exact
// (one long division with a sticky remainder), so float32 results never go through a double.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "types/bigint.h"

namespace go2cpp::types {

class Rat {
 public:
  Rat() : den_(1) {}
  Rat(BigInt n) : num_(std::move(n)), den_(1) {}  // NOLINT(google-explicit-constructor)
  // num/den in lowest terms; den must be nonzero.
  static Rat make(BigInt num, BigInt den);
  // The exact value of a finite double; nullopt for infinities and NaN.
  static std::optional<Rat> from_double(double d);

  const BigInt& num() const { return num_; }
  const BigInt& den() const { return den_; }
  bool is_int() const { return den_ == BigInt(1); }
  bool is_zero() const { return num_.is_zero(); }
  int sign() const { return num_.sign(); }
  // Size of the representation in bits (numerator plus denominator), to guard against blow-up.
  uint64_t bit_size() const { return num_.bit_length() + den_.bit_length(); }
  // floor(log2(|x|)) for nonzero x: the exponent of the leading binary digit.
  int64_t binary_exponent() const;

  Rat operator-() const;
  friend Rat operator+(const Rat& a, const Rat& b);
  friend Rat operator-(const Rat& a, const Rat& b);
  friend Rat operator*(const Rat& a, const Rat& b);
  friend Rat operator/(const Rat& a, const Rat& b);  // b must be nonzero
  static int compare(const Rat& a, const Rat& b);
  friend bool operator==(const Rat& a, const Rat& b) {
    return a.num_ == b.num_ && a.den_ == b.den_;
  }

  // x rounded to nearest (ties to even) binary float with `prec` significant bits, gradual
  // underflow below 2^emin, and no exponent ceiling: value = ±mant * 2^exp, mant < 2^(prec+1).
  struct Binary {
    bool neg = false;
    uint64_t mant = 0;
    int64_t exp = 0;
  };
  Binary round_binary(int prec, int64_t emin) const;
  double to_double() const;  // correctly rounded; ±Inf when too large
  float to_float() const;  // correctly rounded directly from the exact value; ±Inf when too large

  std::string to_string() const;  // "n" or "n/d"

 private:
  BigInt num_, den_;
};

}  // namespace go2cpp::types
