// Interrupt handling (see interrupt.h). The handler does the only async-signal-safe thing needed:
// it stores the signal number. Cleanup (recursive removal, which is not async-signal-safe) happens
// on the main thread at safe points — between phases and whenever waitpid() is interrupted.
// Installed without SA_RESTART so a blocked waitpid() wakes up with EINTR.
#include "driver/interrupt.h"

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <vector>

namespace go2cpp::driver {
namespace {

volatile std::sig_atomic_t g_signal = 0;

constexpr int kHandled[] = {SIGINT, SIGTERM, SIGHUP};

std::vector<std::string>& tracked() {
  static std::vector<std::string> paths;
  return paths;
}

extern "C" void on_signal(int sig) {
  g_signal = sig;
}

}  // namespace

void install_interrupt_handlers() {
  for (int sig : kHandled) {
    struct sigaction old {};
    if (sigaction(sig, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) continue;
    struct sigaction sa {};
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;  // no SA_RESTART: interrupted waits return EINTR
    sigaction(sig, &sa, nullptr);
  }
}

int pending_interrupt() {
  return g_signal;
}

void die_of_interrupt(int sig) {
  for (const std::string& path : tracked()) {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  tracked().clear();
  std::signal(sig, SIG_DFL);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, sig);
  sigprocmask(SIG_UNBLOCK, &set, nullptr);
  std::raise(sig);
  std::_Exit(128 + sig);  // only if the signal did not end the process
}

void track_temp_path(const std::string& path) {
  tracked().push_back(path);
}

void untrack_temp_path(const std::string& path) {
  auto& paths = tracked();
  paths.erase(std::remove(paths.begin(), paths.end(), path), paths.end());
}

}  // namespace go2cpp::driver
