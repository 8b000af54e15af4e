// The formatter's string formats: %s (truncated to the precision in runes), %x / %X (two hex
// digits a byte, '#' adds 0x, ' ' separates bytes — with '#' each gets its own 0x), and %q
// (strconv.Quote; '+' quotes to ASCII; '#' backquotes when strconv.CanBackquote allows).
// Byte slices share these: Go formats []byte exactly as the string with the same bytes.
#include "formatter.h"
#include "strconv.h"
#include "utf8.h"

namespace go::fmt::detail {

std::string_view formatter::truncate(std::string_view s) const {
  if (!flags.prec_present) return s;
  int n = prec;
  for (size_t i = 0; i < s.size(); i += static_cast<size_t>(decode_rune(s.substr(i)).width)) {
    if (--n < 0) return s.substr(0, i);
  }
  return s;
}

void formatter::fmt_s(std::string_view s) { pad(truncate(s)); }

void formatter::fmt_sx(std::string_view s, const char* digits) {
  int length = static_cast<int>(s.size());
  if (flags.prec_present && prec < length) length = prec;
  // Width of the encoding, given the '#' and ' ' flags.
  int width = 2 * length;
  if (width > 0) {
    if (flags.space) {
      if (flags.sharp) width *= 2;
      width += length - 1;
    } else if (flags.sharp) {
      width += 2;
    }
  } else {  // nothing to encode: only padding
    if (flags.wid_present) write_padding(wid);
    return;
  }
  if (flags.wid_present && wid > width && !flags.minus) write_padding(wid - width);
  std::string& out = *buf_;
  if (flags.sharp) {
    out.push_back('0');
    out.push_back(digits[16]);
  }
  for (int i = 0; i < length; i++) {
    if (flags.space && i > 0) {
      out.push_back(' ');
      if (flags.sharp) {
        out.push_back('0');
        out.push_back(digits[16]);
      }
    }
    const auto c = static_cast<unsigned char>(s[static_cast<size_t>(i)]);
    out.push_back(digits[c >> 4]);
    out.push_back(digits[c & 0xF]);
  }
  if (flags.wid_present && wid > width && flags.minus) write_padding(wid - width);
}

void formatter::fmt_q(std::string_view s) {
  s = truncate(s);
  std::string q;
  if (flags.sharp && can_backquote(s)) {
    q.reserve(s.size() + 2);
    q.push_back('`');
    q.append(s);
    q.push_back('`');
  } else {
    append_quote(q, s, flags.plus);
  }
  pad(q);
}

}  // namespace go::fmt::detail
