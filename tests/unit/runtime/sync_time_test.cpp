// sync, sync/atomic, time and the runtime package, each case in a child process running the
// program as goroutine 1 (goroutine_helpers.h), plus the descriptors of channel types.
#include <string>

#include "go/fmt.h"
#include "go/runtime.h"
#include "go/sync.h"
#include "go/sync/atomic.h"
#include "go/time.h"
#include "goroutine_helpers.h"
#include "panic_helpers.h"

using go::chan;
using go::int_;
namespace gtime = go::time;

TEST_CASE("time.Duration String matches Go", "[time]") {
  // Go 1.19's output for these durations.
  const std::pair<go::int64, const char*> cases[] = {
      {0, "0s"},
      {1, "1ns"},
      {999, "999ns"},
      {1000, "1µs"},
      {1500 * gtime::Microsecond, "1.5ms"},
      {gtime::Second, "1s"},
      {90 * gtime::Minute, "1h30m0s"},
      {-3 * gtime::Millisecond, "-3ms"},
      {INT64_MAX, "2562047h47m16.854775807s"},
      {INT64_MIN, "-2562047h47m16.854775808s"},
      {2 * gtime::Hour + 3 * gtime::Second + 4 * gtime::Millisecond, "2h0m3.004s"},
  };
  for (const auto& [d, want] : cases) CHECK(gtime::Duration_String(d).str() == want);
  CHECK(gtime::Duration_Seconds(1500 * gtime::Millisecond) == 1.5);
  CHECK(gtime::Duration_Round(1499 * gtime::Microsecond, gtime::Millisecond) == gtime::Millisecond);
  CHECK(gtime::Duration_Truncate(1999 * gtime::Microsecond, gtime::Millisecond) == gtime::Millisecond);
  CHECK(go::fmt::Sprintf("%v %T %d", go::any(gtime::Duration_desc(), gtime::Second),
                         go::any(gtime::Duration_desc(), gtime::Second),
                         go::any(gtime::Duration_desc(), gtime::Second))
            .str() == "1s time.Duration 1000000000");
}

TEST_CASE("chan_of: %T of channel types", "[chan]") {
  const go::type_desc* i = go::type_of<int_>();
  CHECK(go::chan_of(i, go::chan_dir::both)->name == "chan int");
  CHECK(go::chan_of(i, go::chan_dir::recv)->name == "<-chan int");
  CHECK(go::chan_of(i, go::chan_dir::send)->name == "chan<- int");
  CHECK(go::chan_of(go::chan_of(i, go::chan_dir::recv), go::chan_dir::both)->name == "chan (<-chan int)");
  CHECK(go::chan_of(i, go::chan_dir::both) == go::type_of<chan<int_>>());
  CHECK(go::fmt::Sprintf("%T %v", go::any(chan<go::string>()), go::any(chan<go::string>())).str() ==
        "chan string <nil>");
}

TEST_CASE("time: Sleep orders goroutines by wake-up time; sleepers are not deadlocked", "[time]") {
  auto r = run_go([] {
    static auto out = go::make_chan<int_>(3);
    for (int_ i : {3, 1, 2}) {
      go::go([i] {
        gtime::Sleep(i * 10 * gtime::Millisecond);
        out.send(i);
      });
    }
    const gtime::Time start = gtime::Now();
    std::string s;
    for (int k = 0; k < 3; k++) s += std::to_string(out.recv());
    const gtime::Duration took = gtime::Since(start);
    s += took >= 30 * gtime::Millisecond && took < 500 * gtime::Millisecond ? " ok" : " took " + std::to_string(took);
    go_say(s + "\n");
  });
  CHECK(r.out == "123 ok\n");
}

TEST_CASE("time: After in a select times out; Timer Stop/Reset; Ticker ticks", "[time]") {
  auto r = run_go([] {
    std::string s;
    auto never = go::make_chan<int_>();
    const int k = go::select({go::recv_case(never), go::recv_case(gtime::After(5 * gtime::Millisecond))});
    s += std::to_string(k);
    auto t = gtime::NewTimer(gtime::Hour);
    s += gtime::Timer_Stop(t) ? " stopped" : " not";
    s += gtime::Timer_Stop(t) ? " stopped" : " not";
    gtime::Timer_Reset(t, gtime::Millisecond);
    t->C.recv();
    s += " fired";
    auto tick = gtime::NewTicker(2 * gtime::Millisecond);
    for (int i = 0; i < 3; i++) tick->C.recv();
    gtime::Ticker_Stop(tick);
    s += " ticked";
    s += gtime::Tick(0) == nullptr ? " nil" : " non-nil";
    go_say(s + "\n");
  });
  CHECK(r.out == "1 stopped not fired ticked nil\n");
}

TEST_CASE("sync: WaitGroup, Mutex, RWMutex, Once", "[sync]") {
  auto r = run_go([] {
    static go::sync::WaitGroup wg;
    static go::sync::Mutex mu;
    static go::sync::RWMutex rw;
    static go::sync::Once once;
    static int_ counter = 0, inits = 0;
    for (int i = 0; i < 100; i++) {
      go::sync::WaitGroup_Add(&wg, 1);
      go::go([] {
        go::sync::Once_Do(&once, [] { inits++; });
        go::sync::Mutex_Lock(&mu);
        const int_ c = counter;
        go::runtime::Gosched();  // others run while the lock is held
        counter = c + 1;
        go::sync::Mutex_Unlock(&mu);
        go::sync::RWMutex_RLock(&rw);
        go::runtime::Gosched();
        go::sync::RWMutex_RUnlock(&rw);
        go::sync::WaitGroup_Done(&wg);
      });
    }
    go::sync::WaitGroup_Wait(&wg);
    go::sync::RWMutex_Lock(&rw);
    const bool try_r = go::sync::RWMutex_TryRLock(&rw);
    go::sync::RWMutex_Unlock(&rw);
    go_say(std::to_string(counter) + " " + std::to_string(inits) + (try_r ? " t" : " f") + " " +
           panic_text([] { go::sync::WaitGroup_Add(&wg, -1); }) + "\n");
  });
  CHECK(r.out == "100 1 f sync: negative WaitGroup counter\n");
}

TEST_CASE("sync: unlock of an unlocked mutex is fatal; a blocked Wait is a deadlock", "[sync]") {
  auto r = run_go([] {
    static go::sync::Mutex mu;
    go::sync::Mutex_Unlock(&mu);
  });
  CHECK(r.status == 2);
  CHECK(r.err.rfind("fatal error: sync: unlock of unlocked mutex\n\ngoroutine 1 [running]:\n", 0) == 0);
  r = run_go([] {
    static go::sync::WaitGroup wg;
    go::sync::WaitGroup_Add(&wg, 1);
    go::sync::WaitGroup_Wait(&wg);
  });
  CHECK(r.err.rfind("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [semacquire]:\n", 0) == 0);
  r = run_go([] {
    static go::sync::Mutex mu;
    go::sync::Mutex_Lock(&mu);
    go::sync::Mutex_Lock(&mu);
  });
  CHECK(r.err.rfind("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [semacquire]:\n", 0) == 0);
}

TEST_CASE("sync/atomic functions and types", "[sync]") {
  go::int64 n = 5;
  CHECK(go::sync::atomic::AddInt64(&n, 3) == 8);
  CHECK(go::sync::atomic::CompareAndSwapInt64(&n, 8, 1));
  CHECK_FALSE(go::sync::atomic::CompareAndSwapInt64(&n, 8, 2));
  CHECK(go::sync::atomic::SwapInt64(&n, 4) == 1);
  CHECK(go::sync::atomic::LoadInt64(&n) == 4);
  go::sync::atomic::Int32 x;
  go::sync::atomic::Int32_Add(&x, -2);
  CHECK(go::sync::atomic::Int32_Load(&x) == -2);
  go::sync::atomic::Bool b;
  CHECK_FALSE(go::sync::atomic::Bool_Swap(&b, true));
  CHECK(go::sync::atomic::Bool_Load(&b));
  CHECK(panic_text([] { go::sync::atomic::AddUint32(nullptr, 1); }) ==
        "runtime error: invalid memory address or nil pointer dereference");
}

TEST_CASE("runtime package", "[runtime]") {
  CHECK(go::runtime::NumCPU() >= 1);
  const int_ procs = go::runtime::GOMAXPROCS(0);
  CHECK(procs >= 1);
  CHECK(go::runtime::GOMAXPROCS(1) == procs);
  CHECK(go::runtime::GOMAXPROCS(0) == 1);
  go::runtime::GC();
}
