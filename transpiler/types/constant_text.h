// UTF-8 and Go-style quoting helpers for the constant package (literal decoding and messages).
//
// decode_utf8 follows Go's utf8.DecodeRune (invalid or overlong sequences and surrogates decode
// as U+FFFD with width 1); quote follows strconv.Quote / QuoteRune, with an approximation of
// unicode.IsPrint that needs no Unicode tables (see is_print in constant_text.cpp).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace go2cpp::types::constant::text {

inline constexpr char32_t kRuneError = 0xFFFD;
inline constexpr char32_t kMaxRune = 0x10FFFF;

// Decodes the rune at s[i]; returns it and stores its width (>= 1) in *width.
char32_t decode_utf8(std::string_view s, size_t i, size_t* width);
void append_utf8(std::string& out, char32_t r);
bool is_print(char32_t r);
std::string quote(std::string_view s);   // strconv.Quote
std::string quote_rune(char32_t r);      // strconv.QuoteRune
std::string unicode_format(char32_t r);  // fmt's %#U: "U+0041 'A'", or "U+D800" when unprintable

}  // namespace go2cpp::types::constant::text
