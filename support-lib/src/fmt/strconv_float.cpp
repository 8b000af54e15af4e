// strconv.AppendFloat for the fmt engine: Go's float formats on top of std::to_chars.
//
// std::to_chars supplies the decimal digits: the shortest digits that round-trip (for float32
// values it is given a float, so "shortest" means shortest for float32, as in Go), or exactly
// n correctly rounded significant digits (round half to even on the exact binary value, as
// Go's Ryu and big-decimal paths do). Those digits are reduced to Go's decimal form — a digit
// string without trailing zeros, plus the decimal point position — and laid out by Go's own
// rules: %e always has at least two exponent digits, %g switches to %e when the exponent is
// < -4 or >= the precision (6 for shortest), %b prints mantissa"p"exponent and %x a hex
// mantissa with a "p" exponent of at least two digits. Infinities are "+Inf"/"-Inf", NaN "NaN".
#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <vector>

#include "strconv.h"

namespace go::fmt::detail {
namespace {

// Go's decimalSlice: digits d[0..nd) with the decimal point after dp digits, no trailing zeros;
// zero is nd == 0, dp == 0.
struct decimal {
  std::string d;
  int nd = 0;
  int dp = 0;
};

// Parses to_chars' scientific output ("d.ddde+XX", sign stripped) into a decimal.
decimal from_scientific(std::string_view s) {
  decimal r;
  const size_t e = s.find('e');
  for (size_t i = 0; i < e; i++)
    if (s[i] != '.') r.d.push_back(s[i]);
  int exp = 0;
  std::from_chars(s.data() + e + (s[e + 1] == '+' ? 2 : 1), s.data() + s.size(), exp);
  while (!r.d.empty() && r.d.back() == '0') r.d.pop_back();
  r.nd = static_cast<int>(r.d.size());
  r.dp = r.nd == 0 ? 0 : exp + 1;
  return r;
}

// Parses to_chars' fixed output ("iii.fff", sign stripped) into a decimal.
decimal from_fixed(std::string_view s) {
  decimal r;
  const size_t point = s.find('.');
  const size_t int_len = point == std::string_view::npos ? s.size() : point;
  int dp = static_cast<int>(int_len);
  for (char c : s)
    if (c != '.') r.d.push_back(c);
  size_t lead = 0;
  while (lead < r.d.size() && r.d[lead] == '0') lead++;
  r.d.erase(0, lead);
  dp -= static_cast<int>(lead);
  while (!r.d.empty() && r.d.back() == '0') r.d.pop_back();
  r.nd = static_cast<int>(r.d.size());
  r.dp = r.nd == 0 ? 0 : dp;
  return r;
}

template <class F, class... Args>
std::string to_chars_string(F v, Args... args) {
  std::vector<char> buf(64);
  for (;;) {
    auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), v, args...);
    if (ec == std::errc{}) {
      std::string s(buf.data(), end);
      if (!s.empty() && s[0] == '-') s.erase(0, 1);
      return s;
    }
    buf.resize(buf.size() * 4);
  }
}

// Shortest round-trip digits of |v| at the given bit size.
decimal shortest_digits(double v, int bit_size) {
  if (v == 0) return {};
  if (bit_size == 32) return from_scientific(to_chars_string(static_cast<float>(v), std::chars_format::scientific));
  return from_scientific(to_chars_string(v, std::chars_format::scientific));
}

// |v| rounded to n significant digits (n >= 1).
decimal significant_digits(double v, int n) {
  if (v == 0) return {};
  return from_scientific(to_chars_string(v, std::chars_format::scientific, n - 1));
}

// |v| rounded to prec digits after the decimal point.
decimal fixed_digits(double v, int prec) {
  if (v == 0) return {};
  return from_fixed(to_chars_string(v, std::chars_format::fixed, prec));
}

void fmt_e(std::string& dst, bool neg, const decimal& d, int prec, char fmt) {
  if (neg) dst.push_back('-');
  dst.push_back(d.nd != 0 ? d.d[0] : '0');
  if (prec > 0) {
    dst.push_back('.');
    int i = 1;
    const int m = std::min(d.nd, prec + 1);
    if (i < m) {
      dst.append(d.d, static_cast<size_t>(i), static_cast<size_t>(m - i));
      i = m;
    }
    for (; i <= prec; i++) dst.push_back('0');
  }
  dst.push_back(fmt);
  int exp = d.nd == 0 ? 0 : d.dp - 1;
  dst.push_back(exp < 0 ? '-' : '+');
  exp = std::abs(exp);
  if (exp < 10) {
    dst.push_back('0');
    dst.push_back(static_cast<char>('0' + exp));
  } else if (exp < 100) {
    dst.push_back(static_cast<char>('0' + exp / 10));
    dst.push_back(static_cast<char>('0' + exp % 10));
  } else {
    dst.push_back(static_cast<char>('0' + exp / 100));
    dst.push_back(static_cast<char>('0' + exp / 10 % 10));
    dst.push_back(static_cast<char>('0' + exp % 10));
  }
}

void fmt_f(std::string& dst, bool neg, const decimal& d, int prec) {
  if (neg) dst.push_back('-');
  if (d.dp > 0) {
    const int m = std::min(d.nd, d.dp);
    dst.append(d.d, 0, static_cast<size_t>(m));
    dst.append(static_cast<size_t>(d.dp - m), '0');
  } else {
    dst.push_back('0');
  }
  if (prec > 0) {
    dst.push_back('.');
    for (int i = 0; i < prec; i++) {
      const int j = d.dp + i;
      dst.push_back(j >= 0 && j < d.nd ? d.d[static_cast<size_t>(j)] : '0');
    }
  }
}

// Decimal digits laid out for 'e', 'E', 'f', 'g', 'G' (strconv's formatDigits).
void format_digits(std::string& dst, bool shortest, bool neg, const decimal& d, int prec, char fmt) {
  switch (fmt) {
    case 'e':
    case 'E':
      fmt_e(dst, neg, d, prec, fmt);
      return;
    case 'f':
      fmt_f(dst, neg, d, prec);
      return;
    default: {  // 'g', 'G'
      int eprec = prec;
      if (eprec > d.nd && d.nd >= d.dp) eprec = d.nd;
      if (shortest) eprec = 6;
      const int exp = d.dp - 1;
      if (exp < -4 || exp >= eprec) {
        if (prec > d.nd) prec = d.nd;
        fmt_e(dst, neg, d, prec - 1, static_cast<char>(fmt + 'e' - 'g'));
        return;
      }
      if (prec > d.dp) prec = d.nd;
      fmt_f(dst, neg, d, std::max(prec - d.dp, 0));
    }
  }
}

void append_decimal(std::string& dst, uint64_t u) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, u);
  dst.append(buf, end);
}

// %b: mantissa "p" binary exponent, both decimal.
void fmt_b(std::string& dst, bool neg, uint64_t mant, int exp, int mant_bits) {
  if (neg) dst.push_back('-');
  append_decimal(dst, mant);
  dst.push_back('p');
  exp -= mant_bits;
  if (exp >= 0) dst.push_back('+');
  if (exp < 0) {
    dst.push_back('-');
    exp = -exp;
  }
  append_decimal(dst, static_cast<uint64_t>(exp));
}

// %x / %X: 0x1.hhhp+dd with the mantissa normalized to a leading 1 (0x0p+00 for zero), rounded
// half to even when a precision below 15 hex digits is asked for.
void fmt_x(std::string& dst, int prec, char fmt, bool neg, uint64_t mant, int exp, int mant_bits) {
  if (mant == 0) exp = 0;
  mant <<= 60 - mant_bits;
  while (mant != 0 && (mant & (uint64_t{1} << 60)) == 0) {
    mant <<= 1;
    exp--;
  }
  if (prec >= 0 && prec < 15) {
    const unsigned shift = static_cast<unsigned>(prec * 4);
    const uint64_t extra = (mant << shift) & ((uint64_t{1} << 60) - 1);
    mant >>= 60 - shift;
    if ((extra | (mant & 1)) > (uint64_t{1} << 59)) mant++;
    mant <<= 60 - shift;
    if (mant & (uint64_t{1} << 61)) {
      mant >>= 1;
      exp++;
    }
  }
  const char* hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  if (neg) dst.push_back('-');
  dst.push_back('0');
  dst.push_back(fmt);
  dst.push_back(static_cast<char>('0' + ((mant >> 60) & 1)));
  mant <<= 4;
  if (prec < 0 && mant != 0) {
    dst.push_back('.');
    while (mant != 0) {
      dst.push_back(hex[(mant >> 60) & 15]);
      mant <<= 4;
    }
  } else if (prec > 0) {
    dst.push_back('.');
    for (int i = 0; i < prec; i++) {
      dst.push_back(hex[(mant >> 60) & 15]);
      mant <<= 4;
    }
  }
  dst.push_back(fmt == 'X' ? 'P' : 'p');
  dst.push_back(exp < 0 ? '-' : '+');
  exp = std::abs(exp);
  if (exp < 100) {
    dst.push_back(static_cast<char>('0' + exp / 10));
    dst.push_back(static_cast<char>('0' + exp % 10));
  } else {
    append_decimal(dst, static_cast<uint64_t>(exp));
  }
}

}  // namespace

void append_float(std::string& dst, double v, char fmt, int prec, int bit_size) {
  uint64_t bits;
  int mant_bits, exp_bits, bias;
  if (bit_size == 32) {
    bits = std::bit_cast<uint32_t>(static_cast<float>(v));
    mant_bits = 23;
    exp_bits = 8;
    bias = -127;
  } else {
    bits = std::bit_cast<uint64_t>(v);
    mant_bits = 52;
    exp_bits = 11;
    bias = -1023;
  }
  const bool neg = (bits >> (exp_bits + mant_bits)) != 0;
  int exp = static_cast<int>(bits >> mant_bits) & ((1 << exp_bits) - 1);
  uint64_t mant = bits & ((uint64_t{1} << mant_bits) - 1);
  if (exp == (1 << exp_bits) - 1) {
    dst += mant != 0 ? "NaN" : neg ? "-Inf" : "+Inf";
    return;
  }
  if (exp == 0) {
    exp++;
  } else {
    mant |= uint64_t{1} << mant_bits;
  }
  exp += bias;
  if (fmt == 'b') return fmt_b(dst, neg, mant, exp, mant_bits);
  if (fmt == 'x' || fmt == 'X') return fmt_x(dst, prec, fmt, neg, mant, exp, mant_bits);

  const double mag = std::fabs(bit_size == 32 ? static_cast<double>(static_cast<float>(v)) : v);
  decimal d;
  const bool shortest = prec < 0;
  if (shortest) {
    d = shortest_digits(mag, bit_size);
    switch (fmt) {
      case 'e':
      case 'E': prec = std::max(d.nd - 1, 0); break;
      case 'f': prec = std::max(d.nd - d.dp, 0); break;
      default: prec = d.nd; break;
    }
  } else if (fmt == 'f') {
    d = fixed_digits(mag, prec);
  } else if (fmt == 'e' || fmt == 'E') {
    d = significant_digits(mag, prec + 1);
  } else {
    if (prec == 0) prec = 1;
    d = significant_digits(mag, prec);
  }
  format_digits(dst, shortest, neg, d, prec, fmt);
}

}  // namespace go::fmt::detail
