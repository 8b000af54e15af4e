// go::array<T, N>: Go's [N]T, a value type (copies copy the elements). An aggregate, so
// `go::array<int_, 3>{1, 2, 3}` works and the zero value is all zero elements; indexing is
// bounds-checked and slicing gives a go::slice over the array's own storage.
#pragma once

#include <cstdint>
#include <string>

#include "go/hash.h"
#include "go/ptr.h"
#include "go/runtime_error.h"
#include "go/slice.h"
#include "go/type.h"

namespace go {

template <class T, int64_t N>
struct array {
  static_assert(N >= 0);
  T elems[N > 0 ? N : 1];  // [0]T keeps one unused element: C++ has no zero-length arrays

  static constexpr int64_t len() { return N; }

  template <integer I>
  T& operator[](I i) {
    detail::check_index_of(i, N);
    return elems[i];
  }
  template <integer I>
  const T& operator[](I i) const {
    detail::check_index_of(i, N);
    return elems[i];
  }

  // a[lo:hi], a[lo:hi:max], a[lo:] (only on an addressable array, as in Go).
  go::slice<T> slice(int64_t lo, int64_t hi) & {
    detail::check_slice(lo, hi, N, false);
    return sub(lo, hi, N);
  }
  go::slice<T> slice(int64_t lo, int64_t hi, int64_t max) & {
    detail::check_slice3(lo, hi, max, N, false);
    return sub(lo, hi, max);
  }
  go::slice<T> slice_from(int64_t lo) & { return slice(lo, N); }

  T* begin() { return elems; }
  T* end() { return elems + N; }
  const T* begin() const { return elems; }
  const T* end() const { return elems + N; }

  friend bool operator==(const array& a, const array& b) {
    for (int64_t i = 0; i < N; i++)
      if (!(a.elems[i] == b.elems[i])) return false;
    return true;
  }
  friend bool operator!=(const array& a, const array& b) { return !(a == b); }

 private:
  go::slice<T> sub(int64_t lo, int64_t hi, int64_t max) {
    return go::slice<T>(max - lo == 0 ? elems : elems + lo, hi - lo, max - lo);
  }
};

template <class T, int64_t N>
uint64_t hash_of(const array<T, N>& a, uint64_t seed) {
  uint64_t h = hash_mix(static_cast<uint64_t>(N), seed);
  for (int64_t i = 0; i < N; i++) h = hash_of(a.elems[i], h);
  return h;
}

// (*[N]T)(s), Go 1.17's conversion of a slice to a pointer to an array: the array is the slice's
// first N elements (the same storage), nil for a nil slice; a shorter slice panics with gc's
// message. go::array<T, N> is its elements and nothing else, so the storage is one.
template <int64_t N, class T>
ptr<array<T, N>> slice_to_array_ptr(const slice<T>& s) {
  if (s.len() < N) {
    std::string msg = "cannot convert slice with length " + std::to_string(s.len()) +
                      " to pointer to array with length " + std::to_string(N);
    panic_runtime_error(msg.c_str());
  }
  if (s.data() == nullptr) return nullptr;
  return ptr<array<T, N>>(reinterpret_cast<array<T, N>*>(s.data()));
}

}  // namespace go
