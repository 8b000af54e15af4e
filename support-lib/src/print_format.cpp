// The formats of Go's builtin print (runtime/print.go), reimplemented: integers in decimal,
// pointers as 0x-hex, floats as printfloat does (sign, 7 significant digits by repeated
// multiplication, 3-digit exponent: +1.500000e+000), complex as (re+imi), and printany's
// treatment of panic values (runtime/error.go): basic kinds printed plainly, named basic types
// as T(v) (strings as T("v")), anything else as (T) 0xADDR.
#include "print_format.h"

namespace go::detail {

void format_uint(std::string& out, uint64_t v) {
  char buf[24];
  int i = sizeof buf;
  do {
    buf[--i] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0);
  out.append(buf + i, sizeof buf - static_cast<std::size_t>(i));
}

void format_int(std::string& out, int64_t v) {
  if (v < 0) {
    out += '-';
    format_uint(out, 0 - static_cast<uint64_t>(v));
  } else {
    format_uint(out, static_cast<uint64_t>(v));
  }
}

void format_hex(std::string& out, uint64_t v) {
  static const char dig[] = "0123456789abcdef";
  char buf[24];
  int i = sizeof buf;
  do {
    buf[--i] = dig[v % 16];
    v /= 16;
  } while (v != 0);
  out += "0x";
  out.append(buf + i, sizeof buf - static_cast<std::size_t>(i));
}

void format_float(std::string& out, double v) {
  if (v != v) {
    out += "NaN";
    return;
  }
  if (v + v == v && v > 0) {
    out += "+Inf";
    return;
  }
  if (v + v == v && v < 0) {
    out += "-Inf";
    return;
  }
  constexpr int n = 7;
  char buf[n + 7];
  buf[0] = '+';
  int e = 0;
  if (v == 0) {
    if (__builtin_signbit(v)) buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    double h = 5.0;
    for (int i = 0; i < n; i++) h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  for (int i = 0; i < n; i++) {
    const int s = static_cast<int>(v);
    buf[i + 2] = static_cast<char>(s + '0');
    v -= s;
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[n + 2] = 'e';
  buf[n + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[n + 3] = '-';
  }
  buf[n + 4] = static_cast<char>(e / 100 + '0');
  buf[n + 5] = static_cast<char>(e / 10 % 10 + '0');
  buf[n + 6] = static_cast<char>(e % 10 + '0');
  out.append(buf, sizeof buf);
}

void format_complex(std::string& out, double re, double im) {
  out += '(';
  format_float(out, re);
  format_float(out, im);
  out += "i)";
}

void format_bool(std::string& out, bool v) { out += v ? "true" : "false"; }

namespace {
// The value at p of basic kind k in print's format; false when k is not a basic kind.
bool format_basic(std::string& out, kind k, const void* p) {
  switch (k) {
    case kind::bool_: format_bool(out, *static_cast<const bool*>(p)); return true;
    case kind::int_:
    case kind::int64: format_int(out, *static_cast<const int64_t*>(p)); return true;
    case kind::int8: format_int(out, *static_cast<const int8_t*>(p)); return true;
    case kind::int16: format_int(out, *static_cast<const int16_t*>(p)); return true;
    case kind::int32: format_int(out, *static_cast<const int32_t*>(p)); return true;
    case kind::uint:
    case kind::uint64:
    case kind::uintptr: format_uint(out, *static_cast<const uint64_t*>(p)); return true;
    case kind::uint8: format_uint(out, *static_cast<const uint8_t*>(p)); return true;
    case kind::uint16: format_uint(out, *static_cast<const uint16_t*>(p)); return true;
    case kind::uint32: format_uint(out, *static_cast<const uint32_t*>(p)); return true;
    case kind::float32: format_float(out, *static_cast<const float*>(p)); return true;
    case kind::float64: format_float(out, *static_cast<const double*>(p)); return true;
    case kind::complex64: {
      const auto& c = *static_cast<const complex64*>(p);
      format_complex(out, c.real(), c.imag());
      return true;
    }
    case kind::complex128: {
      const auto& c = *static_cast<const complex128*>(p);
      format_complex(out, c.real(), c.imag());
      return true;
    }
    case kind::string: out += static_cast<const go::string*>(p)->view(); return true;
    default: return false;
  }
}
}  // namespace

void format_printany(std::string& out, const any& v) {
  if (v.type == nullptr) {
    out += "nil";
    return;
  }
  const type_desc* t = v.type;
  if (!t->named) {
    if (format_basic(out, t->kind, v.data)) return;
  } else if (t->kind == kind::string) {
    out += t->name;
    out += "(\"";
    format_basic(out, t->kind, v.data);
    out += "\")";
    return;
  } else if (t->kind == kind::complex64 || t->kind == kind::complex128) {
    out += t->name;
    format_basic(out, t->kind, v.data);
    return;
  } else {
    std::string inner;
    if (format_basic(inner, t->kind, v.data)) {
      out += t->name;
      out += '(';
      out += inner;
      out += ')';
      return;
    }
  }
  out += '(';
  out += t->name;
  out += ") ";
  format_hex(out, reinterpret_cast<uintptr_t>(v.data));
}

}  // namespace go::detail
