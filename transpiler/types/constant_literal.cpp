// Value::from_literal: Go literals as written in source, to exact constant values.
//
// Numbers are checked the way gc's scanner (cmd/compile/internal/syntax/scanner.go) checks them,
// with its error messages, then evaluated exactly: an integer in its base; a decimal float as
// mantissa * 10^exp; a hex float as mantissa * 2^exp; an imaginary literal as a Complex whose
// integer-looking mantissa is decimal even with a leading 0 (the spec's backward-compatibility
// rule). Rune and string literals decode every escape, again with gc's messages.
#include <cstdio>

#include "types/constant.h"
#include "types/constant_limits.h"
#include "types/constant_text.h"

namespace go2cpp::types::constant {

namespace {

char lower(char c) {
  return static_cast<char>(c | 0x20);
}
bool is_decimal(char c) {
  return c >= '0' && c <= '9';
}
bool is_hex(char c) {
  return is_decimal(c) || (lower(c) >= 'a' && lower(c) <= 'f');
}

const char* base_name(int base) {
  switch (base) {
    case 2:
      return "binary";
    case 8:
      return "octal";
    case 16:
      return "hexadecimal";
    default:
      return "decimal";
  }
}

Value fail(std::string* error, std::string msg) {
  if (error) *error = std::move(msg);
  return Value();
}

// gc's invalidSep: the index of the first '_' that does not separate two digits, or -1.
int64_t invalid_sep(std::string_view x) {
  char x1 = ' ', d = '.';
  size_t i = 0;
  if (x.size() >= 2 && x[0] == '0') {
    x1 = lower(x[1]);
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.size(); ++i) {
    char p = d;
    d = x[i];
    if (d == '_') {
      if (p != '0') return static_cast<int64_t>(i);
    } else if (is_decimal(d) || (x1 == 'x' && is_hex(d))) {
      d = '0';
    } else {
      if (p == '_') return static_cast<int64_t>(i) - 1;
      d = '.';
    }
  }
  if (d == '_') return static_cast<int64_t>(x.size()) - 1;
  return -1;
}

// Scans a number literal as gc does; on success evaluates it.
Value number_literal(std::string_view lit, std::string* error) {
  size_t i = 0;
  auto ch = [&] { return i < lit.size() ? lit[i] : '\0'; };
  bool is_float = false, seen_point = false;
  int base = 10;
  char prefix = 0;
  int digsep = 0;
  int64_t invalid = -1;
  auto digits = [&](int b, bool track) {
    int ds = 0;
    if (b <= 10) {
      char max = static_cast<char>('0' + b);
      while (is_decimal(ch()) || ch() == '_') {
        if (ch() == '_') {
          ds |= 2;
        } else {
          ds |= 1;
          if (ch() >= max && track && invalid < 0) invalid = static_cast<int64_t>(i);
        }
        ++i;
      }
    } else {
      while (is_hex(ch()) || ch() == '_') {
        ds |= ch() == '_' ? 2 : 1;
        ++i;
      }
    }
    return ds;
  };

  if (ch() == '.') {
    seen_point = true;
    ++i;
  } else {
    if (ch() == '0') {
      ++i;
      switch (lower(ch())) {
        case 'x':
          ++i, base = 16, prefix = 'x';
          break;
        case 'o':
          ++i, base = 8, prefix = 'o';
          break;
        case 'b':
          ++i, base = 2, prefix = 'b';
          break;
        default:
          base = 8, prefix = '0', digsep = 1;
          break;
      }
    }
    digsep |= digits(base, true);
    if (ch() == '.') {
      if (prefix == 'o' || prefix == 'b') {
        return fail(error, std::string("invalid radix point in ") + base_name(base) + " literal");
      }
      ++i;
      seen_point = true;
    }
  }
  if (seen_point) {
    is_float = true;
    digsep |= digits(base, true);
  }
  if ((digsep & 1) == 0)
    return fail(error, std::string(base_name(base)) + " literal has no digits");

  size_t exp_start = std::string_view::npos;
  char e = lower(ch());
  if (e == 'e' || e == 'p') {
    if (e == 'e' && prefix != 0 && prefix != '0') {
      return fail(error, std::string("'") + ch() + "' exponent requires decimal mantissa");
    }
    if (e == 'p' && prefix != 'x') {
      return fail(error, std::string("'") + ch() + "' exponent requires hexadecimal mantissa");
    }
    exp_start = i;
    ++i;
    is_float = true;
    if (ch() == '+' || ch() == '-') ++i;
    int ds = digits(10, false);
    digsep |= ds & 2;
    if ((ds & 1) == 0) return fail(error, "exponent has no digits");
  } else if (prefix == 'x' && is_float) {
    return fail(error, "hexadecimal mantissa requires a 'p' exponent");
  }
  bool imag = false;
  if (ch() == 'i') {
    imag = true;
    ++i;
  }
  if (i != lit.size()) return fail(error, "malformed constant: " + std::string(lit));
  if (!is_float && !imag && invalid >= 0) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "invalid digit '%c' in %s literal",
                  lit[static_cast<size_t>(invalid)], base_name(base));
    return fail(error, buf);
  }
  if ((digsep & 2) != 0 && invalid_sep(lit) >= 0)
    return fail(error, "'_' must separate successive digits");

  // Evaluate. Strip separators, the prefix and the 'i'.
  std::string_view body = lit.substr(0, imag ? lit.size() - 1 : lit.size());
  if (exp_start != std::string_view::npos) body = body.substr(0, exp_start);
  if (prefix == 'x' || prefix == 'o' || prefix == 'b') body.remove_prefix(2);
  std::string int_digits, frac_digits;
  bool in_frac = false;
  for (char c : body) {
    if (c == '_') continue;
    if (c == '.') {
      in_frac = true;
      continue;
    }
    (in_frac ? frac_digits : int_digits) += c;
  }
  int value_base = base;
  if (prefix == '0' && (is_float || imag)) value_base = 10;  // 0777i and 0777.0 are decimal
  std::string all = int_digits + frac_digits;
  if (all.empty()) all = "0";
  std::optional<BigInt> mant = BigInt::parse(all, static_cast<unsigned>(value_base));
  if (!mant) return fail(error, "malformed constant: " + std::string(lit));

  // The exponent, saturated well beyond the caps so that it cannot overflow.
  int64_t exp = 0;
  if (exp_start != std::string_view::npos) {
    size_t k = exp_start + 1;
    bool neg = false;
    if (lit[k] == '+' || lit[k] == '-') neg = lit[k++] == '-';
    for (; k < lit.size() && (is_decimal(lit[k]) || lit[k] == '_'); ++k) {
      if (lit[k] == '_') continue;
      if (exp < (int64_t{1} << 40)) exp = exp * 10 + (lit[k] - '0');
    }
    if (neg) exp = -exp;
  }

  Rat value;
  if (!is_float) {
    value = Rat(*mant);
  } else if (mant->is_zero()) {
    value = Rat();
  } else if (prefix == 'x') {
    int64_t bexp = exp - 4 * static_cast<int64_t>(frac_digits.size());
    if (bexp > limits::kMaxBinaryExponent || bexp < -limits::kMaxBinaryExponent) {
      return fail(error,
                  "malformed constant: " + std::string(lit) + " (exponent too large for go2cpp)");
    }
    value = bexp >= 0 ? Rat(mant->shl(static_cast<uint64_t>(bexp)))
                      : Rat::make(*mant, BigInt(1).shl(static_cast<uint64_t>(-bexp)));
  } else {
    int64_t dexp = exp - static_cast<int64_t>(frac_digits.size());
    if (dexp > limits::kMaxDecimalExponent || dexp < -limits::kMaxDecimalExponent) {
      return fail(error,
                  "malformed constant: " + std::string(lit) + " (exponent too large for go2cpp)");
    }
    BigInt p = BigInt::pow(BigInt(10), static_cast<uint64_t>(dexp < 0 ? -dexp : dexp));
    value = dexp >= 0 ? Rat(*mant * p) : Rat::make(*mant, p);
  }
  if (imag) return make_complex(Value::make_int64(0), Value::make_float(value));
  return is_float ? Value::make_float(value) : Value::make_int(value.num());
}

// Decodes the escape at body[*i] == '\\'. On success advances *i past it and sets *value and
// *is_byte (true for \x and octal escapes, which denote bytes rather than code points).
bool escape(std::string_view body, size_t* i, char quote, char32_t* value, bool* is_byte,
            std::string* err) {
  size_t k = *i + 1;
  // Past the end of the body is where the closing quote sits.
  auto cur = [&](size_t* width) -> char32_t {
    if (k >= body.size()) {
      *width = 1;
      return static_cast<char32_t>(quote);
    }
    return text::decode_utf8(body, k, width);
  };
  if (k >= body.size()) {  // the backslash escapes the closing quote
    *err = quote == '\'' ? "rune literal not terminated" : "string not terminated";
    return false;
  }
  char c = body[k];
  *is_byte = false;
  int n = 0;
  unsigned base = 0;
  char32_t max = 0;
  switch (c) {
    case 'a':
      *value = '\a';
      break;
    case 'b':
      *value = '\b';
      break;
    case 'f':
      *value = '\f';
      break;
    case 'n':
      *value = '\n';
      break;
    case 'r':
      *value = '\r';
      break;
    case 't':
      *value = '\t';
      break;
    case 'v':
      *value = '\v';
      break;
    case '\\':
      *value = '\\';
      break;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
      n = 3, base = 8, max = 255;
      break;
    case 'x':
      ++k, n = 2, base = 16, max = 255;
      break;
    case 'u':
      ++k, n = 4, base = 16, max = text::kMaxRune;
      break;
    case 'U':
      ++k, n = 8, base = 16, max = text::kMaxRune;
      break;
    default:
      if (c == quote) {
        *value = static_cast<char32_t>(quote);
        break;
      }
      *err = "unknown escape";
      return false;
  }
  if (n == 0) {
    *i = k + 1;
    return true;
  }
  uint64_t x = 0;
  for (int d = 0; d < n; ++d) {
    size_t width;
    char32_t r = cur(&width);
    unsigned digit = base;
    if (r >= '0' && r <= '9') {
      digit = static_cast<unsigned>(r - '0');
    } else if ((r | 0x20) >= 'a' && (r | 0x20) <= 'f') {
      digit = static_cast<unsigned>((r | 0x20) - 'a' + 10);
    }
    if (digit >= base) {
      *err = "invalid character " + text::quote_rune(r) + " in " +
             base_name(static_cast<int>(base)) + " escape";
      return false;
    }
    x = x * base + digit;
    k += width;
  }
  if (x > max && base == 8) {
    *err = "octal escape value " + std::to_string(x) + " > 255";
    return false;
  }
  if (x > max || (x >= 0xD800 && x < 0xE000)) {
    *err = "escape is invalid Unicode code point " + text::unicode_format(static_cast<char32_t>(x));
    return false;
  }
  *value = static_cast<char32_t>(x);
  *is_byte = max == 255;
  *i = k;
  return true;
}

Value rune_literal(std::string_view lit, std::string* error) {
  if (lit.size() < 2 || lit.front() != '\'' || lit.back() != '\'') {
    return fail(error, "rune literal not terminated");
  }
  std::string_view body = lit.substr(1, lit.size() - 2);
  char32_t value = 0;
  int n = 0;
  for (size_t i = 0; i < body.size(); ++n) {
    if (body[i] == '\\') {
      bool is_byte;
      std::string err;
      if (!escape(body, &i, '\'', &value, &is_byte, &err)) return fail(error, err);
    } else if (body[i] == '\n') {
      return fail(error, "newline in rune literal");
    } else if (body[i] == '\'') {
      return fail(error, n == 0 ? "empty rune literal or unescaped '"
                                : "more than one character in rune literal");
    } else {
      size_t width;
      value = text::decode_utf8(body, i, &width);
      i += width;
    }
  }
  if (n == 0) return fail(error, "empty rune literal or unescaped '");
  if (n != 1) return fail(error, "more than one character in rune literal");
  return Value::make_int64(static_cast<int64_t>(value));
}

Value string_literal(std::string_view lit, std::string* error) {
  if (lit.size() >= 2 && lit.front() == '`' && lit.back() == '`') {
    std::string s;
    for (char c : lit.substr(1, lit.size() - 2)) {
      if (c != '\r') s += c;
    }
    return Value::make_string(std::move(s));
  }
  if (lit.size() < 2 || lit.front() != '"' || lit.back() != '"')
    return fail(error, "string not terminated");
  std::string_view body = lit.substr(1, lit.size() - 2);
  std::string s;
  for (size_t i = 0; i < body.size();) {
    char c = body[i];
    if (c == '\\') {
      char32_t value;
      bool is_byte;
      std::string err;
      if (!escape(body, &i, '"', &value, &is_byte, &err)) return fail(error, err);
      if (is_byte) {
        s += static_cast<char>(value);
      } else {
        text::append_utf8(s, value);
      }
    } else if (c == '\n') {
      return fail(error, "newline in string");
    } else if (c == '"') {
      return fail(error, "malformed constant: " + std::string(lit));
    } else {
      s += c;
      ++i;
    }
  }
  return Value::make_string(std::move(s));
}

}  // namespace

Value Value::from_literal(std::string_view kind_hint, std::string_view text, std::string* error) {
  if (error) error->clear();
  if (text.empty()) return fail(error, "malformed constant: empty literal");
  // The text decides a number's form (int, float, imaginary); the hint picks rune and string.
  if (kind_hint == "rune" || text.front() == '\'') return rune_literal(text, error);
  if (kind_hint == "string" || text.front() == '"' || text.front() == '`')
    return string_literal(text, error);
  return number_literal(text, error);
}

}  // namespace go2cpp::types::constant
