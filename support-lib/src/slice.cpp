// Slice growth with gc's numbers and the string <-> slice conversions.
//
// grow_cap reproduces Go 1.19's growslice (runtime/slice.go) followed by roundupsize
// (runtime/msize.go): the capacity is the size class that holds the computed byte count, divided
// by the element size. The size classes are gc's (runtime/sizeclasses.go, class_to_size); the
// conversions size their arrays the same way gc's rawbyteslice / rawruneslice do.
#include <cstdint>
#include <cstring>
#include <string>

#include "go/slice.h"

namespace go {
namespace detail {
namespace {

// The tuning knobs of gc's allocator and growslice, with gc's values.
constexpr std::size_t max_small_size = 32768;  // _MaxSmallSize: larger sizes round to pages
constexpr std::size_t page_size = 8192;        // _PageSize
constexpr int64_t grow_threshold = 256;        // growslice: double below this capacity
// maxAlloc: 1<<48 on 64-bit Linux, 1<<32 - 1 on 32-bit targets (linux/arm), where it is SIZE_MAX.
constexpr uint64_t max_alloc = sizeof(void*) == 8 ? uint64_t{1} << 48 : uint64_t{SIZE_MAX};

// runtime/sizeclasses.go class_to_size (Go 1.19), classes 1..67.
constexpr uint16_t class_to_size[] = {
    8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,   160,   176,   192,
    208,   224,   240,   256,   288,   320,   352,   384,   416,   448,   480,   512,   576,   640,
    704,   768,   896,   1024,  1152,  1280,  1408,  1536,  1792,  2048,  2304,  2688,  3072,  3200,
    3456,  4096,  4864,  5376,  6144,  6528,  6784,  6912,  8192,  9472,  9728,  10240, 10880, 12288,
    13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};

}  // namespace

std::size_t round_up_size(std::size_t bytes) {
  if (bytes == 0) return 0;
  if (bytes < max_small_size) {
    for (uint16_t c : class_to_size)
      if (c >= bytes) return c;
  }
  if (bytes + page_size < bytes) return bytes;
  return (bytes + page_size - 1) / page_size * page_size;
}

int64_t grow_cap(int64_t old_cap, int64_t needed, std::size_t elem_size) {
  if (needed < old_cap) panic_runtime_error("growslice: cap out of range");
  if (elem_size == 0) return needed;
  int64_t newcap = old_cap;
  const int64_t doublecap = newcap + newcap;
  if (needed > doublecap) {
    newcap = needed;
  } else if (old_cap < grow_threshold) {
    newcap = doublecap;
  } else {
    while (0 < newcap && newcap < needed) newcap += (newcap + 3 * grow_threshold) / 4;
    if (newcap <= 0) newcap = needed;
  }
  if (static_cast<uint64_t>(newcap) > max_alloc / elem_size) panic_runtime_error("growslice: cap out of range");
  const std::size_t capmem = round_up_size(static_cast<std::size_t>(newcap) * elem_size);
  if (capmem > max_alloc) panic_runtime_error("growslice: cap out of range");
  return static_cast<int64_t>(capmem / elem_size);
}

void check_make_slice(int64_t len, int64_t cap, std::size_t elem_size) {
  auto too_big = [&](int64_t n) {
    return n < 0 || (elem_size != 0 && static_cast<uint64_t>(n) > max_alloc / elem_size);
  };
  if (too_big(cap) || len < 0 || len > cap) {
    if (too_big(len)) panic_runtime_error("makeslice: len out of range");
    panic_runtime_error("makeslice: cap out of range");
  }
}

}  // namespace detail

string string_from_bytes(const slice<uint8_t>& b) { return string::from_bytes(b.data(), b.len()); }

string string_from_runes(const slice<int32_t>& r) {
  std::string out;
  uint8_t buf[4];
  for (int32_t c : r) {
    const int n = encode_rune(buf, c);
    out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
  }
  return string::from_view(out);
}

slice<uint8_t> bytes_from_string(const string& s) {
  // gc's rawbyteslice: capacity rounded up to the size class (for a result that escapes).
  const auto cap = static_cast<int64_t>(detail::round_up_size(static_cast<std::size_t>(s.len())));
  slice<uint8_t> b(gc_alloc_array<uint8_t>(static_cast<std::size_t>(cap)), s.len(), cap);
  if (s.len() > 0) std::memcpy(b.data(), s.data(), static_cast<std::size_t>(s.len()));
  return b;
}

slice<int32_t> runes_from_string(const string& s) {
  int64_t n = 0;
  for (int64_t i = 0; i < s.len(); i += decode_rune(s, i).size) n++;
  const auto cap = static_cast<int64_t>(detail::round_up_size(static_cast<std::size_t>(n) * 4) / 4);
  slice<int32_t> r(gc_alloc_array<int32_t>(static_cast<std::size_t>(cap)), n, cap);
  int64_t k = 0;
  for (int64_t i = 0; i < s.len();) {
    const decoded_rune d = decode_rune(s, i);
    r.data()[k++] = d.r;
    i += d.size;
  }
  return r;
}

}  // namespace go
