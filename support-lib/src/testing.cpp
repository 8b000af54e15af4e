// Package testing (include/go/testing.h): running a package's tests and examples in the main
// that `go2cpp test` generates, with the output of Go 1.19's testing package (testing.go:
// decorate, report, flushToParent, runExample).
//
// Tests run one after another on goroutine 1; t.Run runs a subtest inside the call. A test's
// state lives in root memory (gc_alloc_root): its cleanups are Go closures the collector must
// see. Without -test.v a test's log is kept and printed under its "--- FAIL" line; a subtest's
// report and log go into its parent's log indented by four spaces, as Go's indenter does.
#include "go/testing.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <new>
#include <regex>
#include <string>
#include <vector>

#include "go/defer.h"
#include "go/fmt.h"
#include "go/gc.h"
#include "go/iface.h"
#include "go/os.h"
#include "go/output.h"
#include "go/time.h"
#include "output_capture.h"

namespace go::testing {

namespace {

bool verbose = false;
bool short_mode = false;
std::vector<std::regex> run_filter;  // -test.run, split at '/', one pattern per name level
bool run_filter_bad = false;

using Clock = std::chrono::steady_clock;

void say(const std::string& s) { stdout_write(s.data(), s.size()); }

// Go's fmtDuration: "0.00s".
std::string duration_text(Clock::time_point start) {
  const double s = std::chrono::duration<double>(Clock::now() - start).count();
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2fs", s);
  return buf;
}

// Each line of s with four more spaces in front (Go's indenter).
std::string indent(const std::string& s) {
  std::string out;
  bool line_start = true;
  for (char c : s) {
    if (line_start) out += "    ";
    out += c;
    line_start = c == '\n';
  }
  return out;
}

// The pattern levels of -test.run: "A/B" matches test names matching A with subtests matching B.
void set_run_filter(const std::string& pattern) {
  run_filter.clear();
  size_t start = 0;
  while (true) {
    const size_t slash = pattern.find('/', start);
    const std::string part = pattern.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    try {
      run_filter.emplace_back(part);
    } catch (const std::regex_error&) {
      run_filter_bad = true;
    }
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
}

bool matches(const std::string& full_name, int level) {
  if (level >= static_cast<int>(run_filter.size())) return true;
  // The name's element at this level: the text between the level-th and the next '/'.
  size_t start = 0;
  for (int i = 0; i < level; i++) start = full_name.find('/', start) + 1;
  const size_t end = full_name.find('/', start);
  const std::string element = full_name.substr(start, end == std::string::npos ? std::string::npos : end - start);
  return std::regex_search(element, run_filter[static_cast<size_t>(level)]);
}

}  // namespace

struct test_state {
  std::string name;
  test_state* parent = nullptr;
  int level = 0;  // 0: a top-level test
  bool failed = false;
  bool skipped = false;
  bool finished = false;
  std::string output;  // log and subtest reports not printed yet
  std::map<std::string, int> sub_names;
  slice<func<void()>> cleanups;  // in root memory with the state: the collector sees them
  Clock::time_point start = Clock::now();
  // A benchmark's timer and what it measured (B; Go's benchmark.go).
  bool timer_on = false;
  Clock::time_point timer_start;
  int64 duration_ns = 0;
  uint64_t start_allocs = 0;
  uint64 net_allocs = 0;
  int64 bytes = 0;
  map<go::string, float64> extra;
};

namespace {

test_state* new_state() { return ::new (gc_alloc_root(sizeof(test_state))) test_state(); }
void free_state(test_state* s) {
  s->~test_state();
  gc_free_root(s);
}

// Go's decorate: "    file:line: " and the text, later lines indented four more spaces.
std::string decorate(const std::string& text, const here& at) {
  std::string file = at.file != nullptr ? at.file : "";
  if (const size_t slash = file.rfind('/'); slash != std::string::npos) file = file.substr(slash + 1);
  if (file.empty()) file = "???";
  std::string out = "    " + file + ":" + std::to_string(at.line == 0 ? 1 : at.line) + ": ";
  std::string body = text;
  if (!body.empty() && body.back() == '\n') body.pop_back();
  for (char c : body) {
    out += c;
    if (c == '\n') out += "        ";
  }
  return out + "\n";
}

void log(test_state* s, const std::string& text, const here& at) {
  const std::string line = decorate(text, at);
  if (verbose) {
    say(line);
  } else {
    s->output += line;
  }
}

std::string sprintln(const slice<any>& args) {
  return fmt::Sprintln(fmt::spread{args}).str();
}
std::string sprint(const slice<any>& args) {  // Log's and Error's text: Println without the newline
  std::string s = sprintln(args);
  if (!s.empty() && s.back() == '\n') s.pop_back();
  return s;
}
std::string sprintf(const go::string& format, const slice<any>& args) {
  return fmt::Sprintf(format, fmt::spread{args}).str();
}

[[noreturn]] void fail_now(test_state* s) {
  s->failed = true;
  s->finished = true;
  throw detail::goexit_unwind{};
}
[[noreturn]] void skip_now(test_state* s) {
  s->skipped = true;
  s->finished = true;
  throw detail::goexit_unwind{};
}

// Go's report(): the "--- FAIL/PASS/SKIP" line and the log, to the parent (indented) or stdout.
void report(test_state* s) {
  if (!s->failed && !verbose) return;
  const char* verdict = s->failed ? "FAIL" : s->skipped ? "SKIP" : "PASS";
  std::string text = std::string("--- ") + verdict + ": " + s->name + " (" + duration_text(s->start) + ")\n" + s->output;
  s->output.clear();
  if (s->parent == nullptr) {
    say(text);
  } else {
    s->parent->output += indent(text);
  }
}

// Runs f on a fresh state named `name` under `parent`; returns whether it passed.
template <class F>
bool run_one(test_state* parent, const std::string& name, int level, F&& f) {
  test_state* s = new_state();
  s->name = name;
  s->parent = parent;
  s->level = level;
  if (verbose) say("=== RUN   " + name + "\n");
  s->start = Clock::now();
  try {
    f(s);
  } catch (detail::goexit_unwind&) {
    // FailNow, SkipNow, or runtime.Goexit in the test: it ends here.
  } catch (panic_error&) {
    s->failed = true;
    report(s);
    stdout_flush();
    throw;  // the program ends with Go's panic report
  }
  s->finished = true;
  // Cleanups, last registered first.
  for (int64_t i = s->cleanups.len(); i-- > 0;) {
    try {
      s->cleanups[i]();
    } catch (detail::goexit_unwind&) {
    }
  }
  report(s);
  const bool passed = !s->failed;
  if (parent != nullptr && s->failed) parent->failed = true;
  free_state(s);
  return passed;
}

// A subtest's name: its parent's, "/", the name with spaces as underscores, and "#NN" when the
// parent already ran one of that name (Go's rewrite and unique).
std::string sub_name(test_state* parent, const go::string& given) {
  std::string name;
  for (uint8_t c : given.view()) {
    if (c == ' ') {
      name += '_';
    } else if (c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      name += buf;
    } else {
      name += static_cast<char>(c);
    }
  }
  const int n = parent->sub_names[name]++;
  if (n > 0) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "#%02d", n);
    name += buf;
  }
  return parent->name + "/" + name;
}

test_state* of(ptr<T> t) { return t->state; }
test_state* of(ptr<B> b) { return b->state; }

}  // namespace

// ---- T

void T_Error(ptr<T> t, slice<any> args, here at) {
  log(of(t), sprint(args), at);
  of(t)->failed = true;
}
void T_Errorf(ptr<T> t, go::string format, slice<any> args, here at) {
  log(of(t), sprintf(format, args), at);
  of(t)->failed = true;
}
void T_Fatal(ptr<T> t, slice<any> args, here at) {
  log(of(t), sprint(args), at);
  fail_now(of(t));
}
void T_Fatalf(ptr<T> t, go::string format, slice<any> args, here at) {
  log(of(t), sprintf(format, args), at);
  fail_now(of(t));
}
void T_Log(ptr<T> t, slice<any> args, here at) { log(of(t), sprint(args), at); }
void T_Logf(ptr<T> t, go::string format, slice<any> args, here at) { log(of(t), sprintf(format, args), at); }
void T_Fail(ptr<T> t) { of(t)->failed = true; }
void T_FailNow(ptr<T> t) { fail_now(of(t)); }
bool T_Failed(ptr<T> t) { return of(t)->failed; }
go::string T_Name(ptr<T> t) { return go::string::from_view(of(t)->name); }
void T_Helper(ptr<T>) {}
void T_Skip(ptr<T> t, slice<any> args, here at) {
  log(of(t), sprint(args), at);
  skip_now(of(t));
}
void T_Skipf(ptr<T> t, go::string format, slice<any> args, here at) {
  log(of(t), sprintf(format, args), at);
  skip_now(of(t));
}
void T_SkipNow(ptr<T> t) { skip_now(of(t)); }
bool T_Skipped(ptr<T> t) { return of(t)->skipped; }
void T_Parallel(ptr<T>) {}  // tests run one at a time: a parallel test runs where it is
void T_Cleanup(ptr<T> t, func<void()> f) { of(t)->cleanups = append(of(t)->cleanups, f); }

void T_Setenv(ptr<T> t, go::string key, go::string value) {
  const std::string k = key.str();
  const char* old = std::getenv(k.c_str());
  const bool had = old != nullptr;
  const go::string previous = go::string::from_view(had ? old : "");
  ::setenv(k.c_str(), value.str().c_str(), 1);
  T_Cleanup(t, [key, previous, had] {
    if (had) {
      ::setenv(key.str().c_str(), previous.str().c_str(), 1);
    } else {
      ::unsetenv(key.str().c_str());
    }
  });
}

bool T_Run(ptr<T> t, go::string name, func<void(ptr<T>)> f) {
  test_state* parent = of(t);
  const std::string full = sub_name(parent, name);
  if (!matches(full, parent->level + 1)) return true;
  return run_one(parent, full, parent->level + 1, [&](test_state* s) {
    T sub{s};
    f(ptr<T>(&sub));
  });
}

// ---- B: compiled, never run by go2cpp test (as `go test` without -bench); Benchmark runs one

void B_Error(ptr<B> b, slice<any> args, here at) {
  log(of(b), sprint(args), at);
  of(b)->failed = true;
}
void B_Errorf(ptr<B> b, go::string format, slice<any> args, here at) {
  log(of(b), sprintf(format, args), at);
  of(b)->failed = true;
}
void B_Fatal(ptr<B> b, slice<any> args, here at) {
  log(of(b), sprint(args), at);
  fail_now(of(b));
}
void B_Fatalf(ptr<B> b, go::string format, slice<any> args, here at) {
  log(of(b), sprintf(format, args), at);
  fail_now(of(b));
}
void B_Log(ptr<B> b, slice<any> args, here at) { log(of(b), sprint(args), at); }
void B_Logf(ptr<B> b, go::string format, slice<any> args, here at) { log(of(b), sprintf(format, args), at); }
void B_Fail(ptr<B> b) { of(b)->failed = true; }
void B_FailNow(ptr<B> b) { fail_now(of(b)); }
bool B_Failed(ptr<B> b) { return of(b)->failed; }
go::string B_Name(ptr<B> b) { return go::string::from_view(of(b)->name); }
void B_Helper(ptr<B>) {}
void B_Skip(ptr<B> b, slice<any> args, here at) {
  log(of(b), sprint(args), at);
  skip_now(of(b));
}
void B_Skipf(ptr<B> b, go::string format, slice<any> args, here at) {
  log(of(b), sprintf(format, args), at);
  skip_now(of(b));
}
void B_SkipNow(ptr<B> b) { skip_now(of(b)); }
void B_Cleanup(ptr<B> b, func<void()> f) { of(b)->cleanups = append(of(b)->cleanups, f); }

// The timer, as Go's: StartTimer and StopTimer bracket what is measured, time and allocations.
void B_StartTimer(ptr<B> b) {
  test_state* s = of(b);
  if (s->timer_on) return;
  s->start_allocs = gc_count_allocations(true);
  s->timer_start = Clock::now();
  s->timer_on = true;
}
void B_StopTimer(ptr<B> b) {
  test_state* s = of(b);
  if (!s->timer_on) return;
  s->duration_ns += std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - s->timer_start).count();
  s->net_allocs += gc_count_allocations(false) - s->start_allocs;
  s->timer_on = false;
}
void B_ResetTimer(ptr<B> b) {
  test_state* s = of(b);
  s->extra = make_map<go::string, float64>(16);
  if (s->timer_on) {
    s->start_allocs = gc_count_allocations(true);
    s->timer_start = Clock::now();
  }
  s->duration_ns = 0;
  s->net_allocs = 0;
}
void B_ReportAllocs(ptr<B>) {}
void B_SetBytes(ptr<B> b, int64 n) { of(b)->bytes = n; }
void B_ReportMetric(ptr<B> b, float64 n, go::string unit) {
  if (unit.len() == 0) panic(any(go::string("metric unit must not be empty")));
  for (uint8_t c : unit.view()) {
    // unicode.IsSpace on the ASCII and Latin-1 spaces; wider ones are not looked for.
    if (c == ' ' || (c >= '\t' && c <= '\r')) panic(any(go::string("metric unit must not contain whitespace")));
  }
  of(b)->extra[unit] = n;
}
bool B_Run(ptr<B>, go::string, func<void(ptr<B>)>) { return true; }

// ---- Benchmark and its result (Go's benchmark.go)

namespace {

// Go's runN: f with b.N = n, timed.
void bench_run_n(B* b, int_ n, const func<void(ptr<B>)>& f) {
  gc_collect();
  b->N = n;
  B_ResetTimer(ptr<B>(b));
  B_StartTimer(ptr<B>(b));
  f(ptr<B>(b));
  B_StopTimer(ptr<B>(b));
}

// Go's prettyPrint: ten places before the decimal point, small numbers with four figures.
std::string pretty(double x, const std::string& unit) {
  const double y = std::abs(x);
  const char* format = y == 0 || y >= 999.95 ? "%10.0f %s"
                       : y >= 99.995         ? "%12.1f %s"
                       : y >= 9.9995         ? "%13.2f %s"
                       : y >= 0.99995        ? "%14.3f %s"
                       : y >= 0.099995       ? "%15.4f %s"
                       : y >= 0.0099995      ? "%16.5f %s"
                       : y >= 0.00099995     ? "%17.6f %s"
                                             : "%18.7f %s";
  char buf[128];
  if (std::isnan(x) || std::isinf(x)) {  // Go's %f spelling (a result with N = 0 has NaN ns/op)
    const char* text = std::isnan(x) ? "NaN" : x > 0 ? "+Inf" : "-Inf";
    std::snprintf(buf, sizeof buf, std::isnan(x) ? "%18s %s" : "%10s %s", text, unit.c_str());
  } else {
    std::snprintf(buf, sizeof buf, format, x, unit.c_str());
  }
  return buf;
}

}  // namespace

BenchmarkResult Benchmark(func<void(ptr<B>)> f) {
  // How long the b.N ramp-up aims for: Go's default -test.benchtime is 1s.
  constexpr int64 kBenchNs = 100'000'000;
  test_state* s = new_state();
  B b{0, s};
  BenchmarkResult result;
  bool ok = true;
  // Go's run1: one iteration first; a failure or skip there ends it with a zero result.
  try {
    bench_run_n(&b, 1, f);
  } catch (detail::goexit_unwind&) {
    ok = false;
  }
  ok = ok && !s->failed && !s->skipped;
  // Go's launch: grow n toward the goal, from what the last run took.
  for (int64 n = 1; ok && !s->failed && s->duration_ns < kBenchNs && n < 1'000'000'000;) {
    const int64 last = n;
    const int64 prev_ns = s->duration_ns > 0 ? s->duration_ns : 1;
    n = kBenchNs * static_cast<int64>(b.N) / prev_ns;  // multiply first, as Go does
    n += n / 5;
    n = std::min(n, 100 * last);
    n = std::max(n, last + 1);
    n = std::min<int64>(n, 1'000'000'000);
    try {
      bench_run_n(&b, n, f);
    } catch (detail::goexit_unwind&) {
      ok = false;
    }
  }
  if (ok && !s->failed) {
    result = BenchmarkResult{b.N, s->duration_ns, s->bytes, s->net_allocs, 0, s->extra};
  }
  for (int64_t i = s->cleanups.len(); i-- > 0;) {
    try {
      s->cleanups[i]();
    } catch (detail::goexit_unwind&) {
    }
  }
  free_state(s);
  return result;
}

int64 BenchmarkResult_NsPerOp(BenchmarkResult r) {
  if (auto v = r.Extra.lookup(go::string("ns/op")); v.ok) return static_cast<int64>(v.value);
  if (r.N <= 0) return 0;
  return r.T / r.N;
}

namespace {
float64 mb_per_sec(const BenchmarkResult& r) {
  if (auto v = r.Extra.lookup(go::string("MB/s")); v.ok) return v.value;
  if (r.Bytes <= 0 || r.T <= 0 || r.N <= 0) return 0;
  return (static_cast<float64>(r.Bytes) * static_cast<float64>(r.N) / 1e6) / (static_cast<float64>(r.T) / 1e9);
}
}  // namespace

int64 BenchmarkResult_AllocsPerOp(BenchmarkResult r) {
  if (auto v = r.Extra.lookup(go::string("allocs/op")); v.ok) return static_cast<int64>(v.value);
  if (r.N <= 0) return 0;
  return static_cast<int64>(r.MemAllocs) / r.N;
}
int64 BenchmarkResult_AllocedBytesPerOp(BenchmarkResult r) {
  if (auto v = r.Extra.lookup(go::string("B/op")); v.ok) return static_cast<int64>(v.value);
  if (r.N <= 0) return 0;
  return static_cast<int64>(r.MemBytes) / r.N;
}

go::string BenchmarkResult_String(BenchmarkResult r) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%8lld", static_cast<long long>(r.N));
  std::string out = buf;
  double ns;
  if (auto v = r.Extra.lookup(go::string("ns/op")); v.ok) {
    ns = v.value;
  } else {
    ns = static_cast<double>(r.T) / static_cast<double>(r.N);
  }
  if (ns != 0) out += "\t" + pretty(ns, "ns/op");
  if (const float64 mbs = mb_per_sec(r); mbs != 0) {
    std::snprintf(buf, sizeof buf, "\t%7.2f MB/s", mbs);
    out += buf;
  }
  // The metrics ReportMetric added beyond the built-in ones, by name.
  std::vector<std::string> keys;
  for (auto [k, v] : r.Extra.range()) {
    const std::string key = k.str();
    if (key == "ns/op" || key == "MB/s" || key == "B/op" || key == "allocs/op") continue;
    keys.push_back(key);
  }
  std::sort(keys.begin(), keys.end());
  for (const std::string& k : keys) out += "\t" + pretty(r.Extra.get(go::string::from_view(k)), k);
  return go::string::from_view(out);
}

go::string BenchmarkResult_MemString(BenchmarkResult r) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "%8lld B/op\t%8lld allocs/op", static_cast<long long>(BenchmarkResult_AllocedBytesPerOp(r)),
                static_cast<long long>(BenchmarkResult_AllocsPerOp(r)));
  return go::string::from_view(buf);
}

const type_desc* BenchmarkResult_desc() {
  static const struct_field fields[] = {
      {"N", &int_type, offsetof(BenchmarkResult, N), false, true},
      {"T", time::Duration_desc(), offsetof(BenchmarkResult, T), false, true},
      {"Bytes", &int64_type, offsetof(BenchmarkResult, Bytes), false, true},
      {"MemAllocs", &uint64_type, offsetof(BenchmarkResult, MemAllocs), false, true},
      {"MemBytes", &uint64_type, offsetof(BenchmarkResult, MemBytes), false, true},
      {"Extra", map_of(&string_type, &float64_type), offsetof(BenchmarkResult, Extra), false, true},
  };
  static const type_desc desc = [] {
    type_desc d;
    d.kind = kind::struct_;
    d.name = "testing.BenchmarkResult";
    d.pkg_path = "testing";
    d.named = true;
    d.has_pointers = true;
    d.size = sizeof(BenchmarkResult);
    d.align = alignof(BenchmarkResult);
    d.fields = fields;
    d.num_fields = 6;
    d.string_method = +[](const void* v) { return BenchmarkResult_String(*static_cast<const BenchmarkResult*>(v)); };
    using R = BenchmarkResult;
    static const method_entry methods[] = {
        {"AllocedBytesPerOp", erase_method(+[](void* self) { return BenchmarkResult_AllocedBytesPerOp(*static_cast<R*>(self)); })},
        {"AllocsPerOp", erase_method(+[](void* self) { return BenchmarkResult_AllocsPerOp(*static_cast<R*>(self)); })},
        {"MemString", erase_method(+[](void* self) { return BenchmarkResult_MemString(*static_cast<R*>(self)); })},
        {"NsPerOp", erase_method(+[](void* self) { return BenchmarkResult_NsPerOp(*static_cast<R*>(self)); })},
        {"String", erase_method(+[](void* self) { return BenchmarkResult_String(*static_cast<R*>(self)); })},
    };
    d.methods = methods;
    d.num_methods = 5;
    return d;
  }();
  return &desc;
}

// ---- package functions

bool Short() { return short_mode; }
bool Verbose() { return verbose; }
go::string CoverMode() { return go::string(); }

float64 AllocsPerRun(int_ runs, func<void()> f) {
  f();  // warm-up, as Go's does
  const uint64_t before = gc_count_allocations(true);
  for (int_ i = 0; i < runs; i++) f();
  const uint64_t after = gc_count_allocations(false);
  // Go returns the integer average, as a float64.
  return runs > 0 ? static_cast<float64>((after - before) / static_cast<uint64_t>(runs)) : 0;
}

ptr<M> MainStart(slice<InternalTest> tests, slice<InternalExample> examples) {
  // The flags go2cpp test passes, as Go's test binaries take them.
  for (const go::string& arg : os::Args.len() > 1 ? os::Args.slice_from(1) : slice<go::string>{}) {
    const std::string a = arg.str();
    if (a == "-test.v" || a == "-test.v=true") {
      verbose = true;
    } else if (a == "-test.short" || a == "-test.short=true") {
      short_mode = true;
    } else if (a.rfind("-test.run=", 0) == 0) {
      set_run_filter(a.substr(10));
    }
  }
  auto* m = gc_new<M>();
  m->tests = tests;
  m->examples = examples;
  return ptr<M>(m);
}

namespace {

// Go's runExample: the example's standard output, trimmed, against its // Output: comment.
bool run_example(const InternalExample& eg) {
  const std::string name = eg.Name.str();
  if (verbose) say("=== RUN   " + name + "\n");
  const Clock::time_point start = Clock::now();
  std::string got;
  detail::stdout_capture(&got);
  try {
    eg.F();
  } catch (...) {
    detail::stdout_capture(nullptr);
    throw;
  }
  detail::stdout_capture(nullptr);
  auto trim = [](std::string s) {
    const char* space = " \t\n\r\v\f";
    s.erase(0, s.find_first_not_of(space) == std::string::npos ? s.size() : s.find_first_not_of(space));
    s.erase(s.find_last_not_of(space) + 1);
    return s;
  };
  auto sorted_lines = [](const std::string& s) {
    std::vector<std::string> lines;
    size_t start = 0;
    while (start <= s.size()) {
      const size_t nl = s.find('\n', start);
      lines.push_back(s.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
      if (nl == std::string::npos) break;
      start = nl + 1;
    }
    std::sort(lines.begin(), lines.end());
    std::string out;
    for (size_t i = 0; i < lines.size(); i++) out += (i ? "\n" : "") + lines[i];
    return out;
  };
  got = trim(got);
  std::string want = trim(eg.Output.str());
  const bool ok = eg.Unordered ? sorted_lines(got) == sorted_lines(want) : got == want;
  if (!ok) {
    say("--- FAIL: " + name + " (" + duration_text(start) + ")\n");
    if (eg.Unordered) {
      say("got:\n" + got + "\nwant (unordered):\n" + want + "\n");
    } else {
      say("got:\n" + got + "\nwant:\n" + want + "\n");
    }
  } else if (verbose) {
    say("--- PASS: " + name + " (" + duration_text(start) + ")\n");
  }
  return ok;
}

}  // namespace

int_ M_Run(ptr<M> m) {
  if (run_filter_bad) {
    stdout_flush();
    const char msg[] = "testing: invalid regexp for -test.run\n";
    stderr_write(msg, sizeof msg - 1);
    m->exit_code = 1;
    return 1;
  }
  bool ok = true;
  bool ran = false;
  for (const InternalTest& test : m->tests) {
    const std::string name = test.Name.str();
    if (!matches(name, 0)) continue;
    ran = true;
    ok = run_one(nullptr, name, 0, [&](test_state* s) {
           T t{s};
           test.F(ptr<T>(&t));
         }) && ok;
  }
  for (const InternalExample& eg : m->examples) {
    if (!matches(eg.Name.str(), 0)) continue;
    ran = true;
    ok = run_example(eg) && ok;
  }
  if (!ran) say("testing: warning: no tests to run\n");
  say(ok ? "PASS\n" : "FAIL\n");
  m->exit_code = ok ? 0 : 1;
  return m->exit_code;
}

int_ RunTestMain(ptr<M> m, func<void(ptr<M>)> test_main) {
  test_main(m);
  return m->exit_code;
}

}  // namespace go::testing
