// The collector behind go::gc_alloc: Boehm GC, initialized once. Zero-byte requests return one
// shared address, as gc's zerobase does. An allocation failure is Go's fatal out-of-memory error.
//
// GOGC, as in Go: the percentage the heap may grow by between collections (default 100), or
// "off". Boehm expresses the same trade-off as a free-space divisor (a collection runs after
// about heap_size / divisor bytes were allocated), and its default of 3 is taken to mean
// GOGC=100: divisor = 300 / GOGC, at least 1. GOGC=off disables collection.
//
// GODEBUG=gcstress=N (go2cpp's own GODEBUG setting; Go ignores settings it does not know): a full
// collection before every Nth allocation, so that a pointer the collector cannot see is found
// out at once instead of once in a blue moon. For tests; gc_stress() sets it from C++.
//
// GO2CPP_ALLOCSTATS=1 counts allocations (go2cpp's own setting, for docs/benchmarks.md):
// gc_report_stats() prints "go2cpp: N heap allocations, B bytes" on stderr at exit.
#include "go/gc.h"

#include "race.h"

#include <gc.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace go {
namespace {
alignas(16) unsigned char zerobase[16];

// ---- GO2CPP_ALLOCSTATS: allocation counts (relaxed: a statistic, not a synchronization).
bool stats_on = false;
std::atomic<unsigned long long> stats_count{0};
std::atomic<unsigned long long> stats_bytes{0};

void stats_tick(std::size_t bytes) {
  if (!stats_on) [[likely]] return;
  stats_count.fetch_add(1, std::memory_order_relaxed);
  stats_bytes.fetch_add(bytes, std::memory_order_relaxed);
}

// ---- GODEBUG=gcstress: collect before every `stress_every`th allocation (0: never).
long stress_every = 0;
long stress_countdown = 0;

void stress_tick() {
  if (stress_every == 0) [[likely]] return;
  if (--stress_countdown > 0) return;
  stress_countdown = stress_every;
  GC_gcollect();
}

// The value of `key` in a GODEBUG-style list ("a=1,b=2"), or -1 when absent or not a number.
long godebug_value(std::string_view list, std::string_view key) {
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    const std::string_view item = list.substr(0, comma);
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
    if (item.size() <= key.size() || item.substr(0, key.size()) != key || item[key.size()] != '=') continue;
    long v = 0;
    for (const char c : item.substr(key.size() + 1)) {
      if (c < '0' || c > '9' || v > 1000000000) return -1;
      v = v * 10 + (c - '0');
    }
    return v;
  }
  return -1;
}

void* check(void* p, std::size_t bytes) {
  if (p == nullptr) {
    std::fprintf(stderr, "fatal error: runtime: out of memory (allocating %zu bytes)\n", bytes);
    std::exit(2);
  }
  return p;
}
}  // namespace

void gc_init() {
  static const bool done = [] {
    GC_INIT();
    if (const char* gogc = std::getenv("GOGC")) {
      char* end = nullptr;
      const long percent = std::strtol(gogc, &end, 10);
      if (std::string_view(gogc) == "off") {
        GC_disable();
      } else if (end != gogc && *end == 0 && percent > 0) {
        const long divisor = 300 / percent;
        GC_set_free_space_divisor(static_cast<GC_word>(divisor > 0 ? divisor : 1));
      }
    }
    if (const char* stats = std::getenv("GO2CPP_ALLOCSTATS")) {
      stats_on = *stats != 0 && std::string_view(stats) != "0";
    }
    if (const char* godebug = std::getenv("GODEBUG")) {
      const long every = godebug_value(godebug, "gcstress");
      if (every > 0) gc_stress(every);
    }
    return true;
  }();
  (void)done;
}

void gc_stress(long every) {
  stress_every = every > 0 ? every : 0;
  stress_countdown = stress_every;
}

uint64_t gc_count_allocations(bool on) {
  gc_init();
  static bool env_on = stats_on;  // GO2CPP_ALLOCSTATS keeps counting whatever callers ask
  stats_on = on || env_on;
  return stats_count.load(std::memory_order_relaxed);
}

void gc_report_stats() {
  if (!stats_on) return;
  std::fprintf(stderr, "go2cpp: %llu heap allocations, %llu bytes\n",
               stats_count.load(std::memory_order_relaxed), stats_bytes.load(std::memory_order_relaxed));
}

void gc_collect() {
  gc_init();
  GC_gcollect();
}

void* gc_alloc(std::size_t bytes) {
  if (bytes == 0) return zerobase;
  gc_init();
  stress_tick();
  stats_tick(bytes);
  detail::race_acquire(&detail::race_heap_epoch);
  const detail::race_ignored ignored;  // the collector's mmap and clearing of blocks
  return check(GC_MALLOC(bytes), bytes);
}

void* gc_alloc_root(std::size_t bytes) {
  gc_init();
  const detail::race_ignored ignored;  // the collector's own mmap
  return check(GC_MALLOC_UNCOLLECTABLE(bytes > 0 ? bytes : 1), bytes);
}

void gc_free_root(void* p) {
  if (p == nullptr) return;
  const detail::race_ignored ignored;
  GC_FREE(p);
}

void* gc_alloc_atomic(std::size_t bytes) {
  if (bytes == 0) return zerobase;
  gc_init();
  stress_tick();
  stats_tick(bytes);
  detail::race_acquire(&detail::race_heap_epoch);
  const detail::race_ignored ignored;  // the collector's mmap, and this clearing
  void* p = check(GC_MALLOC_ATOMIC(bytes), bytes);
  __builtin_memset(p, 0, bytes);  // GC_MALLOC_ATOMIC does not clear
  return p;
}

}  // namespace go
