// Interface equality and hashing with Go's rules: nil equals only nil, different dynamic types
// are unequal, equal types compare through the descriptor, and a dynamic type without == panics
// ("comparing uncomparable type T", or for map keys "hash of unhashable type T").
#include <string>

#include "go/any.h"
#include "go/hash.h"
#include "go/runtime_error.h"

namespace go {

bool operator==(const any& a, const any& b) {
  if (a.type != b.type) return false;
  if (a.type == nullptr) return true;
  if (a.type->equal == nullptr) {
    const std::string msg = "comparing uncomparable type " + std::string(a.type->name);
    panic_runtime_error(msg.c_str());
  }
  return a.type->equal(a.type, a.data, b.data);
}

uint64_t hash_of(const any& a, uint64_t seed) {
  if (a.type == nullptr) return hash_mix(0, seed);
  if (a.type->hash == nullptr) {
    const std::string msg = "hash of unhashable type " + std::string(a.type->name);
    panic_runtime_error(msg.c_str());
  }
  return a.type->hash(a.type, a.data, hash_mix(reinterpret_cast<uintptr_t>(a.type), seed));
}

}  // namespace go
