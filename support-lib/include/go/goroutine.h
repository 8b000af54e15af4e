// Goroutines: the `go` statement, parking and waking, and Go's `runtime` package.
//
// A goroutine is a Boost.Fiber fiber (src/sched.cpp). Fibers are cooperative: a goroutine runs
// until it blocks — on a channel, a lock, a sleep — or calls runtime.Gosched, and whoever
// unblocks it makes it runnable again, as in Go's own runtime (gopark / goready). Every blocking
// operation in the runtime goes through detail::park, which records where the goroutine's stack
// ends so the collector can scan it while it is parked (docs/goroutines.md).
//
//   go worker(ch, i)      →   go::go([=] { worker(ch, i); });
//
// The lambda captures the evaluated arguments by value, so they are evaluated at the go
// statement, as Go requires. Boost.Fiber's headers stay out of here: they cost seconds of compile
// time per file.
#pragma once

#include <cstdint>

#include "go/builtin.h"
#include "go/func.h"
#include "go/string.h"

namespace go {

// The go statement: starts a goroutine running f.
void go(func<void()> f);

namespace detail {

struct goroutine;  // src/goroutine.h

// Why a goroutine is parked: gc's waitReason strings, which the deadlock report prints.
enum class wait_reason : uint8_t {
  running,
  chan_receive,
  chan_send,
  chan_receive_nil,
  chan_send_nil,
  select,
  select_no_cases,
  semacquire,
  sleep,
  sync_cond_wait,
};

// The running goroutine (a stand-in with id 0 outside any goroutine, e.g. in unit tests).
goroutine* current_goroutine();
int64_t goroutine_id(const goroutine* g);

// Parks the running goroutine until ready(g) is called for it. Spills registers and records the
// stack pointer first, so the parked stack is a collector root from there to its top.
void park(wait_reason why);
// Makes a parked goroutine runnable (it runs when the scheduler picks it).
void ready(goroutine* g);

// gc's throw: "fatal error: msg", the goroutine header, exit status 2 (not recoverable).
[[noreturn]] void fatal_error(const char* msg);

// A FIFO of parked goroutines, the building block of sync's types (gc's semaphore queues). The
// entries live on the parked goroutines' stacks.
struct sema_waiter {
  goroutine* g = nullptr;
  sema_waiter* next = nullptr;
};
struct sema_queue {
  sema_waiter* first = nullptr;
  sema_waiter* last = nullptr;
  bool empty() const { return first == nullptr; }
  // Parks the running goroutine at the end of the queue until wake_one/wake_all reaches it.
  void wait(wait_reason why);
  // Readies the first waiter; false when there was none.
  bool wake_one();
  // Readies every waiter; returns how many.
  int64_t wake_all();
  bool operator==(const sema_queue&) const = default;
};

// Monotonic nanoseconds (time.Now's monotonic reading, timers).
int64_t nanotime();

// One-shot and periodic timers kept by the scheduler (time.Sleep, Timer, Ticker, After). A timer
// lives in collected memory; while it is pending the scheduler's heap keeps it alive.
struct timer {
  int64_t when = 0;            // nanotime() at which it fires
  int64_t period = 0;          // > 0: fires again every period (Ticker)
  void (*fire)(timer* t, int64_t now) = nullptr;
  void* arg = nullptr;         // what fire needs (the goroutine to wake, the channel to send on)
  int64_t heap_index = -1;     // position in the scheduler's heap, -1 when not pending
};
void timer_start(timer* t);    // adds t (t->when set by the caller)
bool timer_stop(timer* t);     // removes t; true when it was pending

}  // namespace detail

// Go's runtime package.
namespace runtime {
void Gosched();
// Ends the calling goroutine after running its deferred calls; not a panic (src/sched.cpp).
[[noreturn]] void Goexit();
int_ NumGoroutine();
int_ GOMAXPROCS(int_ n);
int_ NumCPU();
void GC();
// The target the runtime library was compiled for, as Go spells it (src/target.cpp).
extern go::string GOOS;
extern go::string GOARCH;
}  // namespace runtime

}  // namespace go
