// Test helper: runs a function as a Go program's main (goroutine 1, under go::run_main) in a
// forked child, and returns its exit status, stdout and stderr. Goroutine tests need the whole
// runtime — the scheduler, the end of the program when main returns, the deadlock report — so
// each runs in a process of its own.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <string>

#include "go/runtime.h"

struct go_result {
  int status;
  std::string out, err;
};

inline std::string go_drain(int fd) {
  std::string s;
  char buf[4096];
  ssize_t n;
  while ((n = ::read(fd, buf, sizeof buf)) > 0) s.append(buf, static_cast<size_t>(n));
  ::close(fd);
  return s;
}

// Runs child() in a forked child with stdout and stderr captured; child() must end the process
// (or return, which is exit status 99).
template <class F>
go_result run_forked(F child) {
  int out[2], err[2];
  REQUIRE(::pipe(out) == 0);
  REQUIRE(::pipe(err) == 0);
  std::fflush(nullptr);  // or the child writes the test runner's pending output again
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    ::dup2(out[1], 1);
    ::dup2(err[1], 2);
    ::close(out[0]);
    ::close(err[0]);
    child();
    ::_exit(99);
  }
  ::close(out[1]);
  ::close(err[1]);
  go_result r;
  // stderr is small; read stdout fully first (it may be large), then stderr.
  r.out = go_drain(out[0]);
  r.err = go_drain(err[0]);
  int st = 0;
  ::waitpid(pid, &st, 0);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

inline go_result run_go(void (*main_fn)()) {
  return run_forked([main_fn] {
    static char arg0[] = "prog";
    static char* argv[] = {arg0, nullptr};
    go::run_main(1, argv, nullptr, main_fn);  // goroutine 1 ends the process
  });
}

// Writes text to the runtime's stdout.
inline void go_say(const std::string& s) { go::stdout_write(s.data(), s.size()); }
