// A check of the design goroutines on several threads will need (docs/goroutines.md, "Towards
// GOMAXPROCS threads"), with the collector and Boost.Context this runtime uses, before the
// scheduler has threads: a second thread, registered with the collector, runs fibers; it
// switches between them holding the collector's allocation lock and moves its stack bottom to
// the stack it switches to (GC_set_stackbottom), and the stacks it left are pushed as other
// roots from the stack pointer recorded when they were left. Meanwhile the main thread
// collects, so stop-the-world catches the other thread while it runs on a fiber's stack. Every
// structure held only by a fiber's frame (parked or running) must survive.
//
// It runs in a child process: registering threads switches the collector to multi-threaded mode
// for good, which the other tests should not inherit.
#define GC_THREADS
#include <gc.h>
#include <gc/gc_mark.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <boost/context/fiber.hpp>
#include <catch2/catch.hpp>
#include <thread>

#include "go/gc.h"

namespace {

namespace ctx = boost::context;

struct node {
  long value;
  node* next;
  node* prev;
};

node* make_ring(long n, long seed) {
  node* first = go::gc_new<node>();
  first->value = seed;
  first->next = first->prev = first;
  for (long i = 1; i < n; i++) {
    node* x = go::gc_new<node>();
    x->value = seed + i;
    x->prev = first->prev;
    x->next = first;
    first->prev->next = x;
    first->prev = x;
  }
  return first;
}

// Each fiber holds `items` separate objects in an array in its frame, and a ring whose head is
// another local. Disappearing links (disguised pointers, not references) watch the separate
// objects: the collection that frees one clears its link. (Separate objects, so that a stale word
// somewhere that happens to point at one keeps only that one alive.)
constexpr long items = 100;
GC_hidden_pointer links[2][items];

void watch(int which, node* const* objs) {
  for (long i = 0; i < items; i++) {
    links[which][i] = GC_HIDE_POINTER(objs[i]);
    GC_general_register_disappearing_link(reinterpret_cast<void**>(&links[which][i]), objs[i]);
  }
}

long freed_objects(int which) {
  long n = 0;
  for (long i = 0; i < items; i++) n += links[which][i] == 0;
  return n;
}

__attribute__((noinline)) void fill(node** objs, long seed) {
  for (long i = 0; i < items; i++) {
    objs[i] = go::gc_new<node>();
    objs[i]->value = seed + i;
  }
}

bool objects_ok(node* const* objs, long seed) {
  for (long i = 0; i < items; i++) {
    if (objs[i]->value != seed + i) return false;
  }
  return true;
}

constexpr long ring_len = 100;

bool ring_ok(const node* first, long n, long seed) {
  const node* x = first;
  for (long i = 0; i < n; i++, x = x->next) {
    if (x->value != seed + i || x->next->prev != x) return false;
  }
  return x == first;
}

// A stack: [lo, hi), and where a scan starts while it is not running (null while it runs or
// before it first ran).
struct stack {
  char* lo = nullptr;
  char* hi = nullptr;
  char* saved_sp = nullptr;
};

constexpr std::size_t fiber_stack_size = 256 << 10;
stack thread_stack, fiber_a, fiber_b;  // the second thread's own stack and its two fibers

struct mmap_stack {
  stack* s;
  ctx::stack_context allocate() {
    void* p = ::mmap(nullptr, fiber_stack_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) std::abort();
    s->lo = static_cast<char*>(p);
    s->hi = s->lo + fiber_stack_size;
    ctx::stack_context sc;
    sc.size = fiber_stack_size;
    sc.sp = s->hi;
    return sc;
  }
  void deallocate(ctx::stack_context& sc) noexcept { ::munmap(static_cast<char*>(sc.sp) - sc.size, sc.size); }
};

// Every stack that is not running is pushed from its saved stack pointer (unless the control run
// turns that off, to show that the test sees what goes missing without it).
// The collector's own hook pushes the threads' stacks: chain to it, as the scheduler does.
bool push_enabled = true;
GC_push_other_roots_proc push_threads = nullptr;
void push_parked() {
  push_threads();
  if (!push_enabled) return;
  for (const stack* s : {&thread_stack, &fiber_a, &fiber_b}) {
    if (s->saved_sp != nullptr) GC_push_all_eager(s->saved_sp, s->hi);
  }
}

// Spills callee-saved registers into this frame and records a stack pointer below them.
__attribute__((noinline)) void record_sp(stack* s) {
  __builtin_unwind_init();
  char marker = 0;
  asm volatile("" : : "r"(&marker) : "memory");
  s->saved_sp = reinterpret_cast<char*>(reinterpret_cast<uintptr_t>(&marker) & ~uintptr_t{15});
}

// The switch protocol: take the allocation lock (no collection can start, so no thread can be
// stopped between its stack pointer moving and its stack bottom following), record where the
// stack being left ends, point the collector at the destination, jump, and release the lock on
// the other side.
stack* running = nullptr;
__attribute__((noinline)) ctx::fiber switch_to(stack* to, ctx::fiber&& f) {
  stack* from = running;
  GC_alloc_lock();
  record_sp(from);
  GC_stack_base sb{};
  sb.mem_base = to->hi;
  GC_set_stackbottom(nullptr, &sb);
  running = to;
  to->saved_sp = nullptr;
  ctx::fiber back = std::move(f).resume();
  GC_alloc_unlock();  // back on `from`: whoever switched here took the lock
  return back;
}

// A fiber's last switch: its function returns to `back`, which releases the lock; its stack is
// never pushed again.
ctx::fiber end_on(stack* self, stack* to, ctx::fiber&& back) {
  GC_alloc_lock();
  self->saved_sp = nullptr;
  GC_stack_base sb{};
  sb.mem_base = to->hi;
  GC_set_stackbottom(nullptr, &sb);
  running = to;
  to->saved_sp = nullptr;
  return std::move(back);
}

std::atomic<bool> b_running{false}, collections_done{false};
int a_ok = -1, b_ok = -1;
long a_freed = -1;

void second_thread() {
  GC_stack_base base{};
  GC_get_stack_base(&base);
  GC_register_my_thread(&base);
  thread_stack.hi = static_cast<char*>(base.mem_base);
  running = &thread_stack;

  ctx::fiber a(std::allocator_arg, mmap_stack{&fiber_a}, [](ctx::fiber&& back) {
    GC_alloc_unlock();  // the switch into a new fiber arrives here
    node* objs[items];  // the only pointers: in this frame
    fill(objs, 1000);
    watch(0, objs);
    node* ring = make_ring(ring_len, 1000);
    back = switch_to(&thread_stack, std::move(back));  // parked while the collections run
    a_freed = freed_objects(0);
    // Lost memory is not walked.
    a_ok = a_freed == 0 && objects_ok(objs, 1000) && ring_ok(ring, ring_len, 1000) ? 1 : 0;
    return end_on(&fiber_a, &thread_stack, std::move(back));
  });
  ctx::fiber b(std::allocator_arg, mmap_stack{&fiber_b}, [](ctx::fiber&& back) {
    GC_alloc_unlock();
    node* objs[items];
    fill(objs, 2000);
    watch(1, objs);
    node* ring = make_ring(ring_len, 2000);
    b_running = true;
    while (!collections_done) {
      // Running, not parked: the collector stops this thread here, on this fiber's stack.
      for (int i = 0; i < 50; i++) (void)go::gc_alloc(32);
    }
    b_ok = freed_objects(1) == 0 && objects_ok(objs, 2000) && ring_ok(ring, ring_len, 2000) ? 1 : 0;
    return end_on(&fiber_b, &thread_stack, std::move(back));
  });
  a = switch_to(&fiber_a, std::move(a));  // a builds its ring and parks
  b = switch_to(&fiber_b, std::move(b));  // b runs until the main thread is done collecting
  a = switch_to(&fiber_a, std::move(a));  // a checks its ring and ends
  GC_unregister_my_thread();
}

// Runs the scenario in a child process. Exit status bits: 1 fiber a's data intact (parked),
// 2 fiber b's data intact (running), 4 the collections happened, 8 most of a's objects were freed.
int run_child(bool push) {
  std::fflush(nullptr);
  const pid_t pid = ::fork();
  if (pid != 0) {
    int st = 0;
    ::waitpid(pid, &st, 0);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  }
  push_enabled = push;
  go::gc_init();
  GC_allow_register_threads();
  push_threads = GC_get_push_other_roots();
  GC_set_push_other_roots(&push_parked);
  std::thread t(second_thread);
  while (!b_running) std::this_thread::yield();
  const GC_word collections_before = GC_get_gc_no();
  for (int round = 0; round < 8; round++) {
    for (int i = 0; i < 5000; i++) (void)go::gc_new<node>();  // reuses what a lost ring freed
    GC_gcollect();
  }
  const GC_word collections = GC_get_gc_no() - collections_before;
  collections_done = true;
  t.join();
  ::_exit((a_ok == 1 ? 1 : 0) | (b_ok == 1 ? 2 : 0) | (collections >= 8 ? 4 : 0) |
          (a_freed >= items * 9 / 10 ? 8 : 0));
}

}  // namespace

TEST_CASE("gc: a registered thread switching fibers under the allocation lock keeps its roots",
          "[gc][thread]") {
  CHECK(run_child(true) == (1 | 2 | 4));
  // The control: the same without pushing the parked stacks loses fiber a's data, and only it.
  CHECK(run_child(false) == (2 | 4 | 8));
}
