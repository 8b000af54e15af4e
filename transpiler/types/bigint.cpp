// BigInt: sign-magnitude arbitrary-precision integers (see bigint.h for the model).
//
// Magnitude helpers (`*_mag`) work on little-endian 32-bit limb vectors; the signed operations
// combine them by sign. Bitwise operations convert both operands to two's complement over one more
// limb than the longer operand (enough room for the sign), operate limb by limb, and convert back.
#include "types/bigint.h"

#include <algorithm>
#include <bit>
#include <cassert>

namespace go2cpp::types {

namespace {
constexpr uint64_t kBase = uint64_t{1} << 32;
}

BigInt BigInt::make(bool neg, Limbs mag) {
  trim(mag);
  BigInt r;
  r.neg_ = neg && !mag.empty();
  r.mag_ = std::move(mag);
  return r;
}

void BigInt::trim(Limbs& m) {
  while (!m.empty() && m.back() == 0) m.pop_back();
}

BigInt::BigInt(int64_t v) {
  neg_ = v < 0;
  uint64_t u = neg_ ? uint64_t{0} - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  while (u != 0) {
    mag_.push_back(static_cast<uint32_t>(u));
    u >>= 32;
  }
}

BigInt BigInt::from_uint64(uint64_t v) {
  Limbs m;
  while (v != 0) {
    m.push_back(static_cast<uint32_t>(v));
    v >>= 32;
  }
  return make(false, std::move(m));
}

std::optional<BigInt> BigInt::parse(std::string_view digits, unsigned base) {
  if (digits.empty() || base < 2 || base > 16) return std::nullopt;
  // Accumulate as many digits as fit in one limb-sized chunk, then fold the chunk in.
  Limbs m;
  auto fold = [&m](uint32_t mul, uint32_t add) {
    uint64_t carry = add;
    for (uint32_t& limb : m) {
      uint64_t t = uint64_t{limb} * mul + carry;
      limb = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    if (carry != 0) m.push_back(static_cast<uint32_t>(carry));
  };
  uint32_t chunk = 0, chunk_mul = 1;
  for (char c : digits) {
    unsigned d;
    if (c >= '0' && c <= '9') {
      d = static_cast<unsigned>(c - '0');
    } else if (c >= 'a' && c <= 'f') {
      d = static_cast<unsigned>(c - 'a' + 10);
    } else if (c >= 'A' && c <= 'F') {
      d = static_cast<unsigned>(c - 'A' + 10);
    } else {
      return std::nullopt;
    }
    if (d >= base) return std::nullopt;
    chunk = chunk * base + d;
    chunk_mul *= base;
    if (uint64_t{chunk_mul} * base >= kBase) {
      fold(chunk_mul, chunk);
      chunk = 0;
      chunk_mul = 1;
    }
  }
  if (chunk_mul != 1) fold(chunk_mul, chunk);
  return make(false, std::move(m));
}

uint64_t BigInt::bit_length() const {
  if (mag_.empty()) return 0;
  return (mag_.size() - 1) * 32 + static_cast<uint64_t>(std::bit_width(mag_.back()));
}

bool BigInt::mag_bit(uint64_t i) const {
  uint64_t limb = i / 32;
  if (limb >= mag_.size()) return false;
  return ((mag_[limb] >> (i % 32)) & 1u) != 0;
}

uint64_t BigInt::trailing_zeros() const {
  for (size_t i = 0; i < mag_.size(); ++i) {
    if (mag_[i] != 0) return i * 32 + static_cast<uint64_t>(std::countr_zero(mag_[i]));
  }
  return 0;
}

BigInt BigInt::abs() const {
  return make(false, mag_);
}
BigInt BigInt::operator-() const {
  return make(!neg_, mag_);
}

int BigInt::cmp_mag(const Limbs& a, const Limbs& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

BigInt::Limbs BigInt::add_mag(const Limbs& a, const Limbs& b) {
  const Limbs& lo = a.size() < b.size() ? a : b;
  const Limbs& hi = a.size() < b.size() ? b : a;
  Limbs r(hi.size() + 1);
  uint64_t carry = 0;
  for (size_t i = 0; i < hi.size(); ++i) {
    uint64_t t = uint64_t{hi[i]} + (i < lo.size() ? lo[i] : 0) + carry;
    r[i] = static_cast<uint32_t>(t);
    carry = t >> 32;
  }
  r[hi.size()] = static_cast<uint32_t>(carry);
  trim(r);
  return r;
}

BigInt::Limbs BigInt::sub_mag(const Limbs& a, const Limbs& b) {
  Limbs r(a.size());
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    int64_t t = int64_t{a[i]} - (i < b.size() ? int64_t{b[i]} : 0) - borrow;
    borrow = t < 0 ? 1 : 0;
    r[i] = static_cast<uint32_t>(t + (borrow ? static_cast<int64_t>(kBase) : 0));
  }
  assert(borrow == 0);
  trim(r);
  return r;
}

BigInt::Limbs BigInt::mul_mag(const Limbs& a, const Limbs& b) {
  if (a.empty() || b.empty()) return {};
  Limbs r(a.size() + b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    uint64_t carry = 0;
    for (size_t j = 0; j < b.size(); ++j) {
      uint64_t t = uint64_t{a[i]} * b[j] + r[i + j] + carry;
      r[i + j] = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    r[i + b.size()] = static_cast<uint32_t>(carry);
  }
  trim(r);
  return r;
}

BigInt operator+(const BigInt& a, const BigInt& b) {
  if (a.neg_ == b.neg_) return BigInt::make(a.neg_, BigInt::add_mag(a.mag_, b.mag_));
  int c = BigInt::cmp_mag(a.mag_, b.mag_);
  if (c == 0) return BigInt();
  if (c > 0) return BigInt::make(a.neg_, BigInt::sub_mag(a.mag_, b.mag_));
  return BigInt::make(b.neg_, BigInt::sub_mag(b.mag_, a.mag_));
}

BigInt operator-(const BigInt& a, const BigInt& b) {
  return a + (-b);
}

BigInt operator*(const BigInt& a, const BigInt& b) {
  return BigInt::make(a.neg_ != b.neg_, BigInt::mul_mag(a.mag_, b.mag_));
}

uint32_t BigInt::divmod_small(Limbs& a, uint32_t d) {
  uint64_t rem = 0;
  for (size_t i = a.size(); i-- > 0;) {
    uint64_t cur = (rem << 32) | a[i];
    a[i] = static_cast<uint32_t>(cur / d);
    rem = cur % d;
  }
  trim(a);
  return static_cast<uint32_t>(rem);
}

// Knuth, TAOCP vol. 2, 4.3.1, algorithm D, on 32-bit digits.
void BigInt::divmod_mag(const Limbs& a, const Limbs& b, Limbs* q, Limbs* r) {
  assert(!b.empty());
  if (cmp_mag(a, b) < 0) {
    *q = {};
    *r = a;
    return;
  }
  if (b.size() == 1) {
    *q = a;
    uint32_t rem = divmod_small(*q, b[0]);
    *r = rem != 0 ? Limbs{rem} : Limbs{};
    return;
  }
  unsigned s = static_cast<unsigned>(std::countl_zero(b.back()));
  Limbs u = shl_mag(a, s);
  u.resize(a.size() + 1, 0);
  Limbs v = shl_mag(b, s);
  size_t n = v.size(), m = u.size() - n;
  Limbs quot(m, 0);
  for (size_t j = m; j-- > 0;) {
    uint64_t num = (uint64_t{u[j + n]} << 32) | u[j + n - 1];
    uint64_t qhat = num / v[n - 1];
    uint64_t rhat = num % v[n - 1];
    while (qhat >= kBase || qhat * v[n - 2] > ((rhat << 32) | u[j + n - 2])) {
      --qhat;
      rhat += v[n - 1];
      if (rhat >= kBase) break;
    }
    int64_t k = 0, t = 0;
    for (size_t i = 0; i < n; ++i) {
      uint64_t p = qhat * v[i];
      t = int64_t{u[i + j]} - k - static_cast<int64_t>(p & 0xFFFFFFFFu);
      u[i + j] = static_cast<uint32_t>(t);
      k = static_cast<int64_t>(p >> 32) - (t >> 32);
    }
    t = int64_t{u[j + n]} - k;
    u[j + n] = static_cast<uint32_t>(t);
    if (t < 0) {  // qhat was one too large: add the divisor back
      --qhat;
      uint64_t carry = 0;
      for (size_t i = 0; i < n; ++i) {
        uint64_t sum = uint64_t{u[i + j]} + v[i] + carry;
        u[i + j] = static_cast<uint32_t>(sum);
        carry = sum >> 32;
      }
      u[j + n] = static_cast<uint32_t>(u[j + n] + carry);
    }
    quot[j] = static_cast<uint32_t>(qhat);
  }
  trim(quot);
  u.resize(n);
  *r = shr_mag(u, s);
  *q = std::move(quot);
}

void BigInt::divmod(const BigInt& a, const BigInt& b, BigInt* quo, BigInt* rem) {
  Limbs q, r;
  divmod_mag(a.mag_, b.mag_, &q, &r);
  bool qneg = a.neg_ != b.neg_;
  bool rneg = a.neg_;
  if (quo) *quo = make(qneg, std::move(q));
  if (rem) *rem = make(rneg, std::move(r));
}

BigInt BigInt::quo(const BigInt& b) const {
  BigInt q;
  divmod(*this, b, &q, nullptr);
  return q;
}

BigInt BigInt::rem(const BigInt& b) const {
  BigInt r;
  divmod(*this, b, nullptr, &r);
  return r;
}

BigInt BigInt::pow(const BigInt& base, uint64_t exp) {
  BigInt result(1), b = base;
  while (exp != 0) {
    if (exp & 1u) result = result * b;
    exp >>= 1;
    if (exp != 0) b = b * b;
  }
  return result;
}

BigInt BigInt::gcd(BigInt a, BigInt b) {
  a = a.abs();
  b = b.abs();
  while (!b.is_zero()) {
    BigInt r = a.rem(b);
    a = std::move(b);
    b = std::move(r);
  }
  return a;
}

BigInt::Limbs BigInt::shl_mag(const Limbs& a, uint64_t n) {
  if (a.empty()) return {};
  size_t limbs = static_cast<size_t>(n / 32);
  unsigned bits = static_cast<unsigned>(n % 32);
  Limbs r(a.size() + limbs + 1, 0);
  for (size_t i = 0; i < a.size(); ++i) {
    uint64_t t = uint64_t{a[i]} << bits;
    r[i + limbs] |= static_cast<uint32_t>(t);
    r[i + limbs + 1] |= static_cast<uint32_t>(t >> 32);
  }
  trim(r);
  return r;
}

BigInt::Limbs BigInt::shr_mag(const Limbs& a, uint64_t n) {
  if (n / 32 >= a.size()) return {};
  size_t limbs = static_cast<size_t>(n / 32);
  unsigned bits = static_cast<unsigned>(n % 32);
  Limbs r(a.size() - limbs, 0);
  for (size_t i = 0; i < r.size(); ++i) {
    uint64_t lo = a[i + limbs];
    uint64_t hi = i + limbs + 1 < a.size() ? a[i + limbs + 1] : 0;
    r[i] = static_cast<uint32_t>(((hi << 32) | lo) >> bits);
  }
  trim(r);
  return r;
}

BigInt BigInt::shl(uint64_t n) const {
  return make(neg_, shl_mag(mag_, n));
}

BigInt BigInt::shr(uint64_t n) const {
  if (!neg_) return make(false, shr_mag(mag_, n));
  // floor(-m / 2^n) = -(((m - 1) >> n) + 1)
  Limbs m1 = sub_mag(mag_, Limbs{1});
  return make(true, add_mag(shr_mag(m1, n), Limbs{1}));
}

BigInt::Limbs BigInt::to_twos(const BigInt& x, size_t n) {
  Limbs v = x.mag_;
  v.resize(n, 0);
  if (x.neg_) {
    uint64_t carry = 1;
    for (uint32_t& limb : v) {
      uint64_t t = uint64_t{static_cast<uint32_t>(~limb)} + carry;
      limb = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
  }
  return v;
}

BigInt BigInt::from_twos(Limbs v) {
  bool neg = !v.empty() && (v.back() & 0x80000000u) != 0;
  if (neg) {
    uint64_t carry = 1;
    for (uint32_t& limb : v) {
      uint64_t t = uint64_t{static_cast<uint32_t>(~limb)} + carry;
      limb = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
  }
  return make(neg, std::move(v));
}

template <typename Op>
BigInt BigInt::bitwise(const BigInt& a, const BigInt& b, Op op) {
  size_t n = std::max(a.mag_.size(), b.mag_.size()) + 1;
  Limbs x = to_twos(a, n), y = to_twos(b, n);
  for (size_t i = 0; i < n; ++i) x[i] = op(x[i], y[i]);
  return from_twos(std::move(x));
}

BigInt bit_and(const BigInt& a, const BigInt& b) {
  return BigInt::bitwise(a, b, [](uint32_t x, uint32_t y) { return x & y; });
}
BigInt bit_or(const BigInt& a, const BigInt& b) {
  return BigInt::bitwise(a, b, [](uint32_t x, uint32_t y) { return x | y; });
}
BigInt bit_xor(const BigInt& a, const BigInt& b) {
  return BigInt::bitwise(a, b, [](uint32_t x, uint32_t y) { return x ^ y; });
}
BigInt bit_and_not(const BigInt& a, const BigInt& b) {
  return BigInt::bitwise(a, b, [](uint32_t x, uint32_t y) { return x & ~y; });
}
BigInt BigInt::bit_not() const {
  return -*this - BigInt(1);
}

int BigInt::compare_abs(const BigInt& a, const BigInt& b) {
  return cmp_mag(a.mag_, b.mag_);
}

int BigInt::compare(const BigInt& a, const BigInt& b) {
  if (a.neg_ != b.neg_) return a.neg_ ? -1 : 1;
  int c = cmp_mag(a.mag_, b.mag_);
  return a.neg_ ? -c : c;
}

uint64_t BigInt::low64() const {
  uint64_t v = 0;
  if (!mag_.empty()) v = mag_[0];
  if (mag_.size() > 1) v |= uint64_t{mag_[1]} << 32;
  return v;
}

std::optional<int64_t> BigInt::to_int64() const {
  if (mag_.size() > 2) return std::nullopt;
  uint64_t m = low64();
  if (!neg_) {
    if (m > static_cast<uint64_t>(INT64_MAX)) return std::nullopt;
    return static_cast<int64_t>(m);
  }
  if (m > uint64_t{1} << 63) return std::nullopt;
  return static_cast<int64_t>(uint64_t{0} - m);
}

std::optional<uint64_t> BigInt::to_uint64() const {
  if (neg_ || mag_.size() > 2) return std::nullopt;
  return low64();
}

std::string BigInt::to_string() const {
  if (mag_.empty()) return "0";
  // Peel off nine decimal digits at a time.
  Limbs m = mag_;
  std::vector<uint32_t> chunks;
  while (!m.empty()) chunks.push_back(divmod_small(m, 1000000000u));
  std::string s = neg_ ? "-" : "";
  s += std::to_string(chunks.back());
  for (size_t i = chunks.size() - 1; i-- > 0;) {
    std::string part = std::to_string(chunks[i]);
    s.append(9 - part.size(), '0');
    s += part;
  }
  return s;
}

}  // namespace go2cpp::types
