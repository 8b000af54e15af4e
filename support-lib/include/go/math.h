// Package math: a hand-written stand-in over <cmath> with Go's special cases where C's differ
// (Max/Min with NaN and signed zeros, Inf, Pow10, Log2 of powers of two). The functions gc
// computes in pure Go (Exp, Log, the trigonometric ones) can differ from glibc in the last bit;
// docs/stdlib.md records this until the package is translated from Go's sources.
#pragma once

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <tuple>

#include "go/builtin.h"

namespace go::math {

inline float64 Abs(float64 x) { return std::fabs(x); }
inline float64 Acos(float64 x) { return std::acos(x); }
inline float64 Acosh(float64 x) { return std::acosh(x); }
inline float64 Asin(float64 x) { return std::asin(x); }
inline float64 Asinh(float64 x) { return std::asinh(x); }
inline float64 Atan(float64 x) { return std::atan(x); }
inline float64 Atan2(float64 y, float64 x) { return std::atan2(y, x); }
inline float64 Atanh(float64 x) { return std::atanh(x); }
inline float64 Cbrt(float64 x) { return std::cbrt(x); }
inline float64 Ceil(float64 x) { return std::ceil(x); }
inline float64 Copysign(float64 f, float64 sign) { return std::copysign(f, sign); }
inline float64 Cos(float64 x) { return std::cos(x); }
inline float64 Cosh(float64 x) { return std::cosh(x); }
inline float64 Exp(float64 x) { return std::exp(x); }
inline float64 Exp2(float64 x) { return std::exp2(x); }
inline float64 Expm1(float64 x) { return std::expm1(x); }
inline float64 Floor(float64 x) { return std::floor(x); }
inline float64 Hypot(float64 p, float64 q) { return std::hypot(p, q); }
inline float64 Log(float64 x) { return std::log(x); }
inline float64 Log10(float64 x) { return std::log10(x); }
inline float64 Log1p(float64 x) { return std::log1p(x); }
inline float64 Remainder(float64 x, float64 y) { return std::remainder(x, y); }
inline float64 Sin(float64 x) { return std::sin(x); }
inline float64 Sinh(float64 x) { return std::sinh(x); }
inline float64 Sqrt(float64 x) { return std::sqrt(x); }
inline float64 Tan(float64 x) { return std::tan(x); }
inline float64 Tanh(float64 x) { return std::tanh(x); }
inline float64 Trunc(float64 x) { return std::trunc(x); }
inline float64 Round(float64 x) { return std::round(x); }  // half away from zero, as Go
inline float64 RoundToEven(float64 x) {
  float64 t = std::trunc(x);
  float64 d = std::fabs(x - t);
  if (d > 0.5 || (d == 0.5 && std::fmod(t, 2.0) != 0)) t += std::copysign(1.0, x);
  return t;
}
inline bool Signbit(float64 x) { return std::signbit(x); }
inline bool IsNaN(float64 f) { return f != f; }
inline float64 NaN() { return std::numeric_limits<float64>::quiet_NaN(); }
inline float64 Inf(int_ sign) {
  return sign >= 0 ? std::numeric_limits<float64>::infinity()
                   : -std::numeric_limits<float64>::infinity();
}
inline bool IsInf(float64 f, int_ sign) {
  return (sign >= 0 && f == Inf(1)) || (sign <= 0 && f == Inf(-1));
}
inline float64 Mod(float64 x, float64 y) { return std::fmod(x, y); }
inline float64 Dim(float64 x, float64 y) {
  float64 v = x - y;
  return v <= 0 ? 0 : v;  // NaN stays NaN
}

// Go's Max/Min: any NaN gives NaN; Max(+0, -0) is +0 and Min(+0, -0) is -0.
inline float64 Max(float64 x, float64 y) {
  if (std::isinf(x) && x > 0) return x;
  if (std::isinf(y) && y > 0) return y;
  if (x != x || y != y) return NaN();
  if (x == 0 && x == y) return std::signbit(x) ? y : x;
  return x > y ? x : y;
}
inline float64 Min(float64 x, float64 y) {
  if (std::isinf(x) && x < 0) return x;
  if (std::isinf(y) && y < 0) return y;
  if (x != x || y != y) return NaN();
  if (x == 0 && x == y) return std::signbit(x) ? x : y;
  return x < y ? x : y;
}

inline float64 Pow(float64 x, float64 y) { return std::pow(x, y); }
inline float64 Pow10(int_ n) {
  if (n < -323) return 0;
  if (n > 308) return Inf(1);
  return std::pow(10.0, static_cast<float64>(n));
}

inline std::tuple<float64, int_> Frexp(float64 f) {
  int e = 0;
  float64 frac = std::frexp(f, &e);
  if (f == 0 || std::isinf(f) || f != f) return {f, 0};
  return {frac, e};
}
inline float64 Ldexp(float64 frac, int_ exp) {
  if (exp > 100000) exp = 100000;
  if (exp < -100000) exp = -100000;
  return std::ldexp(frac, static_cast<int>(exp));
}
// Go's Log2 is exact for powers of two.
inline float64 Log2(float64 x) {
  int e = 0;
  float64 frac = std::frexp(x, &e);
  if (frac == 0.5) return static_cast<float64>(e - 1);
  return std::log2(x);
}
inline std::tuple<float64, float64> Modf(float64 f) {
  if (f < 1) {
    if (f < 0) {
      auto [i, fr] = Modf(-f);
      return {-i, -fr};
    }
    if (f == 0) return {f, f};
    return {0.0, f};
  }
  float64 i = 0;
  float64 fr = std::modf(f, &i);
  return {i, fr};
}

inline uint32 Float32bits(float32 f) {
  uint32 b;
  std::memcpy(&b, &f, sizeof b);
  return b;
}
inline float32 Float32frombits(uint32 b) {
  float32 f;
  std::memcpy(&f, &b, sizeof f);
  return f;
}
inline uint64 Float64bits(float64 f) {
  uint64 b;
  std::memcpy(&b, &f, sizeof b);
  return b;
}
inline float64 Float64frombits(uint64 b) {
  float64 f;
  std::memcpy(&f, &b, sizeof f);
  return f;
}

}  // namespace go::math
