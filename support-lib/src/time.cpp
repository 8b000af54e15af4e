// Go's time package (include/go/time.h). Duration's String() is Go's algorithm (time/time.go):
// below one second the largest unit that fits (ns, µs, ms) with a fraction; otherwise
// h, m and s with up to nine fractional digits, trailing zeros dropped.
//
// Timers are the scheduler's (detail::timer): a timer's channel has a buffer of one, and firing
// sends the current time without blocking (dropped when the buffer is full), as Go's sendTime
// does. Firing happens inside the scheduler, so it must not allocate.
#include "go/time.h"

#include <time.h>

#include <cstddef>

#include "chan_impl.h"
#include "go/gc.h"
#include "go/panic.h"

namespace go::time {
namespace {

// fmtFrac: the fraction of v/10^prec into the tail of buf (ending at w), trailing zeros and a bare
// point omitted; returns the new start and v/10^prec.
std::size_t fmt_frac(char* buf, std::size_t w, uint64_t& v, int prec) {
  bool print = false;
  for (int i = 0; i < prec; i++) {
    const uint64_t digit = v % 10;
    print = print || digit != 0;
    if (print) buf[--w] = static_cast<char>('0' + digit);
    v /= 10;
  }
  if (print) buf[--w] = '.';
  return w;
}

std::size_t fmt_int(char* buf, std::size_t w, uint64_t v) {
  if (v == 0) {
    buf[--w] = '0';
  } else {
    while (v > 0) {
      buf[--w] = static_cast<char>('0' + v % 10);
      v /= 10;
    }
  }
  return w;
}

go::string duration_string_method(const void* v) { return Duration_String(*static_cast<const Duration*>(v)); }

int64 wall_now() {
  timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return static_cast<int64>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

Time time_at(int64 mono) { return Time{wall_now(), mono}; }

// Firing a timer whose arg is a channel: send the time without blocking.
void send_time(detail::timer* t, int64_t now) {
  Time v = time_at(now);
  detail::try_send(static_cast<detail::hchan*>(t->arg), &v);
}

void wake_sleeper(detail::timer* t, int64_t) { detail::ready(static_cast<detail::goroutine*>(t->arg)); }

detail::timer* new_chan_timer(chan<Time> c, Duration d, Duration period) {
  auto* t = gc_new<detail::timer>();
  t->when = detail::nanotime() + (d > 0 ? d : 0);
  t->period = period;
  t->fire = &send_time;
  t->arg = c.handle();
  detail::timer_start(t);
  return t;
}

}  // namespace

go::string Duration_String(Duration d) {
  char buf[32];
  std::size_t w = sizeof buf;
  uint64_t u = static_cast<uint64_t>(d);
  const bool neg = d < 0;
  if (neg) u = -u;
  if (u < static_cast<uint64_t>(Second)) {
    int prec = 0;
    buf[--w] = 's';
    --w;
    if (u == 0) return go::string("0s");
    if (u < static_cast<uint64_t>(Microsecond)) {
      prec = 0;
      buf[w] = 'n';
    } else if (u < static_cast<uint64_t>(Millisecond)) {
      prec = 3;
      --w;  // U+00B5 'µ' is two bytes
      buf[w] = '\xC2';
      buf[w + 1] = '\xB5';
    } else {
      prec = 6;
      buf[w] = 'm';
    }
    w = fmt_frac(buf, w, u, prec);
    w = fmt_int(buf, w, u);
  } else {
    buf[--w] = 's';
    w = fmt_frac(buf, w, u, 9);
    w = fmt_int(buf, w, u % 60);
    u /= 60;
    if (u > 0) {
      buf[--w] = 'm';
      w = fmt_int(buf, w, u % 60);
      u /= 60;
      if (u > 0) {
        buf[--w] = 'h';
        w = fmt_int(buf, w, u);
      }
    }
  }
  if (neg) buf[--w] = '-';
  return go::string::from_bytes(buf + w, static_cast<int64_t>(sizeof buf - w));
}

float64 Duration_Seconds(Duration d) {
  return static_cast<float64>(d / Second) + static_cast<float64>(d % Second) / 1e9;
}
float64 Duration_Minutes(Duration d) {
  return static_cast<float64>(d / Minute) + static_cast<float64>(d % Minute) / (60 * 1e9);
}
float64 Duration_Hours(Duration d) {
  return static_cast<float64>(d / Hour) + static_cast<float64>(d % Hour) / (60 * 60 * 1e9);
}
int64 Duration_Milliseconds(Duration d) { return d / 1000000; }
int64 Duration_Microseconds(Duration d) { return d / 1000; }
int64 Duration_Nanoseconds(Duration d) { return d; }

Duration Duration_Truncate(Duration d, Duration m) { return m <= 0 ? d : d - d % m; }

Duration Duration_Round(Duration d, Duration m) {
  if (m <= 0) return d;
  auto less_than_half = [](Duration x, Duration y) {
    return static_cast<uint64_t>(x) + static_cast<uint64_t>(x) < static_cast<uint64_t>(y);
  };
  Duration r = d % m;
  if (d < 0) {
    r = -r;
    if (less_than_half(r, m)) return d + r;
    const Duration d1 = d - m + r;
    return d1 < d ? d1 : INT64_MIN;
  }
  if (less_than_half(r, m)) return d - r;
  const Duration d1 = d + m - r;
  return d1 > d ? d1 : INT64_MAX;
}

const type_desc* Duration_desc() {
  static const type_desc desc = [] {
    type_desc d = int64_type;
    d.name = "time.Duration";
    d.pkg_path = "time";
    d.named = true;
    d.string_method = &duration_string_method;
    return d;
  }();
  return &desc;
}

Time Now() { return time_at(detail::nanotime()); }
Duration Time_Sub(Time t, Time u) {
  if (t.mono != 0 && u.mono != 0) return t.mono - u.mono;
  return t.wall - u.wall;
}
Duration Since(Time t) { return Time_Sub(Now(), t); }
Duration Until(Time t) { return Time_Sub(t, Now()); }
Time Time_Add(Time t, Duration d) { return Time{t.wall + d, t.mono != 0 ? t.mono + d : 0}; }
bool Time_Before(Time t, Time u) { return (t.mono != 0 && u.mono != 0) ? t.mono < u.mono : t.wall < u.wall; }
bool Time_After(Time t, Time u) { return (t.mono != 0 && u.mono != 0) ? t.mono > u.mono : t.wall > u.wall; }
bool Time_Equal(Time t, Time u) { return (t.mono != 0 && u.mono != 0) ? t.mono == u.mono : t.wall == u.wall; }
bool Time_IsZero(Time t) { return t.wall == 0 && t.mono == 0; }
int64 Time_Unix(Time t) { return t.wall >= 0 ? t.wall / 1000000000 : -((-t.wall + 999999999) / 1000000000); }
int64 Time_UnixNano(Time t) { return t.wall; }
int64 Time_UnixMilli(Time t) { return t.wall / 1000000; }
Time Unix(int64 sec, int64 nsec) { return Time{sec * 1000000000 + nsec, 0}; }

const type_desc* Time_desc() {
  static const struct_field fields[] = {
      {"wall", &int64_type, offsetof(Time, wall), false, false},
      {"mono", &int64_type, offsetof(Time, mono), false, false},
  };
  static const type_desc desc = [] {
    type_desc d;
    d.kind = kind::struct_;
    d.name = "time.Time";
    d.pkg_path = "time";
    d.named = true;
    d.size = sizeof(Time);
    d.align = alignof(Time);
    d.fields = fields;
    d.num_fields = 2;
    d.equal = &equal_fn<Time>;
    return d;
  }();
  return &desc;
}

void Sleep(Duration d) {
  if (d <= 0) return;
  detail::timer t;
  t.when = detail::nanotime() + d;
  t.fire = &wake_sleeper;
  t.arg = detail::current_goroutine();
  detail::timer_start(&t);
  detail::park(detail::wait_reason::sleep);
}

ptr<Timer> NewTimer(Duration d) {
  ptr<Timer> t = gc_new<Timer>();
  t->C = make_chan<Time>(1);
  t->r = new_chan_timer(t->C, d, 0);
  return t;
}

bool Timer_Stop(ptr<Timer> t) {
  if (t->r == nullptr) panic_plain_error("time: Stop called on uninitialized Timer");
  return detail::timer_stop(t->r);
}

bool Timer_Reset(ptr<Timer> t, Duration d) {
  if (t->r == nullptr) panic_plain_error("time: Reset called on uninitialized Timer");
  const bool active = detail::timer_stop(t->r);
  t->r->when = detail::nanotime() + (d > 0 ? d : 0);
  detail::timer_start(t->r);
  return active;
}

chan<Time> After(Duration d) { return NewTimer(d)->C; }

ptr<Ticker> NewTicker(Duration d) {
  if (d <= 0) panic(any(go::string("non-positive interval for NewTicker")));
  ptr<Ticker> t = gc_new<Ticker>();
  t->C = make_chan<Time>(1);
  t->r = new_chan_timer(t->C, d, d);
  return t;
}

void Ticker_Stop(ptr<Ticker> t) {
  if (t->r != nullptr) detail::timer_stop(t->r);
}

void Ticker_Reset(ptr<Ticker> t, Duration d) {
  if (d <= 0) panic(any(go::string("non-positive interval for Ticker.Reset")));
  if (t->r == nullptr) panic(any(go::string("time: Reset called on uninitialized Ticker")));
  detail::timer_stop(t->r);
  t->r->period = d;
  t->r->when = detail::nanotime() + d;
  detail::timer_start(t->r);
}

chan<Time> Tick(Duration d) {
  if (d <= 0) return nullptr;
  return NewTicker(d)->C;
}

}  // namespace go::time
