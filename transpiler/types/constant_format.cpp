// Value::to_string and Value::exact_string: constants as gc prints them in diagnostics.
//
// to_string follows go/constant's String methods, which gc uses inside messages such as
// "(untyped float constant 1e+100)": ints in full decimal; floats through %.6g of their float64
// value when that is finite and nonzero exactly when the constant is (0.1, 3.14159, 1e+100), and
// otherwise through gc's approximate decimal conversion "%.6ge%+d" (1e+10000, 1e-400); complex
// values as "(re + imi)" with each part printed by its own kind; strings strconv.Quote'd and cut to
// 72 runes with "..." as go/constant does.
#include <cmath>
#include <cstdio>

#include "types/constant.h"
#include "types/constant_limits.h"
#include "types/constant_text.h"

namespace go2cpp::types::constant {

namespace {

std::string format_g6(double d) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", d);
  return buf;
}

std::string float_string(const Rat& r) {
  double d = r.to_double();
  if (r.is_zero() == (d == 0) && !std::isinf(d)) return format_g6(d);
  // Out of float64 range: r = mant * 2^exp with 0.5 <= |mant| < 1, then gc's approximation.
  int64_t exp = r.binary_exponent() + 1;
  Rat::Binary b = r.round_binary(53, INT64_MIN / 4);
  double m = std::ldexp(static_cast<double>(b.mant), static_cast<int>(b.exp - exp));
  if (b.neg) m = -m;
  double dexp = static_cast<double>(exp) * (std::log(2.0) / std::log(10.0));
  auto e = static_cast<int64_t>(dexp);
  m *= std::pow(10.0, dexp - static_cast<double>(e));
  double am = std::fabs(m);
  if (am < 1 - 0.5e-6) {
    m *= 10;
    --e;
  } else if (am >= 10) {
    m /= 10;
    ++e;
  }
  char buf[96];
  std::snprintf(buf, sizeof buf, "%.6ge%+lld", m, static_cast<long long>(e));
  return buf;
}

std::string shorten_quoted(std::string s) {
  // Count runes; past the limit keep kMaxQuotedRunes-3 of them and add "...".
  size_t runes = 0;
  for (size_t i = 0; i < s.size();) {
    size_t w;
    text::decode_utf8(s, i, &w);
    i += w;
    ++runes;
  }
  if (runes <= static_cast<size_t>(limits::kMaxQuotedRunes)) return s;
  size_t i = 0;
  for (int n = 0; n < limits::kMaxQuotedRunes - 3; ++n) {
    size_t w;
    text::decode_utf8(s, i, &w);
    i += w;
  }
  return s.substr(0, i) + "...";
}

}  // namespace

std::string Value::to_string() const {
  switch (kind_) {
    case Kind::Unknown:
      return "unknown";
    case Kind::Bool:
      return bool_ ? "true" : "false";
    case Kind::String:
      return shorten_quoted(text::quote(p_->str));
    case Kind::Int:
      return p_->re.num().to_string();
    case Kind::Float:
      return float_string(p_->re);
    case Kind::Complex:
      return "(" + real().to_string() + " + " + imag().to_string() + "i)";
  }
  return "unknown";
}

std::string Value::exact_string() const {
  switch (kind_) {
    case Kind::String:
      return text::quote(p_->str);
    case Kind::Int:
    case Kind::Float:
      return p_->re.to_string();
    case Kind::Complex:
      return "(" + p_->re.to_string() + " + " + p_->im.to_string() + "i)";
    default:
      return to_string();
  }
}

}  // namespace go2cpp::types::constant
