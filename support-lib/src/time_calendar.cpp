// Package time, the calendar (include/go/time.h): Month and Weekday names, locations, Date's
// normalization, and a Time's civil fields. A Time counts seconds from January 1 of year 1 UTC;
// days convert to proleptic Gregorian dates with Howard Hinnant's days_from_civil /
// civil_from_days, exact over the whole int64 range Go allows. Local follows the C library's
// rules (TZ, /etc/localtime) through localtime_r, so daylight saving time shifts as it does in
// Go; a fixed zone has one offset.
#include <time.h>

#include <cstdio>

#include "go/errors.h"
#include "go/gc.h"
#include "go/iface.h"
#include "go/panic.h"
#include "go/time.h"

namespace go::time {
namespace {

const char* const month_names[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};
const char* const day_names[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

Location utc_loc{go::string("UTC"), 0, false};
Location local_loc{go::string("Local"), 0, true};

go::string bad_enum(const char* type, int_ v) {
  char buf[48];
  const int n = std::snprintf(buf, sizeof buf, "%%!%s(%lld)", type, static_cast<long long>(v));
  return go::string::from_bytes(buf, n);
}

// Days since 1970-01-01 of y-m-d (m in 1..12), and back.
int64 days_from_civil(int64 y, int64 m, int64 d) {
  y -= m <= 2;
  const int64 era = (y >= 0 ? y : y - 399) / 400;
  const int64 yoe = y - era * 400;
  const int64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void civil_from_days(int64 z, int64& y, int_& m, int_& d) {
  z += 719468;
  const int64 era = (z >= 0 ? z : z - 146096) / 146097;
  const int64 doe = z - era * 146097;
  const int64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64 mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y = yoe + era * 400 + (m <= 2);
}

int64 floor_div(int64 a, int64 b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// The zone of loc at Unix time `unix`: abbreviation and offset.
void zone_at(const ptr<Location>& loc, int64 unix, go::string& name, int_& offset) {
  if (loc == nullptr) {
    name = go::string("UTC");
    offset = 0;
    return;
  }
  if (!loc->local) {
    name = loc->name;
    offset = loc->offset;
    return;
  }
  const time_t tt = static_cast<time_t>(unix);
  tm parts{};
  if (::localtime_r(&tt, &parts) == nullptr) {
    name = go::string("UTC");
    offset = 0;
    return;
  }
  offset = parts.tm_gmtoff;
  name = go::string::from_view(parts.tm_zone != nullptr ? parts.tm_zone : "UTC");
}

// Go's setLoc: UTC is stored as null, so Date(..., UTC) == t.UTC().
ptr<Location> norm_loc(ptr<Location> loc) { return loc == UTC ? ptr<Location>() : loc; }

void norm(int_& hi, int_& lo, int_ base) {
  if (lo < 0) {
    const int_ n = (-lo - 1) / base + 1;
    hi -= n;
    lo += n * base;
  }
  if (lo >= base) {
    const int_ n = lo / base;
    hi += n;
    lo -= n * base;
  }
}

}  // namespace

ptr<Location> UTC = &utc_loc;
ptr<Location> Local = &local_loc;

go::string Month_String(Month m) {
  if (m >= 1 && m <= 12) return go::string::from_view(month_names[m - 1]);
  return bad_enum("Month", m);
}

go::string Weekday_String(Weekday d) {
  if (d >= 0 && d <= 6) return go::string::from_view(day_names[d]);
  return bad_enum("Weekday", d);
}

const type_desc* Month_desc() {
  static const type_desc desc = [] {
    type_desc d = int_type;
    d.name = "time.Month";
    d.pkg_path = "time";
    d.named = true;
    d.string_method = +[](const void* v) { return Month_String(*static_cast<const Month*>(v)); };
    static const method_entry methods[] = {
        {"String", erase_method(+[](void* self) { return Month_String(*static_cast<Month*>(self)); })},
    };
    d.methods = methods;
    d.num_methods = 1;
    return d;
  }();
  return &desc;
}

const type_desc* Weekday_desc() {
  static const type_desc desc = [] {
    type_desc d = int_type;
    d.name = "time.Weekday";
    d.pkg_path = "time";
    d.named = true;
    d.string_method = +[](const void* v) { return Weekday_String(*static_cast<const Weekday*>(v)); };
    static const method_entry methods[] = {
        {"String", erase_method(+[](void* self) { return Weekday_String(*static_cast<Weekday*>(self)); })},
    };
    d.methods = methods;
    d.num_methods = 1;
    return d;
  }();
  return &desc;
}

go::string Location_String(ptr<Location> l) { return l == nullptr ? go::string("UTC") : l->name; }

const type_desc* Location_desc() {
  static const type_desc* ptr_desc_v = nullptr;
  static const type_desc desc = [] {
    type_desc d;
    d.kind = kind::struct_;
    d.name = "time.Location";
    d.pkg_path = "time";
    d.named = true;
    d.has_pointers = true;
    d.size = sizeof(Location);
    d.align = alignof(Location);
    d.equal = &equal_fn<Location>;
    d.ptr_desc = +[]() -> const type_desc* {
      if (ptr_desc_v == nullptr) {
        static type_desc p = plain_pointer_desc(Location_desc());
        static const method_entry methods[] = {
            {"String", erase_method(+[](void* self) { return Location_String(*static_cast<ptr<Location>*>(self)); })},
        };
        p.methods = methods;
        p.num_methods = 1;
        p.string_method = +[](const void* v) { return Location_String(*static_cast<const ptr<Location>*>(v)); };
        ptr_desc_v = &p;
      }
      return ptr_desc_v;
    };
    return d;
  }();
  return &desc;
}

ptr<Location> FixedZone(go::string name, int_ offset) {
  ptr<Location> l = gc_new<Location>();
  l->name = name;
  l->offset = offset;
  return l;
}

std::tuple<ptr<Location>, go::error> LoadLocation(go::string name) {
  if (name.len() == 0 || name == go::string("UTC")) return {UTC, nullptr};
  if (name == go::string("Local")) return {Local, nullptr};
  return {nullptr, go::errors::New(go::string("unknown time zone ") + name)};
}

civil_fields civil_of(const Time& t) {
  civil_fields c{};
  const int64 unix = t.sec - unix_to_internal;
  zone_at(t.loc, unix, c.zone, c.offset);
  const int64 local = unix + c.offset;
  const int64 days = floor_div(local, 86400);
  int64 secs = local - days * 86400;
  civil_from_days(days, c.year, c.month, c.day);
  c.yday = days - days_from_civil(c.year, 1, 1);
  c.hour = secs / 3600;
  secs %= 3600;
  c.min = secs / 60;
  c.sec = secs % 60;
  int64 wd = (days + 4) % 7;  // 1970-01-01 was a Thursday
  if (wd < 0) wd += 7;
  c.weekday = wd;
  return c;
}

Time Date(int_ year, Month month, int_ day, int_ hour, int_ min, int_ sec, int_ nsec, ptr<Location> loc) {
  if (loc == nullptr) panic(go::any(go::string("time: missing Location in call to Date")));
  int_ m = month - 1;
  norm(year, m, 12);
  norm(sec, nsec, 1000000000);
  norm(min, sec, 60);
  norm(hour, min, 60);
  norm(day, hour, 24);
  const int64 days = days_from_civil(year, m + 1, 1) + day - 1;
  const int64 local = days * 86400 + hour * 3600 + min * 60 + sec;
  // Go's Date: guess with the offset at the local reading, then correct once.
  go::string name;
  int_ offset = 0;
  zone_at(loc, local, name, offset);
  int64 unix = local - offset;
  int_ offset2 = 0;
  zone_at(loc, unix, name, offset2);
  if (offset2 != offset) unix = local - offset2;
  return Time{unix + unix_to_internal, nsec, 0, norm_loc(loc)};
}

int_ Time_Year(Time t) { return civil_of(t).year; }
Month Time_Month(Time t) { return civil_of(t).month; }
int_ Time_Day(Time t) { return civil_of(t).day; }
int_ Time_Hour(Time t) { return civil_of(t).hour; }
int_ Time_Minute(Time t) { return civil_of(t).min; }
int_ Time_Second(Time t) { return civil_of(t).sec; }
int_ Time_Nanosecond(Time t) { return t.nsec; }
Weekday Time_Weekday(Time t) { return civil_of(t).weekday; }
int_ Time_YearDay(Time t) { return civil_of(t).yday + 1; }

std::tuple<int_, Month, int_> Time_Date(Time t) {
  const civil_fields c = civil_of(t);
  return {c.year, c.month, c.day};
}

std::tuple<int_, int_, int_> Time_Clock(Time t) {
  const civil_fields c = civil_of(t);
  return {c.hour, c.min, c.sec};
}

std::tuple<int_, int_> Time_ISOWeek(Time t) {
  // Go's ISOWeek: move to the Thursday of the same Monday-to-Sunday week; its year is the ISO
  // year, and its day of the year gives the week.
  const civil_fields c = civil_of(t);
  int_ d = 4 - c.weekday;
  if (d == 4) d = -3;  // Sunday belongs to the week that started six days before
  const int64 days = days_from_civil(c.year, c.month, c.day) + d;
  int64 y = 0;
  int_ m = 0, dd = 0;
  civil_from_days(days, y, m, dd);
  const int64 yday = days - days_from_civil(y, 1, 1);
  return {y, yday / 7 + 1};
}

std::tuple<go::string, int_> Time_Zone(Time t) {
  const civil_fields c = civil_of(t);
  return {c.zone, c.offset};
}

Time Time_UTC(Time t) {
  t.loc = nullptr;
  return t;
}
Time Time_Local(Time t) {
  t.loc = Local;
  return t;
}
Time Time_In(Time t, ptr<Location> loc) {
  if (loc == nullptr) panic(go::any(go::string("time: missing Location in call to Time.In")));
  t.loc = norm_loc(loc);
  return t;
}
ptr<Location> Time_Location(Time t) { return t.loc == nullptr ? UTC : t.loc; }

Time Time_AddDate(Time t, int_ years, int_ months, int_ days) {
  const civil_fields c = civil_of(t);
  Time r = Date(c.year + years, c.month + months, c.day + days, c.hour, c.min, c.sec, t.nsec, Time_Location(t));
  return r;
}

namespace {
// (a * b) mod m without a 128-bit type (32-bit targets have none): double-and-add, every
// intermediate below 2m <= 2^64.
uint64_t mulmod(uint64_t a, uint64_t b, uint64_t m) {
  uint64_t r = 0;
  a %= m;
  while (b > 0) {
    if (b & 1) r = (r + a) % m;
    a = (a + a) % m;
    b >>= 1;
  }
  return r;
}

// Go's div(t, d) for Truncate and Round: the remainder of t (since year 1) modulo d, in [0, d).
Duration time_rem(const Time& t, Duration d) {
  const auto ud = static_cast<uint64_t>(d);
  int64 s = t.sec % d;
  if (s < 0) s += d;
  return static_cast<Duration>((mulmod(static_cast<uint64_t>(s), 1000000000, ud) + static_cast<uint64_t>(t.nsec) % ud) % ud);
}
bool less_than_half(Duration x, Duration y) {
  return static_cast<uint64_t>(x) + static_cast<uint64_t>(x) < static_cast<uint64_t>(y);
}
}  // namespace

Time Time_Truncate(Time t, Duration d) {
  t.mono = 0;
  if (d <= 0) return t;
  return Time_Add(t, -time_rem(t, d));
}

Time Time_Round(Time t, Duration d) {
  t.mono = 0;
  if (d <= 0) return t;
  const Duration r = time_rem(t, d);
  if (less_than_half(r, d)) return Time_Add(t, -r);
  return Time_Add(t, d - r);
}

}  // namespace go::time
