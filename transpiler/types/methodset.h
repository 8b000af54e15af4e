// Method sets (the spec's "Method sets" and "Selectors"): every method callable on a value of a
// type, including those promoted through embedded fields, with the path of embedded fields that
// reaches each one. The emitter builds runtime method tables (for interfaces) from these.
#pragma once

#include <vector>

#include "types/types.h"

namespace go2cpp::types {

struct MethodSetEntry {
  const Func* func = nullptr;  // a concrete method, or an interface method (recv == nullptr)
  std::vector<int> path;       // embedded field indices from the type down to the method's owner
};

// The method set of t, sorted by name. For a pointer *T it includes the pointer-receiver
// methods; for T only those reachable without taking an address that Go could not take (value
// receivers, and pointer receivers behind an embedded pointer). Interfaces give their methods.
// With `of_pointer`, the method set of *t.
std::vector<MethodSetEntry> method_set(const Type* t, bool of_pointer = false);

}  // namespace go2cpp::types
