// Faults that Go reports instead of crashing: a SIGSEGV/SIGBUS becomes Go's stack-overflow fatal
// error when the faulting address is at the end of the main thread's stack or in the guard
// zone of a goroutine stack (src/stack.cpp), and otherwise Go's
// nil-dereference report (gc turns such faults into a recoverable panic; a signal cannot become a
// C++ exception, so here it ends the program with the report Go prints when nobody recovers).
// The handler runs on an alternate signal stack, writes with write(2) and exits with status 2.
// Sanitizer builds keep the sanitizer's own handlers.
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>

#include "go/output.h"
#include "goroutine.h"

namespace go::detail {
namespace {

uintptr_t stack_low = 0;  // lowest address of the main thread's stack
alignas(16) char alt_stack[64 * 1024];

void say(const char* s) {
  const ssize_t r = ::write(2, s, std::strlen(s));
  (void)r;
}

void on_fault(int, siginfo_t* info, void*) {
  stdout_flush();
  const auto addr = reinterpret_cast<uintptr_t>(info->si_addr);
  // The guard page(s) below the stack, or the last bit of it.
  const bool overflow = (stack_low != 0 && addr + (1u << 20) >= stack_low && addr < stack_low + (64u << 10)) ||
                        stack_is_guard_fault(addr);
  if (overflow) {
    say("runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n");
  } else {
    say("panic: runtime error: invalid memory address or nil pointer dereference\n"
        "[signal SIGSEGV: segmentation violation]\n");
  }
  // The goroutine header, formatted without allocating.
  char num[24];
  int n = 0;
  for (auto id = static_cast<uint64_t>(goroutine_id(current_goroutine())); n == 0 || id != 0; id /= 10) {
    num[n++] = static_cast<char>('0' + id % 10);
  }
  if (goroutine_id(current_goroutine()) == 0) num[0] = '1';
  char line[64] = "\ngoroutine ";
  std::size_t len = std::strlen(line);
  while (n > 0) line[len++] = num[--n];
  line[len] = 0;
  say(line);
  const int64_t id = goroutine_id(current_goroutine());
  say(id <= 1 ? " [running]:\nmain.main()\n\t?:0\n" : " [running]:\n?()\n\t?:0\n");
  ::_exit(2);
}

}  // namespace

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool sanitized = true;
#else
constexpr bool sanitized = false;
#endif

void install_fault_handlers() {
  if (sanitized) return;
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    void* base = nullptr;
    size_t size = 0;
    if (pthread_attr_getstack(&attr, &base, &size) == 0) {
      stack_low = reinterpret_cast<uintptr_t>(base);
    }
    pthread_attr_destroy(&attr);
  }
  stack_t ss{};
  ss.ss_sp = alt_stack;
  ss.ss_size = sizeof alt_stack;
  if (sigaltstack(&ss, nullptr) != 0) return;
  struct sigaction sa{};
  sa.sa_sigaction = on_fault;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, nullptr);
  sigaction(SIGBUS, &sa, nullptr);
}

}  // namespace go::detail
