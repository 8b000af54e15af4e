// Constant arithmetic: binary and unary operators, shifts and comparisons (see constant.h).
//
// Numeric operands are first matched to the larger of their kinds (Int < Float < Complex), as
// go/constant's match does; the operation runs on exact rationals and the result keeps that kind.
// Integer-only operators (%, bitwise, integer "/") accept any integral value and give an Int.
// Anything undefined — a zero divisor, an operator the kinds do not support, a result larger than
// limits::kMaxResultBits — gives Unknown, which the checker turns into its own diagnostic.
#include "types/constant.h"
#include "types/constant_limits.h"

namespace go2cpp::types::constant {

namespace {

int rank(Kind k) {
  switch (k) {
    case Kind::Int:
      return 1;
    case Kind::Float:
      return 2;
    case Kind::Complex:
      return 3;
    default:
      return 0;
  }
}

bool too_big(const Rat& r) {
  return r.bit_size() > limits::kMaxResultBits;
}

Value numeric_result(Kind k, Rat re) {
  if (too_big(re)) return Value();
  return k == Kind::Int ? Value::make_int(re.num()) : Value::make_float(std::move(re));
}

// A complex result whose parts keep go/constant's kinds: Int when computed from Int parts only.
Value complex_result(Rat re, bool re_int, Rat im, bool im_int) {
  Value r = numeric_result(re_int ? Kind::Int : Kind::Float, std::move(re));
  Value i = numeric_result(im_int ? Kind::Int : Kind::Float, std::move(im));
  return make_complex(r, i);  // Unknown if either part was too big
}

bool re_int(const Value& v) {
  return v.real().kind() == Kind::Int;
}
bool im_int(const Value& v) {
  return v.imag().kind() == Kind::Int;
}

Value integer_op(const Value& x, std::string_view op, const Value& y, bool integer_division) {
  const BigInt& a = x.real_rat().num();
  const BigInt& b = y.real_rat().num();
  if (op == "+") return numeric_result(Kind::Int, a + b);
  if (op == "-") return numeric_result(Kind::Int, a - b);
  if (op == "*") return numeric_result(Kind::Int, a * b);
  if (op == "/" && integer_division) return b.is_zero() ? Value() : Value::make_int(a.quo(b));
  if (op == "/") return b.is_zero() ? Value() : numeric_result(Kind::Float, Rat::make(a, b));
  if (op == "%") return b.is_zero() ? Value() : Value::make_int(a.rem(b));
  if (op == "&") return Value::make_int(bit_and(a, b));
  if (op == "|") return Value::make_int(bit_or(a, b));
  if (op == "^") return Value::make_int(bit_xor(a, b));
  if (op == "&^") return Value::make_int(bit_and_not(a, b));
  return Value();
}

Value complex_div(const Value& x, const Value& y) {
  // (a+bi)/(c+di) = ((ac+bd) + (bc-ad)i) / (c²+d²)
  const Rat &a = x.real_rat(), &b = x.imag_rat(), &c = y.real_rat(), &d = y.imag_rat();
  Rat den = c * c + d * d;
  if (den.is_zero()) return Value();
  return complex_result((a * c + b * d) / den, false, (b * c - a * d) / den, false);
}

}  // namespace

Value binary_op(const Value& x, std::string_view op, const Value& y, bool integer_division) {
  if (x.kind() == Kind::Bool && y.kind() == Kind::Bool) {
    if (op == "&&") return Value::make_bool(x.bool_val() && y.bool_val());
    if (op == "||") return Value::make_bool(x.bool_val() || y.bool_val());
    return Value();
  }
  if (x.kind() == Kind::String && y.kind() == Kind::String) {
    if (op == "+") return Value::make_string(x.string_val() + y.string_val());
    return Value();
  }
  int rx = rank(x.kind()), ry = rank(y.kind());
  if (rx == 0 || ry == 0) return Value();
  bool int_only = op == "%" || op == "&" || op == "|" || op == "^" || op == "&^";
  if ((rx == 1 && ry == 1) ||
      ((int_only || (op == "/" && integer_division)) && x.is_int() && y.is_int())) {
    return integer_op(x, op, y, integer_division);
  }
  if (int_only) return Value();
  Kind k = rx > ry ? x.kind() : y.kind();
  if (k == Kind::Int) k = Kind::Float;  // unreachable: both Int was handled above
  if (k == Kind::Float) {
    const Rat &a = x.real_rat(), &b = y.real_rat();
    if (op == "+") return numeric_result(k, a + b);
    if (op == "-") return numeric_result(k, a - b);
    if (op == "*") return numeric_result(k, a * b);
    if (op == "/") return b.is_zero() ? Value() : numeric_result(k, a / b);
    return Value();
  }
  const Rat &a = x.real_rat(), &b = x.imag_rat(), &c = y.real_rat(), &d = y.imag_rat();
  // Part kinds as go/constant derives them: Int op Int is Int, anything with a Float is Float.
  bool ri = re_int(x) && re_int(y), ii = im_int(x) && im_int(y);
  if (op == "+") return complex_result(a + c, ri, b + d, ii);
  if (op == "-") return complex_result(a - c, ri, b - d, ii);
  bool all = ri && ii;
  if (op == "*") return complex_result(a * c - b * d, all, a * d + b * c, all);
  if (op == "/") return complex_div(x, y);
  return Value();
}

Value unary_op(std::string_view op, const Value& x, unsigned prec) {
  if (op == "!") return x.kind() == Kind::Bool ? Value::make_bool(!x.bool_val()) : Value();
  if (rank(x.kind()) == 0) return Value();
  if (op == "+") return x;
  if (op == "-") {
    if (x.kind() == Kind::Complex)
      return make_complex(unary_op("-", x.real(), 0), unary_op("-", x.imag(), 0));
    return x.kind() == Kind::Int ? Value::make_int(-x.real_rat().num())
                                 : Value::make_float(-x.real_rat());
  }
  if (op == "^") {
    if (!x.is_int()) return Value();
    const BigInt& v = x.real_rat().num();
    if (prec == 0) return Value::make_int(v.bit_not());
    BigInt mask = BigInt(1).shl(prec) - BigInt(1);
    return Value::make_int(bit_and_not(mask, v));
  }
  return Value();
}

Value shift(const Value& x, std::string_view op, uint64_t count) {
  if (!x.is_int()) return Value();
  const BigInt& v = x.real_rat().num();
  if (op == ">>") return Value::make_int(v.shr(count));
  if (op != "<<") return Value();
  if (v.is_zero()) return Value::make_int64(0);
  if (count > limits::kMaxResultBits || v.bit_length() + count > limits::kMaxResultBits)
    return Value();
  return Value::make_int(v.shl(count));
}

bool compare(const Value& x, std::string_view op, const Value& y) {
  int c = 0;
  bool ordered = true;
  if (x.kind() == Kind::Bool && y.kind() == Kind::Bool) {
    c = x.bool_val() == y.bool_val() ? 0 : 1;
    ordered = false;
  } else if (x.kind() == Kind::String && y.kind() == Kind::String) {
    c = x.string_val().compare(y.string_val());
  } else if (rank(x.kind()) != 0 && rank(y.kind()) != 0) {
    if (x.kind() == Kind::Complex || y.kind() == Kind::Complex) {
      c = x.real_rat() == y.real_rat() && x.imag_rat() == y.imag_rat() ? 0 : 1;
      ordered = false;
    } else {
      c = Rat::compare(x.real_rat(), y.real_rat());
    }
  } else {
    return false;
  }
  if (op == "==") return c == 0;
  if (op == "!=") return c != 0;
  if (!ordered) return false;
  if (op == "<") return c < 0;
  if (op == "<=") return c <= 0;
  if (op == ">") return c > 0;
  if (op == ">=") return c >= 0;
  return false;
}

}  // namespace go2cpp::types::constant
