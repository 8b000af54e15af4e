// Go's builtin print and println, writing to standard error in the runtime's formats
// (runtime/print.go): integers in decimal, floats as +1.500000e+000, complex as (re+imi),
// pointers, maps and funcs as 0x-hex, slices as [len/cap]0xDATA, interfaces as (0xTYPE,0xDATA).
// println separates operands with spaces and ends with a newline. Each argument becomes a
// print_item and one compiled function formats and writes the whole line at once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <type_traits>

#include "go/any.h"
#include "go/map.h"
#include "go/ptr.h"
#include "go/slice.h"
#include "go/string.h"

namespace go {

namespace detail {

struct print_item {
  enum tag_t : uint8_t { boolean, sint, uint, float_, complex_, str, pointer, slice_, iface } tag;
  union {
    bool b;
    int64_t i;
    uint64_t u;
    double f;
    const void* p;
  };
  double im = 0;                          // complex: the imaginary part (f is the real part)
  const uint8_t* s = nullptr;             // string data
  int64_t len = 0, cap = 0;               // string/slice length, slice capacity
  const void* p2 = nullptr;               // interface data

  print_item(bool v) : tag(boolean), b(v) {}
  template <integer T>
  print_item(T v) {
    if constexpr (std::is_signed_v<T>) {
      tag = sint;
      i = v;
    } else {
      tag = uint;
      u = v;
    }
  }
  print_item(float v) : tag(float_), f(v) {}
  print_item(double v) : tag(float_), f(v) {}
  template <class F>
  print_item(const basic_complex<F>& c) : tag(complex_), f(c.real()), im(c.imag()) {}
  print_item(const go::string& v) : tag(str), p(nullptr), s(v.data()), len(v.len()) {}
  template <std::size_t N>
  print_item(const char (&lit)[N]) : print_item(go::string(lit)) {}
  template <class T>
  print_item(ptr<T> v) : tag(pointer), p(v.get()) {}
  template <class K, class V>
  print_item(const go::map<K, V>& m) : tag(pointer), p(m.table()) {}
  template <class T>
  print_item(const go::slice<T>& v) : tag(slice_), p(v.data()), len(v.len()), cap(v.cap()) {}
  print_item(const any& v) : tag(iface), p(v.type), p2(v.data) {}
};

void print_items(const print_item* items, std::size_t n, bool newline);

}  // namespace detail

template <class... A>
void print(const A&... args) {
  if constexpr (sizeof...(A) == 0) {
    return;
  } else {
    const detail::print_item items[] = {detail::print_item(args)...};
    detail::print_items(items, sizeof...(A), false);
  }
}

template <class... A>
void println(const A&... args) {
  if constexpr (sizeof...(A) == 0) {
    detail::print_items(nullptr, 0, true);
  } else {
    const detail::print_item items[] = {detail::print_item(args)...};
    detail::print_items(items, sizeof...(A), true);
  }
}

}  // namespace go
