// LeakSanitizer on every way a go2cpp program ends. The program never returns from main: it ends
// with _Exit when goroutine 1 returns, in os.Exit, and after an uncaught panic's report, which
// skips LSan's own atexit check, so the runtime runs the check itself on each path
// (detail::exit_process, src/sched.cpp). Built with -fsanitize=address like
// `go2cpp build -sanitize=address`, against the same uninstrumented runtime library.
//
//   lsan_exit_paths return|exit|panic  leaks a malloc'd block, then ends that way: LSan must
//                                      report it (and exit with its own status)
//   lsan_exit_paths parked             a parked goroutine holds the only pointer to a malloc'd
//                                      block when os.Exit(0) runs: nothing is reported
#include <cstdlib>
#include <cstring>

#include "go/chan.h"
#include "go/goroutine.h"
#include "go/os.h"
#include "go/panic.h"
#include "go/run.h"

namespace {

const char* mode = "";
void* volatile sink = nullptr;

__attribute__((noinline)) void leak_a_block() {
  sink = std::malloc(48);
  sink = nullptr;
}

void program() {
  if (std::strcmp(mode, "parked") == 0) {
    go::chan<int> never = go::make_chan<int>(0);
    go::go([never] {
      void* volatile held = std::malloc(48);  // only on this goroutine's stack
      never.recv();
      std::free(held);
    });
    go::runtime::Gosched();  // the goroutine runs and parks
    go::os::Exit(0);
  }
  leak_a_block();
  if (std::strcmp(mode, "exit") == 0) go::os::Exit(0);
  if (std::strcmp(mode, "panic") == 0) go::panic(go::any(go::string("boom")));
  // "return": goroutine 1 returns
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1) mode = argv[1];
  return go::run_main(argc, argv, nullptr, &program);
}
