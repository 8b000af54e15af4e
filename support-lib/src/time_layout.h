// Package time's layout elements, shared by Format (time_format.cpp) and Parse
// (time_parse.cpp): the std* codes of Go's format.go, the name tables, and the layout scanner.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "go/time.h"

namespace go::time::layout {

using sv = std::string_view;

enum : int {
  stdLongMonth = 1 + 256,
  stdMonth,
  stdNumMonth,
  stdZeroMonth,
  stdLongWeekDay,
  stdWeekDay,
  stdDay,
  stdUnderDay,
  stdZeroDay,
  stdUnderYearDay,
  stdZeroYearDay,
  stdHour = 12 + 512,
  stdHour12,
  stdZeroHour12,
  stdMinute,
  stdZeroMinute,
  stdSecond,
  stdZeroSecond,
  stdLongYear = 19 + 256,
  stdYear,
  stdPM = 21 + 512,
  stdpm,
  stdTZ = 23,
  stdISO8601TZ,
  stdISO8601SecondsTZ,
  stdISO8601ShortTZ,
  stdISO8601ColonTZ,
  stdISO8601ColonSecondsTZ,
  stdNumTZ,
  stdNumSecondsTz,
  stdNumShortTZ,
  stdNumColonTZ,
  stdNumColonSecondsTZ,
  stdFracSecond0,
  stdFracSecond9,
};
inline constexpr int stdNeedDate = 1 << 8;
inline constexpr int stdNeedClock = 2 << 8;
inline constexpr int stdArgShift = 16;
inline constexpr int stdSeparatorShift = 28;
inline constexpr int stdMask = (1 << stdArgShift) - 1;
inline constexpr int std0x[] = {stdZeroMonth, stdZeroDay, stdZeroHour12, stdZeroMinute, stdZeroSecond, stdYear};

inline constexpr sv long_day_names[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
inline constexpr sv short_day_names[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
inline constexpr sv short_month_names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
inline constexpr sv long_month_names[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};

struct chunk {
  sv prefix;
  int std;
  sv suffix;
};

// nextStdChunk: the text before the layout's next element, the element, and the rest.
chunk next_std_chunk(sv layout);
bool is_digit(sv s, std::size_t i);
int digits_len(int std);
// appendInt: x in decimal, zero-padded to width digits.
void append_int(std::string& b, int64 x, int width);

}  // namespace go::time::layout
