// go::string's out-of-line parts: building strings on the collected heap, UTF-8 encoding and
// decoding with Go's rules (utf8.EncodeRune / DecodeRune: surrogates and values past U+10FFFF
// are invalid, overlong forms rejected, invalid input decodes to U+FFFD with size 1), and the
// byte hash used for string map keys.
#include <cstring>

#include "go/gc.h"
#include "go/hash.h"
#include "go/string.h"

namespace go {

string string::from_bytes(const void* p, int64_t n) {
  if (n <= 0) return string();
  auto* d = static_cast<uint8_t*>(gc_alloc_atomic(static_cast<std::size_t>(n)));
  std::memcpy(d, p, static_cast<std::size_t>(n));
  return string(d, n);
}

string operator+(const string& a, const string& b) {
  if (a.len_ == 0) return b;
  if (b.len_ == 0) return a;
  const int64_t n = a.len_ + b.len_;
  auto* d = static_cast<uint8_t*>(gc_alloc_atomic(static_cast<std::size_t>(n)));
  std::memcpy(d, a.ptr_, static_cast<std::size_t>(a.len_));
  std::memcpy(d + a.len_, b.ptr_, static_cast<std::size_t>(b.len_));
  return string(d, n);
}

string& string::operator+=(const string& b) {
  *this = *this + b;
  return *this;
}

namespace {
constexpr int32_t rune_error = 0xFFFD;

// Encodes r (already valid) into buf, returning the length.
int encode(uint8_t* buf, uint32_t r) {
  if (r < 0x80) {
    buf[0] = static_cast<uint8_t>(r);
    return 1;
  }
  if (r < 0x800) {
    buf[0] = static_cast<uint8_t>(0xC0 | (r >> 6));
    buf[1] = static_cast<uint8_t>(0x80 | (r & 0x3F));
    return 2;
  }
  if (r < 0x10000) {
    buf[0] = static_cast<uint8_t>(0xE0 | (r >> 12));
    buf[1] = static_cast<uint8_t>(0x80 | ((r >> 6) & 0x3F));
    buf[2] = static_cast<uint8_t>(0x80 | (r & 0x3F));
    return 3;
  }
  buf[0] = static_cast<uint8_t>(0xF0 | (r >> 18));
  buf[1] = static_cast<uint8_t>(0x80 | ((r >> 12) & 0x3F));
  buf[2] = static_cast<uint8_t>(0x80 | ((r >> 6) & 0x3F));
  buf[3] = static_cast<uint8_t>(0x80 | (r & 0x3F));
  return 4;
}

bool valid_rune(int64_t r) { return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= 0x10FFFF); }
}  // namespace

int encode_rune(uint8_t* buf, int64_t r) {
  return encode(buf, static_cast<uint32_t>(valid_rune(r) ? r : rune_error));
}

string string_from_rune(int64_t r) {
  uint8_t buf[4];
  const int n = encode_rune(buf, r);
  return string::from_bytes(buf, n);
}

decoded_rune decode_rune(const string& s, int64_t i) {
  const uint8_t* p = s.ptr_ + i;
  const int64_t n = s.len_ - i;
  if (n <= 0) return {rune_error, 0};
  const uint8_t b0 = p[0];
  if (b0 < 0x80) return {b0, 1};
  int size;
  uint32_t r;
  uint8_t lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    size = 2;
    r = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    size = 3;
    r = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    size = 4;
    r = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    return {rune_error, 1};
  }
  if (n < size) return {rune_error, 1};
  if (p[1] < lo || p[1] > hi) return {rune_error, 1};
  r = (r << 6) | (p[1] & 0x3F);
  for (int k = 2; k < size; k++) {
    if (p[k] < 0x80 || p[k] > 0xBF) return {rune_error, 1};
    r = (r << 6) | (p[k] & 0x3F);
  }
  return {static_cast<rune>(r), size};
}

uint64_t hash_bytes(const void* p, std::size_t n, uint64_t seed) {
  const auto* b = static_cast<const unsigned char*>(p);
  uint64_t h = hash_mix(n, seed);
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, b, 8);
    h = hash_mix(w, h);
    b += 8;
    n -= 8;
  }
  if (n > 0) {
    uint64_t w = 0;
    std::memcpy(&w, b, n);
    h = hash_mix(w, h ^ n);
  }
  return h;
}

}  // namespace go
