// UTF-8 helpers with Go's exact rules (unicode/utf8), internal to the fmt engine.
//
// decode_rune accepts only shortest-form encodings of valid scalar values; anything else
// (stray continuation bytes, overlong forms, surrogates, values above U+10FFFF, truncated
// sequences) decodes as U+FFFD with width 1, which is what Go's DecodeRuneInString returns and
// what %q, precision truncation and width counting depend on.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace go::fmt::detail {

inline constexpr char32_t rune_error = 0xFFFD;
inline constexpr char32_t max_rune = 0x10FFFF;

struct decoded_rune {
  char32_t r;
  int width;
};

// Decodes the first rune of s (s must be non-empty).
inline decoded_rune decode_rune(std::string_view s) {
  const auto b0 = static_cast<unsigned char>(s[0]);
  if (b0 < 0x80) return {b0, 1};
  auto cont = [&](size_t i) -> int {
    if (i >= s.size()) return -1;
    const auto b = static_cast<unsigned char>(s[i]);
    return (b & 0xC0) == 0x80 ? (b & 0x3F) : -1;
  };
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    const int c1 = cont(1);
    if (c1 < 0) return {rune_error, 1};
    return {static_cast<char32_t>(((b0 & 0x1F) << 6) | c1), 2};
  }
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    const int c1 = cont(1);
    if (c1 < 0) return {rune_error, 1};
    // E0 needs A0..BF (no overlong), ED needs 80..9F (no surrogates).
    const auto raw1 = static_cast<unsigned char>(s[1]);
    if ((b0 == 0xE0 && raw1 < 0xA0) || (b0 == 0xED && raw1 > 0x9F)) return {rune_error, 1};
    const int c2 = cont(2);
    if (c2 < 0) return {rune_error, 1};
    return {static_cast<char32_t>(((b0 & 0x0F) << 12) | (c1 << 6) | c2), 3};
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    const int c1 = cont(1);
    if (c1 < 0) return {rune_error, 1};
    const auto raw1 = static_cast<unsigned char>(s[1]);
    if ((b0 == 0xF0 && raw1 < 0x90) || (b0 == 0xF4 && raw1 > 0x8F)) return {rune_error, 1};
    const int c2 = cont(2);
    if (c2 < 0) return {rune_error, 1};
    const int c3 = cont(3);
    if (c3 < 0) return {rune_error, 1};
    return {static_cast<char32_t>(((b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3), 4};
  }
  return {rune_error, 1};
}

// Number of runes in s, counting each invalid byte as one rune.
inline int64_t rune_count(std::string_view s) {
  int64_t n = 0;
  for (size_t i = 0; i < s.size(); n++) i += static_cast<size_t>(decode_rune(s.substr(i)).width);
  return n;
}

inline bool valid_rune(int64_t r) {
  return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= static_cast<int64_t>(max_rune));
}

// Appends the UTF-8 encoding of r; invalid runes encode as U+FFFD.
inline void append_rune(std::string& dst, int64_t r) {
  if (!valid_rune(r)) r = rune_error;
  const auto u = static_cast<uint32_t>(r);
  if (u < 0x80) {
    dst.push_back(static_cast<char>(u));
  } else if (u < 0x800) {
    dst.push_back(static_cast<char>(0xC0 | (u >> 6)));
    dst.push_back(static_cast<char>(0x80 | (u & 0x3F)));
  } else if (u < 0x10000) {
    dst.push_back(static_cast<char>(0xE0 | (u >> 12)));
    dst.push_back(static_cast<char>(0x80 | ((u >> 6) & 0x3F)));
    dst.push_back(static_cast<char>(0x80 | (u & 0x3F)));
  } else {
    dst.push_back(static_cast<char>(0xF0 | (u >> 18)));
    dst.push_back(static_cast<char>(0x80 | ((u >> 12) & 0x3F)));
    dst.push_back(static_cast<char>(0x80 | ((u >> 6) & 0x3F)));
    dst.push_back(static_cast<char>(0x80 | (u & 0x3F)));
  }
}

}  // namespace go::fmt::detail
