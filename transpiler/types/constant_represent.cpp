// representable(): whether a constant value fits a basic type, per the Go spec's representability
// rules and go/types' representableConst.
//
// Integer types need an integral value (any numeric kind) inside the type's range; float types
// round the exact value to nearest at their precision and reject infinities; complex types do that
// for both parts. An Unknown value is representable (as in go/types, to avoid follow-up errors).
#include <cmath>

#include "types/constant.h"

namespace go2cpp::types::constant {

namespace {

struct IntType {
  std::string_view name;
  unsigned bits;  // 0: untyped, unbounded
  bool is_signed;
};

constexpr IntType kIntTypes[] = {
    {"int", 64, true},     {"int8", 8, true},        {"int16", 16, true},
    {"int32", 32, true},   {"int64", 64, true},      {"uint", 64, false},
    {"uint8", 8, false},   {"uint16", 16, false},    {"uint32", 32, false},
    {"uint64", 64, false}, {"uintptr", 64, false},   {"byte", 8, false},
    {"rune", 32, true},    {"untyped int", 0, true}, {"untyped rune", 0, true},
};

bool int_in_range(const BigInt& v, const IntType& t) {
  if (t.bits == 0) return true;
  if (!t.is_signed) return !v.is_negative() && v.bit_length() <= t.bits;
  BigInt lim = BigInt(1).shl(t.bits - 1);  // -lim <= v < lim
  return BigInt::compare(v, lim) < 0 && BigInt::compare(v, -lim) >= 0;
}

// Rounds an exact real to float32 or float64; nullopt if it overflows to infinity.
std::optional<Value> round_real(const Rat& r, bool f32) {
  double d = f32 ? static_cast<double>(r.to_float()) : r.to_double();
  if (std::isinf(d)) return std::nullopt;
  return Value::make_float64(d);
}

}  // namespace

bool representable(const Value& x, std::string_view basic_type, Value* rounded) {
  Value out;
  bool ok = false;
  if (x.kind() == Kind::Unknown) {
    ok = true;
  } else if (const IntType* it = [&]() -> const IntType* {
               for (const IntType& t : kIntTypes) {
                 if (t.name == basic_type) return &t;
               }
               return nullptr;
             }()) {
    Value v = to_int(x);
    ok = v.kind() == Kind::Int && int_in_range(v.real_rat().num(), *it);
    out = v;
  } else if (basic_type == "float32" || basic_type == "float64") {
    Value v = to_float(x);
    if (v.kind() == Kind::Float) {
      std::optional<Value> r = round_real(v.real_rat(), basic_type == "float32");
      ok = r.has_value();
      if (ok) out = *r;
    }
  } else if (basic_type == "untyped float") {
    out = to_float(x);
    ok = out.kind() == Kind::Float;
  } else if (basic_type == "complex64" || basic_type == "complex128") {
    Value v = to_complex(x);
    if (v.kind() == Kind::Complex) {
      bool f32 = basic_type == "complex64";
      std::optional<Value> re = round_real(v.real_rat(), f32), im = round_real(v.imag_rat(), f32);
      ok = re && im;
      if (ok) out = make_complex(*re, *im);
    }
  } else if (basic_type == "untyped complex") {
    out = to_complex(x);
    ok = out.kind() == Kind::Complex;
  } else if (basic_type == "bool" || basic_type == "untyped bool") {
    ok = x.kind() == Kind::Bool;
    out = x;
  } else if (basic_type == "string" || basic_type == "untyped string") {
    ok = x.kind() == Kind::String;
    out = x;
  }
  if (ok && rounded) *rounded = out;
  return ok;
}

}  // namespace go2cpp::types::constant
