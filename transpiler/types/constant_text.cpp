// UTF-8 decoding/encoding and Go's strconv quoting, for literal parsing and constant messages.
//
// Quoting escapes exactly what strconv.Quote escapes: \a \b \f \n \r \t \v \\ and the quote, bytes
// of invalid UTF-8 as \xNN, and unprintable runes as \xNN, \uNNNN or \UNNNNNNNN. Printability is
// unicode.IsPrint minus the tables: ASCII graphic characters and space, and non-ASCII runes except
// the C1 controls, non-ASCII spaces, the common format characters, private use areas and
// noncharacters. Unassigned code points therefore print raw where Go would escape them.
#include "types/constant_text.h"

#include <cstdio>

namespace go2cpp::types::constant::text {

char32_t decode_utf8(std::string_view s, size_t i, size_t* width) {
  *width = 1;
  auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return b0;
  size_t n;
  char32_t r, min;
  if ((b0 & 0xE0) == 0xC0) {
    n = 2, r = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    n = 3, r = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    n = 4, r = b0 & 0x07, min = 0x10000;
  } else {
    return kRuneError;
  }
  if (i + n > s.size()) return kRuneError;
  for (size_t k = 1; k < n; ++k) {
    auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return kRuneError;
    r = (r << 6) | (b & 0x3F);
  }
  if (r < min || r > kMaxRune || (r >= 0xD800 && r < 0xE000)) return kRuneError;
  *width = n;
  return r;
}

void append_utf8(std::string& out, char32_t r) {
  if (r > kMaxRune || (r >= 0xD800 && r < 0xE000)) r = kRuneError;
  if (r < 0x80) {
    out += static_cast<char>(r);
  } else if (r < 0x800) {
    out += static_cast<char>(0xC0 | (r >> 6));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += static_cast<char>(0xE0 | (r >> 12));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (r >> 18));
    out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  }
}

bool is_print(char32_t r) {
  if (r < 0x80) return r >= 0x20 && r < 0x7F;
  if (r > kMaxRune || (r >= 0xD800 && r < 0xE000)) return false;
  if (r < 0xA0) return false;                               // C1 controls
  if (r == 0xA0 || r == 0xAD || r == 0x1680) return false;  // NBSP, soft hyphen, ogham space
  if (r >= 0x2000 && r <= 0x200F) return false;             // spaces, zero-width, marks
  if (r >= 0x2028 && r <= 0x202F) return false;             // separators, embedding controls
  if (r >= 0x205F && r <= 0x206F) return false;             // math space, invisible operators
  if (r == 0x3000 || r == 0xFEFF) return false;             // ideographic space, BOM
  if (r >= 0xFFF9 && r <= 0xFFFB) return false;             // interlinear annotation
  if (r >= 0xE000 && r <= 0xF8FF) return false;             // private use
  if (r >= 0xF0000) return false;                           // supplementary private use
  if ((r & 0xFFFE) == 0xFFFE || (r >= 0xFDD0 && r <= 0xFDEF)) return false;  // noncharacters
  if (r >= 0xE0000 && r <= 0xE007F) return false;                            // tags
  return true;
}

namespace {
void append_escaped(std::string& out, char32_t r, char quote_char) {
  char buf[16];
  if (r == static_cast<char32_t>(quote_char) || r == '\\') {
    out += '\\';
    out += static_cast<char>(r);
    return;
  }
  if (is_print(r)) {
    append_utf8(out, r);
    return;
  }
  switch (r) {
    case '\a':
      out += "\\a";
      return;
    case '\b':
      out += "\\b";
      return;
    case '\f':
      out += "\\f";
      return;
    case '\n':
      out += "\\n";
      return;
    case '\r':
      out += "\\r";
      return;
    case '\t':
      out += "\\t";
      return;
    case '\v':
      out += "\\v";
      return;
    default:
      break;
  }
  if (r < ' ' || r == 0x7F) {
    std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(r));
  } else if (r < 0x10000) {
    std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(r));
  } else {
    std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(r));
  }
  out += buf;
}
}  // namespace

std::string quote(std::string_view s) {
  std::string out = "\"";
  for (size_t i = 0; i < s.size();) {
    size_t width;
    char32_t r = decode_utf8(s, i, &width);
    if (r == kRuneError && width == 1) {  // a byte of invalid UTF-8
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x",
                    static_cast<unsigned>(static_cast<unsigned char>(s[i])));
      out += buf;
    } else {
      append_escaped(out, r, '"');
    }
    i += width;
  }
  out += '"';
  return out;
}

std::string quote_rune(char32_t r) {
  if (r > kMaxRune || (r >= 0xD800 && r < 0xE000)) r = kRuneError;
  std::string out = "'";
  append_escaped(out, r, '\'');
  out += '\'';
  return out;
}

std::string unicode_format(char32_t r) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(r));
  std::string out = buf;
  if (is_print(r)) {
    out += " '";
    append_utf8(out, r);
    out += '\'';
  }
  return out;
}

}  // namespace go2cpp::types::constant::text
