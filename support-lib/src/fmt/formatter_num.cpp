// The formatter's padding and its integer, rune and boolean formats (Go's fmtInteger,
// fmtUnicode, fmtC, fmtQc, fmtBoolean).
//
// Integers are built right to left in a local buffer: digits, then zeros up to the precision
// (or, with '0' and a width but no precision, up to the width less room for a sign), then the
// 0b / 0 / 0x / 0o prefixes, then the sign; the result is space-padded to the width.
#include <vector>

#include "formatter.h"
#include "strconv.h"
#include "utf8.h"

namespace go::fmt::detail {

void formatter::write_padding(int n) {
  if (n <= 0) return;
  buf_->append(static_cast<size_t>(n), flags.zero ? '0' : ' ');
}

void formatter::pad(std::string_view s) {
  if (!flags.wid_present || wid == 0) {
    buf_->append(s);
    return;
  }
  const int width = wid - static_cast<int>(rune_count(s));
  if (!flags.minus) {
    write_padding(width);
    buf_->append(s);
  } else {
    buf_->append(s);
    write_padding(width);
  }
}

void formatter::fmt_boolean(bool v) { pad(v ? "true" : "false"); }

void formatter::fmt_unicode(uint64_t u) {
  int p = 4;
  if (flags.prec_present && prec > 4) p = prec;
  std::string out = "U+";
  std::string hex;
  for (uint64_t v = u;; v >>= 4) {
    hex.insert(hex.begin(), upper_digits[v & 0xF]);
    if (v < 16) break;
  }
  if (static_cast<int>(hex.size()) < p) out.append(static_cast<size_t>(p) - hex.size(), '0');
  out += hex;
  if (flags.sharp && u <= max_rune && is_print(static_cast<int64_t>(u))) {
    out += " '";
    append_rune(out, static_cast<int64_t>(u));
    out += "'";
  }
  const bool old_zero = flags.zero;
  flags.zero = false;
  pad(out);
  flags.zero = old_zero;
}

void formatter::fmt_integer(uint64_t u, int base, bool is_signed, char32_t verb, const char* digits) {
  const bool negative = is_signed && static_cast<int64_t>(u) < 0;
  if (negative) u = -u;

  int p = 0;
  if (flags.prec_present) {
    p = prec;
    // Precision 0 and value 0 print nothing but padding.
    if (p == 0 && u == 0) {
      const bool old_zero = flags.zero;
      flags.zero = false;
      write_padding(wid);
      flags.zero = old_zero;
      return;
    }
  } else if (flags.zero && flags.wid_present) {
    p = wid;
    if (negative || flags.plus || flags.space) p--;  // leave room for the sign
  }

  // Digits right to left into the tail of buf.
  std::vector<char> buf(static_cast<size_t>(68 + (p > 0 ? p : 0) + 3));
  size_t i = buf.size();
  switch (base) {
    case 10:
      for (; u >= 10; u /= 10) buf[--i] = static_cast<char>('0' + u % 10);
      break;
    case 16:
      for (; u >= 16; u >>= 4) buf[--i] = digits[u & 0xF];
      break;
    case 8:
      for (; u >= 8; u >>= 3) buf[--i] = static_cast<char>('0' + (u & 7));
      break;
    default:
      for (; u >= 2; u >>= 1) buf[--i] = static_cast<char>('0' + (u & 1));
      break;
  }
  buf[--i] = digits[u];
  while (i > 0 && p > static_cast<int>(buf.size() - i)) buf[--i] = '0';

  if (flags.sharp) {
    if (base == 2) {
      buf[--i] = 'b';
      buf[--i] = '0';
    } else if (base == 8) {
      if (buf[i] != '0') buf[--i] = '0';
    } else if (base == 16) {
      buf[--i] = digits[16];
      buf[--i] = '0';
    }
  }
  if (verb == 'O') {
    buf[--i] = 'o';
    buf[--i] = '0';
  }
  if (negative) {
    buf[--i] = '-';
  } else if (flags.plus) {
    buf[--i] = '+';
  } else if (flags.space) {
    buf[--i] = ' ';
  }

  // Zero padding was done above as precision, or is overruled by an explicit precision.
  const bool old_zero = flags.zero;
  flags.zero = false;
  pad(std::string_view(buf.data() + i, buf.size() - i));
  flags.zero = old_zero;
}

void formatter::fmt_c(uint64_t c) {
  std::string s;
  append_rune(s, c > max_rune ? rune_error : static_cast<int64_t>(c));
  pad(s);
}

void formatter::fmt_qc(uint64_t c) {
  std::string s;
  append_quote_rune(s, c > max_rune ? rune_error : static_cast<int64_t>(c), flags.plus);
  pad(s);
}

}  // namespace go::fmt::detail
