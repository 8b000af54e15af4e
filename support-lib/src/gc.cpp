// The collector behind go::gc_alloc: Boehm GC, initialized once. Zero-byte requests return one
// shared address, as gc's zerobase does. An allocation failure is Go's fatal out-of-memory error.
#include "go/gc.h"

#include <gc.h>

#include <cstdio>
#include <cstdlib>

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
