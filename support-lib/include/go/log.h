// Package log: a stand-in after Go 1.19's log.go. A Logger writes one line per call to its
// io.Writer: the prefix (or, with Lmsgprefix, after the header), date and time from the flags,
// the message, and a newline when the message lacks one. Fatal* exit with status 1, Panic* panic
// with the message. Lshortfile/Llongfile print "???:0" (there is no runtime.Caller).
//
// The package-level functions take `...any` as fmt's do (the emitter passes the operands one by
// one, or a `spread` for `v...`); Logger's methods take the slice, as every Go method does.
#pragma once

#include "go/fmt.h"
#include "go/io.h"
#include "go/ptr.h"

namespace go::log {

inline constexpr go::int_ Ldate = 1, Ltime = 2, Lmicroseconds = 4, Llongfile = 8, Lshortfile = 16,
                          LUTC = 32, Lmsgprefix = 64, LstdFlags = 3;

struct Logger {
  go::string prefix{};
  go::int_ flag = 0;
  go::io::Writer out{};
};
const type_desc* Logger_desc();

using spread = go::fmt::spread;

go::ptr<Logger> New(go::io::Writer out, go::string prefix, go::int_ flag);
go::ptr<Logger> Default();

void Logger_SetOutput(go::ptr<Logger> l, go::io::Writer w);
go::error Logger_Output(go::ptr<Logger> l, go::int_ calldepth, go::string s);
void Logger_Printf(go::ptr<Logger> l, go::string format, go::slice<go::any> v);
void Logger_Print(go::ptr<Logger> l, go::slice<go::any> v);
void Logger_Println(go::ptr<Logger> l, go::slice<go::any> v);
[[noreturn]] void Logger_Fatal(go::ptr<Logger> l, go::slice<go::any> v);
[[noreturn]] void Logger_Fatalf(go::ptr<Logger> l, go::string format, go::slice<go::any> v);
[[noreturn]] void Logger_Fatalln(go::ptr<Logger> l, go::slice<go::any> v);
[[noreturn]] void Logger_Panic(go::ptr<Logger> l, go::slice<go::any> v);
[[noreturn]] void Logger_Panicf(go::ptr<Logger> l, go::string format, go::slice<go::any> v);
[[noreturn]] void Logger_Panicln(go::ptr<Logger> l, go::slice<go::any> v);
go::int_ Logger_Flags(go::ptr<Logger> l);
void Logger_SetFlags(go::ptr<Logger> l, go::int_ flag);
go::string Logger_Prefix(go::ptr<Logger> l);
void Logger_SetPrefix(go::ptr<Logger> l, go::string prefix);
go::io::Writer Logger_Writer(go::ptr<Logger> l);

void SetOutput(go::io::Writer w);
go::int_ Flags();
void SetFlags(go::int_ flag);
go::string Prefix();
void SetPrefix(go::string prefix);
go::io::Writer Writer();
go::error Output(go::int_ calldepth, go::string s);

namespace detail {
go::slice<go::any> args(std::initializer_list<go::any> v);
}

template <class... A>
void Print(const A&... a) {
  Logger_Print(Default(), detail::args({go::any(a)...}));
}
inline void Print(spread s) { Logger_Print(Default(), s.args); }
template <class... A>
void Printf(const go::string& format, const A&... a) {
  Logger_Printf(Default(), format, detail::args({go::any(a)...}));
}
inline void Printf(const go::string& format, spread s) { Logger_Printf(Default(), format, s.args); }
template <class... A>
void Println(const A&... a) {
  Logger_Println(Default(), detail::args({go::any(a)...}));
}
inline void Println(spread s) { Logger_Println(Default(), s.args); }
template <class... A>
[[noreturn]] void Fatal(const A&... a) {
  Logger_Fatal(Default(), detail::args({go::any(a)...}));
}
[[noreturn]] inline void Fatal(spread s) { Logger_Fatal(Default(), s.args); }
template <class... A>
[[noreturn]] void Fatalf(const go::string& format, const A&... a) {
  Logger_Fatalf(Default(), format, detail::args({go::any(a)...}));
}
[[noreturn]] inline void Fatalf(const go::string& format, spread s) { Logger_Fatalf(Default(), format, s.args); }
template <class... A>
[[noreturn]] void Fatalln(const A&... a) {
  Logger_Fatalln(Default(), detail::args({go::any(a)...}));
}
[[noreturn]] inline void Fatalln(spread s) { Logger_Fatalln(Default(), s.args); }
template <class... A>
[[noreturn]] void Panic(const A&... a) {
  Logger_Panic(Default(), detail::args({go::any(a)...}));
}
[[noreturn]] inline void Panic(spread s) { Logger_Panic(Default(), s.args); }
template <class... A>
[[noreturn]] void Panicf(const go::string& format, const A&... a) {
  Logger_Panicf(Default(), format, detail::args({go::any(a)...}));
}
[[noreturn]] inline void Panicf(const go::string& format, spread s) { Logger_Panicf(Default(), format, s.args); }
template <class... A>
[[noreturn]] void Panicln(const A&... a) {
  Logger_Panicln(Default(), detail::args({go::any(a)...}));
}
[[noreturn]] inline void Panicln(spread s) { Logger_Panicln(Default(), s.args); }

}  // namespace go::log

template <>
struct go::detail::type_of_impl<go::log::Logger> {
  static const go::type_desc* get() { return go::log::Logger_desc(); }
};
