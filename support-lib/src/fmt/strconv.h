// The parts of Go's strconv that fmt relies on, internal to the fmt engine: float formatting
// (FormatFloat's 'b', 'e', 'E', 'f', 'g', 'G', 'x', 'X' at bit sizes 32 and 64) and quoting
// (Quote, QuoteToASCII, QuoteRune, QuoteRuneToASCII, CanBackquote, IsPrint). Everything appends
// to a std::string; the engine's buffers hold bytes only, never Go pointers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace go::fmt::detail {

// strconv.AppendFloat(dst, v, fmt, prec, bit_size): prec < 0 asks for the shortest digits that
// read back as the same float32/float64.
void append_float(std::string& dst, double v, char fmt, int prec, int bit_size);

// strconv.AppendQuote / AppendQuoteToASCII.
void append_quote(std::string& dst, std::string_view s, bool ascii_only);
// strconv.AppendQuoteRune / AppendQuoteRuneToASCII (invalid runes quote as U+FFFD).
void append_quote_rune(std::string& dst, int64_t r, bool ascii_only);
// strconv.CanBackquote.
bool can_backquote(std::string_view s);
// strconv.IsPrint.
bool is_print(int64_t r);

}  // namespace go::fmt::detail
