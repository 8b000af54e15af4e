// panic, defer, recover and the uncaught-panic report, against what Go 1.19 prints; func values.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "go/runtime.h"
#include "panic_helpers.h"

namespace {
// The report for whatever f panics with, up to and including the goroutine line.
template <class F>
std::string report_of(F f) {
  try {
    f();
  } catch (go::panic_error& e) {
    std::string r = go::panic_report(e).str();
    return r.substr(0, r.find("main.main()"));
  }
  return "<no panic>";
}
}  // namespace

TEST_CASE("deferred calls run LIFO on normal return", "[defer]") {
  std::vector<int> order;
  {
    go::defer_frame frame;
    frame.run([&] {
      for (int i = 0; i < 3; i++) frame.defer([&order, i] { order.push_back(i); });
      order.push_back(10);
    });
  }
  CHECK(order == std::vector<int>{10, 2, 1, 0});
}

TEST_CASE("recover stops a panic and deferred closures can set named results", "[defer]") {
  // Go: func f() (r int) { defer func() { if x := recover(); x != nil { r = 7 } }(); var m map[string]int; m["a"] = 1; return 1 }
  auto f = [] {
    go::int_ r = 0;
    go::defer_frame frame;
    frame.run([&] {
      frame.defer([&] {
        if (go::recover() != nullptr) r = 7;
      });
      go::map<go::string, go::int_> m;
      m["a"] = 1;
      r = 1;
    });
    return r;
  };
  CHECK(f() == 7);  // Go 1.19 prints 7
  CHECK(go::recover() == nullptr);  // not panicking
}

TEST_CASE("recover returns the value, only while a deferred call runs for a panic", "[defer]") {
  go::any got;
  go::any outside;
  go::defer_frame frame;
  frame.run([&] {
    frame.defer([&] { got = go::recover(); });
    outside = go::recover();  // in the body, not in a deferred call: nil
    go::panic(go::int_(42));
  });
  CHECK(outside == nullptr);
  CHECK(got == go::any(go::int_(42)));
}

TEST_CASE("a recovered panic does not escape; an unrecovered one does, after all defers", "[defer]") {
  std::vector<std::string> log;
  auto inner = [&] {
    go::defer_frame frame;
    frame.run([&] {
      frame.defer([&] { log.push_back("inner defer"); });
      go::panic("boom");
    });
  };
  go::any r;
  {
    go::defer_frame frame;
    frame.run([&] {
      frame.defer([&] { r = go::recover(); log.push_back("outer recover"); });
      inner();
      log.push_back("not reached");
    });
  }
  CHECK(log == std::vector<std::string>{"inner defer", "outer recover"});
  CHECK(r == go::any("boom"));
  CHECK(panic_text(inner) == "boom");
}

TEST_CASE("the report chains panics as Go 1.19 prints them", "[panic]") {
  // Each expectation is what Go 1.19 wrote to stderr for the equivalent program.
  CHECK(report_of([] { go::panic("first"); }) == "panic: first\n\ngoroutine 1 [running]:\n");
  CHECK(report_of([] {
          go::defer_frame frame;
          frame.run([&] {
            frame.defer([] { go::panic("second"); });
            go::panic("first");
          });
        }) == "panic: first\n\tpanic: second\n\ngoroutine 1 [running]:\n");
  CHECK(report_of([] {
          go::defer_frame frame;
          frame.run([&] {
            frame.defer([] {
              go::recover();
              go::panic("second");
            });
            go::panic("first");
          });
        }) == "panic: first [recovered]\n\tpanic: second\n\ngoroutine 1 [running]:\n");
  // Go: index out of range, recovered, then a deferred call's deferred call panics again.
  CHECK(report_of([] {
          go::defer_frame frame;
          frame.run([&] {
            frame.defer([] {
              go::recover();
              go::defer_frame inner;
              inner.run([&] {
                inner.defer([] { go::panic(go::int_(2)); });
                go::panic(1.5);
              });
            });
            go::slice<go::int_> s;
            (void)s[5];
          });
        }) ==
        "panic: runtime error: index out of range [5] with length 0 [recovered]\n"
        "\tpanic: +1.500000e+000\n\tpanic: 2\n\ngoroutine 1 [running]:\n");
}

TEST_CASE("a recovered chain is cleared: later panics report alone", "[panic]") {
  {
    go::defer_frame frame;
    frame.run([&] {
      frame.defer([] { go::recover(); });
      go::defer_frame inner;
      inner.run([&] {
        inner.defer([] { go::panic("second"); });
        go::panic("first");
      });
    });
  }
  CHECK(report_of([] { go::panic("third"); }) == "panic: third\n\ngoroutine 1 [running]:\n");
}

TEST_CASE("panic values print as Go's printpanicval", "[panic]") {
  CHECK(panic_text([] { go::panic(go::int_(42)); }) == "42");
  CHECK(panic_text([] { go::panic(-1.5); }) == "-1.500000e+000");
  CHECK(panic_text([] { go::panic(true); }) == "true");
  CHECK(panic_text([] { go::panic(go::any()); }) == "nil");
  CHECK(panic_text([] { go::panic(go::complex128(1, -2)); }) == "(+1.000000e+000-2.000000e+000i)");
  CHECK(panic_text([] { go::panic(go::any(&go::uint64_type, go::uint64(1) << 63)); }) == "9223372036854775808");
  CHECK(panic_text([] { go::panic(go::slice<go::int_>{1}); }).rfind("([]int) 0x", 0) == 0);
  CHECK(panic_text([] { go::panic_nil_deref(); }) ==
        "runtime error: invalid memory address or nil pointer dereference");
}

TEST_CASE("nil pointers and nil funcs panic instead of crashing", "[ptr][func]") {
  go::ptr<go::int_> p;
  CHECK(p == nullptr);
  CHECK(panic_text([&] { (void)*p; }) == "runtime error: invalid memory address or nil pointer dereference");
  go::int_* heap = go::gc_new<go::int_>(3);
  go::ptr<go::int_> q = heap;
  CHECK(*q == 3);
  CHECK(q != p);
  go::func<go::int_(go::int_)> f;
  CHECK(f == nullptr);
  CHECK(panic_text([&] { f(1); }) == "runtime error: invalid memory address or nil pointer dereference");
}

TEST_CASE("func values capture state in collected memory", "[func]") {
  auto counter = [] {
    auto* n = go::gc_new<go::int_>(0);
    return go::func<go::int_()>([n] { return ++*n; });
  };
  auto c = counter();
  auto c2 = c;  // func values are references to the same closure
  c();
  c2();
  CHECK(c() == 3);
  go::func<go::int_(go::int_, go::int_)> add = [](go::int_ a, go::int_ b) { return a + b; };
  CHECK(add(2, 3) == 5);
  go::func<void()> v = [] {};
  v();
  CHECK(v != nullptr);
}
