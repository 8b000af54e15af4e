// go::run_main and go::os::Exit in a child process: exit statuses, the panic report on stderr
// after stdout was flushed, and os.Exit flushing the runtime's stdout buffer.
#include <catch2/catch.hpp>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

#include "go/runtime.h"
#include "panic_helpers.h"

namespace {
struct child_result {
  int status;
  std::string out, err;
};

std::string drain(int fd) {
  std::string s;
  char buf[512];
  ssize_t n;
  while ((n = ::read(fd, buf, sizeof buf)) > 0) s.append(buf, static_cast<size_t>(n));
  ::close(fd);
  return s;
}

// Runs body in a forked child with stdout and stderr captured (into `out` alone when merged, to
// observe their order); the child ends through body or with status 0.
child_result run_child(void (*body)(), bool merged = false) {
  int out[2], err[2];
  REQUIRE(::pipe(out) == 0);
  REQUIRE(::pipe(err) == 0);
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    ::dup2(out[1], 1);
    ::dup2(merged ? out[1] : err[1], 2);
    ::close(out[0]);
    ::close(err[0]);
    body();
    go::stdout_flush();
    ::_exit(0);
  }
  ::close(out[1]);
  ::close(err[1]);
  child_result r;
  r.out = drain(out[0]);  // small outputs: the pipes do not fill
  r.err = drain(err[0]);
  int st = 0;
  ::waitpid(pid, &st, 0);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

void say(const char* s) { go::stdout_write(s, std::char_traits<char>::length(s)); }
}  // namespace

TEST_CASE("run_main: normal exit flushes stdout, status 0", "[run]") {
  auto r = run_child([] {
    static char arg0[] = "prog";
    static char* argv[] = {arg0, nullptr};
    ::_exit(go::run_main(1, argv, [] { say("init\n"); }, [] { say("main\n"); }));
  });
  CHECK(r.status == 0);
  CHECK(r.out == "init\nmain\n");
  CHECK(r.err == "");
}

TEST_CASE("run_main: an uncaught panic prints Go's report and exits 2", "[run]") {
  auto r = run_child([] {
    static char arg0[] = "prog";
    static char* argv[] = {arg0, nullptr};
    go::run_main(1, argv, nullptr, [] {
      say("before\n");
      go::slice<go::int_> s{1, 2, 3};
      go::int_ i = 5;
      (void)s[i];
    });
  });
  CHECK(r.status == 2);
  CHECK(r.out == "before\n");
  // Go 1.19 prints this (then a stack trace we do not reproduce).
  CHECK(r.err.rfind("panic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:\n", 0) == 0);
}

TEST_CASE("os.Exit flushes stdout and skips deferred calls", "[run]") {
  auto r = run_child([] {
    go::defer_frame frame;
    frame.run([&] {
      frame.defer([] { say("deferred\n"); });
      say("buffered\n");
      go::os::Exit(3);
    });
  });
  CHECK(r.status == 3);
  CHECK(r.out == "buffered\n");
}

TEST_CASE("writing to stderr flushes stdout first", "[run]") {
  auto r = run_child([] {
    say("out1\n");
    go::println("err1");
    say("out2\n");
    go::os::Exit(0);
  }, true);
  CHECK(r.out == "out1\nerr1\nout2\n");
}
