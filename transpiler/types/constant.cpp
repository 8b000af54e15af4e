// Constant values: factories, queries and conversions between kinds (see constant.h).
//
// Int, Float and Complex values all carry two exact rationals (real, imaginary); conversions
// between numeric kinds only change the Kind tag after checking that the value fits the target
// kind (integral for Int, zero imaginary part for Float), as go/constant's ToInt/ToFloat do.
#include "types/constant.h"

#include <cmath>
#include <limits>

#include "types/constant_limits.h"

namespace go2cpp::types::constant {

namespace {
const Rat& zero_rat() {
  static const Rat zero;
  return zero;
}
const std::string& empty_string() {
  static const std::string empty;
  return empty;
}
}  // namespace

Value Value::numeric(Kind k, Rat re, Rat im) {
  Value v;
  v.kind_ = k;
  auto p = std::make_shared<Payload>();
  p->re = std::move(re);
  p->im = std::move(im);
  v.p_ = std::move(p);
  return v;
}

Value Value::make_bool(bool b) {
  Value v;
  v.kind_ = Kind::Bool;
  v.bool_ = b;
  return v;
}

Value Value::make_string(std::string s) {
  Value v;
  v.kind_ = Kind::String;
  auto p = std::make_shared<Payload>();
  p->str = std::move(s);
  v.p_ = std::move(p);
  return v;
}

Value Value::make_int64(int64_t i) {
  return numeric(Kind::Int, Rat(BigInt(i)));
}
Value Value::make_uint64(uint64_t u) {
  return numeric(Kind::Int, Rat(BigInt::from_uint64(u)));
}
Value Value::make_int(BigInt i) {
  return numeric(Kind::Int, Rat(std::move(i)));
}
Value Value::make_float(Rat r) {
  return numeric(Kind::Float, std::move(r));
}

Value Value::make_float64(double d) {
  std::optional<Rat> r = Rat::from_double(d);
  if (!r) return Value();
  return numeric(Kind::Float, std::move(*r));
}

const std::string& Value::string_val() const {
  return kind_ == Kind::String ? p_->str : empty_string();
}

const Rat& Value::real_rat() const {
  bool num = kind_ == Kind::Int || kind_ == Kind::Float || kind_ == Kind::Complex;
  return num ? p_->re : zero_rat();
}

const Rat& Value::imag_rat() const {
  return kind_ == Kind::Complex ? p_->im : zero_rat();
}

bool Value::is_int() const {
  switch (kind_) {
    case Kind::Int:
      return true;
    case Kind::Float:
    case Kind::Complex:
      return p_->re.is_int() && p_->im.is_zero();
    default:
      return false;
  }
}

std::optional<int64_t> Value::int64_val() const {
  if (!is_int()) return std::nullopt;
  return p_->re.num().to_int64();
}

std::optional<uint64_t> Value::uint64_val() const {
  if (!is_int()) return std::nullopt;
  return p_->re.num().to_uint64();
}

double Value::float64_val() const {
  if (kind_ != Kind::Int && kind_ != Kind::Float && kind_ != Kind::Complex) {
    return std::numeric_limits<double>::quiet_NaN();
  }
  return p_->re.to_double();
}

float Value::float32_val() const {
  if (kind_ != Kind::Int && kind_ != Kind::Float && kind_ != Kind::Complex) {
    return std::numeric_limits<float>::quiet_NaN();
  }
  return p_->re.to_float();
}

Value Value::real() const {
  if (kind_ == Kind::Complex) return numeric(p_->re_int ? Kind::Int : Kind::Float, p_->re);
  if (kind_ == Kind::Int || kind_ == Kind::Float) return *this;
  return Value();
}

Value Value::imag() const {
  if (kind_ == Kind::Complex) return numeric(p_->im_int ? Kind::Int : Kind::Float, p_->im);
  if (kind_ == Kind::Int || kind_ == Kind::Float) return make_int64(0);
  return Value();
}

int Value::sign() const {
  switch (kind_) {
    case Kind::Int:
    case Kind::Float:
      return p_->re.sign();
    case Kind::Complex:
      return p_->re.is_zero() && p_->im.is_zero() ? 0 : 1;
    default:
      return 0;
  }
}

uint64_t Value::bit_len() const {
  return kind_ == Kind::Int ? p_->re.num().bit_length() : 0;
}

Value to_int(const Value& x) {
  switch (x.kind()) {
    case Kind::Int:
      return x;
    case Kind::Float:
    case Kind::Complex: {
      if (!x.is_int()) return Value();
      const Rat& re = x.real_rat();
      if (!re.is_zero() && re.binary_exponent() + 1 >= limits::kMaxToIntExponent) return Value();
      return Value::make_int(re.num());
    }
    default:
      return Value();
  }
}

Value to_float(const Value& x) {
  switch (x.kind()) {
    case Kind::Int:
    case Kind::Float:
      return Value::make_float(x.real_rat());
    case Kind::Complex:
      if (!x.imag_rat().is_zero()) return Value();
      return Value::make_float(x.real_rat());
    default:
      return Value();
  }
}

Value to_complex(const Value& x) {
  switch (x.kind()) {
    case Kind::Int:
    case Kind::Float:
    case Kind::Complex:
      return make_complex(x.real(), x.imag());
    default:
      return Value();
  }
}

Value make_complex(const Value& re, const Value& im) {
  auto real_number = [](const Value& v) {
    return v.kind() == Kind::Int || v.kind() == Kind::Float;
  };
  if (!real_number(re) || !real_number(im)) return Value();
  Value v;
  v.kind_ = Kind::Complex;
  auto p = std::make_shared<Value::Payload>();
  p->re = re.real_rat();
  p->im = im.real_rat();
  p->re_int = re.kind() == Kind::Int;
  p->im_int = im.kind() == Kind::Int;
  v.p_ = std::move(p);
  return v;
}

}  // namespace go2cpp::types::constant
