// The program's entry: go::run_main runs package initialization and main.main under the
// runtime, and turns a panic that nobody recovered into Go's report and exit status 2.
#pragma once

#include "go/panic.h"

namespace go {

// Initializes the collector and the scheduler and runs init() then main() as goroutine 1; when
// main returns, flushes stdout and ends the process with status 0 (other goroutines do not keep it
// alive); an uncaught
// panic prints the report (panic_report) to stderr after flushing stdout and exits with status 2.
int run_main(int argc, char** argv, void (*init)(), void (*main)());

// The report Go prints for an uncaught panic: the chain of panics, oldest first
// ("panic: A [recovered]\n\tpanic: B\n"), then "\ngoroutine 1 [running]:\nmain.main()\n\t?:0\n"
// (gc's stack trace cannot be reproduced; tests compare up to the goroutine line).
go::string panic_report(const panic_error& e);

// Each translated package other than main registers its package_init_ during static
// initialization (no Go code runs then), so that go::start (go/interop.h) can initialize every Go
// package a C++ program links.
struct package_registration {
  explicit package_registration(void (*init)());
  void (*init)();
  const package_registration* next = nullptr;
};

namespace detail {
// The same report for a panic in goroutine `goroutine` ("goroutine N [running]:").
go::string panic_report_for(const panic_error& e, int64_t goroutine);
// SIGSEGV/SIGBUS handlers on an alternate signal stack (src/signals.cpp).
void install_fault_handlers();
}  // namespace detail

}  // namespace go
