// Go's basic types and the arithmetic that C++ does differently from Go.
//
// The basic types are fixed-width C++ types (docs/runtime-api.md, "Basic types"). Plain `+ - *`
// wrap around because generated code is compiled with -fwrapv; division, remainder, shifts and
// float-to-integer conversions are functions here because C++ leaves cases undefined that Go
// defines (x/0 panics, MinInt/-1 wraps, shift counts >= width, out-of-range float conversions).
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <type_traits>

#include "go/complex.h"
#include "go/runtime_error.h"

namespace go {

using int_ = std::int64_t;
using int8 = std::int8_t;
using int16 = std::int16_t;
using int32 = std::int32_t;
using int64 = std::int64_t;
using uint = std::uint64_t;
using uint8 = std::uint8_t;
using uint16 = std::uint16_t;
using uint32 = std::uint32_t;
using uint64 = std::uint64_t;
using uintptr = std::uint64_t;
using byte = std::uint8_t;
using rune = std::int32_t;
using float32 = float;
using float64 = double;

// An integer type as Go has them (bool and the character types are not Go integers).
template <class T>
concept integer = std::is_integral_v<T> && !std::is_same_v<T, bool>;

// Go's x / y: panics on y == 0; MinInt / -1 == MinInt (two's complement wrap, no trap).
template <integer T>
constexpr T div(T a, T b) {
  if (b == 0) panic_divide();
  if constexpr (std::is_signed_v<T>) {
    if (b == -1) return static_cast<T>(-static_cast<std::make_unsigned_t<T>>(a));
  }
  return static_cast<T>(a / b);
}

// Go's x % y: panics on y == 0; MinInt % -1 == 0.
template <integer T>
constexpr T rem(T a, T b) {
  if (b == 0) panic_divide();
  if constexpr (std::is_signed_v<T>) {
    if (b == -1) return 0;
  }
  return static_cast<T>(a % b);
}

namespace detail {
// The shift count as an unsigned 64-bit value; a negative signed count panics.
template <integer N>
constexpr std::uint64_t shift_count(N n) {
  if constexpr (std::is_signed_v<N>) {
    if (n < 0) panic_shift();
  }
  return static_cast<std::uint64_t>(n);
}
}  // namespace detail

// Go's x << n: bits shifted past the width are lost; n >= width gives 0.
template <integer T, integer N>
constexpr T shl(T x, N n) {
  const std::uint64_t c = detail::shift_count(n);
  using U = std::make_unsigned_t<T>;
  if (c >= sizeof(T) * 8) return 0;
  return static_cast<T>(static_cast<U>(static_cast<U>(x) << c));
}

// Go's x >> n: arithmetic for signed x; n >= width gives 0, or -1 for negative signed x.
template <integer T, integer N>
constexpr T shr(T x, N n) {
  const std::uint64_t c = detail::shift_count(n);
  if (c >= sizeof(T) * 8) {
    if constexpr (std::is_signed_v<T>) return x < 0 ? T(-1) : T(0);
    return 0;
  }
  // Right shift of a negative signed value is arithmetic in C++20.
  return static_cast<T>(x >> c);
}

// Go's numeric conversion T(v). Integer <-> integer truncates or sign-extends (well defined in
// C++20); float -> integer outside the target's range gives what gc gives on amd64, where C++
// would be undefined: CVTTSD2SQ yields 0x8000000000000000 for out-of-range and NaN inputs
// (CVTTSD2SL 0x80000000 for int32 and narrower targets, which gc converts through int32; uint32
// goes through int64, uint64 through gc's two-step sequence).
template <class To, class From>
constexpr To convert(From v) {
  if constexpr (std::is_floating_point_v<From> && integer<To>) {
    const double d = static_cast<double>(v);
    if constexpr (std::is_same_v<To, std::uint64_t>) {
      // gc: x < 2^63 ? int64(x) : int64(x - 2^63) | (1 << 63), each CVTTSD2SQ giving MinInt64 when out of range.
      constexpr double two63 = 9223372036854775808.0;
      auto cvt = [](double x) -> std::int64_t {
        if (!(x > -two63 - 1024.0 && x < two63)) return INT64_MIN;  // also NaN
        return static_cast<std::int64_t>(x);
      };
      if (d < two63) return static_cast<std::uint64_t>(cvt(d));
      return static_cast<std::uint64_t>(cvt(d - two63)) | (std::uint64_t{1} << 63);
    } else if constexpr (sizeof(To) < 4 || std::is_same_v<To, std::int32_t>) {
      // gc converts to int32 (CVTTSD2SL, 0x80000000 when out of range) and truncates.
      std::int32_t i = INT32_MIN;
      if (d > -2147483649.0 && d < 2147483648.0) i = static_cast<std::int32_t>(d);
      return static_cast<To>(i);
    } else {
      // int64, and uint32 (through int64).
      std::int64_t i = INT64_MIN;
      if (d >= -9223372036854775808.0 && d < 9223372036854775808.0) i = static_cast<std::int64_t>(d);
      return static_cast<To>(i);
    }
  } else {
    return static_cast<To>(v);
  }
}

// Go 1.21's min and max builtins over operands of one ordered type. For floats, a NaN operand
// makes the result NaN, and -0 is less than +0, as the spec says; strings compare bytewise.
template <class T>
constexpr T min_of(T a, T b) {
  if constexpr (std::is_floating_point_v<T>) {
    if (a != a) return a;
    if (b != b) return b;
    if (a == b && a == 0) return std::signbit(a) ? a : b;
  }
  return b < a ? b : a;
}
template <class T>
constexpr T max_of(T a, T b) {
  if constexpr (std::is_floating_point_v<T>) {
    if (a != a) return a;
    if (b != b) return b;
    if (a == b && a == 0) return std::signbit(a) ? b : a;
  }
  return a < b ? b : a;
}
template <class T, class... R>
constexpr T min(T a, R... rest) {
  ((a = min_of<T>(a, static_cast<T>(rest))), ...);
  return a;
}
template <class T, class... R>
constexpr T max(T a, R... rest) {
  ((a = max_of<T>(a, static_cast<T>(rest))), ...);
  return a;
}

}  // namespace go
