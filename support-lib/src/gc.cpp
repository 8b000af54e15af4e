// The collector behind go::gc_alloc: Boehm GC, initialized once. Zero-byte requests return one
// shared address, as gc's zerobase does. An allocation failure is Go's fatal out-of-memory error.
//
// GOGC, as in Go: the percentage the heap may grow by between collections (default 100), or
// "off". Boehm expresses the same trade-off as a free-space divisor (a collection runs after
// about heap_size / divisor bytes were allocated), and its default of 3 is taken to mean
// GOGC=100: divisor = 300 / GOGC, at least 1. GOGC=off disables collection.
#include "go/gc.h"

#include <gc.h>

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace go {
namespace {
alignas(16) unsigned char zerobase[16];

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
    return true;
  }();
  (void)done;
}

void gc_collect() {
  gc_init();
  GC_gcollect();
}

void* gc_alloc(std::size_t bytes) {
  if (bytes == 0) return zerobase;
  gc_init();
  return check(GC_MALLOC(bytes), bytes);
}

void* gc_alloc_atomic(std::size_t bytes) {
  if (bytes == 0) return zerobase;
  gc_init();
  void* p = check(GC_MALLOC_ATOMIC(bytes), bytes);
  __builtin_memset(p, 0, bytes);  // GC_MALLOC_ATOMIC does not clear
  return p;
}

}  // namespace go
