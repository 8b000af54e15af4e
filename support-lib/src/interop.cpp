// go::start and go::yield for C++ programs that call translated Go packages (go/interop.h), and
// the registry of package initializers they run.
#include "go/interop.h"

#include "goroutine.h"

namespace go {

namespace {
// The registered packages, newest first (constant-initialized: registrations run during dynamic
// initialization, in any order across files).
constinit const package_registration* registered = nullptr;
bool started = false;
}  // namespace

package_registration::package_registration(void (*f)()) : init(f), next(registered) { registered = this; }

void start(int argc, char** argv) {
  if (started) return;
  started = true;
  if (argv != nullptr) os::detail::set_args(argc, argv);
  detail::run_go_on_this_thread();
  detail::stdout_through_stdio();
  // Registration order is the reverse of static initialization's; run them oldest first.
  std::vector<void (*)()> inits;
  for (const package_registration* r = registered; r != nullptr; r = r->next) inits.push_back(r->init);
  for (auto it = inits.rbegin(); it != inits.rend(); ++it) (*it)();
}

void yield() {
  start();
  runtime::Gosched();
}

}  // namespace go
