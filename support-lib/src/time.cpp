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
#include "go/iface.h"
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

// The wall clock now, with monotonic reading `mono`, in Local (as Go's Now).
Time time_at(int64 mono) {
  timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return Time{static_cast<int64>(ts.tv_sec) + unix_to_internal, ts.tv_nsec, mono, Local};
}

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
    // The method set, so that a Duration in an interface satisfies fmt.Stringer and friends.
    static const method_entry methods[] = {
        {"Hours", erase_method(+[](void* self) { return Duration_Hours(*static_cast<Duration*>(self)); })},
        {"Microseconds", erase_method(+[](void* self) { return Duration_Microseconds(*static_cast<Duration*>(self)); })},
        {"Milliseconds", erase_method(+[](void* self) { return Duration_Milliseconds(*static_cast<Duration*>(self)); })},
        {"Minutes", erase_method(+[](void* self) { return Duration_Minutes(*static_cast<Duration*>(self)); })},
        {"Nanoseconds", erase_method(+[](void* self) { return Duration_Nanoseconds(*static_cast<Duration*>(self)); })},
        {"Round", erase_method(+[](void* self, Duration m) { return Duration_Round(*static_cast<Duration*>(self), m); })},
        {"Seconds", erase_method(+[](void* self) { return Duration_Seconds(*static_cast<Duration*>(self)); })},
        {"String", erase_method(+[](void* self) { return Duration_String(*static_cast<Duration*>(self)); })},
        {"Truncate", erase_method(+[](void* self, Duration m) { return Duration_Truncate(*static_cast<Duration*>(self), m); })},
    };
    d.methods = methods;
    d.num_methods = std::size(methods);
    return d;
  }();
  return &desc;
}

Time Now() { return time_at(detail::nanotime()); }

Duration Time_Sub(Time t, Time u) {
  if (t.mono != 0 && u.mono != 0) return t.mono - u.mono;
  // Go's Sub: saturate at the extreme durations when the difference overflows.
  const Duration d = static_cast<Duration>(static_cast<uint64_t>(t.sec - u.sec) * static_cast<uint64_t>(Second)) +
                     (t.nsec - u.nsec);
  Time back = Time_Add(u, d);
  if (back.sec == t.sec && back.nsec == t.nsec) return d;
  return Time_Before(t, u) ? INT64_MIN : INT64_MAX;
}
Duration Since(Time t) { return Time_Sub(Now(), t); }
Duration Until(Time t) { return Time_Sub(t, Now()); }

Time Time_Add(Time t, Duration d) {
  int64 dsec = d / 1000000000;
  int64 nsec = t.nsec + d % 1000000000;
  if (nsec >= 1000000000) {
    dsec++;
    nsec -= 1000000000;
  } else if (nsec < 0) {
    dsec--;
    nsec += 1000000000;
  }
  Time r = t;
  r.sec = t.sec + dsec;
  r.nsec = nsec;
  if (t.mono != 0) {
    const int64 te = static_cast<int64>(static_cast<uint64_t>(t.mono) + static_cast<uint64_t>(d));
    r.mono = ((d < 0 && te > t.mono) || (d > 0 && te < t.mono)) ? 0 : te;
  }
  return r;
}

bool Time_Before(Time t, Time u) {
  if (t.mono != 0 && u.mono != 0) return t.mono < u.mono;
  return t.sec < u.sec || (t.sec == u.sec && t.nsec < u.nsec);
}
bool Time_After(Time t, Time u) {
  if (t.mono != 0 && u.mono != 0) return t.mono > u.mono;
  return t.sec > u.sec || (t.sec == u.sec && t.nsec > u.nsec);
}
bool Time_Equal(Time t, Time u) {
  if (t.mono != 0 && u.mono != 0) return t.mono == u.mono;
  return t.sec == u.sec && t.nsec == u.nsec;
}
bool Time_IsZero(Time t) { return t.sec == 0 && t.nsec == 0; }
int64 Time_Unix(Time t) { return t.sec - unix_to_internal; }
int64 Time_UnixNano(Time t) { return (t.sec - unix_to_internal) * 1000000000 + t.nsec; }
int64 Time_UnixMilli(Time t) { return (t.sec - unix_to_internal) * 1000 + t.nsec / 1000000; }
int64 Time_UnixMicro(Time t) { return (t.sec - unix_to_internal) * 1000000 + t.nsec / 1000; }

Time Unix(int64 sec, int64 nsec) {
  if (nsec < 0 || nsec >= 1000000000) {
    const int64 n = nsec / 1000000000;
    sec += n;
    nsec -= n * 1000000000;
    if (nsec < 0) {
      nsec += 1000000000;
      sec--;
    }
  }
  return Time{sec + unix_to_internal, nsec, 0, Local};
}
Time UnixMilli(int64 msec) { return Unix(msec / 1000, (msec % 1000) * 1000000); }
Time UnixMicro(int64 usec) { return Unix(usec / 1000000, (usec % 1000000) * 1000); }

const type_desc* Time_desc() {
  static const struct_field fields[] = {
      {"sec", &int64_type, offsetof(Time, sec), false, false},
      {"nsec", &int64_type, offsetof(Time, nsec), false, false},
      {"mono", &int64_type, offsetof(Time, mono), false, false},
      {"loc", pointer_to(Location_desc()), offsetof(Time, loc), false, false},
  };
  static const type_desc desc = [] {
    type_desc d;
    d.kind = kind::struct_;
    d.name = "time.Time";
    d.pkg_path = "time";
    d.named = true;
    d.has_pointers = true;
    d.size = sizeof(Time);
    d.align = alignof(Time);
    d.fields = fields;
    d.num_fields = 4;
    d.equal = &equal_fn<Time>;
    d.hash = &hash_fn<Time>;
    d.string_method = +[](const void* v) { return Time_String(*static_cast<const Time*>(v)); };
    d.gostring_method = +[](const void* v) { return Time_GoString(*static_cast<const Time*>(v)); };
    static const method_entry methods[] = {
        {"GoString", erase_method(+[](void* self) { return Time_GoString(*static_cast<Time*>(self)); })},
        {"String", erase_method(+[](void* self) { return Time_String(*static_cast<Time*>(self)); })},
    };
    d.methods = methods;
    d.num_methods = 2;
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

namespace {
template <class T>
const type_desc* timer_like_desc(const char* name) {
  static const struct_field fields[] = {{"C", chan_of(type_of<Time>(), chan_dir::recv), offsetof(T, C), false, true}};
  static const type_desc desc = [name] {
    type_desc d;
    d.kind = kind::struct_;
    d.name = name;
    d.pkg_path = "time";
    d.named = true;
    d.has_pointers = true;
    d.size = sizeof(T);
    d.align = alignof(T);
    d.fields = fields;
    d.num_fields = 1;
    d.equal = &equal_fn<T>;
    return d;
  }();
  return &desc;
}
}  // namespace

const type_desc* Timer_desc() { return timer_like_desc<Timer>("time.Timer"); }
const type_desc* Ticker_desc() { return timer_like_desc<Ticker>("time.Ticker"); }

// AfterFunc: the timer fires inside the scheduler, where no goroutine can start, so a helper
// goroutine waits for it on a private channel and starts f in a goroutine of its own each time
// (Reset after firing runs f again, as in Go). C stays nil, as in Go. The helper is parked
// while the timer is pending or stopped; runtime.NumGoroutine counts it, Go's does not.
ptr<Timer> AfterFunc(Duration d, func<void()> f) {
  ptr<Timer> t = gc_new<Timer>();
  chan<Time> fired = make_chan<Time>(1);
  t->r = new_chan_timer(fired, d, 0);
  go::go([fired, f]() {
    for (;;) {
      fired.recv();
      go::go(f);
    }
  });
  return t;
}

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
