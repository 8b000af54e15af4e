// go::string: Go's immutable string with Go's layout {data, len}.
//
// The bytes are never modified after creation, so substrings share storage (O(1) slicing) and
// copies are two words. Literals point at the C++ literal (no allocation); everything built at
// run time lives in atomic (unscanned) collected memory. Conversions to and from []byte / []rune
// are in slice.h, which knows slices.
#pragma once

#include <cstdint>
#include <cstring>
#include <iosfwd>
#include <string_view>

#include "go/builtin.h"
#include "go/runtime_error.h"

namespace go {

struct string {
  const uint8_t* ptr_ = nullptr;
  int64_t len_ = 0;

  constexpr string() = default;
  // From a C++ string literal: length N - 1, embedded NULs kept, points at the literal.
  template <std::size_t N>
  constexpr string(const char (&lit)[N])  // NOLINT: implicit on purpose
      : ptr_(reinterpret_cast<const uint8_t*>(lit)), len_(static_cast<int64_t>(N - 1)) {}
  // Shares p (which must outlive the string: literals and collected memory only).
  constexpr string(const uint8_t* p, int64_t n) : ptr_(p), len_(n) {}

  // A copy of n bytes at p on the collected heap.
  static string from_bytes(const void* p, int64_t n);
  static string from_view(std::string_view v) { return from_bytes(v.data(), static_cast<int64_t>(v.size())); }

  constexpr int64_t len() const { return len_; }
  constexpr const uint8_t* data() const { return ptr_; }

  template <integer I>
  uint8_t operator[](I i) const {
    detail::check_index_of(i, len_);
    return ptr_[i];
  }
  string slice(int64_t lo, int64_t hi) const {
    detail::check_slice(lo, hi, len_, false);
    return string(ptr_ + lo, hi - lo);
  }
  string slice_from(int64_t lo) const { return slice(lo, len_); }

  std::string_view view() const {
    return std::string_view(reinterpret_cast<const char*>(ptr_), static_cast<std::size_t>(len_));
  }
  // A std::string copy (a template so that this header needs only <iosfwd>: <string> costs every
  // generated file a fifth of a second; callers of str() include <string>).
  template <class S = std::string>
  S str() const {
    return S(reinterpret_cast<const char*>(ptr_), static_cast<std::size_t>(len_));
  }

  string& operator+=(const string& b);
};

// Concatenation: a new string on the collected heap (or one operand when the other is empty).
string operator+(const string& a, const string& b);

inline bool operator==(const string& a, const string& b) {
  return a.len_ == b.len_ && (a.len_ == 0 || std::memcmp(a.ptr_, b.ptr_, static_cast<std::size_t>(a.len_)) == 0);
}
inline int compare(const string& a, const string& b) {
  const int64_t n = a.len_ < b.len_ ? a.len_ : b.len_;
  const int c = n == 0 ? 0 : std::memcmp(a.ptr_, b.ptr_, static_cast<std::size_t>(n));
  if (c != 0) return c;
  return a.len_ < b.len_ ? -1 : (a.len_ > b.len_ ? 1 : 0);
}
inline bool operator!=(const string& a, const string& b) { return !(a == b); }
inline bool operator<(const string& a, const string& b) { return compare(a, b) < 0; }
inline bool operator<=(const string& a, const string& b) { return compare(a, b) <= 0; }
inline bool operator>(const string& a, const string& b) { return compare(a, b) > 0; }
inline bool operator>=(const string& a, const string& b) { return compare(a, b) >= 0; }

// string(r) for an integer r: its UTF-8 encoding, U+FFFD for invalid code points.
string string_from_rune(int64_t r);
// Writes r's UTF-8 encoding (U+FFFD when invalid) to buf (4 bytes of room); returns the length.
int encode_rune(uint8_t* buf, int64_t r);

// One step of `for i, r := range s`: the rune at byte offset i and its encoded size
// (invalid UTF-8 gives U+FFFD and size 1).
struct decoded_rune {
  rune r;
  int_ size;
};
decoded_rune decode_rune(const string& s, int64_t i);

// Hash of a string's bytes (map keys).
uint64_t hash_bytes(const void* p, std::size_t n, uint64_t seed);
inline uint64_t hash_of(const string& s, uint64_t seed) {
  return hash_bytes(s.ptr_, static_cast<std::size_t>(s.len_), seed);
}

}  // namespace go
