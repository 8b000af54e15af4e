// Go's time package, the part that goroutine programs use: Duration (with Go's exact String()),
// its constants, Now/Since/Until and Time's arithmetic, Sleep, and timers — Timer, Ticker, After,
// Tick — backed by the scheduler's timer heap (detail::timer in go/goroutine.h).
//
// Types keep Go's names; methods follow the emitter's rule (`Duration_String(d)`,
// `Timer_Stop(t)`). A Time holds wall-clock and monotonic nanoseconds; Sub and Since use the
// monotonic reading, as Go does when both times have one.
#pragma once

#include "go/chan.h"
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

struct Time {
  int64 wall = 0;  // nanoseconds since the Unix epoch
  int64 mono = 0;  // monotonic nanoseconds (0: none)
  bool operator==(const Time&) const = default;
};
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
Time Unix(int64 sec, int64 nsec);
const type_desc* Time_desc();
inline uint64_t hash_of(const Time& t, uint64_t seed) { return go::hash_of(t.mono, go::hash_of(t.wall, seed)); }

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

struct Ticker {
  chan<Time> C;
  detail::timer* r = nullptr;
  bool operator==(const Ticker&) const = default;
};
ptr<Ticker> NewTicker(Duration d);
void Ticker_Stop(ptr<Ticker> t);
void Ticker_Reset(ptr<Ticker> t, Duration d);
chan<Time> Tick(Duration d);

}  // namespace go::time

template <>
struct go::detail::type_of_impl<go::time::Time> {
  static const go::type_desc* get() { return go::time::Time_desc(); }
};
