// go::fastrand64: the runtime's cheap random numbers (hash seeds, NaN hashes, map iteration
// order), a per-thread wyrand-style generator seeded from the clock and the thread's address.
#include <chrono>
#include <cstdint>

#include "go/hash.h"

namespace go {

uint64_t fastrand64() {
  thread_local uint64_t state = [] {
    const auto now = std::chrono::high_resolution_clock::now().time_since_epoch().count();
    uint64_t local = 0;
    return static_cast<uint64_t>(now) ^ reinterpret_cast<uintptr_t>(&local);
  }();
  state += 0xA0761D6478BD642Full;
  return hash_mix(state, 0xE7037ED1A0B428DBull);
}

}  // namespace go
