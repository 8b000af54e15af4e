// Rat: exact normalized rationals and their correctly rounded conversion to binary floats.
//
// Rounding scales num/den by a power of two so that the integer quotient q has prec+1 or prec+2
// bits, then drops the low bits of q (more of them below the smallest normal exponent, which gives
// gradual underflow) and rounds half to even, with a nonzero division remainder acting as the
// sticky bit. The result m * 2^e is exactly representable, so ldexp/ldexpf build it without error.
#include "types/constant_rat.h"

#include <algorithm>
#include <bit>
#include <cassert>
#include <cmath>

namespace go2cpp::types {

Rat Rat::make(BigInt num, BigInt den) {
  assert(!den.is_zero());
  if (den.is_negative()) {
    num = -num;
    den = -den;
  }
  Rat r;
  if (num.is_zero()) return r;
  BigInt g = BigInt::gcd(num, den);
  if (g == BigInt(1)) {
    r.num_ = std::move(num);
    r.den_ = std::move(den);
  } else {
    r.num_ = num.quo(g);
    r.den_ = den.quo(g);
  }
  return r;
}

std::optional<Rat> Rat::from_double(double d) {
  if (!std::isfinite(d)) return std::nullopt;
  if (d == 0) return Rat();
  int e = 0;
  double frac = std::frexp(d, &e);  // d = frac * 2^e, 0.5 <= |frac| < 1
  auto mant = static_cast<int64_t>(std::ldexp(frac, 53));
  e -= 53;
  BigInt m(mant);
  if (e >= 0) return Rat(m.shl(static_cast<uint64_t>(e)));
  // Cancel common factors of two directly rather than through a gcd.
  uint64_t tz = m.abs().trailing_zeros();
  uint64_t shift = std::min<uint64_t>(tz, static_cast<uint64_t>(-e));
  Rat r;
  r.num_ = m.shr(shift);
  r.den_ = BigInt(1).shl(static_cast<uint64_t>(-e) - shift);
  return r;
}

int64_t Rat::binary_exponent() const {
  assert(!is_zero());
  BigInt n = num_.abs();
  int64_t k = static_cast<int64_t>(n.bit_length()) - static_cast<int64_t>(den_.bit_length());
  // n/d lies in [2^(k-1), 2^(k+1)); decide which half.
  bool ge = k >= 0 ? BigInt::compare(n, den_.shl(static_cast<uint64_t>(k))) >= 0
                   : BigInt::compare(n.shl(static_cast<uint64_t>(-k)), den_) >= 0;
  return ge ? k : k - 1;
}

Rat Rat::operator-() const {
  Rat r = *this;
  r.num_ = -r.num_;
  return r;
}

Rat operator+(const Rat& a, const Rat& b) {
  if (a.is_int() && b.is_int()) return Rat(a.num_ + b.num_);
  if (a.den_ == b.den_) return Rat::make(a.num_ + b.num_, a.den_);
  return Rat::make(a.num_ * b.den_ + b.num_ * a.den_, a.den_ * b.den_);
}

Rat operator-(const Rat& a, const Rat& b) {
  return a + (-b);
}

Rat operator*(const Rat& a, const Rat& b) {
  if (a.is_int() && b.is_int()) return Rat(a.num_ * b.num_);
  return Rat::make(a.num_ * b.num_, a.den_ * b.den_);
}

Rat operator/(const Rat& a, const Rat& b) {
  assert(!b.is_zero());
  return Rat::make(a.num_ * b.den_, a.den_ * b.num_);
}

int Rat::compare(const Rat& a, const Rat& b) {
  if (a.den_ == b.den_) return BigInt::compare(a.num_, b.num_);
  return BigInt::compare(a.num_ * b.den_, b.num_ * a.den_);
}

Rat::Binary Rat::round_binary(int prec, int64_t emin) const {
  Binary out;
  if (is_zero()) return out;
  out.neg = num_.is_negative();
  BigInt n = num_.abs();
  int64_t k = static_cast<int64_t>(n.bit_length()) - static_cast<int64_t>(den_.bit_length());
  int64_t s = prec + 1 - k;  // scale so that q = floor(n * 2^s / d) has prec+1 or prec+2 bits
  BigInt q, r;
  if (s >= 0) {
    BigInt::divmod(n.shl(static_cast<uint64_t>(s)), den_, &q, &r);
  } else {
    BigInt::divmod(n, den_.shl(static_cast<uint64_t>(-s)), &q, &r);
  }
  int64_t bl = static_cast<int64_t>(q.bit_length());
  int64_t lead = bl - 1 - s;  // exponent of the leading bit of the exact value
  int64_t keep = prec;
  if (lead < emin) keep -= emin - lead;  // subnormal: fewer significant bits
  int64_t drop = bl - keep;              // >= 1
  if (drop > bl) {                       // below half the smallest subnormal: rounds to zero
    out.exp = emin - prec + 1;
    return out;
  }
  BigInt m = q.shr(static_cast<uint64_t>(drop));
  BigInt low = q - m.shl(static_cast<uint64_t>(drop));
  BigInt half = BigInt(1).shl(static_cast<uint64_t>(drop - 1));
  int c = BigInt::compare(low, half);
  bool up = c > 0 || (c == 0 && (!r.is_zero() || m.is_odd()));
  if (up) m = m + BigInt(1);
  out.mant = m.low64();
  out.exp = drop - s;
  return out;
}

namespace {
// Builds ±mant * 2^exp in a float type whose finite values have a leading-bit exponent <= emax.
template <typename F>
F assemble(const Rat::Binary& b, int emax) {
  F v;
  if (b.mant == 0) {
    v = 0;
  } else {
    int64_t lead = static_cast<int64_t>(std::bit_width(b.mant)) - 1 + b.exp;
    if (lead > emax) {
      v = INFINITY;
    } else {
      v = std::ldexp(static_cast<F>(b.mant), static_cast<int>(b.exp));
    }
  }
  return b.neg ? -v : v;
}
}  // namespace

double Rat::to_double() const {
  return assemble<double>(round_binary(53, -1022), 1023);
}

float Rat::to_float() const {
  return assemble<float>(round_binary(24, -126), 127);
}

std::string Rat::to_string() const {
  if (is_int()) return num_.to_string();
  return num_.to_string() + "/" + den_.to_string();
}

}  // namespace go2cpp::types
