// Ctrl-C and friends: go2cpp notes SIGINT, SIGTERM and SIGHUP, and at the next safe point removes
// every temporary file and directory it created, then dies of the same signal, so nothing
// half-built is left behind and the shell sees the interruption.
#pragma once

#include <string>

namespace go2cpp::driver {

// Installs the handlers (leaving alone any of the signals that were ignored when go2cpp started,
// as under nohup). Handlers only record the signal; waitpid() returns EINTR so waits can react.
void install_interrupt_handlers();

// The last signal received, or 0.
int pending_interrupt();

// Removes all tracked paths and dies of `sig` with its default action.
[[noreturn]] void die_of_interrupt(int sig);

// At a safe point: if a signal arrived, clean up and die of it.
inline void check_interrupt() {
  if (int sig = pending_interrupt()) die_of_interrupt(sig);
}

// Paths to remove (recursively) if go2cpp is interrupted.
void track_temp_path(const std::string& path);
void untrack_temp_path(const std::string& path);

}  // namespace go2cpp::driver
