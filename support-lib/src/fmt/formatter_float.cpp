// The formatter's float format (Go's fmt.fmtFloat) on top of append_float (strconv_float.cpp).
//
// The number is formatted with room for a sign; ' ' replaces a '+' unless '+' was asked for;
// Inf and NaN are never zero-padded (and NaN shows a sign only with '+' or ' '); '#' forces a
// decimal point and keeps trailing zeros — for %g/%v up to the precision (6 when shortest);
// zero padding goes between the sign and the digits.
#include "formatter.h"
#include "strconv.h"

namespace go::fmt::detail {

void formatter::fmt_float(double v, int size, char verb, int p) {
  if (flags.prec_present) p = prec;
  std::string num = "+";
  append_float(num, v, verb, p, size);
  if (num[1] == '-' || num[1] == '+') {
    num.erase(0, 1);
  }
  if (flags.space && num[0] == '+' && !flags.plus) num[0] = ' ';

  if (num[1] == 'I' || num[1] == 'N') {
    const bool old_zero = flags.zero;
    flags.zero = false;
    if (num[1] == 'N' && !flags.space && !flags.plus) num.erase(0, 1);
    pad(num);
    flags.zero = old_zero;
    return;
  }

  if (flags.sharp && verb != 'b') {
    int digits = 0;
    if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') digits = p == -1 ? 6 : p;
    std::string tail;
    bool has_point = false;
    bool saw_nonzero = false;
    for (size_t i = 1; i < num.size(); i++) {
      const char c = num[i];
      if (c == '.') {
        has_point = true;
        continue;
      }
      if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
        tail = num.substr(i);
        num.resize(i);
        break;
      }
      if (c != '0') saw_nonzero = true;
      if (saw_nonzero) digits--;
    }
    if (!has_point) {
      if (num.size() == 2 && num[1] == '0') digits--;  // a lone leading 0 counts once
      num.push_back('.');
    }
    if (digits > 0) num.append(static_cast<size_t>(digits), '0');
    num += tail;
  }

  if (flags.plus || num[0] != '+') {
    // Zero padding goes after the sign.
    if (flags.zero && flags.wid_present && wid > static_cast<int>(num.size())) {
      buf_->push_back(num[0]);
      write_padding(wid - static_cast<int>(num.size()));
      buf_->append(num, 1);
      return;
    }
    pad(num);
    return;
  }
  pad(std::string_view(num).substr(1));
}

}  // namespace go::fmt::detail
