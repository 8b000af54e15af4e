// Packages unicode and unicode/utf8 stand-ins (include/go/unicode.h, include/go/unicode/utf8.h).
#include "go/unicode.h"

#include "go/unicode/utf8.h"
#include "unicode_class.h"

namespace go::unicode {

bool IsDigit(go::int32 r) { return go::detail::unicode_is_digit(r); }
bool IsNumber(go::int32 r) { return go::detail::unicode_is_digit(r); }
bool IsLetter(go::int32 r) { return go::detail::unicode_is_letter(r); }
bool IsSpace(go::int32 r) { return go::detail::unicode_is_space(r); }
bool IsUpper(go::int32 r) { return go::detail::unicode_is_upper(r); }
bool IsLower(go::int32 r) { return go::detail::unicode_is_lower(r); }
bool IsPunct(go::int32 r) { return go::detail::unicode_is_punct(r); }
bool IsPrint(go::int32 r) { return r == ' ' || (go::detail::unicode_is_print(r) && !go::detail::unicode_is_space(r)); }
bool IsGraphic(go::int32 r) { return go::detail::unicode_is_print(r); }
bool IsControl(go::int32 r) { return (r >= 0 && r < 0x20) || (r >= 0x7F && r < 0xA0); }
go::int32 ToUpper(go::int32 r) { return go::detail::unicode_to_upper(r); }
go::int32 ToLower(go::int32 r) { return go::detail::unicode_to_lower(r); }
go::int32 ToTitle(go::int32 r) { return go::detail::unicode_to_upper(r); }

}  // namespace go::unicode

namespace go::unicode::utf8 {

namespace {

go::string view_of(const go::slice<go::uint8>& p) { return go::string(p.data(), p.len()); }

}  // namespace

bool ValidRune(go::int32 r) { return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= 0x10FFFF); }

go::int_ RuneLen(go::int32 r) {
  if (r < 0) return -1;
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (r >= 0xD800 && r <= 0xDFFF) return -1;
  if (r < 0x10000) return 3;
  if (r <= 0x10FFFF) return 4;
  return -1;
}

bool RuneStart(go::uint8 b) { return (b & 0xC0) != 0x80; }

std::tuple<go::int32, go::int_> DecodeRuneInString(const go::string& s) {
  if (s.len() == 0) return {0xFFFD, 0};
  go::decoded_rune d = go::decode_rune(s, 0);
  return {d.r, d.size};
}
std::tuple<go::int32, go::int_> DecodeRune(const go::slice<go::uint8>& p) {
  return DecodeRuneInString(view_of(p));
}

std::tuple<go::int32, go::int_> DecodeLastRuneInString(const go::string& s) {
  go::int_ end = s.len();
  if (end == 0) return {0xFFFD, 0};
  go::int_ start = end - 1;
  if (s[start] < 0x80) return {s[start], 1};
  go::int_ lim = end - 4;
  if (lim < 0) lim = 0;
  for (start--; start >= lim; start--) {
    if (RuneStart(s[start])) break;
  }
  if (start < 0) start = 0;
  go::decoded_rune d = go::decode_rune(s, start);
  if (start + d.size != end) return {0xFFFD, 1};
  return {d.r, d.size};
}
std::tuple<go::int32, go::int_> DecodeLastRune(const go::slice<go::uint8>& p) {
  return DecodeLastRuneInString(view_of(p));
}

go::int_ EncodeRune(const go::slice<go::uint8>& p, go::int32 r) {
  uint8_t buf[4];
  int n = go::encode_rune(buf, r);
  for (int i = 0; i < n; ++i) p[i] = buf[i];  // index-checked: Go panics on a short p
  return n;
}

go::slice<go::uint8> AppendRune(const go::slice<go::uint8>& p, go::int32 r) {
  uint8_t buf[4];
  int n = go::encode_rune(buf, r);
  go::slice<go::uint8> out = p;
  for (int i = 0; i < n; ++i) out = go::append(out, buf[i]);
  return out;
}

bool FullRuneInString(const go::string& s) {
  if (s.len() == 0) return false;
  go::decoded_rune d = go::decode_rune(s, 0);
  if (d.r != 0xFFFD || d.size != 1) return true;
  // An invalid first byte is "full"; a valid prefix that is cut short is not.
  uint8_t c = s[0];
  go::int_ need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (c < 0xC2 || c > 0xF4 || s.len() >= need) return true;
  for (go::int_ i = 1; i < s.len(); ++i) {
    if ((s[i] & 0xC0) != 0x80) return true;
  }
  return false;
}

go::int_ RuneCountInString(const go::string& s) {
  go::int_ n = 0;
  for (go::int_ i = 0; i < s.len(); ++n) i += go::decode_rune(s, i).size;
  return n;
}
go::int_ RuneCount(const go::slice<go::uint8>& p) { return RuneCountInString(view_of(p)); }

bool ValidString(const go::string& s) {
  for (go::int_ i = 0; i < s.len();) {
    go::decoded_rune d = go::decode_rune(s, i);
    if (d.r == 0xFFFD && d.size == 1) return false;
    i += d.size;
  }
  return true;
}
bool Valid(const go::slice<go::uint8>& p) { return ValidString(view_of(p)); }

}  // namespace go::unicode::utf8
