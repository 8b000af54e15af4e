// Package time, Format (include/go/time.h): Go 1.19's format.go ported function for function —
// nextStdChunk splits a layout at its next reference element ("Jan", "2006", "15", ".000",
// "Z07:00", ...) and AppendFormat writes each element of the time in its location.
#include <string>
#include <string_view>

#include "go/time.h"
#include "time_layout.h"

namespace go::time {
namespace layout {

bool starts_with_lower(sv s) { return !s.empty() && s[0] >= 'a' && s[0] <= 'z'; }
bool is_digit(sv s, std::size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; }

int std_frac_second(int code, int n, char c) {
  const int v = code | ((n & 0xfff) << stdArgShift);
  return c == '.' ? v : v | 1 << stdSeparatorShift;
}
int digits_len(int std) { return (std >> stdArgShift) & 0xfff; }
char separator(int std) { return (std >> stdSeparatorShift) == 0 ? '.' : ','; }

chunk next_std_chunk(sv layout) {
  const std::size_t n = layout.size();
  auto at = [&](std::size_t i, sv what) { return n >= i + what.size() && layout.substr(i, what.size()) == what; };
  for (std::size_t i = 0; i < n; i++) {
    const char c = layout[i];
    const sv pre = layout.substr(0, i);
    switch (c) {
      case 'J':
        if (at(i, "Jan")) {
          if (at(i, "January")) return {pre, stdLongMonth, layout.substr(i + 7)};
          if (!starts_with_lower(layout.substr(i + 3))) return {pre, stdMonth, layout.substr(i + 3)};
        }
        break;
      case 'M':
        if (n >= i + 3) {
          if (at(i, "Mon")) {
            if (at(i, "Monday")) return {pre, stdLongWeekDay, layout.substr(i + 6)};
            if (!starts_with_lower(layout.substr(i + 3))) return {pre, stdWeekDay, layout.substr(i + 3)};
          }
          if (at(i, "MST")) return {pre, stdTZ, layout.substr(i + 3)};
        }
        break;
      case '0':
        if (n >= i + 2 && layout[i + 1] >= '1' && layout[i + 1] <= '6') {
          return {pre, std0x[layout[i + 1] - '1'], layout.substr(i + 2)};
        }
        if (at(i, "002")) return {pre, stdZeroYearDay, layout.substr(i + 3)};
        break;
      case '1':
        if (n >= i + 2 && layout[i + 1] == '5') return {pre, stdHour, layout.substr(i + 2)};
        return {pre, stdNumMonth, layout.substr(i + 1)};
      case '2':
        if (at(i, "2006")) return {pre, stdLongYear, layout.substr(i + 4)};
        return {pre, stdDay, layout.substr(i + 1)};
      case '_':
        if (n >= i + 2 && layout[i + 1] == '2') {
          if (at(i + 1, "2006")) return {layout.substr(0, i + 1), stdLongYear, layout.substr(i + 5)};
          return {pre, stdUnderDay, layout.substr(i + 2)};
        }
        if (at(i, "__2")) return {pre, stdUnderYearDay, layout.substr(i + 3)};
        break;
      case '3': return {pre, stdHour12, layout.substr(i + 1)};
      case '4': return {pre, stdMinute, layout.substr(i + 1)};
      case '5': return {pre, stdSecond, layout.substr(i + 1)};
      case 'P':
        if (n >= i + 2 && layout[i + 1] == 'M') return {pre, stdPM, layout.substr(i + 2)};
        break;
      case 'p':
        if (n >= i + 2 && layout[i + 1] == 'm') return {pre, stdpm, layout.substr(i + 2)};
        break;
      case '-':
        if (at(i, "-070000")) return {pre, stdNumSecondsTz, layout.substr(i + 7)};
        if (at(i, "-07:00:00")) return {pre, stdNumColonSecondsTZ, layout.substr(i + 9)};
        if (at(i, "-0700")) return {pre, stdNumTZ, layout.substr(i + 5)};
        if (at(i, "-07:00")) return {pre, stdNumColonTZ, layout.substr(i + 6)};
        if (at(i, "-07")) return {pre, stdNumShortTZ, layout.substr(i + 3)};
        break;
      case 'Z':
        if (at(i, "Z070000")) return {pre, stdISO8601SecondsTZ, layout.substr(i + 7)};
        if (at(i, "Z07:00:00")) return {pre, stdISO8601ColonSecondsTZ, layout.substr(i + 9)};
        if (at(i, "Z0700")) return {pre, stdISO8601TZ, layout.substr(i + 5)};
        if (at(i, "Z07:00")) return {pre, stdISO8601ColonTZ, layout.substr(i + 6)};
        if (at(i, "Z07")) return {pre, stdISO8601ShortTZ, layout.substr(i + 3)};
        break;
      case '.':
      case ',':
        if (i + 1 < n && (layout[i + 1] == '0' || layout[i + 1] == '9')) {
          const char ch = layout[i + 1];
          std::size_t j = i + 1;
          while (j < n && layout[j] == ch) j++;
          if (!is_digit(layout, j)) {
            const int code = ch == '9' ? stdFracSecond9 : stdFracSecond0;
            return {pre, std_frac_second(code, static_cast<int>(j - (i + 1)), c), layout.substr(j)};
          }
        }
        break;
      default:
        break;
    }
  }
  return {layout, 0, sv()};
}

void append_int(std::string& b, int64 x, int width) {
  uint64_t u = static_cast<uint64_t>(x);
  if (x < 0) {
    b += '-';
    u = -u;
  }
  char buf[20];
  int i = 20;
  while (u >= 10) {
    buf[--i] = static_cast<char>('0' + u % 10);
    u /= 10;
  }
  buf[--i] = static_cast<char>('0' + u);
  for (int w = 20 - i; w < width; w++) b += '0';
  b.append(buf + i, 20 - i);
}

void format_nano(std::string& b, uint64_t nanosec, int std) {
  int n = digits_len(std);
  const bool trim = (std & stdMask) == stdFracSecond9;
  char buf[9];
  for (int start = 9; start > 0;) {
    buf[--start] = static_cast<char>('0' + nanosec % 10);
    nanosec /= 10;
  }
  if (n > 9) n = 9;
  if (trim) {
    while (n > 0 && buf[n - 1] == '0') n--;
    if (n == 0) return;
  }
  b += separator(std);
  b.append(buf, n);
}

void append_format(std::string& b, const Time& t, sv layout) {
  const civil_fields c = civil_of(t);
  while (!layout.empty()) {
    const chunk ch = next_std_chunk(layout);
    b.append(ch.prefix);
    if (ch.std == 0) break;
    layout = ch.suffix;
    const int std = ch.std;
    switch (std & stdMask) {
      case stdYear: append_int(b, (c.year < 0 ? -c.year : c.year) % 100, 2); break;
      case stdLongYear: append_int(b, c.year, 4); break;
      case stdMonth: b.append(long_month_names[c.month - 1].substr(0, 3)); break;
      case stdLongMonth: b.append(long_month_names[c.month - 1]); break;
      case stdNumMonth: append_int(b, c.month, 0); break;
      case stdZeroMonth: append_int(b, c.month, 2); break;
      case stdWeekDay: b.append(long_day_names[c.weekday].substr(0, 3)); break;
      case stdLongWeekDay: b.append(long_day_names[c.weekday]); break;
      case stdDay: append_int(b, c.day, 0); break;
      case stdUnderDay:
        if (c.day < 10) b += ' ';
        append_int(b, c.day, 0);
        break;
      case stdZeroDay: append_int(b, c.day, 2); break;
      case stdUnderYearDay:
        if (c.yday + 1 < 100) {
          b += ' ';
          if (c.yday + 1 < 10) b += ' ';
        }
        append_int(b, c.yday + 1, 0);
        break;
      case stdZeroYearDay: append_int(b, c.yday + 1, 3); break;
      case stdHour: append_int(b, c.hour, 2); break;
      case stdHour12:
      case stdZeroHour12: {
        int_ hr = c.hour % 12;
        if (hr == 0) hr = 12;
        append_int(b, hr, (std & stdMask) == stdZeroHour12 ? 2 : 0);
        break;
      }
      case stdMinute: append_int(b, c.min, 0); break;
      case stdZeroMinute: append_int(b, c.min, 2); break;
      case stdSecond: append_int(b, c.sec, 0); break;
      case stdZeroSecond: append_int(b, c.sec, 2); break;
      case stdPM: b += c.hour >= 12 ? "PM" : "AM"; break;
      case stdpm: b += c.hour >= 12 ? "pm" : "am"; break;
      case stdISO8601TZ:
      case stdISO8601ColonTZ:
      case stdISO8601SecondsTZ:
      case stdISO8601ShortTZ:
      case stdISO8601ColonSecondsTZ:
      case stdNumTZ:
      case stdNumColonTZ:
      case stdNumSecondsTz:
      case stdNumShortTZ:
      case stdNumColonSecondsTZ: {
        const bool iso = std == stdISO8601TZ || std == stdISO8601ColonTZ || std == stdISO8601SecondsTZ ||
                         std == stdISO8601ShortTZ || std == stdISO8601ColonSecondsTZ;
        if (c.offset == 0 && iso) {
          b += 'Z';
          break;
        }
        int_ zone = c.offset / 60;
        int_ absoffset = c.offset;
        if (zone < 0) {
          b += '-';
          zone = -zone;
          absoffset = -absoffset;
        } else {
          b += '+';
        }
        append_int(b, zone / 60, 2);
        if (std == stdISO8601ColonTZ || std == stdNumColonTZ || std == stdISO8601ColonSecondsTZ ||
            std == stdNumColonSecondsTZ) {
          b += ':';
        }
        if (std != stdNumShortTZ && std != stdISO8601ShortTZ) append_int(b, zone % 60, 2);
        if (std == stdISO8601SecondsTZ || std == stdNumSecondsTz || std == stdNumColonSecondsTZ ||
            std == stdISO8601ColonSecondsTZ) {
          if (std == stdNumColonSecondsTZ || std == stdISO8601ColonSecondsTZ) b += ':';
          append_int(b, absoffset % 60, 2);
        }
        break;
      }
      case stdTZ: {
        if (c.zone.len() != 0) {
          b.append(c.zone.view());
          break;
        }
        int_ zone = c.offset / 60;
        if (zone < 0) {
          b += '-';
          zone = -zone;
        } else {
          b += '+';
        }
        append_int(b, zone / 60, 2);
        append_int(b, zone % 60, 2);
        break;
      }
      case stdFracSecond0:
      case stdFracSecond9: format_nano(b, static_cast<uint64_t>(t.nsec), std); break;
      default: break;
    }
  }
}

}  // namespace layout

using namespace layout;

go::slice<uint8> Time_AppendFormat(Time t, go::slice<uint8> b, go::string layout) {
  std::string out;
  append_format(out, t, layout.view());
  return go::append_string(b, go::string::from_view(out));
}

go::string Time_Format(Time t, go::string layout) {
  std::string out;
  append_format(out, t, layout.view());
  return go::string::from_view(out);
}

go::string Time_String(Time t) {
  std::string s;
  append_format(s, t, "2006-01-02 15:04:05.999999999 -0700 MST");
  if (t.mono != 0) {
    // Go prints the monotonic reading as m=±seconds.nanoseconds.
    uint64_t m2 = static_cast<uint64_t>(t.mono);
    char sign = '+';
    if (t.mono < 0) {
      sign = '-';
      m2 = -m2;
    }
    uint64_t m1 = m2 / 1000000000;
    m2 %= 1000000000;
    const uint64_t m0 = m1 / 1000000000;
    m1 %= 1000000000;
    s += " m=";
    s += sign;
    int wid = 0;
    if (m0 != 0) {
      append_int(s, static_cast<int64>(m0), 0);
      wid = 9;
    }
    append_int(s, static_cast<int64>(m1), wid);
    s += '.';
    append_int(s, static_cast<int64>(m2), 9);
  }
  return go::string::from_view(s);
}

go::string Time_GoString(Time t) {
  const civil_fields c = civil_of(t);
  std::string b = "time.Date(";
  append_int(b, c.year, 0);
  b += ", time.";
  b.append(long_month_names[c.month - 1]);
  for (const int64 v : {static_cast<int64>(c.day), static_cast<int64>(c.hour), static_cast<int64>(c.min),
                        static_cast<int64>(c.sec), t.nsec}) {
    b += ", ";
    append_int(b, v, 0);
  }
  b += ", ";
  if (t.loc == nullptr || t.loc == UTC) {
    b += "time.UTC";
  } else if (t.loc == Local) {
    b += "time.Local";
  } else {
    // Go quotes the name with its own quote(), which for a zone name is plain "...".
    b += "time.Location(\"";
    b.append(t.loc->name.view());
    b += "\")";
  }
  b += ')';
  return go::string::from_view(b);
}

}  // namespace go::time
