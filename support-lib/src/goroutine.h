// Internal to the runtime library: a goroutine's record (gc's `g`) and the stack allocator's
// interface (src/stack.cpp).
//
// A goroutine record lives in uncollectable collected memory (GC_MALLOC_UNCOLLECTABLE): it is a
// root, so what it points at — the function the goroutine runs, its chain of active panics — stays
// alive however the goroutine's own stack is scanned, and it is freed explicitly when the goroutine
// ends.
#pragma once

#include <cstddef>
#include <cstdint>

#include "go/func.h"
#include "go/goroutine.h"

namespace boost::fibers {
class context;
}

namespace go {
struct panic_record;

namespace detail {

// Per-goroutine panic state (src/defer.cpp).
struct goroutine_panics {
  panic_record* top = nullptr;        // the newest active panic
  panic_record* deferring = nullptr;  // the panic whose deferred call is running, if any
  int panic_defers = 0;               // deferred calls running on behalf of a panic
  // Set just before a deferred call runs for a panic; taken by the deferred function itself
  // (emitted code: go::take_defer_token at entry of a function that calls recover), so that
  // recover() works only there, as gc's rule says.
  bool defer_token = false;
};

struct goroutine {
  int64_t id = 0;
  wait_reason waiting = wait_reason::running;
  bool parked = false;          // blocked in park(); stack scanned from saved_sp
  goroutine_panics panics;
  func<void()> entry;           // what the goroutine runs (kept here, a root, not on its stack)
  boost::fibers::context* ctx = nullptr;

  // Its stack: [stack_lo, stack_hi); saved_sp is where the scan starts while it is not running
  // (null before it first runs).
  char* stack_lo = nullptr;
  char* stack_hi = nullptr;
  char* saved_sp = nullptr;
  bool guarded = false;         // a guard page sits below stack_lo
  void* asan_fake_stack = nullptr;  // AddressSanitizer's saved fake stack while switched out
  void* tsan_fiber = nullptr;       // ThreadSanitizer's state for it under -race (src/race.h)

  // Select: which case woke this goroutine (-1 while none has), see src/select.cpp.
  int32_t select_fired = -1;
  bool in_select = false;

  goroutine* all_prev = nullptr;  // the list of all live goroutines
  goroutine* all_next = nullptr;
};

// The panic state of the running goroutine (a static one outside goroutines).
goroutine_panics& current_panics();

// Stacks (src/stack.cpp). Goroutine 1 gets a large stack of its own; others get fixed-size slots.
struct stack_region {
  char* lo;     // lowest usable address (above any guard page)
  char* hi;     // one past the highest address
  bool guarded;
};
stack_region stack_allocate(bool main_goroutine);
void stack_release(const stack_region& r, bool main_goroutine);
// Checks the canary at the bottom of an unguarded stack (fatal error when it was overwritten).
void stack_check_canary(const goroutine* g);
// For the fault handler: whether addr is in the guard zone of a goroutine stack.
bool stack_is_guard_fault(uintptr_t addr);
// Sizes as documented in docs/goroutines.md.
std::size_t stack_size(bool main_goroutine);

// Ends the process with `code` without unwinding anything (goroutine 1 returning, os.Exit, an
// uncaught panic): flushes stdout, runs LeakSanitizer's check when it is linked in (the program
// never reaches LSan's atexit hook), and under -race turns a clean exit into ThreadSanitizer's
// status 66 when a race was reported, as Go's race detector does (src/sched.cpp).
[[noreturn]] void exit_process(int code);
// Lets C++ code on this thread's own context call into Go: it may block and yield like a
// goroutine, and the collector scans its stack while it waits (go::start, src/interop.cpp).
void run_go_on_this_thread();
// The deadlock report and exit (src/sched.cpp).
[[noreturn]] void fatal_deadlock();
// Writes "goroutine N [reason]:" lines for the report of an uncaught panic / fatal error.
const char* wait_reason_text(wait_reason r);

}  // namespace detail
}  // namespace go
