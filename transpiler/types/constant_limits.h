// Tuning knobs of the constant package, in one place, each with its reason.
//
// go2cpp keeps untyped constants exact (rationals) where gc switches to 512-bit binary floats for
// huge magnitudes. Exactness costs memory and time proportional to the size of the numbers, so
// absurd sizes are refused instead: a literal past the exponent caps is a "malformed constant"
// error (gc gives that error only beyond ~1e646456992), and an operation whose exact result would
// exceed kMaxResultBits yields Unknown, which the checker reports as an invalid constant.
#pragma once

#include <cstdint>

namespace go2cpp::types::constant::limits {

// Largest |decimal exponent| (after folding in fraction digits) of a float literal. Arithmetic is
// schoolbook, so cost grows with the square of the size: at 1e±20000 (66,000 bits) the worst
// operation (adding 1e20000 and 1e-20000, then squaring) takes ~40 ms; at 1e±100000 it took ~1 s.
inline constexpr int64_t kMaxDecimalExponent = 20000;
// Largest |binary exponent| of a hex float literal: the same magnitude, 20000 * log2(10).
inline constexpr int64_t kMaxBinaryExponent = 66439;
// Largest numerator-plus-denominator size, in bits, of any computed value (~1e±79000 as a
// fraction); a single multiplication up to this size stays under ~100 ms.
inline constexpr uint64_t kMaxResultBits = uint64_t{1} << 19;
// go/constant's maxExp: ToInt refuses Floats whose binary exponent reaches 4096 (it would build a
// huge integer), so `var i int = 1e10000` is "truncated" while 1e1000 is an int that "overflows".
inline constexpr int64_t kMaxToIntExponent = 4096;
// go/constant's String shortens quoted strings longer than this many runes (quotes included).
inline constexpr int kMaxQuotedRunes = 72;

}  // namespace go2cpp::types::constant::limits
