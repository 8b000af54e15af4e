// go::any: the empty interface, a (type descriptor, data) pair.
//
// `data` always points to the boxed value (a copy in collected memory, never shared with a
// variable), so a reader of any type does `*static_cast<const T*>(a.data)`; a nil interface has
// type == nullptr. Equality follows Go: different dynamic types are unequal, equal types compare
// with the descriptor's `equal`, and an uncomparable dynamic type panics.
#pragma once

#include <cstddef>
#include <type_traits>

#include "go/gc.h"
#include "go/string.h"
#include "go/type.h"

namespace go {

struct any {
  const type_desc* type = nullptr;
  void* data = nullptr;

  constexpr any() = default;
  constexpr any(std::nullptr_t) {}  // NOLINT: nil converts implicitly

  // Boxes a copy of v with the descriptor of T's Go type.
  template <class T>
    requires(!std::is_same_v<std::remove_cvref_t<T>, any> && !std::is_array_v<T> &&
             !requires { typename std::remove_cvref_t<T>::go_interface; })
  any(const T& v)  // NOLINT: implicit, like Go's assignment to interface{}
      : type(type_of<T>()), data(box(v)) {}

  // A string literal boxes as a go::string.
  template <std::size_t N>
  any(const char (&lit)[N]) : any(go::string(lit)) {}  // NOLINT: implicit on purpose

  // Boxes v with an explicit descriptor (int64, uint64, uintptr, named types): the emitter passes
  // it whenever the C++ type does not name the Go type.
  template <class T>
  any(const type_desc* desc, const T& v) : type(desc), data(box(v)) {}

  bool is_nil() const { return type == nullptr; }

 private:
  template <class T>
  static void* box(const T& v) {
    return gc_new<T>(v);
  }
};

// Go's == on interface values (panics "runtime error: comparing uncomparable type T").
bool operator==(const any& a, const any& b);
inline bool operator!=(const any& a, const any& b) { return !(a == b); }
inline bool operator==(const any& a, std::nullptr_t) { return a.type == nullptr; }
inline bool operator!=(const any& a, std::nullptr_t) { return a.type != nullptr; }

// Hash of an interface value (map keys; panics "runtime error: hash of unhashable type T").
uint64_t hash_of(const any& a, uint64_t seed);

// type_desc::equal and ::hash for a C++ type with operator== and hash_of (found by ADL): what an
// emitted struct's descriptor points at, e.g. `.equal = &go::equal_fn<Point>`.
template <class T>
bool equal_fn(const type_desc*, const void* a, const void* b) {
  return *static_cast<const T*>(a) == *static_cast<const T*>(b);
}
template <class T>
uint64_t hash_fn(const type_desc*, const void* v, uint64_t seed) {
  return hash_of(*static_cast<const T*>(v), seed);
}

}  // namespace go
