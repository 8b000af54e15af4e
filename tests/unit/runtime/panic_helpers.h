// Test helpers for the runtime's unit tests: what a callable panics with, and how Catch2 shows
// go::string and complex values in failure messages.
#pragma once

#include <catch2/catch.hpp>
#include <string>

#include "go/runtime.h"

// The text Go would print after "panic: " for the panic f raises, or "<no panic>".
template <class F>
std::string panic_text(F&& f) {
  try {
    f();
  } catch (const go::panic_error& e) {
    return go::panic_value_text(e.value).str();
  }
  return "<no panic>";
}

namespace Catch {
template <>
struct StringMaker<go::string> {
  static std::string convert(const go::string& s) { return '"' + s.str() + '"'; }
};
template <class F>
struct StringMaker<go::basic_complex<F>> {
  static std::string convert(const go::basic_complex<F>& c) {
    return "(" + ::Catch::Detail::stringify(c.re) + ", " + ::Catch::Detail::stringify(c.im) + "i)";
  }
};
}  // namespace Catch
