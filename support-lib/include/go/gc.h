// Allocation on the collected heap (Boehm GC). The collector's own header stays out of generated
// code: these functions wrap GC_MALLOC / GC_MALLOC_ATOMIC in src/gc.cpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <type_traits>
#include <utility>

#include "go/complex.h"

namespace go {

// Zeroed memory, scanned by the collector for pointers.
void* gc_alloc(std::size_t bytes);
// Zeroed memory that is never scanned: only for data that holds no pointers.
void* gc_alloc_atomic(std::size_t bytes);
// Zeroed memory outside the collected heap that the collector scans (a root) and never frees:
// for what C++ code keeps Go pointers in (go::root, go::root_allocator in go/interop.h). Freed
// only by gc_free_root.
void* gc_alloc_root(std::size_t bytes);
void gc_free_root(void* p);
// Initializes the collector; go::run_main calls it, tests and C++ users may call it (idempotent).
void gc_init();
// A full collection now (runtime.GC).
void gc_collect();
// A full collection before every `every`th allocation from now on (0: back to normal); what
// GODEBUG=gcstress=N sets at start-up. For tests that hunt pointers the collector cannot see.
void gc_stress(long every);
// GO2CPP_ALLOCSTATS=1: the number of heap allocations and their bytes, on stderr, when the program
// ends (main returns, os.Exit, an uncaught panic); nothing otherwise. How docs/benchmarks.md
// measures what escape analysis saves.
void gc_report_stats();
// Turns the allocation count on or off (it is always on under GO2CPP_ALLOCSTATS=1) and returns
// the number of heap allocations counted so far (testing.AllocsPerRun).
uint64_t gc_count_allocations(bool on);

// Whether a T may live in atomic (unscanned) memory: only types that cannot hold a pointer.
template <class T>
inline constexpr bool gc_pointer_free =
    std::is_arithmetic_v<T> || std::is_enum_v<T> || std::is_same_v<std::remove_cv_t<T>, complex64> ||
    std::is_same_v<std::remove_cv_t<T>, complex128>;

// Memory for n objects of type T (zeroed, not constructed).
template <class T>
T* gc_alloc_array(std::size_t n) {
  const std::size_t bytes = n * sizeof(T);
  void* p = gc_pointer_free<T> ? gc_alloc_atomic(bytes) : gc_alloc(bytes);
  return static_cast<T*>(p);
}

// Constructs a T in collected memory. The collector runs no destructors: T's destructor must not
// matter (all Go values are trivially destructible in this runtime).
template <class T, class... A>
T* gc_new(A&&... args) {
  void* p = gc_pointer_free<T> ? gc_alloc_atomic(sizeof(T)) : gc_alloc(sizeof(T));
  if constexpr (std::is_constructible_v<T, A...>) {
    return ::new (p) T(std::forward<A>(args)...);
  } else {
    return ::new (p) T{std::forward<A>(args)...};  // an aggregate (clang 14 lacks T(...) for them)
  }
}

}  // namespace go
