// Go's fmt package for generated code: Print, Println, Printf and their Sprint* forms.
//
// Each call boxes its operands into go::any (string literals become go::string, go::any
// operands pass through) in an array on the stack — visible to the collector — and hands the
// array to one compiled function in libgo2cpp_rt (src/fmt/), which formats byte-for-byte as
// Go 1.19 does, walking values through their type descriptors. Print* write to the runtime's
// buffered stdout (go/output.h). Fprint*, Errorf and the (n, err) results come later.
#pragma once

#include <array>
#include <cstdint>

#include "go/any.h"
#include "go/string.h"

namespace go::fmt {

namespace detail {
void print(const go::any* args, int64_t n);
void println(const go::any* args, int64_t n);
void printf(const go::string& format, const go::any* args, int64_t n);
go::string sprint(const go::any* args, int64_t n);
go::string sprintln(const go::any* args, int64_t n);
go::string sprintf(const go::string& format, const go::any* args, int64_t n);

template <class... A>
std::array<go::any, sizeof...(A)> box_all(const A&... a) {
  return {go::any(a)...};
}
}  // namespace detail

template <class... A>
void Print(const A&... a) {
  const auto args = detail::box_all(a...);
  detail::print(args.data(), sizeof...(A));
}

template <class... A>
void Println(const A&... a) {
  const auto args = detail::box_all(a...);
  detail::println(args.data(), sizeof...(A));
}

template <class... A>
void Printf(const go::string& format, const A&... a) {
  const auto args = detail::box_all(a...);
  detail::printf(format, args.data(), sizeof...(A));
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

}  // namespace go::fmt
