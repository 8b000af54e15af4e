// go::ptr<T>: Go's *T. A raw pointer in a trivially copyable wrapper of the same size whose
// dereference checks for nil, so `*p` on a nil pointer is Go's runtime panic instead of a crash.
#pragma once

#include <cstddef>
#include <cstdint>

#include "go/hash.h"
#include "go/runtime_error.h"

namespace go {

template <class T>
class ptr {
 public:
  constexpr ptr() = default;
  constexpr ptr(std::nullptr_t) {}  // NOLINT: nil converts implicitly
  constexpr ptr(T* p) : p_(p) {}    // NOLINT: &x, gc_new results

  T& operator*() const {
    if (p_ == nullptr) [[unlikely]] panic_nil_deref();
    return *p_;
  }
  T* operator->() const {
    if (p_ == nullptr) [[unlikely]] panic_nil_deref();
    return p_;
  }
  constexpr T* get() const { return p_; }

  friend constexpr bool operator==(ptr a, ptr b) { return a.p_ == b.p_; }
  friend constexpr bool operator==(ptr a, std::nullptr_t) { return a.p_ == nullptr; }

 private:
  T* p_ = nullptr;
};

// (*U)(p) for a *T whose type T has U's underlying type: the same address as the other type
// (U's C++ type may be another struct of the same layout).
template <class U, class T>
ptr<U> ptr_cast(ptr<T> p) {
  return ptr<U>(reinterpret_cast<U*>(p.get()));
}
template <class U, class T>
ptr<U> ptr_cast(T* p) {
  return ptr<U>(reinterpret_cast<U*>(p));
}

template <class T>
uint64_t hash_of(ptr<T> p, uint64_t seed) {
  return hash_mix(reinterpret_cast<uintptr_t>(p.get()), seed);
}

}  // namespace go
