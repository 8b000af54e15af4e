// Goroutines and channels: scheduling, channel semantics and panics, select, the deadlock report,
// panics in goroutines, the end of the program, stack overflow, and the collector seeing parked
// goroutines' stacks. Each case runs a program in a child process (goroutine_helpers.h).
#include <string>

#include "go/runtime.h"
#include "goroutine_helpers.h"
#include "panic_helpers.h"

using go::chan;
using go::int_;

TEST_CASE("goroutines: unbuffered ping-pong hands values over in order", "[goroutine]") {
  auto r = run_go([] {
    static chan<int_> ping, pong;
    ping = go::make_chan<int_>();
    pong = go::make_chan<int_>();
    go::go([] {
      for (;;) pong.send(ping.recv() * 2);
    });
    int_ sum = 0;
    for (int_ i = 1; i <= 1000; i++) {
      ping.send(i);
      sum += pong.recv();
    }
    go_say(std::to_string(sum) + "\n");
  });
  INFO(r.err);
  CHECK(r.status == 0);
  CHECK(r.out == "1001000\n");
}

TEST_CASE("goroutines: buffered channels are FIFO; len, cap, close, receive ok, range", "[goroutine]") {
  auto r = run_go([] {
    auto ch = go::make_chan<go::string>(3);
    ch.send("a");
    ch.send("b");
    std::string s = std::to_string(ch.len()) + "/" + std::to_string(ch.cap()) + " ";
    s += ch.recv().str();
    ch.send("c");
    ch.send("d");
    go::close(ch);
    for (const go::string& v : ch) s += v.str();
    auto [v, ok] = ch.recv_ok();
    s += " [" + v.str() + "] " + (ok ? "true" : "false");
    chan<int_> nil;
    s += " " + std::to_string(nil.len()) + std::to_string(nil.cap());
    go_say(s + "\n");
  });
  CHECK(r.status == 0);
  CHECK(r.out == "2/3 abcd [] false 00\n");
}

TEST_CASE("goroutines: closing wakes every receiver with the zero value", "[goroutine]") {
  auto r = run_go([] {
    static auto ch = go::make_chan<int_>();
    static auto done = go::make_chan<bool>(10);
    for (int i = 0; i < 5; i++) {
      go::go([] {
        auto [v, ok] = ch.recv_ok();
        done.send(v == 0 && !ok);
      });
    }
    go::runtime::Gosched();
    go::close(ch);
    int good = 0;
    for (int i = 0; i < 5; i++) good += done.recv() ? 1 : 0;
    go_say(std::to_string(good) + "\n");
  });
  CHECK(r.out == "5\n");
}

TEST_CASE("goroutines: Go's channel panics", "[goroutine]") {
  auto r = run_go([] {
    std::string s;
    auto ch = go::make_chan<int_>(1);
    go::close(ch);
    s += panic_text([&] { ch.send(1); }) + "|";
    s += panic_text([&] { go::close(ch); }) + "|";
    s += panic_text([] { go::close(chan<int_>()); }) + "|";
    s += panic_text([] { go::make_chan<int_>(-1); }) + "|";
    // A sender blocked on a channel that gets closed panics too.
    static auto unbuf = go::make_chan<int_>();
    static auto result = go::make_chan<go::string>(1);
    go::go([] { result.send(go::string::from_view(panic_text([] { unbuf.send(1); }))); });
    go::runtime::Gosched();
    go::close(unbuf);
    s += result.recv().str();
    go_say(s + "\n");
  });
  CHECK(r.out ==
        "send on closed channel|close of closed channel|close of nil channel|"
        "makechan: size out of range|send on closed channel\n");
}

TEST_CASE("select: default, ready cases, nil channels, uniform choice", "[goroutine][select]") {
  auto r = run_go([] {
    std::string s;
    auto a = go::make_chan<int_>(1);
    auto b = go::make_chan<int_>(1);
    chan<int_> nil;
    s += std::to_string(go::select({go::recv_case(a), go::recv_case(nil)}, go::has_default)) + " ";
    int_ v = 0;
    bool ok = false;
    a.send(7);
    const int chosen = go::select({go::recv_case(nil), go::recv_case(a, &v, &ok)});
    s += std::to_string(chosen) + ":" + std::to_string(v) + (ok ? "t" : "f") + " ";
    s += std::to_string(go::select({go::send_case(nil, int_{1}), go::send_case(b, int_{2})})) + " ";
    s += std::to_string(b.recv()) + " ";
    // Both ready: each is chosen about half the time.
    int counts[2] = {0, 0};
    for (int i = 0; i < 2000; i++) {
      a.send(1);
      b.send(2);
      const int k = go::select({go::recv_case(a), go::recv_case(b)});
      counts[k]++;
      (k == 0 ? b : a).recv();
    }
    s += (counts[0] > 800 && counts[1] > 800) ? "uniform" : "skewed " + std::to_string(counts[0]);
    go_say(s + "\n");
  });
  CHECK(r.out == "-1 1:7t 1 2 uniform\n");
}

TEST_CASE("select: a blocked select is woken by the first ready case only", "[goroutine][select]") {
  auto r = run_go([] {
    static auto a = go::make_chan<int_>();
    static auto b = go::make_chan<int_>();
    static auto out = go::make_chan<std::string*>(1);
    go::go([] {
      int_ v = 0;
      bool ok = true;
      const int k = go::select({go::recv_case(a, &v), go::recv_case(b, &v, &ok)});
      out.send(new std::string(std::to_string(k) + ":" + std::to_string(v) + (ok ? "t" : "f")));
    });
    go::runtime::Gosched();
    go::close(b);
    std::string s = *out.recv();
    // a has no receiver left: the select's waiter on a was removed.
    s += go::select({go::send_case(a, int_{1})}, go::has_default) == -1 ? " gone" : " still";
    go_say(s + "\n");
  });
  CHECK(r.out == "1:0f gone\n");
}

TEST_CASE("deadlock: Go's report, wait reason and exit status 2", "[goroutine][deadlock]") {
  auto r = run_go([] {
    go_say("before\n");
    go::make_chan<int_>().recv();
  });
  CHECK(r.status == 2);
  CHECK(r.out == "before\n");
  CHECK(r.err.rfind("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n", 0) == 0);

  r = run_go([] { chan<int_>().send(1); });
  CHECK(r.err.find("goroutine 1 [chan send (nil chan)]:") != std::string::npos);
  r = run_go([] { chan<int_>().recv(); });
  CHECK(r.err.find("goroutine 1 [chan receive (nil chan)]:") != std::string::npos);
  r = run_go([] { go::select_forever(); });
  CHECK(r.err.find("goroutine 1 [select (no cases)]:") != std::string::npos);
  r = run_go([] { go::select({go::recv_case(go::make_chan<int_>())}); });
  CHECK(r.err.find("goroutine 1 [select]:") != std::string::npos);
  r = run_go([] {
    static auto ch = go::make_chan<int_>();
    go::go([] { ch.send(1); ch.send(2); });
    ch.recv();
    ch.recv();
    ch.recv();
  });
  CHECK(r.err == "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\nmain.main()\n\t?:0\n");
  r = run_go([] {
    static auto ch = go::make_chan<int_>();
    go::go([] { ch.send(1); });
    go::select_forever();
  });
  CHECK(r.err.find("goroutine 1 [select (no cases)]:\nmain.main()\n\t?:0\n\ngoroutine 5 [chan send]:") != std::string::npos);
  CHECK(r.status == 2);
}

TEST_CASE("goroutines: an uncaught panic in a goroutine ends the program", "[goroutine]") {
  auto r = run_go([] {
    go_say("out\n");
    go::go([] { go::panic(go::any(go::string("boom"))); });
    go::select_forever();
  });
  CHECK(r.status == 2);
  CHECK(r.out == "out\n");
  CHECK(r.err.rfind("panic: boom\n\ngoroutine 5 [running]:\n", 0) == 0);
}

TEST_CASE("goroutines: the program ends when main returns", "[goroutine]") {
  auto r = run_go([] {
    go::go([] { go::select_forever(); });
    go::go([] { for (;;) go::runtime::Gosched(); });
    go::runtime::Gosched();
    go_say(std::to_string(go::runtime::NumGoroutine()) + "\n");
  });
  CHECK(r.status == 0);
  CHECK(r.out == "3\n");
}

TEST_CASE("goroutines: panics and recover are per goroutine", "[goroutine]") {
  auto r = run_go([] {
    static auto step = go::make_chan<int_>();
    static std::string log;
    go::go([] {
      go::defer_frame frame;
      frame.run([&] {
        frame.defer([] {
          step.send(1);  // parks in the middle of its panic: main runs
          log += "B recovers " + go::panic_value_text(go::recover()).str() + ";";
        });
        go::panic(go::any(go::string("b")));
      });
    });
    go::runtime::Gosched();  // B panics and parks in its deferred call
    {
      go::defer_frame frame;
      frame.run([&] {
        frame.defer([] { log += "main recovers " + go::panic_value_text(go::recover()).str() + ";"; });
        go::panic(go::any(go::string("m")));
      });
    }
    step.recv();
    go::runtime::Gosched();
    go_say(log + "\n");
  });
  CHECK(r.status == 0);
  CHECK(r.out == "main recovers m;B recovers b;\n");
}

TEST_CASE("stack overflow in a goroutine is Go's fatal error", "[goroutine][stack]") {
  auto r = run_go([] {
    static auto done = go::make_chan<int_>();
    go::go([] {
      struct rec {
        // Unbounded for any real stack; the compiler cannot prove it infinite.
        static int_ f(int_ n) {
          volatile char pad[256];
          pad[0] = static_cast<char>(n);
          return n == -1 ? 0 : f(n + 1) + pad[0];
        }
      };
      done.send(rec::f(0));
    });
    done.recv();
  });
  CHECK(r.status == 2);
  CHECK(r.err.find("fatal error: stack overflow") != std::string::npos);
}

TEST_CASE("stack overflow in main is Go's fatal error; ordinary recursion fits", "[goroutine][stack]") {
  auto r = run_go([] {
    struct rec {
      static int_ depth(int_ n) {
        volatile char pad[64];
        pad[0] = 1;
        return n == 0 ? 0 : depth(n - 1) + pad[0];
      }
    };
    go_say(std::to_string(rec::depth(100000)) + "\n");  // main: 100,000 frames
    static auto done = go::make_chan<int_>();
    go::go([] { done.send(rec::depth(1000)); });         // other goroutines: thousands
    go_say(std::to_string(done.recv()) + "\n");
    rec::depth(int_{1} << 40);
  });
  CHECK(r.out == "100000\n1000\n");
  CHECK(r.status == 2);
  CHECK(r.err.find("fatal error: stack overflow") != std::string::npos);
}
