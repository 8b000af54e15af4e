// Test helpers for the runtime's unit tests: what a callable panics with.
#pragma once

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
