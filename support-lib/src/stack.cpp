// Goroutine stacks: fixed-size, size-aligned slots carved from large mmap'd chunks, with a guard
// page below each stack, so that running off the end of a stack faults instead of corrupting the
// neighbouring goroutine (the fault handler in signals.cpp asks stack_is_guard_fault).
//
// Memory is reserved, not committed (MAP_NORESERVE): a goroutine costs the pages it touched, not
// its slot. Slots are reused through a free list, so a program that starts and finishes goroutines
// keeps using the same few chunks.
//
// Linux limits a process to vm.max_map_count mappings (65,530 by default), and a guard page splits
// a mapping in two, so at most about 30,000 stacks can have one. Beyond that budget a stack gets a
// canary instead, checked whenever its goroutine parks or ends: an overflow is still reported as
// Go's stack-overflow fatal error, if not at the instant it happens. The canary sits in the top
// word of the slot below (the first word an overflow overwrites), which that slot reserves, so it
// costs no page of its own: touching a fresh page is what makes a goroutine expensive. The first
// slot of each chunk is not used for a stack, so every stack has a slot below it.
// docs/goroutines.md explains the sizes and the numbers.
#include <sys/mman.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "go/output.h"
#include "goroutine.h"

namespace go::detail {
namespace {

// ---- tuning knobs
// Goroutine 1 (main): like gc's 1 GB limit in spirit but smaller, so a runaway recursion ends
// after touching 256 MiB rather than a gigabyte (64 MiB on 32-bit targets). Other goroutines:
// 256 KiB, a few thousand ordinary frames. Larger slots cost more page-table pages per goroutine
// (docs/goroutines.md has the measurements: 1 MiB slots made 100,000 goroutines 2x slower).
constexpr std::size_t main_stack_size = sizeof(void*) == 8 ? (256u << 20) : (64u << 20);
constexpr std::size_t slot_size = 256u << 10;
constexpr std::size_t slots_per_chunk = 64;
// Mappings left for everything else (the collector's heap, libraries, malloc arenas).
constexpr long reserved_mappings = 8192;
constexpr uint64_t canary_value = 0x5354414b4f564552ull;  // "STAKOVER"

std::size_t page_size() {
  static const std::size_t p = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
  return p;
}

long guard_budget() {
  static const long budget = [] {
    long max_maps = 65530;
    if (FILE* f = std::fopen("/proc/sys/vm/max_map_count", "r")) {
      if (std::fscanf(f, "%ld", &max_maps) != 1) max_maps = 65530;
      std::fclose(f);
    }
    const long b = (max_maps - reserved_mappings) / 2;
    return b > 0 ? b : 0;
  }();
  return budget;
}

struct slot_pool {
  std::vector<char*> free_guarded;    // slot bases (the lowest address of the slot)
  std::vector<char*> free_unguarded;
  std::vector<std::pair<char*, char*>> chunks;  // [lo, hi) of every chunk, for the fault handler
  long guards = 0;
};
slot_pool& pool() {
  static auto* p = new slot_pool();
  return *p;
}

[[noreturn]] void out_of_memory() {
  static const char msg[] = "fatal error: runtime: cannot allocate memory for a goroutine stack\n";
  stderr_write(msg, sizeof msg - 1);
  std::_Exit(2);
}

void new_chunk() {
  const std::size_t bytes = slot_size * slots_per_chunk;
  // Over-allocate by one slot and trim, so every slot is aligned to its size.
  void* p = ::mmap(nullptr, bytes + slot_size, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) out_of_memory();
  auto base = reinterpret_cast<uintptr_t>(p);
  const uintptr_t aligned = (base + slot_size - 1) & ~(uintptr_t{slot_size} - 1);
  if (aligned > base) ::munmap(p, aligned - base);
  const uintptr_t end = base + bytes + slot_size;
  if (end > aligned + bytes) ::munmap(reinterpret_cast<void*>(aligned + bytes), end - aligned - bytes);
  auto* lo = reinterpret_cast<char*>(aligned);
  // Transparent huge pages would turn the first touch of a stack into a 2 MiB page.
  ::madvise(lo, bytes, MADV_NOHUGEPAGE);
  pool().chunks.emplace_back(lo, lo + bytes);
  // Slot 0 is never a stack: it is the slot below slot 1, holding slot 1's canary.
  for (std::size_t i = slots_per_chunk; i-- > 1;) pool().free_unguarded.push_back(lo + i * slot_size);
}

}  // namespace

std::size_t stack_size(bool main_goroutine) { return main_goroutine ? main_stack_size : slot_size; }

stack_region stack_allocate(bool main_goroutine) {
  const std::size_t page = page_size();
  if (main_goroutine) {
    void* p = ::mmap(nullptr, main_stack_size, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) out_of_memory();
    ::madvise(p, main_stack_size, MADV_NOHUGEPAGE);
    ::mprotect(p, page, PROT_NONE);
    auto* lo = static_cast<char*>(p);
    pool().chunks.emplace_back(lo, lo + main_stack_size);
    return {lo + page, lo + main_stack_size, true};
  }
  slot_pool& sp = pool();
  char* base = nullptr;
  bool guarded = false;
  if (!sp.free_guarded.empty()) {
    base = sp.free_guarded.back();
    sp.free_guarded.pop_back();
    guarded = true;
  } else {
    if (sp.free_unguarded.empty()) new_chunk();
    base = sp.free_unguarded.back();
    sp.free_unguarded.pop_back();
    if (sp.guards < guard_budget() && ::mprotect(base, page, PROT_NONE) == 0) {
      sp.guards++;
      guarded = true;
    }
  }
  if (!guarded) std::memcpy(base - sizeof canary_value, &canary_value, sizeof canary_value);
  return {base + page, base + slot_size, guarded};
}

void stack_release(const stack_region& r, bool main_goroutine) {
  const std::size_t page = page_size();
  if (main_goroutine) return;  // the program ends with goroutine 1
  char* base = r.lo - page;
  (r.guarded ? pool().free_guarded : pool().free_unguarded).push_back(base);
}

void stack_check_canary(const goroutine* g) {
  if (g->guarded || g->stack_lo == nullptr) return;
  uint64_t v;
  std::memcpy(&v, g->stack_lo - page_size() - sizeof v, sizeof v);
  if (v != canary_value) [[unlikely]] {
    stdout_flush();
    static const char msg[] =
        "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n";
    stderr_write(msg, sizeof msg - 1);
    std::_Exit(2);
  }
}

bool stack_is_guard_fault(uintptr_t addr) {
  // Called from the signal handler: only reads. The zone is the guard page plus a little of the
  // stack itself (a large frame can step over the guard page into the slot below).
  const std::size_t page = page_size();
  for (const auto& [lo, hi] : pool().chunks) {
    const auto l = reinterpret_cast<uintptr_t>(lo), h = reinterpret_cast<uintptr_t>(hi);
    if (addr < l || addr >= h) continue;
    const bool is_main = h - l == main_stack_size;
    const uintptr_t slot = is_main ? l : l + (addr - l) / slot_size * slot_size;
    return addr < slot + 2 * page;
  }
  return false;
}

}  // namespace go::detail
