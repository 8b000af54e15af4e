// Constants as C++ literals of their Go type: integers in decimal (INT64_MIN by name, large
// unsigned values with a `u` suffix), floats in the shortest form that reads back to the same
// double (or float, with an `f` suffix), complex numbers as go::complex128(re, im), strings as
// C++ string literals holding exactly the Go string's bytes.
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "emit/emit_internal.h"

namespace go2cpp::emit {

using namespace go2cpp::types;

namespace {

std::string shortest_double(double d) {
  char buf[64];
  for (int p = 1; p <= 17; ++p) {
    std::snprintf(buf, sizeof buf, "%.*g", p, d);
    if (std::strtod(buf, nullptr) == d) break;
  }
  std::string s = buf;
  if (s.find_first_of(".en") == std::string::npos) s += ".0";
  return s;
}

std::string shortest_float(float f) {
  char buf[64];
  for (int p = 1; p <= 9; ++p) {
    std::snprintf(buf, sizeof buf, "%.*g", p, static_cast<double>(f));
    if (std::strtof(buf, nullptr) == f) break;
  }
  std::string s = buf;
  if (s.find_first_of(".en") == std::string::npos) s += ".0";
  return s + "f";
}

}  // namespace

CExpr Emitter::constant(const constant::Value& v, const Type* t, const Node* at) {
  const Type* u = under(t);
  BasicKind k = basic_kind(u);
  if (is_untyped(u)) {
    // An untyped constant in a context that gave it no type: its default type.
    k = basic_kind(default_type(const_cast<Type*>(t), universe_));
  }
  switch (v.kind()) {
    case constant::Kind::Bool:
      return {v.bool_val() ? "true" : "false", 0};
    case constant::Kind::String:
      return {cpp_string_literal(v.string_val()), 0};
    default:
      break;
  }
  bool is_int_type = k >= BasicKind::Int && k <= BasicKind::Uintptr;
  if (is_int_type || k == BasicKind::UntypedInt || k == BasicKind::UntypedRune) {
    constant::Value iv = constant::to_int(v);
    bool is_unsigned = k >= BasicKind::Uint && k <= BasicKind::Uintptr;
    if (is_unsigned) {
      auto x = iv.uint64_val();
      if (!x) {
        unsupported(at, "this constant (" + v.to_string() + ")");
        return {"0", 0};
      }
      std::string s = std::to_string(*x);
      if (*x > 0x7fffffffffffffffULL) s += "u";
      return {s, 0};
    }
    auto x = iv.int64_val();
    if (!x) {
      unsupported(at, "this constant (" + v.to_string() + ")");
      return {"0", 0};
    }
    if (*x == INT64_MIN) return {"INT64_MIN", 0};
    if (*x < 0) return {std::to_string(*x), 3};
    return {std::to_string(*x), 0};
  }
  if (k == BasicKind::Float32) {
    float f = v.float32_val();
    std::string s = shortest_float(f);
    return {s, s[0] == '-' ? 3 : 0};
  }
  if (k == BasicKind::Float64 || k == BasicKind::UntypedFloat) {
    double d = v.float64_val();
    std::string s = shortest_double(d);
    return {s, s[0] == '-' ? 3 : 0};
  }
  if (k == BasicKind::Complex64 || k == BasicKind::Complex128 ||
      k == BasicKind::UntypedComplex) {
    bool c64 = k == BasicKind::Complex64;
    std::string re = c64 ? shortest_float(v.real().float32_val())
                         : shortest_double(v.real().float64_val());
    std::string im = c64 ? shortest_float(v.imag().float32_val())
                         : shortest_double(v.imag().float64_val());
    return {std::string(c64 ? "go::complex64(" : "go::complex128(") + re + ", " + im + ")", 0};
  }
  unsupported(at, "this constant (" + v.to_string() + ")");
  return {"0", 0};
}

}  // namespace go2cpp::emit
