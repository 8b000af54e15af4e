// Package log (include/go/log.h), after Go 1.19's log.go: formatHeader's layout (prefix, then
// yyyy/mm/dd, hh:mm:ss[.uuuuuu], file:line, then the Lmsgprefix prefix), one Write per line.
#include "go/log.h"

#include <sys/time.h>
#include <time.h>

#include <cstdio>

#include "go/gc.h"
#include "go/os.h"
#include "go/panic.h"

namespace go::log {
namespace {

go::ptr<Logger>& standard() {
  static go::ptr<Logger> std_logger = New(go::io::Writer(go::os::Stderr), go::string(), LstdFlags);
  return std_logger;
}

// itoa: the decimal of i, zero-padded to wid digits (Go's log.itoa).
void itoa(std::string& buf, long i, int wid) {
  char b[20];
  int bp = 19;
  while (i >= 10 || wid > 1) {
    wid--;
    const long q = i / 10;
    b[bp--] = static_cast<char>('0' + i - q * 10);
    i = q;
  }
  b[bp] = static_cast<char>('0' + i);
  buf.append(b + bp, 20 - bp);
}

void format_header(std::string& buf, const Logger& l) {
  if ((l.flag & Lmsgprefix) == 0) buf.append(l.prefix.view());
  if (l.flag & (Ldate | Ltime | Lmicroseconds)) {
    timeval tv{};
    ::gettimeofday(&tv, nullptr);
    tm t{};
    if (l.flag & LUTC) {
      ::gmtime_r(&tv.tv_sec, &t);
    } else {
      ::localtime_r(&tv.tv_sec, &t);
    }
    if (l.flag & Ldate) {
      itoa(buf, t.tm_year + 1900, 4);
      buf += '/';
      itoa(buf, t.tm_mon + 1, 2);
      buf += '/';
      itoa(buf, t.tm_mday, 2);
      buf += ' ';
    }
    if (l.flag & (Ltime | Lmicroseconds)) {
      itoa(buf, t.tm_hour, 2);
      buf += ':';
      itoa(buf, t.tm_min, 2);
      buf += ':';
      itoa(buf, t.tm_sec, 2);
      if (l.flag & Lmicroseconds) {
        buf += '.';
        itoa(buf, tv.tv_usec, 6);
      }
      buf += ' ';
    }
  }
  if (l.flag & (Lshortfile | Llongfile)) buf += "???:0: ";
  if (l.flag & Lmsgprefix) buf.append(l.prefix.view());
}

}  // namespace

go::slice<go::any> detail::args(std::initializer_list<go::any> v) {
  go::slice<go::any> s = make_slice<go::any>(static_cast<go::int_>(v.size()));
  go::int_ i = 0;
  for (const go::any& a : v) s[i++] = a;
  return s;
}

const type_desc* Logger_desc() {
  static const type_desc desc = [] {
    type_desc d;
    d.kind = kind::struct_;
    d.name = "log.Logger";
    d.pkg_path = "log";
    d.named = true;
    d.has_pointers = true;
    d.size = sizeof(Logger);
    d.align = alignof(Logger);
    return d;
  }();
  return &desc;
}

go::ptr<Logger> New(go::io::Writer out, go::string prefix, go::int_ flag) {
  go::ptr<Logger> l = gc_new<Logger>();
  l->out = out;
  l->prefix = prefix;
  l->flag = flag;
  return l;
}

go::ptr<Logger> Default() { return standard(); }

void Logger_SetOutput(go::ptr<Logger> l, go::io::Writer w) { l->out = w; }

go::error Logger_Output(go::ptr<Logger> l, go::int_, go::string s) {
  std::string buf;
  format_header(buf, *l);
  buf.append(s.view());
  if (s.len() == 0 || s[s.len() - 1] != '\n') buf += '\n';
  go::slice<go::uint8> b = go::bytes_from_string(go::string::from_view(buf));
  auto [n, err] = l->out.Write(b);
  (void)n;
  return err;
}

void Logger_Printf(go::ptr<Logger> l, go::string format, go::slice<go::any> v) {
  Logger_Output(l, 2, go::fmt::Sprintf(format, go::fmt::spread{v}));
}
void Logger_Print(go::ptr<Logger> l, go::slice<go::any> v) { Logger_Output(l, 2, go::fmt::Sprint(go::fmt::spread{v})); }
void Logger_Println(go::ptr<Logger> l, go::slice<go::any> v) {
  Logger_Output(l, 2, go::fmt::Sprintln(go::fmt::spread{v}));
}

void Logger_Fatal(go::ptr<Logger> l, go::slice<go::any> v) {
  Logger_Output(l, 2, go::fmt::Sprint(go::fmt::spread{v}));
  go::os::Exit(1);
}
void Logger_Fatalf(go::ptr<Logger> l, go::string format, go::slice<go::any> v) {
  Logger_Output(l, 2, go::fmt::Sprintf(format, go::fmt::spread{v}));
  go::os::Exit(1);
}
void Logger_Fatalln(go::ptr<Logger> l, go::slice<go::any> v) {
  Logger_Output(l, 2, go::fmt::Sprintln(go::fmt::spread{v}));
  go::os::Exit(1);
}

void Logger_Panic(go::ptr<Logger> l, go::slice<go::any> v) {
  go::string s = go::fmt::Sprint(go::fmt::spread{v});
  Logger_Output(l, 2, s);
  go::panic(go::any(s));
}
void Logger_Panicf(go::ptr<Logger> l, go::string format, go::slice<go::any> v) {
  go::string s = go::fmt::Sprintf(format, go::fmt::spread{v});
  Logger_Output(l, 2, s);
  go::panic(go::any(s));
}
void Logger_Panicln(go::ptr<Logger> l, go::slice<go::any> v) {
  go::string s = go::fmt::Sprintln(go::fmt::spread{v});
  Logger_Output(l, 2, s);
  go::panic(go::any(s));
}

go::int_ Logger_Flags(go::ptr<Logger> l) { return l->flag; }
void Logger_SetFlags(go::ptr<Logger> l, go::int_ flag) { l->flag = flag; }
go::string Logger_Prefix(go::ptr<Logger> l) { return l->prefix; }
void Logger_SetPrefix(go::ptr<Logger> l, go::string prefix) { l->prefix = prefix; }
go::io::Writer Logger_Writer(go::ptr<Logger> l) { return l->out; }

void SetOutput(go::io::Writer w) { Logger_SetOutput(standard(), w); }
go::int_ Flags() { return Logger_Flags(standard()); }
void SetFlags(go::int_ flag) { Logger_SetFlags(standard(), flag); }
go::string Prefix() { return Logger_Prefix(standard()); }
void SetPrefix(go::string prefix) { Logger_SetPrefix(standard(), prefix); }
go::io::Writer Writer() { return Logger_Writer(standard()); }
go::error Output(go::int_ calldepth, go::string s) { return Logger_Output(standard(), calldepth + 1, s); }

}  // namespace go::log
