// The formatter: Go's fmt-internal "fmt" state — the flags, width and precision of one verb —
// and the functions that format one primitive value under that state into a byte buffer.
//
// It knows nothing of Go types: the printer (printer.h) decides which of these to call for
// which value and verb. Widths count runes, not bytes; the '0' flag pads with zeros on the
// left except where Go turns it off (after an explicit integer precision, for Inf/NaN, %U).
// Implemented in formatter_num.cpp (padding, integers, runes, bools), formatter_text.cpp
// (strings, byte slices, hex encodings, quoting) and formatter_float.cpp (floats).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace go::fmt::detail {

inline constexpr const char* lower_digits = "0123456789abcdefx";
inline constexpr const char* upper_digits = "0123456789ABCDEFX";

struct fmt_flags {
  bool wid_present = false;
  bool prec_present = false;
  bool minus = false;
  bool plus = false;
  bool sharp = false;
  bool space = false;
  bool zero = false;
  // %+v and %#v set these instead of plus/sharp: they are different, flagless formats.
  bool plus_v = false;
  bool sharp_v = false;
};

class formatter {
 public:
  explicit formatter(std::string& buf) : buf_(&buf) {}

  fmt_flags flags;
  int wid = 0;
  int prec = 0;

  void clear_flags() { flags = fmt_flags{}; }
  std::string& buf() { return *buf_; }

  void write_padding(int n);
  // Appends s padded to the width (on the left, or on the right with '-').
  void pad(std::string_view s);

  void fmt_boolean(bool v);
  // "U+0078", or with '#' "U+0078 'x'".
  void fmt_unicode(uint64_t u);
  // digits is lower_digits or upper_digits (index 16 is the 'x' of the 0x prefix).
  void fmt_integer(uint64_t u, int base, bool is_signed, char32_t verb, const char* digits);
  void fmt_c(uint64_t c);
  void fmt_qc(uint64_t c);

  void fmt_s(std::string_view s);
  void fmt_sx(std::string_view s, const char* digits);
  void fmt_q(std::string_view s);

  // verb is a strconv format byte; prec -1 means shortest unless a precision was given.
  void fmt_float(double v, int size, char verb, int prec);

 private:
  std::string_view truncate(std::string_view s) const;
  std::string* buf_;
};

}  // namespace go::fmt::detail
