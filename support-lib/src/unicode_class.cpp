#include "unicode_class.h"

#include <locale.h>
#include <wctype.h>

namespace go::detail {
namespace {

locale_t utf8_locale() {
  static locale_t loc = [] {
    locale_t l = newlocale(LC_CTYPE_MASK, "C.UTF-8", static_cast<locale_t>(0));
    if (l == static_cast<locale_t>(0)) l = newlocale(LC_CTYPE_MASK, "C", static_cast<locale_t>(0));
    return l;
  }();
  return loc;
}

bool valid(int32_t r) { return r >= 0 && r <= 0x10FFFF && !(r >= 0xD800 && r <= 0xDFFF); }

}  // namespace

bool unicode_is_space(int32_t r) {
  if (r <= 0xFF) {
    return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
  }
  return r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x2028 || r == 0x2029 ||
         r == 0x202F || r == 0x205F || r == 0x3000;
}

bool unicode_is_letter(int32_t r) {
  if (r < 0x80) return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z');
  return valid(r) && iswalpha_l(static_cast<wint_t>(r), utf8_locale()) &&
         !iswdigit_l(static_cast<wint_t>(r), utf8_locale());
}

bool unicode_is_digit(int32_t r) {
  if (r < 0x80) return r >= '0' && r <= '9';
  // Nd outside ASCII: the C library classes only ASCII digits as digits, so ask alnum-not-alpha.
  return valid(r) && iswalnum_l(static_cast<wint_t>(r), utf8_locale()) &&
         !iswalpha_l(static_cast<wint_t>(r), utf8_locale());
}

bool unicode_is_upper(int32_t r) {
  if (r < 0x80) return r >= 'A' && r <= 'Z';
  return valid(r) && iswupper_l(static_cast<wint_t>(r), utf8_locale());
}

bool unicode_is_lower(int32_t r) {
  if (r < 0x80) return r >= 'a' && r <= 'z';
  return valid(r) && iswlower_l(static_cast<wint_t>(r), utf8_locale());
}

bool unicode_is_punct(int32_t r) {
  if (r < 0x80) {
    // Go's P category in ASCII: punctuation without the symbols $+<=>^`|~.
    switch (r) {
      case '!': case '"': case '#': case '%': case '&': case '\'': case '(': case ')':
      case '*': case ',': case '-': case '.': case '/': case ':': case ';': case '?':
      case '@': case '[': case '\\': case ']': case '_': case '{': case '}':
        return true;
      default:
        return false;
    }
  }
  if (r <= 0xFF) {
    // Latin-1's P* characters: ¡ § « ¶ · » ¿ (the rest of its punctuation-looking ones are S*).
    return r == 0xA1 || r == 0xA7 || r == 0xAB || r == 0xB6 || r == 0xB7 || r == 0xBB || r == 0xBF;
  }
  // The C library counts symbols (S*) as punctuation; leave out the symbol blocks: currency,
  // letterlike, arrows, mathematical and technical symbols, box drawing, shapes, dingbats
  // (except the bracket ornaments U+2768..U+2775, which are Ps/Pe).
  if ((r >= 0x20A0 && r <= 0x214F) || (r >= 0x2190 && r <= 0x2767) ||
      (r >= 0x2776 && r <= 0x27BF) || (r >= 0x2900 && r <= 0x2982) || (r >= 0x2B00 && r <= 0x2BFF)) {
    return false;
  }
  return valid(r) && iswpunct_l(static_cast<wint_t>(r), utf8_locale());
}

bool unicode_is_print(int32_t r) {
  if (r < 0x80) return r >= 0x20 && r < 0x7F;
  return valid(r) && iswprint_l(static_cast<wint_t>(r), utf8_locale());
}

int32_t unicode_to_upper(int32_t r) {
  if (r < 0x80) return r >= 'a' && r <= 'z' ? r - 32 : r;
  if (!valid(r)) return r;
  return static_cast<int32_t>(towupper_l(static_cast<wint_t>(r), utf8_locale()));
}

int32_t unicode_to_lower(int32_t r) {
  if (r < 0x80) return r >= 'A' && r <= 'Z' ? r + 32 : r;
  if (!valid(r)) return r;
  return static_cast<int32_t>(towlower_l(static_cast<wint_t>(r), utf8_locale()));
}

}  // namespace go::detail
