// Package internal/intrinsics (support-lib/go/internal/intrinsics): the operations gc compiles
// to single instructions, as the C++ compiler's builtins. The emitter also calls the functions
// below for calls of math.Sqrt, math.Abs, bits.LeadingZeros64, ... (emit/call.cpp's
// kMathIntrinsics), which gc compiles to instructions or inlines; each computes exactly what
// Go's function computes.
#pragma once

#include <bit>
#include <cmath>

#include "go/builtin.h"

namespace go::internal::intrinsics {

inline go::float64 Sqrt(go::float64 x) { return __builtin_sqrt(x); }
inline go::float64 Floor(go::float64 x) { return __builtin_floor(x); }
inline go::float64 Ceil(go::float64 x) { return __builtin_ceil(x); }
inline go::float64 Trunc(go::float64 x) { return __builtin_trunc(x); }
inline go::float64 FMA(go::float64 x, go::float64 y, go::float64 z) { return std::fma(x, y, z); }

// package math
inline go::float64 Abs(go::float64 x) { return __builtin_fabs(x); }
inline go::float64 Copysign(go::float64 f, go::float64 sign) { return __builtin_copysign(f, sign); }
inline bool Signbit(go::float64 x) { return std::signbit(x); }
inline bool IsNaN(go::float64 f) { return f != f; }
inline bool IsInf(go::float64 f, go::int_ sign) {
  constexpr go::float64 max = 1.79769313486231570814527423731704356798070e+308;
  return (sign >= 0 && f > max) || (sign <= 0 && f < -max);
}
inline go::uint64 Float64bits(go::float64 f) { return std::bit_cast<go::uint64>(f); }
inline go::float64 Float64frombits(go::uint64 b) { return std::bit_cast<go::float64>(b); }
inline go::uint32 Float32bits(go::float32 f) { return std::bit_cast<go::uint32>(f); }
inline go::float32 Float32frombits(go::uint32 b) { return std::bit_cast<go::float32>(b); }

// package math/bits (uint is 64 bits in go2cpp, docs/targets.md)
inline go::int_ bits_LeadingZeros(go::uint x) { return std::countl_zero(x); }
inline go::int_ bits_LeadingZeros64(go::uint64 x) { return std::countl_zero(x); }
inline go::int_ bits_LeadingZeros32(go::uint32 x) { return std::countl_zero(x); }
inline go::int_ bits_TrailingZeros(go::uint x) { return std::countr_zero(x); }
inline go::int_ bits_TrailingZeros64(go::uint64 x) { return std::countr_zero(x); }
inline go::int_ bits_TrailingZeros32(go::uint32 x) { return std::countr_zero(x); }
inline go::int_ bits_OnesCount(go::uint x) { return std::popcount(x); }
inline go::int_ bits_OnesCount64(go::uint64 x) { return std::popcount(x); }
inline go::int_ bits_OnesCount32(go::uint32 x) { return std::popcount(x); }
inline go::int_ bits_Len(go::uint x) { return std::bit_width(x); }
inline go::int_ bits_Len64(go::uint64 x) { return std::bit_width(x); }
inline go::int_ bits_Len32(go::uint32 x) { return std::bit_width(x); }
// RotateLeft(x, k): k mod the width, so a negative k rotates right, as Go's does.
inline go::uint bits_RotateLeft(go::uint x, go::int_ k) {
  return std::rotl(x, static_cast<int>(static_cast<go::uint64>(k) & 63));
}
inline go::uint64 bits_RotateLeft64(go::uint64 x, go::int_ k) {
  return std::rotl(x, static_cast<int>(static_cast<go::uint64>(k) & 63));
}
inline go::uint32 bits_RotateLeft32(go::uint32 x, go::int_ k) {
  return std::rotl(x, static_cast<int>(static_cast<go::uint64>(k) & 31));
}

inline bool X86HasFMA() {
#if defined(__x86_64__) || defined(__i386__)
  // libgcc's checks include the operating system's support for the AVX state (XGETBV), as
  // internal/cpu's do.
  static const bool has = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
  return has;
#else
  return false;
#endif
}

}  // namespace go::internal::intrinsics
