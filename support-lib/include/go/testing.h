// Package testing: T, B, M and the functions _test.go files call, and what the main that
// `go2cpp test` generates uses to run them (docs/testing-go.md). Methods are free functions
// Type_Method(receiver, ...), as the emitter writes every method call.
//
// Each test runs on goroutine 1, one after another; a subtest (t.Run) runs inside its parent's
// call. FailNow, Fatal and SkipNow end the test as runtime.Goexit does: the deferred calls of its
// frames run, then t.Run or the runner carry on with the next test. A log line names the file and
// line of the call, which the #line directives of generated code make the _test.go position
// (`here` below); t.Helper() is accepted but does not move it to the helper's caller.
#pragma once

#include "go/any.h"
#include "go/func.h"
#include "go/map.h"
#include "go/ptr.h"
#include "go/slice.h"
#include "go/string.h"

namespace go::testing {

struct test_state;  // src/testing.cpp

struct T {
  test_state* state = nullptr;
};

struct B {
  int_ N = 0;
  test_state* state = nullptr;
};

// Benchmark's result. T is a time.Duration (int64).
struct BenchmarkResult {
  int_ N = 0;
  int64 T = 0;
  int64 Bytes = 0;
  uint64 MemAllocs = 0;
  uint64 MemBytes = 0;
  map<go::string, float64> Extra;
};

struct InternalTest {
  go::string Name;
  func<void(ptr<T>)> F;
};

struct InternalExample {
  go::string Name;
  func<void()> F;
  go::string Output;
  bool Unordered = false;
};

struct M {
  slice<InternalTest> tests;
  slice<InternalExample> examples;
  int_ exit_code = 0;
};

// Where a testing function was called: its default argument `here()` takes the caller's file and
// line (__builtin_FILE/__builtin_LINE, which g++ and clang evaluate at the call and which follow
// #line; std::source_location would do, but clang 14 cannot compile libstdc++'s).
struct here {
  const char* file;
  unsigned line;
  constexpr here(const char* f = __builtin_FILE(), unsigned l = __builtin_LINE()) : file(f), line(l) {}
};

void T_Error(ptr<T> t, slice<any> args, here at = here());
void T_Errorf(ptr<T> t, go::string format, slice<any> args, here at = here());
void T_Fatal(ptr<T> t, slice<any> args, here at = here());
void T_Fatalf(ptr<T> t, go::string format, slice<any> args, here at = here());
void T_Log(ptr<T> t, slice<any> args, here at = here());
void T_Logf(ptr<T> t, go::string format, slice<any> args, here at = here());
void T_Fail(ptr<T> t);
[[noreturn]] void T_FailNow(ptr<T> t);
bool T_Failed(ptr<T> t);
go::string T_Name(ptr<T> t);
void T_Helper(ptr<T> t);
void T_Skip(ptr<T> t, slice<any> args, here at = here());
void T_Skipf(ptr<T> t, go::string format, slice<any> args, here at = here());
[[noreturn]] void T_SkipNow(ptr<T> t);
bool T_Skipped(ptr<T> t);
void T_Parallel(ptr<T> t);
void T_Cleanup(ptr<T> t, func<void()> f);
void T_Setenv(ptr<T> t, go::string key, go::string value);
bool T_Run(ptr<T> t, go::string name, func<void(ptr<T>)> f);

void B_Error(ptr<B> b, slice<any> args, here at = here());
void B_Errorf(ptr<B> b, go::string format, slice<any> args, here at = here());
void B_Fatal(ptr<B> b, slice<any> args, here at = here());
void B_Fatalf(ptr<B> b, go::string format, slice<any> args, here at = here());
void B_Log(ptr<B> b, slice<any> args, here at = here());
void B_Logf(ptr<B> b, go::string format, slice<any> args, here at = here());
void B_Fail(ptr<B> b);
[[noreturn]] void B_FailNow(ptr<B> b);
bool B_Failed(ptr<B> b);
go::string B_Name(ptr<B> b);
void B_Helper(ptr<B> b);
void B_Skip(ptr<B> b, slice<any> args, here at = here());
void B_Skipf(ptr<B> b, go::string format, slice<any> args, here at = here());
[[noreturn]] void B_SkipNow(ptr<B> b);
void B_Cleanup(ptr<B> b, func<void()> f);
void B_ResetTimer(ptr<B> b);
void B_StartTimer(ptr<B> b);
void B_StopTimer(ptr<B> b);
void B_ReportAllocs(ptr<B> b);
void B_SetBytes(ptr<B> b, int64 n);
void B_ReportMetric(ptr<B> b, float64 n, go::string unit);
bool B_Run(ptr<B> b, go::string name, func<void(ptr<B>)> f);

int64 BenchmarkResult_NsPerOp(BenchmarkResult r);
int64 BenchmarkResult_AllocsPerOp(BenchmarkResult r);
int64 BenchmarkResult_AllocedBytesPerOp(BenchmarkResult r);
go::string BenchmarkResult_String(BenchmarkResult r);
go::string BenchmarkResult_MemString(BenchmarkResult r);
BenchmarkResult Benchmark(func<void(ptr<B>)> f);
const type_desc* BenchmarkResult_desc();

int_ M_Run(ptr<M> m);

bool Short();
bool Verbose();
go::string CoverMode();
float64 AllocsPerRun(int_ runs, func<void()> f);

ptr<M> MainStart(slice<InternalTest> tests, slice<InternalExample> examples);
int_ RunTestMain(ptr<M> m, func<void(ptr<M>)> test_main);

}  // namespace go::testing

template <>
struct go::detail::type_of_impl<go::testing::BenchmarkResult> {
  static const go::type_desc* get() { return go::testing::BenchmarkResult_desc(); }
};
