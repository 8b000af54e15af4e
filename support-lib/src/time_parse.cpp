// Package time, Parse and ParseDuration (include/go/time.h): Go 1.19's parse and its helpers
// (getnum, skip, parseTimeZone, parseNanoseconds, ...) ported function for function, with the
// same errors — *time.ParseError's text, ParseDuration's messages.
#include <string>
#include <string_view>

#include "go/errors.h"
#include "go/gc.h"
#include "go/iface.h"
#include "go/time.h"
#include "time_layout.h"

namespace go::time {
namespace {

using namespace layout;

go::string quote(sv s) {
  static const char hex[] = "0123456789abcdef";
  std::string buf = "\"";
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b >= 0x80 || b < ' ') {
      // Go quotes each byte of a non-ASCII rune as \xNN (a whole rune when valid UTF-8).
      std::size_t width = 1;
      if (b >= 0xC0) {
        width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
        bool valid = i + width <= s.size();
        for (std::size_t k = 1; valid && k < width; k++) valid = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
        if (!valid) width = 1;
      }
      for (std::size_t j = 0; j < width; j++) {
        const auto x = static_cast<unsigned char>(s[i + j]);
        buf += "\\x";
        buf += hex[x >> 4];
        buf += hex[x & 0xF];
      }
      i += width;
    } else {
      if (b == '"' || b == '\\') buf += '\\';
      buf += static_cast<char>(b);
      i++;
    }
  }
  buf += '"';
  return go::string::from_view(buf);
}

go::string parse_error_text(const ParseError& e) {
  if (e.Message.len() == 0) {
    return go::string("parsing time ") + quote(e.Value.view()) + go::string(" as ") + quote(e.Layout.view()) +
           go::string(": cannot parse ") + quote(e.ValueElem.view()) + go::string(" as ") +
           quote(e.LayoutElem.view());
  }
  return go::string("parsing time ") + quote(e.Value.view()) + e.Message;
}

const type_desc* parse_error_ptr_desc() {
  static const type_desc desc = [] {
    type_desc d = plain_pointer_desc(ParseError_desc());
    static const method_entry methods[] = {
        {"Error", erase_method(+[](void* self) { return ParseError_Error(*static_cast<ptr<ParseError>*>(self)); })},
    };
    d.methods = methods;
    d.num_methods = 1;
    d.error_method = +[](const void* v) { return ParseError_Error(*static_cast<const ptr<ParseError>*>(v)); };
    return d;
  }();
  return &desc;
}

go::error parse_error(sv layout, sv value, sv layout_elem, sv value_elem, const std::string& msg) {
  ptr<ParseError> e = gc_new<ParseError>();
  e->Layout = go::string::from_view(layout);
  e->Value = go::string::from_view(value);
  e->LayoutElem = go::string::from_view(layout_elem);
  e->ValueElem = go::string::from_view(value_elem);
  e->Message = go::string::from_view(msg);
  return go::error(parse_error_ptr_desc(), e);
}

bool match(sv s1, sv s2) {
  for (std::size_t i = 0; i < s1.size(); i++) {
    char c1 = s1[i], c2 = s2[i];
    if (c1 != c2) {
      c1 |= 'a' - 'A';
      c2 |= 'a' - 'A';
      if (c1 != c2 || c1 < 'a' || c1 > 'z') return false;
    }
  }
  return true;
}

template <std::size_t N>
bool lookup(const sv (&tab)[N], sv& val, int_& idx) {
  for (std::size_t i = 0; i < N; i++) {
    if (val.size() >= tab[i].size() && match(val.substr(0, tab[i].size()), tab[i])) {
      idx = static_cast<int_>(i);
      val = val.substr(tab[i].size());
      return true;
    }
  }
  return false;
}

bool leading_int(sv s, uint64_t& x, sv& rem) {
  x = 0;
  std::size_t i = 0;
  for (; i < s.size(); i++) {
    const char c = s[i];
    if (c < '0' || c > '9') break;
    if (x > (uint64_t{1} << 63) / 10) return false;
    x = x * 10 + static_cast<uint64_t>(c - '0');
    if (x > uint64_t{1} << 63) return false;
  }
  rem = s.substr(i);
  return true;
}

bool atoi(sv s, int_& x) {
  bool neg = false;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    neg = s[0] == '-';
    s = s.substr(1);
  }
  uint64_t q = 0;
  sv rem;
  if (!leading_int(s, q, rem) || !rem.empty()) return false;
  x = neg ? -static_cast<int_>(q) : static_cast<int_>(q);
  return true;
}

bool getnum(sv& s, bool fixed, int_& out) {
  if (!is_digit(s, 0)) return false;
  if (!is_digit(s, 1)) {
    if (fixed) return false;
    out = s[0] - '0';
    s = s.substr(1);
    return true;
  }
  out = (s[0] - '0') * 10 + (s[1] - '0');
  s = s.substr(2);
  return true;
}

bool getnum3(sv& s, bool fixed, int_& out) {
  int_ n = 0;
  std::size_t i = 0;
  for (; i < 3 && is_digit(s, i); i++) n = n * 10 + (s[i] - '0');
  if (i == 0 || (fixed && i != 3)) return false;
  out = n;
  s = s.substr(i);
  return true;
}

sv cutspace(sv s) {
  while (!s.empty() && s[0] == ' ') s = s.substr(1);
  return s;
}

bool skip(sv& value, sv prefix) {
  while (!prefix.empty()) {
    if (prefix[0] == ' ') {
      if (!value.empty() && value[0] != ' ') return false;
      prefix = cutspace(prefix);
      value = cutspace(value);
      continue;
    }
    if (value.empty() || value[0] != prefix[0]) return false;
    prefix = prefix.substr(1);
    value = value.substr(1);
  }
  return true;
}

bool comma_or_period(char b) { return b == '.' || b == ','; }

// parseNanoseconds: value[0] is the separator, then nbytes-1 digits.
bool parse_nanoseconds(sv value, std::size_t nbytes, int_& ns, std::string& range_err) {
  if (!comma_or_period(value[0])) return false;
  if (nbytes > 10) {
    value = value.substr(0, 10);
    nbytes = 10;
  }
  if (!atoi(value.substr(1, nbytes - 1), ns)) return false;
  if (ns < 0) {
    range_err = "fractional second";
    return true;
  }
  for (std::size_t i = 0; i < 10 - nbytes; i++) ns *= 10;
  return true;
}

std::size_t parse_signed_offset(sv value) {
  if (value.empty() || (value[0] != '-' && value[0] != '+')) return 0;
  uint64_t x = 0;
  sv rem;
  if (!leading_int(value.substr(1), x, rem) || value.substr(1).size() == rem.size()) return 0;
  if (x > 23) return 0;
  return value.size() - rem.size();
}

bool parse_time_zone(sv value, std::size_t& length) {
  if (value.size() < 3) return false;
  if (value.size() >= 4 && (value.substr(0, 4) == "ChST" || value.substr(0, 4) == "MeST")) {
    length = 4;
    return true;
  }
  if (value.substr(0, 3) == "GMT") {
    length = value.size() == 3 ? 3 : 3 + parse_signed_offset(value.substr(3));
    return true;
  }
  if (value[0] == '+' || value[0] == '-') {
    length = parse_signed_offset(value);
    return length > 0;
  }
  std::size_t n_upper = 0;
  for (; n_upper < 6; n_upper++) {
    if (n_upper >= value.size()) break;
    if (const char c = value[n_upper]; c < 'A' || 'Z' < c) break;
  }
  switch (n_upper) {
    case 5:
      if (value[4] == 'T') {
        length = 5;
        return true;
      }
      return false;
    case 4:
      if (value[3] == 'T' || value.substr(0, 4) == "WITA") {
        length = 4;
        return true;
      }
      return false;
    case 3: length = 3; return true;
    default: return false;
  }
}

bool is_leap(int_ y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }
constexpr int32_t days_before[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};
int_ days_in(int_ m, int_ year) {
  if (m == 2 && is_leap(year)) return 29;
  return days_before[m] - days_before[m - 1];
}

std::tuple<Time, go::error> parse(sv layout, sv value, ptr<Location> default_loc, ptr<Location> local) {
  const sv alayout = layout, avalue = value;
  std::string range_err;
  bool am_set = false, pm_set = false;
  int_ year = 0, month = -1, day = -1, yday = -1, hour = 0, min = 0, sec = 0, nsec = 0;
  ptr<Location> z;
  bool z_set = false;
  int_ zone_offset = -1;
  sv zone_name;
  for (;;) {
    const chunk ch = next_std_chunk(layout);
    const sv stdstr = layout.substr(ch.prefix.size(), layout.size() - ch.prefix.size() - ch.suffix.size());
    if (!skip(value, ch.prefix)) return {Time{}, parse_error(alayout, avalue, ch.prefix, value, "")};
    if (ch.std == 0) {
      if (!value.empty()) {
        return {Time{}, parse_error(alayout, avalue, "", value, ": extra text: " + std::string(quote(value).view()))};
      }
      break;
    }
    layout = ch.suffix;
    int std = ch.std;
    bool ok = true;
    switch (std & stdMask) {
      case stdYear: {
        if (value.size() < 2) {
          ok = false;
          break;
        }
        const sv hold = value;
        const sv p = value.substr(0, 2);
        value = value.substr(2);
        ok = atoi(p, year);
        if (!ok) {
          value = hold;
        } else {
          year += year >= 69 ? 1900 : 2000;
        }
        break;
      }
      case stdLongYear:
        if (value.size() < 4 || !is_digit(value, 0)) {
          ok = false;
          break;
        }
        ok = atoi(value.substr(0, 4), year);
        value = value.substr(4);
        break;
      case stdMonth:
        ok = lookup(short_month_names, value, month);
        month++;
        break;
      case stdLongMonth:
        ok = lookup(long_month_names, value, month);
        month++;
        break;
      case stdNumMonth:
      case stdZeroMonth:
        ok = getnum(value, std == stdZeroMonth, month);
        if (ok && (month <= 0 || 12 < month)) range_err = "month";
        break;
      case stdWeekDay: {
        int_ ignored = 0;
        ok = lookup(short_day_names, value, ignored);
        break;
      }
      case stdLongWeekDay: {
        int_ ignored = 0;
        ok = lookup(long_day_names, value, ignored);
        break;
      }
      case stdDay:
      case stdUnderDay:
      case stdZeroDay:
        if (std == stdUnderDay && !value.empty() && value[0] == ' ') value = value.substr(1);
        ok = getnum(value, std == stdZeroDay, day);
        break;
      case stdUnderYearDay:
      case stdZeroYearDay:
        for (int i = 0; i < 2; i++) {
          if (std == stdUnderYearDay && !value.empty() && value[0] == ' ') value = value.substr(1);
        }
        ok = getnum3(value, std == stdZeroYearDay, yday);
        break;
      case stdHour:
        ok = getnum(value, false, hour);
        if (hour < 0 || 24 <= hour) range_err = "hour";
        break;
      case stdHour12:
      case stdZeroHour12:
        ok = getnum(value, std == stdZeroHour12, hour);
        if (hour < 0 || 12 < hour) range_err = "hour";
        break;
      case stdMinute:
      case stdZeroMinute:
        ok = getnum(value, std == stdZeroMinute, min);
        if (min < 0 || 60 <= min) range_err = "minute";
        break;
      case stdSecond:
      case stdZeroSecond: {
        ok = getnum(value, std == stdZeroSecond, sec);
        if (sec < 0 || 60 <= sec) {
          range_err = "second";
          break;
        }
        if (value.size() >= 2 && comma_or_period(value[0]) && is_digit(value, 1)) {
          const int next = next_std_chunk(layout).std & stdMask;
          if (next == stdFracSecond0 || next == stdFracSecond9) break;
          std::size_t n = 2;
          while (n < value.size() && is_digit(value, n)) n++;
          ok = parse_nanoseconds(value, n, nsec, range_err);
          value = value.substr(n);
        }
        break;
      }
      case stdPM:
      case stdpm: {
        if (value.size() < 2) {
          ok = false;
          break;
        }
        const sv p = value.substr(0, 2);
        value = value.substr(2);
        const bool upper = (std & stdMask) == stdPM;
        if (p == (upper ? "PM" : "pm")) {
          pm_set = true;
        } else if (p == (upper ? "AM" : "am")) {
          am_set = true;
        } else {
          ok = false;
        }
        break;
      }
      case stdISO8601TZ:
      case stdISO8601ColonTZ:
      case stdISO8601SecondsTZ:
      case stdISO8601ShortTZ:
      case stdISO8601ColonSecondsTZ:
      case stdNumTZ:
      case stdNumShortTZ:
      case stdNumColonTZ:
      case stdNumSecondsTz:
      case stdNumColonSecondsTZ: {
        if ((std == stdISO8601TZ || std == stdISO8601ShortTZ || std == stdISO8601ColonTZ) && !value.empty() &&
            value[0] == 'Z') {
          value = value.substr(1);
          z = UTC;
          z_set = true;
          break;
        }
        sv sign, hh, mm, ss;
        if (std == stdISO8601ColonTZ || std == stdNumColonTZ) {
          if (value.size() < 6 || value[3] != ':') {
            ok = false;
            break;
          }
          sign = value.substr(0, 1), hh = value.substr(1, 2), mm = value.substr(4, 2), ss = "00";
          value = value.substr(6);
        } else if (std == stdNumShortTZ || std == stdISO8601ShortTZ) {
          if (value.size() < 3) {
            ok = false;
            break;
          }
          sign = value.substr(0, 1), hh = value.substr(1, 2), mm = "00", ss = "00";
          value = value.substr(3);
        } else if (std == stdISO8601ColonSecondsTZ || std == stdNumColonSecondsTZ) {
          if (value.size() < 9 || value[3] != ':' || value[6] != ':') {
            ok = false;
            break;
          }
          sign = value.substr(0, 1), hh = value.substr(1, 2), mm = value.substr(4, 2), ss = value.substr(7, 2);
          value = value.substr(9);
        } else if (std == stdISO8601SecondsTZ || std == stdNumSecondsTz) {
          if (value.size() < 7) {
            ok = false;
            break;
          }
          sign = value.substr(0, 1), hh = value.substr(1, 2), mm = value.substr(3, 2), ss = value.substr(5, 2);
          value = value.substr(7);
        } else {
          if (value.size() < 5) {
            ok = false;
            break;
          }
          sign = value.substr(0, 1), hh = value.substr(1, 2), mm = value.substr(3, 2), ss = "00";
          value = value.substr(5);
        }
        int_ hr = 0, mi = 0, se = 0;
        ok = atoi(hh, hr) && atoi(mm, mi) && atoi(ss, se);
        zone_offset = (hr * 60 + mi) * 60 + se;
        if (sign[0] == '-') {
          zone_offset = -zone_offset;
        } else if (sign[0] != '+') {
          ok = false;
        }
        break;
      }
      case stdTZ: {
        if (value.size() >= 3 && value.substr(0, 3) == "UTC") {
          z = UTC;
          z_set = true;
          value = value.substr(3);
          break;
        }
        std::size_t n = 0;
        if (!parse_time_zone(value, n)) {
          ok = false;
          break;
        }
        zone_name = value.substr(0, n);
        value = value.substr(n);
        break;
      }
      case stdFracSecond0: {
        const std::size_t ndigit = 1 + static_cast<std::size_t>(digits_len(std));
        if (value.size() < ndigit) {
          ok = false;
          break;
        }
        ok = parse_nanoseconds(value, ndigit, nsec, range_err);
        value = value.substr(ndigit);
        break;
      }
      case stdFracSecond9: {
        if (value.size() < 2 || !comma_or_period(value[0]) || value[1] < '0' || '9' < value[1]) break;
        std::size_t i = 0;
        while (i < 9 && i + 1 < value.size() && '0' <= value[i + 1] && value[i + 1] <= '9') i++;
        ok = parse_nanoseconds(value, 1 + i, nsec, range_err);
        value = value.substr(1 + i);
        break;
      }
      default: break;
    }
    if (!range_err.empty()) {
      return {Time{}, parse_error(alayout, avalue, stdstr, value, ": " + range_err + " out of range")};
    }
    if (!ok) return {Time{}, parse_error(alayout, avalue, stdstr, value, "")};
  }
  if (pm_set && hour < 12) {
    hour += 12;
  } else if (am_set && hour == 12) {
    hour = 0;
  }
  if (yday >= 0) {
    int_ d = 0, m = 0;
    if (is_leap(year)) {
      if (yday == 31 + 29) {
        m = 2;
        d = 29;
      } else if (yday > 31 + 29) {
        yday--;
      }
    }
    if (yday < 1 || yday > 365) return {Time{}, parse_error(alayout, avalue, "", value, ": day-of-year out of range")};
    if (m == 0) {
      m = (yday - 1) / 31 + 1;
      if (days_before[m] < yday) m++;
      d = yday - days_before[m - 1];
    }
    if (month >= 0 && month != m) {
      return {Time{}, parse_error(alayout, avalue, "", value, ": day-of-year does not match month")};
    }
    month = m;
    if (day >= 0 && day != d) {
      return {Time{}, parse_error(alayout, avalue, "", value, ": day-of-year does not match day")};
    }
    day = d;
  } else {
    if (month < 0) month = 1;
    if (day < 0) day = 1;
  }
  if (day < 1 || day > days_in(month, year)) return {Time{}, parse_error(alayout, avalue, "", value, ": day out of range")};
  if (z_set) return {Date(year, month, day, hour, min, sec, nsec, z), nullptr};
  if (zone_offset != -1) {
    Time t = Date(year, month, day, hour, min, sec, nsec, UTC);
    t.sec -= zone_offset;
    // Go keeps `local` when it has this offset (and name) at that instant.
    t.loc = local;
    auto [name, offset] = Time_Zone(t);
    if (offset == zone_offset && (zone_name.empty() || name.view() == zone_name)) return {t, nullptr};
    t.loc = FixedZone(go::string::from_view(zone_name), zone_offset);
    return {t, nullptr};
  }
  if (!zone_name.empty()) {
    Time t = Date(year, month, day, hour, min, sec, nsec, UTC);
    t.loc = local;
    auto [name, offset] = Time_Zone(Time_Add(t, 0));
    if (name.view() == zone_name) {
      t.sec -= offset;
      return {t, nullptr};
    }
    int_ off = 0;
    if (zone_name.size() > 3 && zone_name.substr(0, 3) == "GMT") {
      atoi(zone_name.substr(3), off);
      off *= 3600;
    }
    t.loc = FixedZone(go::string::from_view(zone_name), off);
    return {t, nullptr};
  }
  return {Date(year, month, day, hour, min, sec, nsec, default_loc), nullptr};
}

go::error duration_error(const std::string& msg) { return go::errors::New(go::string::from_view(msg)); }

}  // namespace

go::string ParseError_Error(ptr<ParseError> e) { return parse_error_text(*e); }

const type_desc* ParseError_desc() {
  static const type_desc desc = [] {
    type_desc d;
    d.kind = kind::struct_;
    d.name = "time.ParseError";
    d.pkg_path = "time";
    d.named = true;
    d.has_pointers = true;
    d.size = sizeof(ParseError);
    d.align = alignof(ParseError);
    d.equal = &equal_fn<ParseError>;
    d.ptr_desc = &parse_error_ptr_desc;
    return d;
  }();
  return &desc;
}

std::tuple<Time, go::error> Parse(go::string layout, go::string value) {
  return parse(layout.view(), value.view(), UTC, Local);
}

std::tuple<Time, go::error> ParseInLocation(go::string layout, go::string value, ptr<Location> loc) {
  return parse(layout.view(), value.view(), loc, loc);
}

std::tuple<Duration, go::error> ParseDuration(go::string str) {
  const sv orig = str.view();
  sv s = orig;
  const std::string invalid = "time: invalid duration " + std::string(quote(orig).view());
  uint64_t d = 0;
  bool neg = false;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    neg = s[0] == '-';
    s = s.substr(1);
  }
  if (s == "0") return {0, nullptr};
  if (s.empty()) return {0, duration_error(invalid)};
  while (!s.empty()) {
    uint64_t v = 0, f = 0;
    double scale = 1;
    if (!(s[0] == '.' || ('0' <= s[0] && s[0] <= '9'))) return {0, duration_error(invalid)};
    const std::size_t pl = s.size();
    if (!leading_int(s, v, s)) return {0, duration_error(invalid)};
    const bool pre = pl != s.size();
    bool post = false;
    if (!s.empty() && s[0] == '.') {
      s = s.substr(1);
      const std::size_t pl2 = s.size();
      // leadingFraction
      std::size_t i = 0;
      bool overflow = false;
      for (; i < s.size(); i++) {
        const char c = s[i];
        if (c < '0' || c > '9') break;
        if (overflow) continue;
        if (f > ((uint64_t{1} << 63) - 1) / 10) {
          overflow = true;
          continue;
        }
        const uint64_t y = f * 10 + static_cast<uint64_t>(c - '0');
        if (y > uint64_t{1} << 63) {
          overflow = true;
          continue;
        }
        f = y;
        scale *= 10;
      }
      s = s.substr(i);
      post = pl2 != s.size();
    }
    if (!pre && !post) return {0, duration_error(invalid)};
    std::size_t i = 0;
    for (; i < s.size(); i++) {
      const char c = s[i];
      if (c == '.' || ('0' <= c && c <= '9')) break;
    }
    if (i == 0) return {0, duration_error("time: missing unit in duration " + std::string(quote(orig).view()))};
    const sv u = s.substr(0, i);
    s = s.substr(i);
    uint64_t unit = 0;
    if (u == "ns") {
      unit = Nanosecond;
    } else if (u == "us" || u == "\xC2\xB5s" || u == "\xCE\xBCs") {
      unit = Microsecond;
    } else if (u == "ms") {
      unit = Millisecond;
    } else if (u == "s") {
      unit = Second;
    } else if (u == "m") {
      unit = Minute;
    } else if (u == "h") {
      unit = Hour;
    } else {
      return {0, duration_error("time: unknown unit " + std::string(quote(u).view()) + " in duration " +
                                std::string(quote(orig).view()))};
    }
    if (v > (uint64_t{1} << 63) / unit) return {0, duration_error(invalid)};
    v *= unit;
    if (f > 0) {
      v += static_cast<uint64_t>(static_cast<double>(f) * (static_cast<double>(unit) / scale));
      if (v > uint64_t{1} << 63) return {0, duration_error(invalid)};
    }
    d += v;
    if (d > uint64_t{1} << 63) return {0, duration_error(invalid)};
  }
  if (neg) return {-static_cast<Duration>(d), nullptr};
  if (d > (uint64_t{1} << 63) - 1) return {0, duration_error(invalid)};
  return {static_cast<Duration>(d), nullptr};
}

}  // namespace go::time
