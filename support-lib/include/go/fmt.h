// Go's fmt package for generated code: Print*, Sprint*, Fprint* and Errorf, and Stringer.
//
// Each call boxes its operands into go::any (string literals become go::string, go::any
// operands pass through) in an array on the stack — visible to the collector — and hands the
// array to one compiled function in libgo2cpp_rt (src/fmt/), which formats byte-for-byte as
// Go 1.19 does, walking values through their type descriptors. Print* write to the runtime's
// buffered stdout (go/output.h), Fprint* to an io.Writer. A Go call `f(args...)` passing a
// []any on is emitted as `f(go::fmt::spread(args))`.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <tuple>

#include "go/any.h"
#include "go/error.h"
#include "go/func.h"
#include "go/io.h"
#include "go/slice.h"
#include "go/string.h"

namespace go::fmt {

// type Stringer interface { String() string }
struct Stringer_methods : go::itab {
  static constexpr std::string_view names[] = {"String"};
  static constexpr std::string_view sigs[] = {"func() string"};
  go::string (*String)(void* self);
};
struct Stringer : go::iface<Stringer_methods> {
  using go::iface<Stringer_methods>::iface;
  go::string String() const { return go::call(*this, &Stringer_methods::String); }
};
extern const go::type_desc Stringer_type;

// type GoStringer interface { GoString() string }
struct GoStringer_methods : go::itab {
  static constexpr std::string_view names[] = {"GoString"};
  static constexpr std::string_view sigs[] = {"func() string"};
  go::string (*GoString)(void* self);
};
struct GoStringer : go::iface<GoStringer_methods> {
  using go::iface<GoStringer_methods>::iface;
  go::string GoString() const { return go::call(*this, &GoStringer_methods::GoString); }
};
extern const go::type_desc GoStringer_type;

// type State interface { Write(b []byte) (n int, err error); Width() (wid int, ok bool);
//                        Precision() (prec int, ok bool); Flag(c int) bool }
// What a Formatter's Format method is given: the printer, its flags and its output.
struct State_methods : go::itab {
  static constexpr std::string_view names[] = {"Flag", "Precision", "Width", "Write"};
  static constexpr std::string_view sigs[] = {"func(int) bool", "func() (int, bool)",
                                              "func() (int, bool)", "func([]uint8) (int, error)"};
  bool (*Flag)(void* self, go::int_);
  std::tuple<go::int_, bool> (*Precision)(void* self);
  std::tuple<go::int_, bool> (*Width)(void* self);
  std::tuple<go::int_, go::error> (*Write)(void* self, go::slice<go::uint8>);
};
struct State : go::iface<State_methods> {
  using go::iface<State_methods>::iface;
  bool Flag(go::int_ c) const { return go::call(*this, &State_methods::Flag, c); }
  std::tuple<go::int_, bool> Precision() const { return go::call(*this, &State_methods::Precision); }
  std::tuple<go::int_, bool> Width() const { return go::call(*this, &State_methods::Width); }
  std::tuple<go::int_, go::error> Write(go::slice<go::uint8> b) const {
    return go::call(*this, &State_methods::Write, b);
  }
};
extern const go::type_desc State_type;

// type Formatter interface { Format(f State, verb rune) }: a value whose type has it is printed
// by it, whatever the verb.
struct Formatter_methods : go::itab {
  static constexpr std::string_view names[] = {"Format"};
  static constexpr std::string_view sigs[] = {"func(fmt.State, int32)"};
  void (*Format)(void* self, State, go::rune);
};
struct Formatter : go::iface<Formatter_methods> {
  using go::iface<Formatter_methods>::iface;
  void Format(State f, go::rune verb) const { go::call(*this, &Formatter_methods::Format, f, verb); }
};
extern const go::type_desc Formatter_type;

// type ScanState interface { ReadRune() (r rune, size int, err error); UnreadRune() error;
//   SkipSpace(); Token(skipSpace bool, f func(rune) bool) (token []byte, err error);
//   Width() (wid int, ok bool); Read(buf []byte) (n int, err error) }
// What a Scanner's Scan method is given: the scanner (src/fmt/scan.cpp's ss, as Go's *ss).
struct ScanState_methods : go::itab {
  static constexpr std::string_view names[] = {"Read",  "ReadRune",   "SkipSpace",
                                               "Token", "UnreadRune", "Width"};
  static constexpr std::string_view sigs[] = {
      "func([]uint8) (int, error)", "func() (int32, int, error)", "func()",
      "func(bool, func(int32) bool) ([]uint8, error)", "func() error", "func() (int, bool)"};
  std::tuple<go::int_, go::error> (*Read)(void* self, go::slice<go::uint8>);
  std::tuple<go::rune, go::int_, go::error> (*ReadRune)(void* self);
  void (*SkipSpace)(void* self);
  std::tuple<go::slice<go::uint8>, go::error> (*Token)(void* self, bool, go::func<bool(go::rune)>);
  go::error (*UnreadRune)(void* self);
  std::tuple<go::int_, bool> (*Width)(void* self);
};
struct ScanState : go::iface<ScanState_methods> {
  using go::iface<ScanState_methods>::iface;
  std::tuple<go::int_, go::error> Read(go::slice<go::uint8> buf) const {
    return go::call(*this, &ScanState_methods::Read, buf);
  }
  std::tuple<go::rune, go::int_, go::error> ReadRune() const {
    return go::call(*this, &ScanState_methods::ReadRune);
  }
  void SkipSpace() const { go::call(*this, &ScanState_methods::SkipSpace); }
  std::tuple<go::slice<go::uint8>, go::error> Token(bool skip_space,
                                                    go::func<bool(go::rune)> f) const {
    return go::call(*this, &ScanState_methods::Token, skip_space, f);
  }
  go::error UnreadRune() const { return go::call(*this, &ScanState_methods::UnreadRune); }
  std::tuple<go::int_, bool> Width() const { return go::call(*this, &ScanState_methods::Width); }
};
extern const go::type_desc ScanState_type;

// type Scanner interface { Scan(state ScanState, verb rune) error }: an operand of the Scan
// family whose type has it is scanned by it.
struct Scanner_methods : go::itab {
  static constexpr std::string_view names[] = {"Scan"};
  static constexpr std::string_view sigs[] = {"func(fmt.ScanState, int32) error"};
  go::error (*Scan)(void* self, ScanState, go::rune);
};
struct Scanner : go::iface<Scanner_methods> {
  using go::iface<Scanner_methods>::iface;
  go::error Scan(ScanState state, go::rune verb) const {
    return go::call(*this, &Scanner_methods::Scan, state, verb);
  }
};
extern const go::type_desc Scanner_type;

// The operands of a variadic call given as a slice (`a...`).
struct spread {
  go::slice<go::any> args;
};

// What Print* and Fprint* return: Go's (n int, err error).
using write_result = std::tuple<go::int_, go::error>;

namespace detail {
write_result print(const go::any* args, int64_t n);
write_result println(const go::any* args, int64_t n);
write_result printf(const go::string& format, const go::any* args, int64_t n);
go::string sprint(const go::any* args, int64_t n);
go::string sprintln(const go::any* args, int64_t n);
go::string sprintf(const go::string& format, const go::any* args, int64_t n);
write_result fprint(const go::io::Writer& w, const go::any* args, int64_t n);
write_result fprintln(const go::io::Writer& w, const go::any* args, int64_t n);
write_result fprintf(const go::io::Writer& w, const go::string& format, const go::any* args,
                     int64_t n);
go::error errorf(const go::string& format, const go::any* args, int64_t n);
write_result scan(const go::any* args, int64_t n, bool ln);
write_result scanf(const go::string& format, const go::any* args, int64_t n);
write_result sscan(const go::string& str, const go::any* args, int64_t n, bool ln);
write_result sscanf(const go::string& str, const go::string& format, const go::any* args, int64_t n);
write_result fscan(const go::io::Reader& r, const go::any* args, int64_t n, bool ln);
write_result fscanf(const go::io::Reader& r, const go::string& format, const go::any* args,
                    int64_t n);

template <class... A>
std::array<go::any, sizeof...(A)> box_all(const A&... a) {
  return {go::any(a)...};
}
}  // namespace detail

template <class... A>
write_result Print(const A&... a) {
  const auto args = detail::box_all(a...);
  return detail::print(args.data(), sizeof...(A));
}
inline write_result Print(spread s) { return detail::print(s.args.data(), s.args.len()); }

template <class... A>
write_result Println(const A&... a) {
  const auto args = detail::box_all(a...);
  return detail::println(args.data(), sizeof...(A));
}
inline write_result Println(spread s) { return detail::println(s.args.data(), s.args.len()); }

template <class... A>
write_result Printf(const go::string& format, const A&... a) {
  const auto args = detail::box_all(a...);
  return detail::printf(format, args.data(), sizeof...(A));
}
inline write_result Printf(const go::string& format, spread s) {
  return detail::printf(format, s.args.data(), s.args.len());
}

template <class... A>
go::string Sprint(const A&... a) {
  const auto args = detail::box_all(a...);
  return detail::sprint(args.data(), sizeof...(A));
}

template <class... A>
go::string Sprintln(const A&... a) {
  const auto args = detail::box_all(a...);
  return detail::sprintln(args.data(), sizeof...(A));
}

template <class... A>
go::string Sprintf(const go::string& format, const A&... a) {
  const auto args = detail::box_all(a...);
  return detail::sprintf(format, args.data(), sizeof...(A));
}
inline go::string Sprint(spread s) { return detail::sprint(s.args.data(), s.args.len()); }
inline go::string Sprintln(spread s) { return detail::sprintln(s.args.data(), s.args.len()); }
inline go::string Sprintf(const go::string& format, spread s) {
  return detail::sprintf(format, s.args.data(), s.args.len());
}

template <class... A>
write_result Fprint(const go::io::Writer& w, const A&... a) {
  const auto args = detail::box_all(a...);
  return detail::fprint(w, args.data(), sizeof...(A));
}
inline write_result Fprint(const go::io::Writer& w, spread s) {
  return detail::fprint(w, s.args.data(), s.args.len());
}

template <class... A>
write_result Fprintln(const go::io::Writer& w, const A&... a) {
  const auto args = detail::box_all(a...);
  return detail::fprintln(w, args.data(), sizeof...(A));
}
inline write_result Fprintln(const go::io::Writer& w, spread s) {
  return detail::fprintln(w, s.args.data(), s.args.len());
}

template <class... A>
write_result Fprintf(const go::io::Writer& w, const go::string& format, const A&... a) {
  const auto args = detail::box_all(a...);
  return detail::fprintf(w, format, args.data(), sizeof...(A));
}
inline write_result Fprintf(const go::io::Writer& w, const go::string& format, spread s) {
  return detail::fprintf(w, format, s.args.data(), s.args.len());
}

// Errorf: a *fmt.wrapError when the format has one %w of an error, else a *errors.errorString.
template <class... A>
go::error Errorf(const go::string& format, const A&... a) {
  const auto args = detail::box_all(a...);
  return detail::errorf(format, args.data(), sizeof...(A));
}
inline go::error Errorf(const go::string& format, spread s) {
  return detail::errorf(format, s.args.data(), s.args.len());
}

// The Scan family (src/fmt/scan.cpp): operands are pointers.
template <class... A>
write_result Scan(const A&... a) {
  const auto args = detail::box_all(a...);
  return detail::scan(args.data(), sizeof...(A), false);
}
template <class... A>
write_result Scanln(const A&... a) {
  const auto args = detail::box_all(a...);
  return detail::scan(args.data(), sizeof...(A), true);
}
template <class... A>
write_result Scanf(const go::string& format, const A&... a) {
  const auto args = detail::box_all(a...);
  return detail::scanf(format, args.data(), sizeof...(A));
}
template <class... A>
write_result Sscan(const go::string& str, const A&... a) {
  const auto args = detail::box_all(a...);
  return detail::sscan(str, args.data(), sizeof...(A), false);
}
template <class... A>
write_result Sscanln(const go::string& str, const A&... a) {
  const auto args = detail::box_all(a...);
  return detail::sscan(str, args.data(), sizeof...(A), true);
}
template <class... A>
write_result Sscanf(const go::string& str, const go::string& format, const A&... a) {
  const auto args = detail::box_all(a...);
  return detail::sscanf(str, format, args.data(), sizeof...(A));
}
template <class... A>
write_result Fscan(const go::io::Reader& r, const A&... a) {
  const auto args = detail::box_all(a...);
  return detail::fscan(r, args.data(), sizeof...(A), false);
}
template <class... A>
write_result Fscanln(const go::io::Reader& r, const A&... a) {
  const auto args = detail::box_all(a...);
  return detail::fscan(r, args.data(), sizeof...(A), true);
}
template <class... A>
write_result Fscanf(const go::io::Reader& r, const go::string& format, const A&... a) {
  const auto args = detail::box_all(a...);
  return detail::fscanf(r, format, args.data(), sizeof...(A));
}

}  // namespace go::fmt

template <>
struct go::detail::type_of_impl<go::fmt::Stringer>
    : go::detail::basic_type_of<&go::fmt::Stringer_type> {};
template <>
struct go::detail::type_of_impl<go::fmt::GoStringer>
    : go::detail::basic_type_of<&go::fmt::GoStringer_type> {};
template <>
struct go::detail::type_of_impl<go::fmt::State> : go::detail::basic_type_of<&go::fmt::State_type> {};
template <>
struct go::detail::type_of_impl<go::fmt::Formatter>
    : go::detail::basic_type_of<&go::fmt::Formatter_type> {};
template <>
struct go::detail::type_of_impl<go::fmt::ScanState>
    : go::detail::basic_type_of<&go::fmt::ScanState_type> {};
template <>
struct go::detail::type_of_impl<go::fmt::Scanner>
    : go::detail::basic_type_of<&go::fmt::Scanner_type> {};
