// Type assertions on interface values: x.(T) and v, ok := x.(T) for a concrete T (go/iface.h
// has those to interface types). Descriptors
// are interned, so the dynamic type matches T exactly when the descriptor pointers are equal.
#pragma once

#include "go/any.h"
#include "go/type.h"

namespace go {

// Go's panic for a failed x.(T), where x's static type is `iface`:
// "interface conversion: interface {} is string, not int".
[[noreturn]] void panic_type_assert(const type_desc* iface, const type_desc* have,
                                    const type_desc* want);

template <class T>
struct assertion {
  T value;
  bool ok;
};

template <class T>
T type_assert(const any& x, const type_desc* want, const type_desc* iface = &any_type) {
  if (x.type != want) panic_type_assert(iface, x.type, want);
  return *static_cast<const T*>(x.data);
}

template <class T>
assertion<T> type_assert_ok(const any& x, const type_desc* want) {
  if (x.type != want) return {T{}, false};
  return {*static_cast<const T*>(x.data), true};
}

}  // namespace go
