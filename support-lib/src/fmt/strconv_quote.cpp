// Go's string and rune quoting (strconv.Quote and friends) for %q, %#v of strings, %#U.
//
// A quoted string escapes the quote character and backslash, keeps printable runes as they are
// (only printable ASCII with the ASCII-only variant, which %+q selects), uses the short escapes
// \a \b \f \n \r \t \v, \xNN for other control bytes and for each byte of invalid UTF-8, and
// \uNNNN / \UNNNNNNNN for the rest. "Printable" is strconv.IsPrint: Latin-1 is decided inline,
// runes above U+00FF by a binary search in isprint_table.inc, generated from Go itself.
#include <algorithm>
#include <array>

#include "strconv.h"
#include "utf8.h"

namespace go::fmt::detail {
namespace {

struct rune_range {
  uint32_t lo, hi;
};

constexpr rune_range printable_ranges[] = {
#include "isprint_table.inc"
};

constexpr char lower_hex[] = "0123456789abcdef";

void append_escaped_rune(std::string& dst, int64_t r, char quote, bool ascii_only) {
  if (r == quote || r == '\\') {
    dst.push_back('\\');
    dst.push_back(static_cast<char>(r));
    return;
  }
  if (ascii_only) {
    if (r < 0x80 && is_print(r)) {
      dst.push_back(static_cast<char>(r));
      return;
    }
  } else if (is_print(r)) {
    append_rune(dst, r);
    return;
  }
  switch (r) {
    case '\a': dst += "\\a"; return;
    case '\b': dst += "\\b"; return;
    case '\f': dst += "\\f"; return;
    case '\n': dst += "\\n"; return;
    case '\r': dst += "\\r"; return;
    case '\t': dst += "\\t"; return;
    case '\v': dst += "\\v"; return;
    default: break;
  }
  if (r < ' ' || r == 0x7F) {
    dst += "\\x";
    dst.push_back(lower_hex[(r >> 4) & 0xF]);
    dst.push_back(lower_hex[r & 0xF]);
    return;
  }
  if (!valid_rune(r)) r = rune_error;
  const bool wide = r >= 0x10000;
  dst += wide ? "\\U" : "\\u";
  for (int shift = wide ? 28 : 12; shift >= 0; shift -= 4) dst.push_back(lower_hex[(r >> shift) & 0xF]);
}

}  // namespace

bool is_print(int64_t r) {
  if (r <= 0xFF) {
    if (r >= 0x20 && r <= 0x7E) return true;
    if (r >= 0xA1 && r <= 0xFF) return r != 0xAD;
    return false;
  }
  if (r > static_cast<int64_t>(max_rune)) return false;
  const auto u = static_cast<uint32_t>(r);
  const auto* end = std::end(printable_ranges);
  const auto* it = std::upper_bound(std::begin(printable_ranges), end, u,
                                    [](uint32_t v, const rune_range& rr) { return v < rr.lo; });
  if (it == std::begin(printable_ranges)) return false;
  --it;
  return u <= it->hi;
}

void append_quote(std::string& dst, std::string_view s, bool ascii_only) {
  dst.push_back('"');
  while (!s.empty()) {
    const decoded_rune d = decode_rune(s);
    if (d.width == 1 && d.r == rune_error) {
      const auto b = static_cast<unsigned char>(s[0]);
      dst += "\\x";
      dst.push_back(lower_hex[b >> 4]);
      dst.push_back(lower_hex[b & 0xF]);
    } else {
      append_escaped_rune(dst, d.r, '"', ascii_only);
    }
    s.remove_prefix(static_cast<size_t>(d.width));
  }
  dst.push_back('"');
}

void append_quote_rune(std::string& dst, int64_t r, bool ascii_only) {
  dst.push_back('\'');
  if (!valid_rune(r)) r = rune_error;
  append_escaped_rune(dst, r, '\'', ascii_only);
  dst.push_back('\'');
}

bool can_backquote(std::string_view s) {
  while (!s.empty()) {
    const decoded_rune d = decode_rune(s);
    s.remove_prefix(static_cast<size_t>(d.width));
    if (d.width > 1) {
      if (d.r == 0xFEFF) return false;  // a BOM is invisible: don't hide it in backquotes
      continue;
    }
    if (d.r == rune_error) return false;
    if ((d.r < ' ' && d.r != '\t') || d.r == '`' || d.r == 0x7F) return false;
  }
  return true;
}

}  // namespace go::fmt::detail
