// go/interop.h and the runtime's side of calling Go from C++ (docs/interop.md): panics as
// std::exception, C++ exceptions as Go panics, C++ objects as Go interface values, conversions,
// roots, and go::start letting the C++ caller block in Go while goroutines run.
#include <catch2/catch.hpp>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include "go/interop.h"
#include "goroutine_helpers.h"

namespace {

// A C++ implementation of Go's error interface, spelled as the emitter spells the one it writes
// for an exported interface (I_cpp and cpp_interface<I>).
struct error_cpp {
  virtual ~error_cpp() = default;
  virtual go::string Error() = 0;
};

struct disk_error : error_cpp {
  int calls = 0;
  go::string Error() override {
    calls++;
    return "disk full";
  }
};

struct throwing_error : error_cpp {
  go::string Error() override { throw std::runtime_error("no text today"); }
};

}  // namespace

template <>
struct go::cpp_interface<go::error> {
  using base = error_cpp;
  static const go::type_desc* desc() {
    static const go::method_entry methods[] = {
        {"Error", go::erase_method(+[](void* self) -> go::string {
           return go::cpp_call([&] { return (*static_cast<error_cpp**>(self))->Error(); });
         }), "func() string"},
    };
    static const go::type_desc d = [] {
      go::type_desc d = go::cpp_object_desc("*main.error_cpp", methods, 1);
      d.error_method = [](const void* v) -> go::string {
        return go::cpp_call([&] { return (*static_cast<error_cpp* const*>(v))->Error(); });
      };
      return d;
    }();
    return &d;
  }
};

TEST_CASE("a Go panic reaching C++ is a std::exception with Go's message", "[interop]") {
  try {
    go::panic(go::string("inventory: no item"));
    FAIL("no panic");
  } catch (const std::exception& e) {
    CHECK(std::string(e.what()) == "inventory: no item");
  }
  try {
    go::slice<go::int_> s;
    (void)s[3];
    FAIL("no panic");
  } catch (const std::exception& e) {
    CHECK(std::string(e.what()) == "runtime error: index out of range [3] with length 0");
  }
}

TEST_CASE("a C++ exception crossing a Go frame with deferred calls becomes a Go panic", "[interop]") {
  go::any recovered;
  {
    go::defer_frame frame;
    frame.run([&] {
      frame.defer([&] { recovered = go::recover(); });
      throw std::runtime_error("disk full");
    });
  }
  REQUIRE(recovered != nullptr);
  CHECK(go::error_text(recovered).str() == "C++ exception: disk full");
  CHECK(std::string(go::dynamic_type(recovered)->name) == "go2cpp.CppException");

  // Not recovered: the frame rethrows it as a Go panic, which C++ catches like any exception.
  bool deferred_ran = false;
  try {
    go::defer_frame frame;
    frame.run([&] {
      frame.defer([&] { deferred_ran = true; });
      throw 42;  // not even a std::exception
    });
    FAIL("no exception");
  } catch (const go::panic_error& e) {
    CHECK(std::string(e.what()) ==
          "C++ exception: an exception of a type not derived from std::exception");
  }
  CHECK(deferred_ran);
}

TEST_CASE("a C++ object implements a Go interface", "[interop]") {
  disk_error impl;
  go::error err = go::implement<go::error>(&impl);
  REQUIRE(err != nullptr);
  CHECK(err.Error().str() == "disk full");
  CHECK(go::error_text(err).str() == "disk full");  // what fmt and the panic report call
  CHECK(impl.calls == 2);
  CHECK(err == go::implement<go::error>(&impl));  // the same object: equal, as pointers are
  disk_error other;
  CHECK_FALSE(err == go::implement<go::error>(&other));
  CHECK(go::implement<go::error>(static_cast<disk_error*>(nullptr)) == nullptr);

  throwing_error bad;
  go::error thrower = go::implement<go::error>(&bad);
  try {
    (void)thrower.Error();
    FAIL("no panic");
  } catch (const go::panic_error& e) {
    CHECK(std::string(e.what()) == "C++ exception: no text today");
  }
}

TEST_CASE("strings and slices cross between Go and C++ values", "[interop]") {
  go::string s = go::from_std(std::string("héllo"));
  CHECK(s.len() == 6);
  CHECK(go::to_std(s) == "héllo");
  go::slice<go::int_> xs = go::from_std(std::vector<go::int_>{1, 2, 3});
  CHECK(xs.len() == 3);
  CHECK(xs.cap() == 3);
  go::as_span(xs)[1] = 20;  // a view: writes reach the slice
  CHECK(xs[1] == 20);
  CHECK(go::to_std(xs) == std::vector<go::int_>{1, 20, 3});
  go::slice<go::string> words = go::from_std(std::vector<std::string>{"a", "bc"});
  CHECK(go::to_std(words) == std::vector<std::string>{"a", "bc"});
  CHECK(go::to_std(go::slice<go::string>{}).empty());
}

TEST_CASE("Go values held in root memory survive collections", "[interop]") {
  std::vector<go::string, go::root_allocator<go::string>> kept;
  for (int i = 0; i < 100; i++) kept.push_back(go::from_std("value " + std::to_string(i)));
  go::root<go::slice<go::int_>> slice(go::from_std(std::vector<go::int_>{7, 8, 9}));
  for (int round = 0; round < 3; round++) {
    go::gc_collect();
    for (int i = 0; i < 10000; i++) (void)go::from_std(std::string(64, 'x'));  // reuse freed blocks
  }
  for (int i = 0; i < 100; i++) REQUIRE(go::to_std(kept[static_cast<size_t>(i)]) == "value " + std::to_string(i));
  CHECK(go::to_std(*slice) == std::vector<go::int_>{7, 8, 9});
}

namespace {
// Runs body after go::start in a forked child (the start is for the whole process), returning its
// exit status, stdout and stderr.
go_result run_started(void (*body)()) {
  return run_forked([body] {
    go::start();
    body();
    std::fflush(stdout);
    ::_exit(0);
  });
}
}  // namespace

TEST_CASE("after go::start, C++ code blocks in Go while goroutines run", "[interop]") {
  go_result r = run_started([] {
    go::chan<go::int_> ch = go::make_chan<go::int_>();
    go::go([ch] {
      for (go::int_ i = 1; i <= 3; i++) ch.send(i * 10);
      go::close(ch);
    });
    // The C++ caller receives on an unbuffered channel: it parks, the goroutine runs.
    std::printf("C++ first\n");
    for (;;) {
      auto [v, ok] = ch.recv_ok();
      if (!ok) break;
      // Go's output and C's interleave in order: both go through C's stdout.
      go_say("go got " + std::to_string(v) + "\n");
      // A collection while goroutines run must still see the C++ caller's Go values.
      go::gc_collect();
    }
    bool ran = false;
    go::go([&ran] { ran = true; });
    go::yield();
    std::printf("yield ran the goroutine: %s\n", ran ? "yes" : "no");
  });
  CHECK(r.status == 0);
  CHECK(r.out == "C++ first\ngo got 10\ngo got 20\ngo got 30\nyield ran the goroutine: yes\n");
}

TEST_CASE("after go::start, blocking with no goroutine to wake the caller is Go's deadlock", "[interop]") {
  go_result r = run_started([] {
    go::chan<go::int_> ch = go::make_chan<go::int_>();
    ch.send(1);
  });
  CHECK(r.status == 2);
  CHECK(r.err.rfind("fatal error: all goroutines are asleep - deadlock!\n", 0) == 0);
}
