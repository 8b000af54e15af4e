// The goroutine scheduler: Boost.Fiber fibers on one OS thread, a scheduling algorithm that keeps
// the collector's view of the stacks right, timers, and the deadlock check.
//
// How the pieces fit (docs/goroutines.md has the full story):
// - go_algorithm is Boost.Fiber's round_robin plus three duties. pick_next() fires due timers,
//   then, before the chosen fiber runs, tells the collector where that fiber's stack ends
//   (GC_set_stackbottom), and makes it the current goroutine. suspend_until() runs only when no
//   fiber is ready: with a pending timer it sleeps until it is due; with none, every goroutine is
//   blocked for good, which is Go's "all goroutines are asleep - deadlock!".
// - Every goroutine record is on a list; a collection pushes each parked goroutine's stack from
//   the stack pointer recorded when it parked up to its top (push_parked_stacks), the running one is
//   scanned by the collector itself.
// - A fiber finds its goroutine from any address on its stack: stacks are size-aligned slots and
//   the goroutine pointer is stored in the second word from the top (goroutine 1 has a stack of
//   its own).
//
// - Under AddressSanitizer (`go2cpp build -sanitize=address`) every switch into a goroutine is
//   announced to ASan (__sanitizer_start_switch_fiber before, __sanitizer_finish_switch_fiber
//   after), so it knows which stack is running: without that, a panic unwinding on a goroutine
//   stack leaves stale poison behind and ASan reports stack-buffer-overflow later. The runtime
//   library is not instrumented and serves every build: the hooks are weak references, null
//   unless ASan's runtime is linked in.
// - Under ThreadSanitizer (`go2cpp build -race`) each goroutine is a TSan fiber, and every switch
//   into a goroutine is announced without synchronization (__tsan_switch_to_fiber, no_sync), so
//   TSan judges goroutines like threads; channels, select and sync say what orders what
//   (src/race.h). Weak references again.
//
// Later, work stealing across GOMAXPROCS threads: one go_algorithm per worker thread, each
// registered with the collector (GC_register_my_thread) so stop-the-world covers it, switching
// goroutines under the collector's allocation lock (docs/goroutines.md; the protocol is checked
// by tests/unit/runtime/gc_threads_test.cpp); the ready
// queue becomes a stealing deque (Boost's work_stealing algorithm shows the shape); park/ready go
// through context::schedule, which already hands a fiber to another thread's remote queue;
// `current` and the stack-bottom update become per thread; channels and timers get locks.
#include <gc.h>
#include <gc/gc_mark.h>
#include <time.h>
#include <unistd.h>

#include <boost/fiber/algo/algorithm.hpp>
#include <boost/fiber/context.hpp>
#include <boost/fiber/fiber.hpp>
#include <boost/fiber/operations.hpp>
#include <boost/fiber/scheduler.hpp>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

#include "go/gc.h"
#include "go/os.h"
#include "go/output.h"
#include "go/run.h"
#include "goroutine.h"
#include "race.h"

// AddressSanitizer's fiber-switch interface (sanitizer/common_interface_defs.h), referenced
// weakly: null unless the program was linked with -fsanitize=address.
extern "C" {
void __sanitizer_start_switch_fiber(void** fake_stack_save, const void* bottom, std::size_t size)
    __attribute__((weak));
void __sanitizer_finish_switch_fiber(void* fake_stack_save, const void** bottom_old,
                                     std::size_t* size_old) __attribute__((weak));
// LeakSanitizer's (sanitizer/lsan_interface.h), likewise.
void __lsan_do_leak_check() __attribute__((weak));
void __lsan_register_root_region(const void* p, std::size_t size) __attribute__((weak));

// ThreadSanitizer calls this for every report it prints (a weak default in its runtime; this
// definition is used only when the program is linked with -fsanitize=thread). The program ends
// with _Exit, which skips TSan's own exit hook, where status 66 would come from.
bool tsan_reported_race = false;
void __tsan_on_report(const void*) { tsan_reported_race = true; }
}

namespace go {
namespace detail {

namespace fibers = boost::fibers;

namespace {

// ---- goroutine records

goroutine g0;                 // the stand-in outside any goroutine (static: a collector root)
goroutine* current = &g0;
goroutine* main_g = nullptr;  // goroutine 1
goroutine* all_goroutines = nullptr;
int64_t live_goroutines = 0;
// gc numbers goroutine 1 main and gives 2-4 to its own system goroutines; with GOMAXPROCS=1 the
// first user goroutine is 5. (With more Ps the numbers depend on per-P id caches; the tests
// compare any number other than 1 loosely.)
int64_t next_goroutine_id = 5;
GC_stack_base thread_stack_base{};
int64_t gomaxprocs = 0;
// Set by go::start (go/interop.h): C++ code on the thread's own context calls into Go, so g0 may
// block in channel operations and yield like a goroutine, and its stack holds Go pointers.
bool g0_runs_go = false;
bool main_goexited = false;  // goroutine 1 called runtime.Goexit
// ---- tuning knob: the dispatcher fiber (which frees finished fibers' stacks) gets a turn when
// nothing else is ready, after this many switches, or after this many goroutines finished.
constexpr int dispatch_every = 64;
int finished_goroutines = 0;

goroutine* new_goroutine(int64_t id) {
  void* mem = nullptr;
  {
    const race_ignored ignored;  // the collector's own mmap (gc.cpp)
    mem = GC_MALLOC_UNCOLLECTABLE(sizeof(goroutine));
  }
  if (mem == nullptr) {
    std::fputs("fatal error: runtime: out of memory\n", stderr);
    std::_Exit(2);
  }
  auto* g = ::new (mem) goroutine();
  g->id = id;
  g->all_next = all_goroutines;
  if (all_goroutines != nullptr) all_goroutines->all_prev = g;
  all_goroutines = g;
  live_goroutines++;
  return g;
}

void free_goroutine(goroutine* g) {
  if (g->all_prev != nullptr) g->all_prev->all_next = g->all_next; else all_goroutines = g->all_next;
  if (g->all_next != nullptr) g->all_next->all_prev = g->all_prev;
  live_goroutines--;
  g->entry = nullptr;
  GC_FREE(g);
}

// The goroutine whose stack holds `addr` (a fiber's context record sits at its stack's top).
goroutine* goroutine_of(const void* addr) {
  const auto a = reinterpret_cast<uintptr_t>(addr);
  if (main_g != nullptr && a >= reinterpret_cast<uintptr_t>(main_g->stack_lo) &&
      a < reinterpret_cast<uintptr_t>(main_g->stack_hi)) {
    return main_g;
  }
  const uintptr_t slot = stack_size(false);
  const uintptr_t top = (a & ~(slot - 1)) + slot;
  return *reinterpret_cast<goroutine**>(top - 2 * sizeof(void*));
}

// ---- timers: a binary heap ordered by `when`, in uncollectable memory so it keeps pending
// timers (and what they point at) alive.

timer** heap = nullptr;
int64_t heap_len = 0;
int64_t heap_cap = 0;

void heap_set(int64_t i, timer* t) {
  heap[i] = t;
  t->heap_index = i;
}
void heap_up(int64_t i) {
  timer* t = heap[i];
  while (i > 0) {
    const int64_t parent = (i - 1) / 2;
    if (heap[parent]->when <= t->when) break;
    heap_set(i, heap[parent]);
    i = parent;
  }
  heap_set(i, t);
}
void heap_down(int64_t i) {
  timer* t = heap[i];
  for (;;) {
    int64_t child = 2 * i + 1;
    if (child >= heap_len) break;
    if (child + 1 < heap_len && heap[child + 1]->when < heap[child]->when) child++;
    if (t->when <= heap[child]->when) break;
    heap_set(i, heap[child]);
    i = child;
  }
  heap_set(i, t);
}

void fire_due_timers() {
  if (heap_len == 0) return;
  const int64_t now = nanotime();
  while (heap_len > 0 && heap[0]->when <= now) {
    timer* t = heap[0];
    timer_stop(t);
    if (t->period > 0) {
      // A ticker that fell behind skips the ticks it missed, as Go's does.
      t->when += t->period * (1 + (now - t->when) / t->period);
      timer_start(t);
    }
    t->fire(t, now);
  }
}

// ---- the collector

GC_push_other_roots_proc previous_push_roots = nullptr;

void push_parked_stacks() {
  if (previous_push_roots != nullptr) previous_push_roots();
  for (goroutine* g = all_goroutines; g != nullptr; g = g->all_next) {
    if (g != current && g->saved_sp != nullptr) GC_push_all_eager(g->saved_sp, g->stack_hi);
  }
  // The C++ caller's stack, while it waits inside Go (go::start).
  if (g0_runs_go && current != &g0 && g0.saved_sp != nullptr) GC_push_all_eager(g0.saved_sp, g0.stack_hi);
}

// ---- AddressSanitizer: which stack ASan believes is running.
//
// ASan wants every switch bracketed: start_switch_fiber on the old stack, naming the new one,
// then finish_switch_fiber on the new stack, before anything instrumented runs there. The
// runtime sees both ends of a switch into a goroutine: pick_next() on the way out, and on the
// way in the three places a goroutine resumes (park() and Gosched() returning, goroutine_main()
// starting). It does not see the far end of a switch into Boost's dispatcher fiber or the
// thread's own context, so those switches are not announced: ASan goes on believing the last
// goroutine's stack runs, which is harmless there (Boost's code is not instrumented, throws
// nothing, and the thread's context never runs again once goroutine 1 starts). The next switch
// into a goroutine, from wherever, sets ASan straight.
//
// asan_on is the goroutine whose stack ASan believes is running (&g0: the thread's stack), null
// once that goroutine ended: then its fake stack (ASan's use-after-return frames) is freed at
// the next switch.
goroutine* asan_on = &g0;

bool asan_active() { return __sanitizer_start_switch_fiber != nullptr; }

void asan_switching_to(const goroutine* g) {
  if (!asan_active()) return;
  __sanitizer_start_switch_fiber(asan_on != nullptr ? &asan_on->asan_fake_stack : nullptr,
                                 g->stack_lo, static_cast<std::size_t>(g->stack_hi - g->stack_lo));
}

void asan_switched_to(goroutine* g) {
  if (!asan_active()) return;
  __sanitizer_finish_switch_fiber(g->asan_fake_stack, nullptr, nullptr);
  asan_on = g;
}

// ---- LeakSanitizer: the program ends with _Exit when goroutine 1 returns, which skips the
// atexit hook LeakSanitizer checks from, so the runtime asks for the check itself when LSan is
// linked in. LSan scans globals, thread-local storage and the running stack (goroutine 1's, as
// ASan knows it), not the parked goroutines' stacks or the thread's own parked context: those
// are registered as root regions first, from their recorded stack pointers.
void check_leaks_before_exit() {
  if (__lsan_do_leak_check == nullptr || __lsan_register_root_region == nullptr) return;
  for (const goroutine* g = all_goroutines; g != nullptr; g = g->all_next) {
    if (g != current && g->saved_sp != nullptr) {
      __lsan_register_root_region(g->saved_sp, static_cast<std::size_t>(g->stack_hi - g->saved_sp));
    }
  }
  auto* thread_top = static_cast<char*>(thread_stack_base.mem_base);
  if (g0.saved_sp != nullptr && g0.saved_sp < thread_top) {
    __lsan_register_root_region(g0.saved_sp, static_cast<std::size_t>(thread_top - g0.saved_sp));
  }
  __lsan_do_leak_check();  // reports and exits with LSan's status if anything leaked
}

// ---- ThreadSanitizer: the fiber TSan believes is running is switched in pick_next(), right
// before Boost switches stacks: the goroutine's own, or the thread's (g0's) for Boost's
// dispatcher and the thread's context, which run no instrumented code. The fibers of goroutines
// that ended are kept until the next collection, which releases their history into the heap's
// epoch (race_collection_starts) before destroying them: releasing it when they end would order
// them before every later allocation, hiding their races.
// ---- tuning knob: past this many ended goroutines' fibers, they are released and destroyed
// without waiting for a collection (TSan's state for a fiber is a few kilobytes).
constexpr std::size_t max_dead_fibers = 1024;
void* dead_fibers[max_dead_fibers];
std::size_t num_dead_fibers = 0;

void release_dead_fibers() {
  void* running = __tsan_get_current_fiber();
  for (std::size_t i = 0; i < num_dead_fibers; i++) {
    __tsan_switch_to_fiber(dead_fibers[i], /*__tsan_switch_to_fiber_no_sync=*/1);
    __tsan_release(&race_heap_epoch);
    __tsan_switch_to_fiber(running, 1);
    __tsan_destroy_fiber(dead_fibers[i]);
  }
  num_dead_fibers = 0;
}

void tsan_switching_to(goroutine* g) {
  if (!race_active()) return;
  goroutine* to = g != nullptr ? g : &g0;
  __tsan_switch_to_fiber(to->tsan_fiber, /*__tsan_switch_to_fiber_no_sync=*/1);
}

// A goroutine ends (its fiber is still the running one).
void tsan_goroutine_ends(goroutine* g) {
  if (!race_active()) return;
  race_release(g->stack_hi - 1);  // for the next goroutine on this stack slot (goroutine_main)
  if (num_dead_fibers == max_dead_fibers) {
    // Not from this fiber: it is running. Switched away from for the destroy, back after.
    __tsan_switch_to_fiber(g0.tsan_fiber, 1);
    release_dead_fibers();
    __tsan_switch_to_fiber(g->tsan_fiber, 1);
  }
  dead_fibers[num_dead_fibers++] = g->tsan_fiber;
}

// A collection starts (the collector's start callback, with its lock held, on the goroutine
// that allocates): each goroutine's history, as far as it got, is released into the heap's
// epoch, which every allocation acquires (src/race.h); the allocating goroutine acquires it at
// once, since this very allocation may hand out and clear a block freed now.
void race_collection_starts() {
  void* running = __tsan_get_current_fiber();
  auto release_from = [](void* fiber) {
    if (fiber == nullptr) return;
    __tsan_switch_to_fiber(fiber, /*__tsan_switch_to_fiber_no_sync=*/1);
    __tsan_release(&race_heap_epoch);
  };
  release_from(g0.tsan_fiber);
  for (const goroutine* g = all_goroutines; g != nullptr; g = g->all_next) release_from(g->tsan_fiber);
  __tsan_switch_to_fiber(running, 1);
  release_dead_fibers();
  __tsan_acquire(&race_heap_epoch);
}

void switch_stack_bottom(goroutine* g) {
  current = g != nullptr ? g : &g0;
  GC_stack_base sb{};
  sb.mem_base = g != nullptr ? g->stack_hi : thread_stack_base.mem_base;
  GC_set_stackbottom(nullptr, &sb);
}

// ---- the scheduling algorithm

class go_algorithm final : public fibers::algo::algorithm {
 public:
  void awakened(fibers::context* ctx) noexcept override {
    // Boost's dispatcher fiber (which releases finished fibers and sleeps when nothing is ready)
    // is kept aside instead of taking a turn in every round: a ping-pong between two goroutines
    // would otherwise pass through it on every switch.
    if (ctx->is_context(fibers::type::dispatcher_context)) {
      dispatcher_ = ctx;
      return;
    }
    ctx->ready_link(queue_);
  }

  fibers::context* pick_next() noexcept override {
    fire_due_timers();
    if (dispatcher_ != nullptr &&
        (queue_.empty() || ++picks_ >= dispatch_every || finished_goroutines >= dispatch_every)) {
      // The dispatcher runs no Go code and never allocates, so the collector's bounds can stay;
      // no goroutine is current.
      fibers::context* ctx = dispatcher_;
      dispatcher_ = nullptr;
      picks_ = 0;
      finished_goroutines = 0;
      current = &g0;
      tsan_switching_to(nullptr);
      return ctx;
    }
    if (queue_.empty()) {
      tsan_switching_to(nullptr);  // Boost runs its dispatcher
      return nullptr;
    }
    fibers::context* ctx = &queue_.front();
    queue_.pop_front();
    goroutine* g = ctx->is_context(fibers::type::main_context) ? nullptr : goroutine_of(ctx);
    switch_stack_bottom(g);
    if (g != nullptr) asan_switching_to(g);
    tsan_switching_to(g);
    return ctx;
  }

  bool has_ready_fibers() const noexcept override { return !queue_.empty() || dispatcher_ != nullptr; }

  void suspend_until(std::chrono::steady_clock::time_point const& tp) noexcept override {
    int64_t deadline = heap_len > 0 ? heap[0]->when : INT64_MAX;
    if (tp != std::chrono::steady_clock::time_point::max()) {
      const int64_t t = std::chrono::duration_cast<std::chrono::nanoseconds>(tp.time_since_epoch()).count();
      if (t < deadline) deadline = t;
    }
    if (deadline == INT64_MAX) fatal_deadlock();
    timespec ts{static_cast<time_t>(deadline / 1000000000), static_cast<long>(deadline % 1000000000)};
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr) == EINTR) {
    }
  }

  void notify() noexcept override {}

 private:
  fibers::scheduler::ready_queue_type queue_;
  fibers::context* dispatcher_ = nullptr;
  int picks_ = 0;
};

// ---- stacks for fibers: the goroutine's own region, goroutine pointer in the top word

struct goroutine_stack {
  stack_region region;
  bool main;
  boost::context::stack_context allocate() {
    boost::context::stack_context sc;
    sc.size = static_cast<std::size_t>(region.hi - region.lo);
    // The top 64 bytes are reserved: the canary of the stack above (stack.cpp), the goroutine
    // pointer, then 16-byte alignment.
    sc.sp = region.hi - 64;
    return sc;
  }
  void deallocate(boost::context::stack_context&) noexcept { stack_release(region, main); }
};

void report_uncaught(panic_error& e, goroutine* g);

void goroutine_main(goroutine* g) {
  asan_switched_to(g);
  // What the go statement's goroutine did before it happens before the goroutine starts; so
  // does whatever the last goroutine on this stack slot did (TSan cannot be told that a stack's
  // memory is fresh: without this, a reused stack slot looks like a race with its last owner).
  race_acquire(g);
  race_acquire(g->stack_hi - 1);
  g->ctx = fibers::context::active();
  bool goexit = false;
  try {
    g->entry();
  } catch (panic_error& e) {
    report_uncaught(e, g);
  } catch (goexit_unwind&) {
    goexit = true;  // runtime.Goexit: the goroutine ends as if its function had returned
  } catch (...) {
    // A C++ exception out of C++ code the goroutine called: an uncaught panic, as Go reports it.
    panic_error e = foreign_exception_panic();
    report_uncaught(e, g);
  }
  if (g == main_g) {
    // The program ends when main returns, whatever the other goroutines are doing; after
    // runtime.Goexit in main it goes on until they are all done or asleep (fatal_deadlock).
    if (!goexit) exit_process(0);
    main_goexited = true;
    main_g = nullptr;
  }
  stack_check_canary(g);
  tsan_goroutine_ends(g);
  if (asan_on == g) asan_on = nullptr;  // its fake stack goes at the next switch
  free_goroutine(g);
  finished_goroutines++;
}

void start(goroutine* g, bool is_main) {
  const stack_region r = stack_allocate(is_main);
  g->stack_lo = r.lo;
  g->stack_hi = r.hi;
  g->guarded = r.guarded;
  *reinterpret_cast<goroutine**>(r.hi - 2 * sizeof(void*)) = g;
  if (race_active()) {
    g->tsan_fiber = __tsan_create_fiber(0);
    race_release(g);  // the go statement happens before the goroutine starts (goroutine_main)
  }
  fibers::fiber(std::allocator_arg, goroutine_stack{r, is_main}, [g] { goroutine_main(g); }).detach();
}

bool scheduler_ready = false;

void init_scheduler() {
  if (scheduler_ready) return;
  scheduler_ready = true;
  gc_init();
  GC_get_my_stackbottom(&thread_stack_base);
  if (race_active()) {
    g0.tsan_fiber = __tsan_get_current_fiber();
    GC_set_start_callback(&race_collection_starts);
  }
  previous_push_roots = GC_get_push_other_roots();
  GC_set_push_other_roots(&push_parked_stacks);
  fibers::use_scheduling_algorithm<go_algorithm>();
}

void report_uncaught(panic_error& e, goroutine* g) {
  stdout_flush();
  const go::string report = panic_report_for(e, g->id);
  stderr_write(report.data(), static_cast<std::size_t>(report.len()));
  exit_process(2);
}

}  // namespace

// ---- the interface to the rest of the runtime

goroutine* current_goroutine() { return current; }
int64_t goroutine_id(const goroutine* g) { return g->id; }
goroutine_panics& current_panics() { return current->panics; }

int64_t nanotime() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// The address of a local in a frame below the caller's, 16-byte aligned: everything the caller
// keeps in its frame lies above it, whatever the target's frame layout. (A local of the spilling
// function itself is not enough: GCC on AArch64 puts the callee-saved register area below the
// locals, so the collector lost objects on linux/arm64 at -O2 when the scan started there.)
__attribute__((noinline)) char* stack_pointer_below_caller() {
  char marker = 0;
  auto sp = reinterpret_cast<uintptr_t>(&marker);
  asm volatile("" : "+r"(sp) : : "memory");
  return reinterpret_cast<char*>(sp & ~uintptr_t{15});
}

// Switches away from the running goroutine (park, Gosched) from a frame that holds every
// callee-saved register, spilled by its prologue (__builtin_unwind_init), and stays live while
// the goroutine is away: the collector scans from below this frame (saved_sp) to the top of the
// stack, so a pointer a caller kept in a register is seen on every target. The spilled values
// are the ones the context switch saves later: code between here and the switch only saves and
// restores them. Nothing below saved_sp is scanned: a page below it may never have been touched,
// and touching it would cost a page fault per parked goroutine.
__attribute__((noinline)) void switch_away(goroutine* g, bool yield) {
  __builtin_unwind_init();
  g->saved_sp = stack_pointer_below_caller();
  if (yield) {
    boost::this_fiber::yield();
  } else {
    fibers::context::active()->suspend();
  }
  asm volatile("" : : : "memory");  // no tail call: this frame must outlive the switch
}

__attribute__((noinline)) void park(wait_reason why) {
  goroutine* g = current;
  // Blocking outside any goroutine can never end, unless C++ code called into Go (go::start).
  if (g == &g0 && !g0_runs_go) fatal_deadlock();
  g->waiting = why;
  g->parked = true;
  stack_check_canary(g);
  switch_away(g, /*yield=*/false);
  asan_switched_to(g);
  g->parked = false;
  g->waiting = wait_reason::running;
}

void exit_process(int code) {
  stdout_flush();
  std::fflush(nullptr);
  check_leaks_before_exit();
  gc_report_stats();  // GO2CPP_ALLOCSTATS=1
  if (tsan_reported_race && code == 0) code = 66;  // TSan's exitcode, and Go's under -race
  std::_Exit(code);
}

void ready(goroutine* g) { fibers::context::active()->schedule(g->ctx); }

void timer_start(timer* t) {
  if (heap_len == heap_cap) {
    const int64_t cap = heap_cap == 0 ? 64 : heap_cap * 2;
    const race_ignored ignored;  // the collector's own mmap (gc.cpp)
    auto* bigger = static_cast<timer**>(GC_MALLOC_UNCOLLECTABLE(static_cast<std::size_t>(cap) * sizeof(timer*)));
    for (int64_t i = 0; i < heap_len; i++) bigger[i] = heap[i];
    if (heap != nullptr) GC_FREE(heap);
    heap = bigger;
    heap_cap = cap;
  }
  heap_set(heap_len++, t);
  heap_up(t->heap_index);
}

bool timer_stop(timer* t) {
  const int64_t i = t->heap_index;
  if (i < 0) return false;
  t->heap_index = -1;
  heap_len--;
  if (i != heap_len) {
    heap_set(i, heap[heap_len]);
    heap_down(i);
    heap_up(heap[i]->heap_index);
  }
  heap[heap_len] = nullptr;
  return true;
}

const char* wait_reason_text(wait_reason r) {
  switch (r) {
    case wait_reason::running: return "running";
    case wait_reason::chan_receive: return "chan receive";
    case wait_reason::chan_send: return "chan send";
    case wait_reason::chan_receive_nil: return "chan receive (nil chan)";
    case wait_reason::chan_send_nil: return "chan send (nil chan)";
    case wait_reason::select: return "select";
    case wait_reason::select_no_cases: return "select (no cases)";
    case wait_reason::semacquire: return "semacquire";
    case wait_reason::sleep: return "sleep";
    case wait_reason::sync_cond_wait: return "sync.Cond.Wait";
  }
  return "unknown";
}

void fatal_deadlock() {
  stdout_flush();
  // gc's checkdead: with goroutine 1 gone through Goexit and no goroutine left at all, it says so.
  std::string out = main_goexited && all_goroutines == nullptr
                        ? "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n"
                        : "fatal error: all goroutines are asleep - deadlock!\n";
  // gc lists goroutine 1 first, then the others; each with its wait reason.
  auto one = [&](const goroutine* g) {
    out += "\ngoroutine " + std::to_string(g->id) + " [" + wait_reason_text(g->waiting) + "]:\n";
    out += g->id == 1 ? "main.main()\n\t?:0\n" : "?()\n\t?:0\n";
  };
  if (main_g != nullptr) one(main_g);
  std::string rest;
  for (const goroutine* g = all_goroutines; g != nullptr; g = g->all_next) {
    if (g != main_g && g != &g0) one(g);
  }
  stderr_write(out.data(), out.size());
  std::_Exit(2);
}

void fatal_error(const char* msg) {
  stdout_flush();
  std::string out = std::string("fatal error: ") + msg + "\n\ngoroutine " +
                    std::to_string(current->id == 0 ? 1 : current->id) + " [running]:\n" +
                    (current->id <= 1 ? "main.main()\n\t?:0\n" : "?()\n\t?:0\n");
  stderr_write(out.data(), out.size());
  std::_Exit(2);
}

void sema_queue::wait(wait_reason why) {
  sema_waiter w;
  w.g = current;
  if (last != nullptr) last->next = &w; else first = &w;
  last = &w;
  park(why);
}

bool sema_queue::wake_one() {
  sema_waiter* w = first;
  if (w == nullptr) return false;
  first = w->next;
  if (first == nullptr) last = nullptr;
  ready(w->g);
  return true;
}

int64_t sema_queue::wake_all() {
  int64_t n = 0;
  while (wake_one()) n++;
  return n;
}

}  // namespace detail

// ---- the go statement and run_main

void go(func<void()> f) {
  detail::init_scheduler();
  detail::goroutine* g = detail::new_goroutine(detail::next_goroutine_id++);
  g->entry = f;
  detail::start(g, false);
}

int run_main(int argc, char** argv, void (*init)(), void (*main)()) {
  os::detail::set_args(argc, argv);
  detail::install_fault_handlers();
  detail::init_scheduler();
  detail::goroutine* g = detail::new_goroutine(1);
  detail::main_g = g;
  g->entry = [init, main] {
    if (init != nullptr) init();
    main();
  };
  detail::start(g, true);
  // The thread's own context sleeps for good: goroutine 1 ends the program (goroutine_main).
  // Its stack is recorded for the leak check only: it holds nothing the collector needs.
  detail::switch_away(&detail::g0, /*yield=*/false);
  return 0;
}

void detail::run_go_on_this_thread() {
  init_scheduler();
  if (g0_runs_go) return;
  g0_runs_go = true;
  g0.ctx = fibers::context::active();  // the thread's main context
  g0.stack_hi = static_cast<char*>(thread_stack_base.mem_base);
}

// ---- package runtime

namespace runtime {

void Gosched() {
  detail::goroutine* g = detail::current;
  if (g == &detail::g0 && !detail::g0_runs_go) return;
  detail::switch_away(g, /*yield=*/true);
  detail::asan_switched_to(g);
}

int_ NumGoroutine() { return detail::live_goroutines > 0 ? detail::live_goroutines : 1; }

int_ NumCPU() {
  const long n = ::sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? n : 1;
}

int_ GOMAXPROCS(int_ n) {
  if (detail::gomaxprocs == 0) {
    detail::gomaxprocs = NumCPU();
    if (const char* env = std::getenv("GOMAXPROCS")) {
      const long v = std::atol(env);
      if (v > 0) detail::gomaxprocs = v;
    }
  }
  const int_ previous = detail::gomaxprocs;
  if (n > 0) detail::gomaxprocs = n;
  return previous;
}

void GC() { gc_collect(); }

void Goexit() { throw detail::goexit_unwind{}; }

}  // namespace runtime
}  // namespace go
