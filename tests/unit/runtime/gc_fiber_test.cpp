// The collector and goroutines together (issue 7's GC side): parked goroutines' stacks are roots,
// so data whose only pointer is on a parked goroutine's stack survives collections; and 100,000
// blocked goroutines fit in reasonable memory (the cost per goroutine is printed: docs/goroutines.md
// quotes it).
#include <cstdio>
#include <string>

#include "go/runtime.h"
#include "go/sync.h"
#include "goroutine_helpers.h"

using go::int_;

namespace {
struct node {
  int_ value;
  node* next;
  node* prev;
};

// A cyclic doubly linked list of n nodes with values seed, seed+1, ...
node* make_ring(int_ n, int_ seed) {
  node* first = go::gc_new<node>();
  first->value = seed;
  first->next = first->prev = first;
  for (int_ i = 1; i < n; i++) {
    node* x = go::gc_new<node>();
    x->value = seed + i;
    x->prev = first->prev;
    x->next = first;
    first->prev->next = x;
    first->prev = x;
  }
  return first;
}

bool ring_ok(const node* first, int_ n, int_ seed) {
  const node* x = first;
  for (int_ i = 0; i < n; i++, x = x->next) {
    if (x->value != seed + i || x->next->prev != x) return false;
  }
  return x == first;
}

long rss_kb() {
  long pages = 0, resident = 0;
  if (FILE* f = std::fopen("/proc/self/statm", "r")) {
    if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
    std::fclose(f);
  }
  return resident * 4;
}
}  // namespace

TEST_CASE("gc: data held only by parked goroutines survives forced collections", "[gc][goroutine]") {
  auto r = run_go([] {
    static go::sync::WaitGroup wg;
    static int_ bad = 0;
    constexpr int goroutines = 1000;
    for (int_ g = 0; g < goroutines; g++) {
      go::sync::WaitGroup_Add(&wg, 1);
      go::go([g] {
        node* ring = make_ring(50, g * 1000);  // the only pointer: in this frame
        for (int round = 0; round < 5; round++) {
          go::runtime::Gosched();
          // Garbage that reuses whatever a lost ring freed, with other values.
          for (int i = 0; i < 20; i++) make_ring(5, -1);
          if (g % 100 == round) go::runtime::GC();
        }
        if (!ring_ok(ring, 50, g * 1000)) bad++;
        go::sync::WaitGroup_Done(&wg);
      });
    }
    go::sync::WaitGroup_Wait(&wg);
    go_say("bad rings: " + std::to_string(bad) + "\n");
  });
  CHECK(r.status == 0);
  CHECK(r.out == "bad rings: 0\n");
}

TEST_CASE("goroutines: 100,000 blocked at once, in reasonable memory", "[goroutine][scale]") {
  auto r = run_go([] {
    static auto gate = go::make_chan<int_>();
    static auto done = go::make_chan<int_>(100);
    constexpr int_ n = 100000;
    const long before = rss_kb();
    for (int_ i = 0; i < n; i++) {
      go::go([i] {
        const int_ v = gate.recv();
        done.send(v + i);
      });
    }
    go::runtime::Gosched();  // every goroutine runs up to its receive and parks
    const long blocked = rss_kb();
    const int_ count = go::runtime::NumGoroutine();
    go::close(gate);
    int_ sum = 0;
    for (int_ i = 0; i < n; i++) sum += done.recv();
    go_say(std::to_string(count) + " " + std::to_string(sum) + "\n");
    std::fprintf(stderr, "bytes per blocked goroutine: %ld\n", (blocked - before) * 1024 / n);
  });
  CHECK(r.status == 0);
  CHECK(r.out == "100001 4999950000\n");
  long per = -1;
  std::sscanf(r.err.c_str(), "bytes per blocked goroutine: %ld", &per);
  WARN("bytes per blocked goroutine: " << per);
  CHECK(per > 0);
  CHECK(per < 16 * 1024);
}
