// Go's time package: Duration (with Go's exact String()), its constants, Time with its calendar
// (Date, Year…Nanosecond, Weekday, YearDay, ISOWeek, AddDate, Truncate, Round), Format and Parse
// after Go's format.go (src/time_format.cpp), ParseDuration, locations (UTC, Local through the C
// library's zone rules, FixedZone), Now/Since/Until, Sleep, and timers — Timer, Ticker, After,
// Tick — backed by the scheduler's timer heap (detail::timer in go/goroutine.h).
//
// Types keep Go's names; methods follow the emitter's rule (`Duration_String(d)`,
// `Timer_Stop(t)`). A Time holds seconds since January 1 of year 1 UTC (so the zero Time is
// Go's), nanoseconds, a monotonic reading and its location (null: UTC); Sub and Since use the
// monotonic reading, as Go does when both times have one.
#pragma once

#include <tuple>

#include "go/chan.h"
#include "go/error.h"
#include "go/slice.h"
#include "go/func.h"
#include "go/goroutine.h"
#include "go/ptr.h"
#include "go/string.h"

namespace go::time {

using Duration = int64;
inline constexpr Duration Nanosecond = 1;
inline constexpr Duration Microsecond = 1000 * Nanosecond;
inline constexpr Duration Millisecond = 1000 * Microsecond;
inline constexpr Duration Second = 1000 * Millisecond;
inline constexpr Duration Minute = 60 * Second;
inline constexpr Duration Hour = 60 * Minute;

go::string Duration_String(Duration d);
float64 Duration_Seconds(Duration d);
float64 Duration_Minutes(Duration d);
float64 Duration_Hours(Duration d);
int64 Duration_Milliseconds(Duration d);
int64 Duration_Microseconds(Duration d);
int64 Duration_Nanoseconds(Duration d);
Duration Duration_Truncate(Duration d, Duration m);
Duration Duration_Round(Duration d, Duration m);
// The descriptor of time.Duration (%T prints "time.Duration", %v calls String()).
const type_desc* Duration_desc();

// type Month int, type Weekday int: String() gives the English name, or %!Month(13).
using Month = int_;
using Weekday = int_;
go::string Month_String(Month m);
go::string Weekday_String(Weekday d);
const type_desc* Month_desc();
const type_desc* Weekday_desc();

// A Location is UTC, Local (the C library's rules for TZ), or a fixed zone.
struct Location {
  go::string name{};
  int_ offset = 0;     // seconds east of UTC (fixed zones)
  bool local = false;  // Local: offset and abbreviation from localtime_r
  bool operator==(const Location&) const = default;
};
extern ptr<Location> UTC;
extern ptr<Location> Local;
ptr<Location> FixedZone(go::string name, int_ offset);
std::tuple<ptr<Location>, go::error> LoadLocation(go::string name);
go::string Location_String(ptr<Location> l);
const type_desc* Location_desc();

struct Time {
  int64 sec = 0;             // seconds since January 1, year 1, 00:00:00 UTC
  int64 nsec = 0;            // [0, 999999999]
  int64 mono = 0;            // monotonic nanoseconds (0: none)
  ptr<Location> loc{};       // null: UTC
  bool operator==(const Time&) const = default;
};
// Seconds from January 1, year 1 to the Unix epoch.
inline constexpr int64 unix_to_internal = 62135596800;

Time Now();
Duration Since(Time t);
Duration Until(Time t);
Duration Time_Sub(Time t, Time u);
Time Time_Add(Time t, Duration d);
bool Time_Before(Time t, Time u);
bool Time_After(Time t, Time u);
bool Time_Equal(Time t, Time u);
bool Time_IsZero(Time t);
int64 Time_Unix(Time t);
int64 Time_UnixNano(Time t);
int64 Time_UnixMilli(Time t);
int64 Time_UnixMicro(Time t);
Time Unix(int64 sec, int64 nsec);
Time UnixMilli(int64 msec);
Time UnixMicro(int64 usec);

Time Date(int_ year, Month month, int_ day, int_ hour, int_ min, int_ sec, int_ nsec, ptr<Location> loc);
int_ Time_Year(Time t);
Month Time_Month(Time t);
int_ Time_Day(Time t);
int_ Time_Hour(Time t);
int_ Time_Minute(Time t);
int_ Time_Second(Time t);
int_ Time_Nanosecond(Time t);
Weekday Time_Weekday(Time t);
int_ Time_YearDay(Time t);
std::tuple<int_, Month, int_> Time_Date(Time t);
std::tuple<int_, int_, int_> Time_Clock(Time t);
std::tuple<int_, int_> Time_ISOWeek(Time t);
std::tuple<go::string, int_> Time_Zone(Time t);
Time Time_UTC(Time t);
Time Time_Local(Time t);
Time Time_In(Time t, ptr<Location> loc);
ptr<Location> Time_Location(Time t);
Time Time_AddDate(Time t, int_ years, int_ months, int_ days);
Time Time_Truncate(Time t, Duration d);
Time Time_Round(Time t, Duration d);
go::string Time_String(Time t);
go::string Time_GoString(Time t);
go::string Time_Format(Time t, go::string layout);
go::slice<uint8> Time_AppendFormat(Time t, go::slice<uint8> b, go::string layout);
std::tuple<Time, go::error> Parse(go::string layout, go::string value);
std::tuple<Time, go::error> ParseInLocation(go::string layout, go::string value, ptr<Location> loc);
std::tuple<Duration, go::error> ParseDuration(go::string s);

// *ParseError, what Parse returns.
struct ParseError {
  go::string Layout{}, Value{}, LayoutElem{}, ValueElem{}, Message{};
  bool operator==(const ParseError&) const = default;
};
go::string ParseError_Error(ptr<ParseError> e);
const type_desc* ParseError_desc();

// The civil fields of t in its location (src/time_calendar.cpp); not part of Go's API.
struct civil_fields {
  int64 year;
  int_ month, day, yday;  // yday: 0-based
  int_ hour, min, sec;
  Weekday weekday;
  go::string zone;  // abbreviation
  int_ offset;      // seconds east of UTC
};
civil_fields civil_of(const Time& t);
const type_desc* Time_desc();
inline uint64_t hash_of(const Time& t, uint64_t seed) {
  return go::hash_of(t.mono, go::hash_of(t.nsec, go::hash_of(t.sec, seed)));
}

void Sleep(Duration d);

struct Timer {
  chan<Time> C;
  detail::timer* r = nullptr;
  bool operator==(const Timer&) const = default;
};
ptr<Timer> NewTimer(Duration d);
bool Timer_Stop(ptr<Timer> t);
bool Timer_Reset(ptr<Timer> t, Duration d);
chan<Time> After(Duration d);
ptr<Timer> AfterFunc(Duration d, func<void()> f);
const type_desc* Timer_desc();

struct Ticker {
  chan<Time> C;
  detail::timer* r = nullptr;
  bool operator==(const Ticker&) const = default;
};
ptr<Ticker> NewTicker(Duration d);
void Ticker_Stop(ptr<Ticker> t);
void Ticker_Reset(ptr<Ticker> t, Duration d);
chan<Time> Tick(Duration d);
const type_desc* Ticker_desc();

}  // namespace go::time

template <>
struct go::detail::type_of_impl<go::time::Time> {
  static const go::type_desc* get() { return go::time::Time_desc(); }
};
template <>
struct go::detail::type_of_impl<go::time::Timer> {
  static const go::type_desc* get() { return go::time::Timer_desc(); }
};
template <>
struct go::detail::type_of_impl<go::time::Ticker> {
  static const go::type_desc* get() { return go::time::Ticker_desc(); }
};
template <>
struct go::detail::type_of_impl<go::time::Location> {
  static const go::type_desc* get() { return go::time::Location_desc(); }
};
template <>
struct go::detail::type_of_impl<go::time::ParseError> {
  static const go::type_desc* get() { return go::time::ParseError_desc(); }
};
