// Hashing for map keys: go::hash_of(const K&, uint64_t seed) for every comparable basic type.
// Composite and emitted types add overloads beside their definitions (string.h, ptr.h, array.h,
// any.h; emitted structs by ADL). Float keys follow Go: +0 and -0 hash alike, and each NaN hashes
// randomly, since NaN != NaN means every NaN insert adds an entry.
#pragma once

#include <cstdint>
#include <cstring>
#include <type_traits>

#include "go/builtin.h"

namespace go {

// A random 64-bit value from the runtime's fast generator (src/rand.cpp): hash seeds, NaN
// hashes, map iteration starts.
uint64_t fastrand64();

// A 64-bit finalizer (splitmix64's) combined with the seed; no 128-bit arithmetic, so it is the
// same on 32-bit targets.
constexpr uint64_t hash_mix(uint64_t x, uint64_t seed) {
  x ^= seed + 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

template <integer T>
constexpr uint64_t hash_of(T v, uint64_t seed) {
  return hash_mix(static_cast<uint64_t>(v), seed);
}
constexpr uint64_t hash_of(bool v, uint64_t seed) { return hash_mix(v ? 1 : 0, seed); }

template <class F>
  requires std::is_floating_point_v<F>
uint64_t hash_of(F v, uint64_t seed) {
  if (v != v) return hash_mix(fastrand64(), seed);  // NaN
  if (v == 0) v = 0;                                 // -0 hashes as +0
  const double d = static_cast<double>(v);
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  return hash_mix(bits, seed);
}
template <class F>
uint64_t hash_of(const basic_complex<F>& c, uint64_t seed) {
  return hash_of(c.imag(), hash_of(c.real(), seed));
}

}  // namespace go
