// Go's panic: a C++ exception carrying the panic value.
//
// go::panic(v) throws go::panic_error{v}; defer.h catches it to run deferred calls and recover.
// Runtime errors (runtime_error.h) are panics whose values are runtime.Error values with gc's
// messages and %T names (runtime.boundsError, runtime.errorString, runtime.plainError).
// go::run_main (run.h) prints Go's report for a panic nobody recovered.
#pragma once

#include <exception>

#include "go/any.h"
#include "go/runtime_error.h"

namespace go {

struct panic_record;  // src/defer.cpp: the panic's entry in the chain of active panics

// The exception a Go panic unwinds as. It derives from std::exception so that a panic reaching
// C++ code that called into Go reads like any C++ error: what() is the text Go prints after
// "panic: " (docs/interop.md); `value` is the Go value itself. Go frames catch it by this type
// (defer.h), so the base class changes nothing for Go code.
struct panic_error : std::exception {
  panic_error() = default;
  explicit panic_error(any v, panic_record* r = nullptr) : value(v), record(r) {}

  // Go's text for the value (panic_value_text), built on the first call and kept for the life
  // of the process (outside the collected heap: the exception object itself is not scanned).
  const char* what() const noexcept override;

  any value;
  panic_record* record = nullptr;  // set once a frame or the report has seen this panic

 private:
  mutable const char* what_ = nullptr;
};

[[noreturn]] void panic(any v);

// What Go prints after "panic: " for this value: error values through Error(), Stringers through
// String(), then the builtin print format (strings as is, numbers as print does, other named
// basic types as T(v), anything else as "(T) 0xADDR").
go::string panic_value_text(const any& v);

// Whether v is one of the runtime's runtime.Error values.
bool is_runtime_error(const any& v);

// The Error() text of an error value, or "" when v has no Error method.
go::string error_text(const any& v);

namespace detail {
// What runtime.Goexit unwinds the goroutine with: not a panic (recover() returns nil while its
// deferred calls run), and the goroutine then ends normally (src/sched.cpp).
struct goexit_unwind {};

// Inside a catch handler: the exception being handled, which is not a Go panic, as the panic Go
// code sees (its value an error reading "C++ exception: " + what()). Rethrows thread
// cancellation. Go frames that run deferred calls, and goroutines, turn C++ exceptions into
// panics this way, so one never crosses Go code without Go seeing it (docs/interop.md).
panic_error foreign_exception_panic();
}  // namespace detail

}  // namespace go
