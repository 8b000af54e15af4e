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
#include "go/os.h"
#include "go/output.h"
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

// ---- B: compiled, never run by go2cpp test (as `go test` without -bench)

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
void B_ResetTimer(ptr<B>) {}
void B_StartTimer(ptr<B>) {}
void B_StopTimer(ptr<B>) {}
void B_ReportAllocs(ptr<B>) {}
void B_SetBytes(ptr<B>, int64) {}
void B_ReportMetric(ptr<B>, float64, go::string) {}
bool B_Run(ptr<B>, go::string, func<void(ptr<B>)>) { return true; }

// ---- package functions

bool Short() { return short_mode; }
bool Verbose() { return verbose; }

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
