// go::slice<T>: Go's []T, {data, len, cap} over a shared backing array in collected memory.
//
// Slicing shares the backing array; append writes in place while len < cap and otherwise moves to
// a new array whose capacity follows gc's growslice (src/slice.cpp: doubling below 256 elements,
// then +(cap + 768)/4 steps, then rounded up to gc's malloc size classes), so `cap()` and aliasing
// are what a Go program observes. Every bounds check reports gc's message.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <type_traits>

#include "go/gc.h"
#include "go/runtime_error.h"
#include "go/string.h"
#include "go/type.h"

namespace go {

namespace detail {
// gc's growslice: the new capacity for a slice of cap `old_cap` that must hold `needed` elements
// of `elem_size` bytes (panics "growslice: cap out of range").
int64_t grow_cap(int64_t old_cap, int64_t needed, std::size_t elem_size);
// gc's roundupsize: the malloc size class that holds `bytes`.
std::size_t round_up_size(std::size_t bytes);
// makeslice's checks (panics "makeslice: len out of range" / "cap out of range").
void check_make_slice(int64_t len, int64_t cap, std::size_t elem_size);

// Copies n elements from src to dst; the ranges may overlap (Go's copy and append allow it).
template <class T>
void move_elems(T* dst, const T* src, int64_t n) {
  if (n <= 0 || dst == src) return;
  if constexpr (std::is_trivially_copyable_v<T>) {
    std::memmove(static_cast<void*>(dst), static_cast<const void*>(src), static_cast<std::size_t>(n) * sizeof(T));
  } else if (dst < src) {
    for (int64_t i = 0; i < n; i++) dst[i] = src[i];
  } else {
    for (int64_t i = n; i-- > 0;) dst[i] = src[i];
  }
}
}  // namespace detail

// The class is slice_impl because C++ forbids a member function named like its class, and Go's
// s[lo:hi] is s.slice(lo, hi); go::slice<T> is the name everyone uses.
template <class T>
struct slice_impl {
  T* data_ = nullptr;
  int64_t len_ = 0;
  int64_t cap_ = 0;

  constexpr slice_impl() = default;
  constexpr slice_impl(std::nullptr_t) {}  // NOLINT: nil converts implicitly
  constexpr slice_impl(T* data, int64_t len, int64_t cap) : data_(data), len_(len), cap_(cap) {}
  // A slice literal []T{a, b, c}: a new backing array of exactly that many elements.
  slice_impl(std::initializer_list<T> elems)
      : data_(gc_alloc_array<T>(elems.size())),
        len_(static_cast<int64_t>(elems.size())),
        cap_(static_cast<int64_t>(elems.size())) {
    int64_t i = 0;
    for (const T& e : elems) data_[i++] = e;
  }

  constexpr int64_t len() const { return len_; }
  constexpr int64_t cap() const { return cap_; }
  constexpr T* data() const { return data_; }

  template <integer I>
  T& operator[](I i) const {
    detail::check_index_of(i, len_);
    return data_[i];
  }
  // The subslice [lo:hi:max] once checked.
  slice_impl slice_(int64_t lo, int64_t hi, int64_t max) const { return slice_impl(at(lo, max), hi - lo, max - lo); }
  // s[lo:hi]
  slice_impl slice(int64_t lo, int64_t hi) const {
    detail::check_slice(lo, hi, cap_, true);
    return slice_(lo, hi, cap_);
  }
  // s[lo:hi:max]
  slice_impl slice(int64_t lo, int64_t hi, int64_t max) const {
    detail::check_slice3(lo, hi, max, cap_, true);
    return slice_(lo, hi, max);
  }
  // s[lo:]
  slice_impl slice_from(int64_t lo) const { return slice(lo, len_); }

  constexpr bool operator==(std::nullptr_t) const { return data_ == nullptr; }

  T* begin() const { return data_; }
  T* end() const { return data_ + len_; }

 private:
  // The data pointer of a subslice starting at lo whose capacity ends at max: gc keeps the base
  // pointer when the result has no capacity, so it never points past the backing array.
  T* at(int64_t lo, int64_t max) const { return max - lo == 0 ? data_ : data_ + lo; }
};

// make([]T, len, cap): zeroed elements, exactly `cap` of them (gc does not round makeslice up).
template <class T>
slice<T> make_slice(int64_t len, int64_t cap) {
  detail::check_make_slice(len, cap, sizeof(T));
  return slice<T>(gc_alloc_array<T>(static_cast<std::size_t>(cap)), len, cap);
}
template <class T>
slice<T> make_slice(int64_t len) {
  return make_slice<T>(len, len);
}

namespace detail {
// Makes room for `extra` more elements: in place when the capacity allows, else a new backing
// array sized as gc sizes it with the old elements copied. Returns the slice with its new len.
template <class T>
slice<T> grow_for_append(const slice<T>& s, int64_t extra) {
  const int64_t needed = s.len_ + extra;
  if (needed < 0) panic_runtime_error("growslice: cap out of range");
  if (needed <= s.cap_) return slice<T>(s.data_, needed, s.cap_);
  const int64_t cap = grow_cap(s.cap_, needed, sizeof(T));
  T* data = gc_alloc_array<T>(static_cast<std::size_t>(cap));
  move_elems(data, s.data_, s.len_);
  return slice<T>(data, needed, cap);
}
}  // namespace detail

// append(s, v...)
template <class T, class... V>
slice<T> append(const slice<T>& s, const V&... v) {
  // Convert first: a value may alias s's own elements, which a reallocation leaves intact anyway,
  // but the conversions must happen before the writes.
  const T vals[] = {static_cast<T>(v)...};
  slice<T> r = detail::grow_for_append(s, static_cast<int64_t>(sizeof...(V)));
  for (std::size_t i = 0; i < sizeof...(V); i++) r.data_[s.len_ + static_cast<int64_t>(i)] = vals[i];
  return r;
}
template <class T>
slice<T> append(const slice<T>& s) {
  return s;
}

// append(s, t...)
template <class T>
slice<T> append_slice(const slice<T>& s, const slice<T>& t) {
  if (t.len_ == 0) return s;
  slice<T> r = detail::grow_for_append(s, t.len_);
  detail::move_elems(r.data_ + s.len_, t.data_, t.len_);
  return r;
}

// append(b, str...)
inline slice<uint8_t> append_string(const slice<uint8_t>& b, const string& str) {
  if (str.len() == 0) return b;
  slice<uint8_t> r = detail::grow_for_append(b, str.len());
  std::memmove(r.data_ + b.len_, str.data(), static_cast<std::size_t>(str.len()));
  return r;
}

// clear(s) (Go 1.21): the zero value in every element up to len(s).
template <class T>
void clear(const slice<T>& s) {
  for (int64_t i = 0; i < s.len(); ++i) s.data()[i] = T{};
}

// copy(dst, src): min(len(dst), len(src)) elements, overlapping ranges allowed.
template <class T>
int_ copy(const slice<T>& dst, const slice<T>& src) {
  const int64_t n = dst.len_ < src.len_ ? dst.len_ : src.len_;
  detail::move_elems(dst.data_, src.data_, n);
  return n;
}
inline int_ copy(const slice<uint8_t>& dst, const string& src) {
  const int64_t n = dst.len_ < src.len() ? dst.len_ : src.len();
  if (n > 0) std::memmove(dst.data_, src.data(), static_cast<std::size_t>(n));
  return n;
}

// Conversions between strings and byte/rune slices (src/slice.cpp).
string string_from_bytes(const slice<uint8_t>& b);
string string_from_runes(const slice<int32_t>& r);
slice<uint8_t> bytes_from_string(const string& s);
slice<int32_t> runes_from_string(const string& s);

}  // namespace go
