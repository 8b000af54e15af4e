// Package strconv stand-in (include/go/strconv.h): parsing with Go's syntax and errors,
// formatting and quoting through fmt's engine (src/fmt/strconv_*.cpp).
#include "go/strconv.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <string>

#include "fmt/strconv.h"
#include "go/errors.h"
#include "go/gc.h"
#include "go/iface.h"
#include "go/panic.h"

namespace go::strconv {

go::error ErrRange = go::errors::New("value out of range");
go::error ErrSyntax = go::errors::New("invalid syntax");

namespace {

go::string make(const std::string& s) { return go::string::from_view(s); }

const go::type_desc* num_error_ptr_desc();

go::error num_error(const char* fn, const go::string& num, const go::error& err) {
  NumError* e = go::gc_new<NumError>(NumError{go::string::from_view(fn), num, err});
  return go::error(num_error_ptr_desc(), e);
}

const go::type_desc* num_error_ptr_desc() {
  static go::type_desc desc;
  static bool done = false;
  if (!done) {
    done = true;
    desc = go::plain_pointer_desc(&NumError_type);
    static const go::method_entry methods[] = {
        {"Error", go::erase_method(+[](void* self) { return NumError_Error(*static_cast<go::ptr<NumError>*>(self)); })},
        {"Unwrap", go::erase_method(+[](void* self) { return NumError_Unwrap(*static_cast<go::ptr<NumError>*>(self)); })},
    };
    desc.methods = methods;
    desc.num_methods = 2;
    desc.error_method = [](const void* v) { return NumError_Error(*static_cast<const go::ptr<NumError>*>(v)); };
  }
  return &desc;
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// Go's underscoreOK: underscores only between digits (or after a base prefix), base 0 only.
bool underscore_ok(std::string_view s) {
  char saw = '^';
  size_t i = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s = s.substr(1);
  bool hex = false;
  if (s.size() >= 2 && s[0] == '0') {
    char c = static_cast<char>(s[1] | 0x20);
    if (c == 'b' || c == 'o' || c == 'x') {
      hex = c == 'x';
      i = 2;
      saw = '0';
    }
  }
  for (; i < s.size(); ++i) {
    char c = s[i];
    if ((c >= '0' && c <= '9') || (hex && digit_value(c) < 16)) {
      saw = '0';
      continue;
    }
    if (c == '_') {
      if (saw != '0') return false;
      saw = '_';
      continue;
    }
    if (saw == '_') return false;
    saw = '!';
  }
  return saw != '_';
}

enum class parse_status { ok, syntax, range };

// ParseUint's core: base 0 (prefixes) or 2..36.
parse_status parse_uint(std::string_view s, int base, int bit_size, uint64_t& out,
                        bool& base_error, bool& bits_error) {
  out = 0;
  base_error = bits_error = false;
  if (s.empty()) return parse_status::syntax;
  bool base0 = base == 0;
  std::string_view s0 = s;
  if (base >= 2 && base <= 36) {
  } else if (base == 0) {
    base = 10;
    if (s[0] == '0') {
      if (s.size() >= 3 && (s[1] | 0x20) == 'b') {
        base = 2;
        s = s.substr(2);
      } else if (s.size() >= 3 && (s[1] | 0x20) == 'o') {
        base = 8;
        s = s.substr(2);
      } else if (s.size() >= 3 && (s[1] | 0x20) == 'x') {
        base = 16;
        s = s.substr(2);
      } else {
        base = 8;
        s = s.substr(1);
      }
    }
  } else {
    base_error = true;
    return parse_status::syntax;
  }
  if (bit_size == 0) {
    bit_size = 64;
  } else if (bit_size < 0 || bit_size > 64) {
    bits_error = true;
    return parse_status::syntax;
  }
  uint64_t max_val = bit_size == 64 ? ~uint64_t{0} : (uint64_t{1} << bit_size) - 1;
  bool underscores = false;
  bool range = false;
  uint64_t n = 0;
  for (char c : s) {
    if (c == '_' && base0) {
      underscores = true;
      continue;
    }
    int d = digit_value(c);
    if (d >= base) return parse_status::syntax;
    if (range) continue;
    if (n > (max_val - static_cast<uint64_t>(d)) / static_cast<uint64_t>(base) &&
        (n > max_val / static_cast<uint64_t>(base) ||
         n * static_cast<uint64_t>(base) > max_val - static_cast<uint64_t>(d))) {
      range = true;
      n = max_val;
      continue;
    }
    n = n * static_cast<uint64_t>(base) + static_cast<uint64_t>(d);
  }
  if (underscores && !underscore_ok(s0)) return parse_status::syntax;
  out = n;
  return range ? parse_status::range : parse_status::ok;
}

go::error base_error(const char* fn, const go::string& s, go::int_ base) {
  return num_error(fn, s, go::errors::New(go::string::from_view("invalid base " + std::to_string(base))));
}
go::error bits_error(const char* fn, const go::string& s, go::int_ bits) {
  return num_error(fn, s, go::errors::New(go::string::from_view("invalid bit size " + std::to_string(bits))));
}

std::string format_bits(uint64_t u, int base, bool neg) {
  static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  std::string out;
  if (u == 0) out = "0";
  while (u > 0) {
    out.insert(out.begin(), digits[u % static_cast<uint64_t>(base)]);
    u /= static_cast<uint64_t>(base);
  }
  if (neg) out.insert(out.begin(), '-');
  return out;
}

}  // namespace

const go::type_desc NumError_type = [] {
  static const go::struct_field fields[] = {
      {"Func", &go::string_type, offsetof(NumError, Func), false, true},
      {"Num", &go::string_type, offsetof(NumError, Num), false, true},
      {"Err", &go::error_type, offsetof(NumError, Err), false, true},
  };
  go::type_desc d;
  d.kind = go::kind::struct_;
  d.name = "strconv.NumError";
  d.pkg_path = "strconv";
  d.named = true;
  d.has_pointers = true;
  d.size = sizeof(NumError);
  d.align = alignof(NumError);
  d.fields = fields;
  d.num_fields = 3;
  d.ptr_desc = &num_error_ptr_desc;
  return d;
}();

go::string NumError_Error(go::ptr<NumError> e) {
  return go::string("strconv.") + e->Func + go::string(": parsing ") + Quote(e->Num) +
         go::string(": ") + e->Err.Error();
}
go::error NumError_Unwrap(go::ptr<NumError> e) { return e->Err; }

std::tuple<go::uint64, go::error> ParseUint(const go::string& s, go::int_ base, go::int_ bit_size) {
  uint64_t n = 0;
  bool be = false, bbe = false;
  if (s.len() == 0) return {0, num_error("ParseUint", s, ErrSyntax)};
  parse_status st = parse_uint(s.view(), static_cast<int>(base), static_cast<int>(bit_size), n, be, bbe);
  if (be) return {0, base_error("ParseUint", s, base)};
  if (bbe) return {0, bits_error("ParseUint", s, bit_size)};
  if (st == parse_status::syntax) return {0, num_error("ParseUint", s, ErrSyntax)};
  if (st == parse_status::range) return {n, num_error("ParseUint", s, ErrRange)};
  return {n, nullptr};
}

std::tuple<go::int64, go::error> ParseInt(const go::string& s, go::int_ base, go::int_ bit_size) {
  if (s.len() == 0) return {0, num_error("ParseInt", s, ErrSyntax)};
  std::string_view v = s.view();
  bool neg = false;
  if (v[0] == '+' || v[0] == '-') {
    neg = v[0] == '-';
    v = v.substr(1);
  }
  uint64_t un = 0;
  bool be = false, bbe = false;
  parse_status st = parse_uint(v, static_cast<int>(base), static_cast<int>(bit_size), un, be, bbe);
  if (be) return {0, base_error("ParseInt", s, base)};
  if (bbe) return {0, bits_error("ParseInt", s, bit_size)};
  if (st == parse_status::syntax) return {0, num_error("ParseInt", s, ErrSyntax)};
  int bits = bit_size == 0 ? 64 : static_cast<int>(bit_size);
  uint64_t cutoff = uint64_t{1} << (bits - 1);
  if (st == parse_status::range || (!neg && un >= cutoff)) {
    return {static_cast<int64_t>(cutoff - 1), num_error("ParseInt", s, ErrRange)};
  }
  if (neg && un > cutoff) {
    return {-static_cast<int64_t>(cutoff - 1) - 1, num_error("ParseInt", s, ErrRange)};
  }
  int64_t n = neg ? static_cast<int64_t>(0 - un) : static_cast<int64_t>(un);
  return {n, nullptr};
}

std::tuple<go::int_, go::error> Atoi(const go::string& s) {
  auto [n, err] = ParseInt(s, 10, 0);
  if (err != nullptr) {
    auto* ne = *static_cast<NumError* const*>(static_cast<const go::any&>(err).data);
    ne->Func = go::string("Atoi");
  }
  return {n, err};
}

std::tuple<bool, go::error> ParseBool(const go::string& str) {
  std::string_view v = str.view();
  if (v == "1" || v == "t" || v == "T" || v == "true" || v == "TRUE" || v == "True") return {true, nullptr};
  if (v == "0" || v == "f" || v == "F" || v == "false" || v == "FALSE" || v == "False") return {false, nullptr};
  return {false, num_error("ParseBool", str, ErrSyntax)};
}

std::tuple<go::float64, go::error> ParseFloat(const go::string& s, go::int_ bit_size) {
  std::string v(s.view());
  std::string lower;
  for (char c : v) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  std::string body = lower;
  bool neg = false;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
    neg = body[0] == '-';
    body = body.substr(1);
  }
  if (body == "inf" || body == "infinity") {
    return {neg ? -HUGE_VAL : HUGE_VAL, nullptr};
  }
  if (lower == "nan") return {std::nan(""), nullptr};
  // Go's syntax: digits with an optional point and exponent, or a hex mantissa with a
  // mandatory p exponent; underscores between digits are allowed only with a base prefix.
  bool hex = body.size() > 2 && body[0] == '0' && body[1] == 'x';
  std::string clean;
  bool digits = false, ok = !body.empty();
  size_t i = hex ? 2 : 0;
  bool seen_point = false, seen_exp = false;
  for (; ok && i < body.size(); ++i) {
    char c = body[i];
    if (c == '_') {
      if (!hex) ok = false;
      continue;
    }
    if (!seen_exp && (std::isdigit(static_cast<unsigned char>(c)) || (hex && digit_value(c) < 16))) {
      digits = true;
      continue;
    }
    if (c == '.' && !seen_point && !seen_exp) {
      seen_point = true;
      continue;
    }
    if (!seen_exp && digits && ((hex && c == 'p') || (!hex && c == 'e'))) {
      seen_exp = true;
      if (i + 1 < body.size() && (body[i + 1] == '+' || body[i + 1] == '-')) ++i;
      if (i + 1 >= body.size()) ok = false;
      for (size_t j = i + 1; ok && j < body.size(); ++j) {
        if (!std::isdigit(static_cast<unsigned char>(body[j])) && body[j] != '_') ok = false;
      }
      break;
    }
    ok = false;
  }
  if (!digits || (hex && !seen_exp)) ok = false;
  if (ok && v.find('_') != std::string::npos && !underscore_ok(v)) ok = false;
  if (!ok) return {0, num_error("ParseFloat", s, ErrSyntax)};
  for (char c : v) {
    if (c != '_') clean += c;
  }
  errno = 0;
  double d = 0;
  if (bit_size == 32) {
    float f = std::strtof(clean.c_str(), nullptr);
    d = f;
    if (errno == ERANGE && std::isinf(f)) return {d, num_error("ParseFloat", s, ErrRange)};
  } else {
    d = std::strtod(clean.c_str(), nullptr);
    if (errno == ERANGE && std::isinf(d)) return {d, num_error("ParseFloat", s, ErrRange)};
  }
  return {d, nullptr};
}

go::string FormatInt(go::int64 i, go::int_ base) {
  if (base < 2 || base > 36) go::panic(go::any(go::string("strconv: illegal AppendInt/FormatInt base")));
  bool neg = i < 0;
  uint64_t u = neg ? 0 - static_cast<uint64_t>(i) : static_cast<uint64_t>(i);
  return make(format_bits(u, static_cast<int>(base), neg));
}
go::string FormatUint(go::uint64 i, go::int_ base) {
  if (base < 2 || base > 36) go::panic(go::any(go::string("strconv: illegal AppendInt/FormatInt base")));
  return make(format_bits(i, static_cast<int>(base), false));
}
go::string Itoa(go::int_ i) { return FormatInt(i, 10); }
go::string FormatBool(bool b) { return b ? go::string("true") : go::string("false"); }

go::string FormatFloat(go::float64 f, go::uint8 fmt, go::int_ prec, go::int_ bit_size) {
  std::string out;
  go::fmt::detail::append_float(out, f, static_cast<char>(fmt), static_cast<int>(prec),
                                static_cast<int>(bit_size));
  return make(out);
}

go::slice<go::uint8> AppendInt(const go::slice<go::uint8>& dst, go::int64 i, go::int_ base) {
  return go::append_string(dst, FormatInt(i, base));
}
go::slice<go::uint8> AppendQuote(const go::slice<go::uint8>& dst, const go::string& s) {
  return go::append_string(dst, Quote(s));
}

bool IsPrint(go::int32 r) { return go::fmt::detail::is_print(r); }

go::string Quote(const go::string& s) {
  std::string out;
  go::fmt::detail::append_quote(out, s.view(), false);
  return make(out);
}
go::string QuoteToASCII(const go::string& s) {
  std::string out;
  go::fmt::detail::append_quote(out, s.view(), true);
  return make(out);
}
go::string QuoteRune(go::int32 r) {
  std::string out;
  go::fmt::detail::append_quote_rune(out, r, false);
  return make(out);
}

std::tuple<go::string, go::error> Unquote(const go::string& s) {
  std::string_view v = s.view();
  if (v.size() < 2) return {go::string(), ErrSyntax};
  char q = v.front();
  if (q != v.back()) return {go::string(), ErrSyntax};
  v = v.substr(1, v.size() - 2);
  if (q == '`') {
    if (v.find('`') != std::string_view::npos) return {go::string(), ErrSyntax};
    std::string out;
    for (char c : v) {
      if (c != '\r') out += c;
    }
    return {make(out), nullptr};
  }
  if (q != '"' && q != '\'') return {go::string(), ErrSyntax};
  std::string out;
  size_t runes = 0;
  for (size_t i = 0; i < v.size();) {
    char c = v[i];
    if (c == q || c == '\n') return {go::string(), ErrSyntax};
    ++runes;
    if (c != '\\') {
      out += c;
      ++i;
      continue;
    }
    if (i + 1 >= v.size()) return {go::string(), ErrSyntax};
    char e = v[i + 1];
    i += 2;
    auto hexval = [&](size_t n, int64_t& val) {
      val = 0;
      if (i + n > v.size()) return false;
      for (size_t k = 0; k < n; ++k) {
        int d = digit_value(v[i + k]);
        if (d >= 16) return false;
        val = val * 16 + d;
      }
      i += n;
      return true;
    };
    int64_t val = 0;
    switch (e) {
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '\\': out += '\\'; break;
      case '\'':
      case '"':
        if (e != q) return {go::string(), ErrSyntax};
        out += e;
        break;
      case 'x':
        if (!hexval(2, val)) return {go::string(), ErrSyntax};
        out += static_cast<char>(val);
        break;
      case 'u':
      case 'U': {
        if (!hexval(e == 'u' ? 4 : 8, val) || val > 0x10FFFF || (val >= 0xD800 && val <= 0xDFFF)) {
          return {go::string(), ErrSyntax};
        }
        uint8_t buf[4];
        int n = go::encode_rune(buf, val);
        out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
        break;
      }
      default:
        if (e >= '0' && e <= '7') {
          if (i + 1 >= v.size() + 1 || i + 2 > v.size()) return {go::string(), ErrSyntax};
          int d1 = v[i] - '0', d2 = v[i + 1] - '0';
          if (d1 < 0 || d1 > 7 || d2 < 0 || d2 > 7) return {go::string(), ErrSyntax};
          val = (e - '0') * 64 + d1 * 8 + d2;
          if (val > 255) return {go::string(), ErrSyntax};
          out += static_cast<char>(val);
          i += 2;
          break;
        }
        return {go::string(), ErrSyntax};
    }
  }
  if (q == '\'' && runes != 1) return {go::string(), ErrSyntax};
  return {make(out), nullptr};
}

}  // namespace go::strconv
