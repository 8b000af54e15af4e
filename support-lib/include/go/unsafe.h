// Package unsafe: go::unsafe_pointer is Go's unsafe.Pointer, an untyped pointer that any *T and
// any uintptr convert to and from; the functions are unsafe.Add, Slice, String, StringData and
// SliceData. Sizeof, Alignof and Offsetof are constants the translator computes.
//
// Conversions through unsafe.Pointer reinterpret memory the way Go allows: go::string is
// {ptr, len} and go::slice<T> is {ptr, len, cap}, so `*(*string)(unsafe.Pointer(&b))` of a
// []byte reads its first two words as a string, as in gc. Programs are compiled with
// -fno-strict-aliasing (driver/compile.cpp) so that C++'s type-based alias analysis does not
// reorder such reads.
#pragma once

#include <cstddef>
#include <cstdint>

#include "go/builtin.h"
#include "go/hash.h"
#include "go/ptr.h"
#include "go/runtime_error.h"
#include "go/slice.h"
#include "go/string.h"
#include "go/type.h"

namespace go {

class unsafe_pointer {
 public:
  constexpr unsafe_pointer() = default;
  constexpr unsafe_pointer(std::nullptr_t) {}  // NOLINT: nil converts implicitly
  constexpr explicit unsafe_pointer(const void* p) : p_(const_cast<void*>(p)) {}

  constexpr void* get() const { return p_; }

  friend constexpr bool operator==(unsafe_pointer a, unsafe_pointer b) { return a.p_ == b.p_; }
  friend constexpr bool operator==(unsafe_pointer a, std::nullptr_t) { return a.p_ == nullptr; }

 private:
  void* p_ = nullptr;
};

inline uint64_t hash_of(unsafe_pointer p, uint64_t seed) {
  return hash_mix(reinterpret_cast<std::uintptr_t>(p.get()), seed);
}

// unsafe.Pointer(p) for a *T, unsafe.Pointer(u) for a uintptr, and back.
template <class T>
unsafe_pointer to_unsafe(ptr<T> p) {
  return unsafe_pointer(p.get());
}
inline unsafe_pointer to_unsafe(uintptr u) {
  return unsafe_pointer(reinterpret_cast<void*>(static_cast<std::uintptr_t>(u)));
}
template <class T>
ptr<T> from_unsafe(unsafe_pointer p) {
  return ptr<T>(static_cast<T*>(p.get()));
}
inline uintptr uintptr_of(unsafe_pointer p) {
  return static_cast<uintptr>(reinterpret_cast<std::uintptr_t>(p.get()));
}

// unsafe.Add(p, n)
template <class I>
unsafe_pointer unsafe_add(unsafe_pointer p, I n) {
  return unsafe_pointer(static_cast<char*>(p.get()) + static_cast<std::ptrdiff_t>(n));
}

// unsafe.Slice(p, n): gc's checks (unsafeslice in runtime/unsafe.go) and messages.
template <class T, class I>
slice<T> unsafe_slice(ptr<T> p, I n) {
  if (n < 0) panic_runtime_error("unsafe.Slice: len out of range");
  if (p.get() == nullptr) {
    if (n == 0) return slice<T>();
    panic_runtime_error("unsafe.Slice: ptr is nil and len is not zero");
  }
  return slice<T>(p.get(), static_cast<int64_t>(n), static_cast<int64_t>(n));
}

// unsafe.String(p, n) (Go 1.20)
template <class I>
string unsafe_string(ptr<uint8> p, I n) {
  if (n < 0) panic_runtime_error("unsafe.String: len out of range");
  if (p.get() == nullptr) {
    if (n == 0) return string();
    panic_runtime_error("unsafe.String: ptr is nil and len is not zero");
  }
  return string(p.get(), static_cast<int64_t>(n));
}

// unsafe.StringData(s), unsafe.SliceData(s) (Go 1.20)
inline ptr<uint8> unsafe_string_data(string s) { return ptr<uint8>(const_cast<uint8*>(s.data())); }
template <class T>
ptr<T> unsafe_slice_data(slice<T> s) {
  return ptr<T>(s.data());
}

namespace detail {
extern const type_desc unsafe_pointer_type;
template <>
struct type_of_impl<unsafe_pointer> : basic_type_of<&unsafe_pointer_type> {};
}  // namespace detail

}  // namespace go
