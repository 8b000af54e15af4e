// The collector and goroutines together (issue 7's GC side): parked goroutines' stacks are roots,
// so data whose only pointer is on a parked goroutine's stack survives collections; and 100,000
// blocked goroutines fit in reasonable memory (the cost per goroutine is printed: docs/goroutines.md
// quotes it).
#include <sys/resource.h>

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

// Issue 7's heap test: 5 GiB allocated in short-lived cyclic rings by 1,000 goroutines that pass
// them through a channel; the checksum must be right and peak RSS stay under 200 MB, read from
// the process's own rusage.
TEST_CASE("gc: 5 GiB of cyclic garbage through channels in bounded memory", "[gc][goroutine][heap]") {
  auto r = run_go([] {
    struct big_node {
      big_node* next;
      big_node* prev;
      int_ value;
      int_ payload[125];  // 1 KiB nodes
    };
    static auto rings = go::make_chan<big_node*>(64);
    constexpr int_ producers = 1000;
    constexpr int_ ring_len = 16;
    constexpr int_ rings_each = 328;  // 1,000 x 328 x 16 x 1 KiB = 5.0 GiB
    for (int_ p = 0; p < producers; p++) {
      go::go([p] {
        for (int_ k = 0; k < rings_each; k++) {
          big_node* first = go::gc_new<big_node>();
          first->value = p + k;
          first->next = first->prev = first;
          for (int_ i = 1; i < ring_len; i++) {
            big_node* x = go::gc_new<big_node>();
            x->value = p + k + i;
            x->prev = first->prev;
            x->next = first;
            first->prev->next = x;
            first->prev = x;
          }
          rings.send(first);
        }
      });
    }
    int_ sum = 0, bad = 0;
    for (int_ n = 0; n < producers * rings_each; n++) {
      big_node* first = rings.recv();
      big_node* x = first;
      for (int_ i = 0; i < ring_len; i++, x = x->next) {
        if (x->next->prev != x || x->value != first->value + i) bad++;
        sum += x->value;
      }
      if (x != first) bad++;
    }
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    go_say(std::to_string(sum) + " " + std::to_string(bad) + "\n");
    std::fprintf(stderr, "peak RSS KiB: %ld\n", ru.ru_maxrss);
  });
  // sum over p, k, i of (p + k + i), computed independently.
  int64_t want = 0;
  for (int64_t p = 0; p < 1000; p++)
    for (int64_t k = 0; k < 328; k++) want += 16 * (p + k) + 120;
  CHECK(r.status == 0);
  CHECK(r.out == std::to_string(want) + " 0\n");
  long peak = -1;
  std::sscanf(r.err.c_str(), "peak RSS KiB: %ld", &peak);
  WARN("peak RSS KiB: " << peak);
  CHECK(peak > 0);
  CHECK(peak < 200 * 1024);
}
