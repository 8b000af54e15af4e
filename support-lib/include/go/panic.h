// Go's panic: a C++ exception carrying the panic value.
//
// go::panic(v) throws go::panic_error{v}; defer.h catches it to run deferred calls and recover.
// Runtime errors (runtime_error.h) are panics whose values are runtime.Error values with gc's
// messages and %T names (runtime.boundsError, runtime.errorString, runtime.plainError).
// go::run_main (run.h) prints Go's report for a panic nobody recovered.
#pragma once

#include "go/any.h"
#include "go/runtime_error.h"

namespace go {

// The exception a Go panic unwinds as. Deliberately not derived from std::exception, so a
// `catch (const std::exception&)` in C++ code does not swallow Go panics.
struct panic_record;  // src/defer.cpp: the panic's entry in the chain of active panics

struct panic_error {
  any value;
  panic_record* record = nullptr;  // set once a frame or the report has seen this panic
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

}  // namespace go
