// The runtime's own panics (runtime.Error values and plain errors), as small non-inline entry
// points so that checks in headers stay cheap at every call site. The messages are gc's
// (runtime/error.go, runtime/panic.go); the values are built and thrown in src/panic.cpp.
#pragma once

#include <cstdint>
#include <type_traits>

namespace go {

// runtime.boundsErrorCode: which bounds check failed. The message formats are gc's.
enum class bounds_code : uint8_t {
  index,        // s[x]: "index out of range [x] with length y"
  slice_alen,   // s[?:x] on a string or array: "slice bounds out of range [:x] with length y"
  slice_acap,   // s[?:x] on a slice: "slice bounds out of range [:x] with capacity y"
  slice_b,      // s[x:y]: "slice bounds out of range [x:y]"
  slice3_alen,  // s[?:?:x] on an array: "slice bounds out of range [::x] with length y"
  slice3_acap,  // s[?:?:x] on a slice: "slice bounds out of range [::x] with capacity y"
  slice3_b,     // s[?:x:y]: "slice bounds out of range [:x:y]"
  slice3_c,     // s[x:y:?]: "slice bounds out of range [x:y:]"
  convert,      // (*[x]T)(s): "cannot convert slice with length y to pointer to array with length x"
};

// Panics with runtime.boundsError{x, y, signed: true, code}.
[[noreturn]] void panic_bounds(bounds_code code, int64_t x, int64_t y);
// The same for an unsigned x (gc's ...U variants: x prints as unsigned, never as negative).
[[noreturn]] void panic_bounds_unsigned(bounds_code code, uint64_t x, int64_t y);
// Panics with a runtime.Error whose Error() is "runtime error: " + msg.
[[noreturn]] void panic_runtime_error(const char* msg);
// Panics with a plain runtime error value whose Error() is msg as is (e.g. "assignment to entry
// in nil map").
[[noreturn]] void panic_plain_error(const char* msg);

[[noreturn]] void panic_nil_deref();  // invalid memory address or nil pointer dereference
[[noreturn]] void panic_divide();     // integer divide by zero
[[noreturn]] void panic_shift();      // negative shift amount

namespace detail {
// Index check: 0 <= i < len.
inline void check_index(int64_t i, int64_t len) {
  if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(len)) [[unlikely]]
    panic_bounds(bounds_code::index, i, len);
}
// Index check for an index of any integer type (unsigned ones report as gc's U variants).
template <class I>
inline void check_index_of(I i, int64_t len) {
  if constexpr (std::is_signed_v<I>) {
    check_index(i, len);
  } else if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(len)) [[unlikely]] {
    panic_bounds_unsigned(bounds_code::index, static_cast<uint64_t>(i), len);
  }
}
// Checks for x[lo:hi] in gc's order; `cap` is the capacity (len for strings and arrays) and
// `is_slice` picks the "with capacity" message.
inline void check_slice(int64_t lo, int64_t hi, int64_t cap, bool is_slice) {
  if (static_cast<uint64_t>(hi) > static_cast<uint64_t>(cap)) [[unlikely]]
    panic_bounds(is_slice ? bounds_code::slice_acap : bounds_code::slice_alen, hi, cap);
  if (static_cast<uint64_t>(lo) > static_cast<uint64_t>(hi)) [[unlikely]]
    panic_bounds(bounds_code::slice_b, lo, hi);
}
// Checks for x[lo:hi:max].
inline void check_slice3(int64_t lo, int64_t hi, int64_t max, int64_t cap, bool is_slice) {
  if (static_cast<uint64_t>(max) > static_cast<uint64_t>(cap)) [[unlikely]]
    panic_bounds(is_slice ? bounds_code::slice3_acap : bounds_code::slice3_alen, max, cap);
  if (static_cast<uint64_t>(hi) > static_cast<uint64_t>(max)) [[unlikely]]
    panic_bounds(bounds_code::slice3_b, hi, max);
  if (static_cast<uint64_t>(lo) > static_cast<uint64_t>(hi)) [[unlikely]]
    panic_bounds(bounds_code::slice3_c, lo, hi);
}
}  // namespace detail

}  // namespace go
