#!/usr/bin/env python3
"""Conformance runner and driver of go2cpp's golden, program and error test layers.

Python 3 standard library only.  docs/testing.md describes the layers; in short:

  run_tests.py programs DIR... [-j N] [--go2cpp PATH] [--xfail FILE] [--timeout S]
                               [--filter SUBSTR] [--update-expected] [--build-flag FLAG]...
                               [--list FILE] [--exec CMD]
      Every folder under DIR holding a `package main` (main.go, or several .go files) is a
      program.  Per program, all optional except the Go source:
        expected.txt          expected stdout, compared byte for byte
        expected_stderr.txt   expected stderr; compared up to and including the first line
                              matching `^goroutine \\d+ \\[` (stack traces cannot match), a
                              trailing `exit status N` line ignored, `pc=0x...` in a
                              `[signal ...]` line not compared, nor the number of a
                              goroutine other than 1.  Not compared when absent.
        exitcode.txt          expected exit status (default 0)
        args.txt              command-line arguments, one a line
        stdin.txt             standard input (default: empty)
        env.txt               KEY=VALUE lines added to the environment
      The program runs with its own folder as the working directory.  Steps: `go2cpp build`
      (with every --build-flag, e.g. --build-flag=-sanitize=address,undefined), run, compare; a
      sanitizer report on stderr fails the program (stage `run: sanitizer`).  --exec CMD runs
      each program as `CMD binary args...` (e.g. --exec qemu-aarch64 for programs built with
      --build-flag=-target=linux/arm64), as `go test -exec` does.  --list FILE runs only the
      programs named in FILE (one a line, `#` comments; a name that is no program is an error).  Output: `PASS name`, `FAIL name: <stage>: <detail>` (or XFAIL/XPASS), the
      summary `N passed, M failed[, K xfailed][, X xpassed]`, then the most frequent first
      diagnostics (file:line:col removed), so the most common missing feature stands out.
      Exit status 0 iff nothing failed unexpectedly and no xfail passed.

      --update-expected runs the real Go toolchain instead (`go` on PATH, else
      /usr/lib/go-1.19/bin/go) and writes expected.txt, exitcode.txt (only when non-zero) and
      expected_stderr.txt (only when stderr is non-empty, cut after the first `goroutine N [...]:`
      line).  A program whose main.go contains the line
          // test: expected output written by hand
      is skipped (used where go2cpp follows Go 1.22 semantics that Go 1.19 lacks).

  run_tests.py errors DIR [--go2cpp PATH] [--xfail FILE]
      Each DIR/fail_<name>.go (or directory DIR/fail_<name>/, a package with the packages of its
      module under it) is translated with `go2cpp translate -o TMP PATH`.  It must exit 1,
      write no files, print nothing on stdout and no crash or C++ on stderr, and its diagnostics
      (`file:line:col: message` lines) must match the expectations written in the file, one to
      one.  Expectation syntax, as in Go's own test directory:

          x := undefined  // ERROR "undefined: undefined"
          a, b := 1       // ERROR "first regexp" "second regexp"
          var y int = ""  // ERROR col=14 "cannot use"

      On the line where the error is reported, `// ERROR` followed by one or more regular
      expressions in double quotes (taken verbatim, no escape processing: write `\\(` for a
      literal parenthesis and `\\x22` or `.` for a double quote).  Each regexp must match
      (re.search) the message of a distinct diagnostic on that line; `col=N` before a regexp also
      pins that diagnostic's column.  Every diagnostic must be matched by some expectation.
      In a test directory, expectations apply to the file they are written in; a comment
      `// STDERR "regexp"` in any of its files asks for a stderr line without a position (an
      import cycle, say) that the regexp matches.

  run_tests.py golden DIR [--go2cpp PATH] [--xfail FILE] [--update]
      Each DIR/<name>.go (or DIR/<name>/, a module) is translated with
      `go2cpp translate -no-line-directives -o TMP`; the
      emitted C++ must equal DIR/<name>.cpp (a unified diff is printed otherwise; when go2cpp
      writes several files they are concatenated in name order, each under a
      `// ==== <file> ====` banner), and the program built by `go2cpp build` must print exactly
      DIR/<name>.out.  --update rewrites the .cpp files from go2cpp, and the .out files from the
      Go toolchain when it is installed.  The .cpp files are go2cpp's output: never edit them by
      hand, review them with `git diff`.

The xfail file (all modes) lists test names expected to fail for now, one a line, `#` comments.
An xfail that passes is reported as XPASS and fails the run, so the list stays honest.
"""

import argparse
import collections
import concurrent.futures
import difflib
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile

GO_FALLBACK = "/usr/lib/go-1.19/bin/go"
HAND_WRITTEN_MARK = "// test: expected output written by hand"
DIAG_RE = re.compile(r"^(?P<file>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+): ?(?P<msg>.*)$")
GOROUTINE_RE = re.compile(r"^goroutine \d+ \[")
EXIT_STATUS_RE = re.compile(r"^exit status \d+$")
GOROUTINE_ID_RE = re.compile(rb"goroutine (?!1 \[)\d+ \[")
PC_RE = re.compile(rb"\bpc=0x[0-9a-fA-F]+")
# A message from go2cpp blaming the C++ compiler rather than the Go input.
CXX_RE = re.compile(r"C\+\+|g\+\+|clang|\.(cpp|cc|h|hpp):\d+|compiler|\blink(ing|er)?\b", re.IGNORECASE)
# Signs of a crash or of C++ leaking out where only diagnostics belong.
CRASH_RE = re.compile(r"Segmentation fault|terminate called|Aborted|core dumped|"
                      r"AddressSanitizer|internal error|stack trace|^goroutine \d+|^panic: |"
                      r"#include|std::|namespace go", re.IGNORECASE)
BUILD_TIMEOUT = 600
# Extra `go2cpp build` flags from --build-flag (e.g. -sanitize=address,undefined), programs and golden.
BUILD_FLAGS = []
# The command programs run under (--exec), e.g. an emulator for another target's binaries.
EXEC_PREFIX = []
# A sanitizer's report in a program's stderr (ASan/LSan/TSan headers, UBSan's file:line:col form;
# Go's own "panic: runtime error:" does not match).
SANITIZER_RE = re.compile(rb"^(==\d+==ERROR: \w+Sanitizer|WARNING: ThreadSanitizer|\S+:\d+:\d+: runtime error: )",
                          re.MULTILINE)


# ----------------------------------------------------------------------------------------------
# Shared helpers


class Result:
    """Outcome of one test: ok, the stage that failed and a one-line detail, and the ranking key."""

    def __init__(self, name, ok, stage="", detail="", key=None, extra=""):
        self.name, self.ok, self.stage, self.detail = name, ok, stage, detail
        self.key = key if key is not None else (f"{stage}: {detail}" if stage else "")
        self.extra = extra  # printed after the FAIL line (e.g. a diff)


def name_matches(name, filter_):
    """--filter: the name contains the substring, or one of several separated by commas."""
    return any(part in name for part in filter_.split(",") if part)


def find_go():
    go = shutil.which("go")
    if go:
        return go
    if os.access(GO_FALLBACK, os.X_OK):
        return GO_FALLBACK
    return None


def find_go2cpp(path):
    if path:
        return os.path.abspath(path)
    found = shutil.which("go2cpp")
    if not found:
        sys.exit("run_tests.py: go2cpp not found on PATH; pass --go2cpp PATH")
    return found


def read_text(path, default=None):
    try:
        with open(path, encoding="utf-8", errors="surrogateescape") as f:
            return f.read()
    except FileNotFoundError:
        return default


def read_bytes(path, default=None):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return default


def write_or_remove(path, data):
    """Writes data (bytes) to path, or removes path when data is None."""
    if data is None:
        if os.path.exists(path):
            os.remove(path)
        return
    with open(path, "wb") as f:
        f.write(data)


def load_xfail(path):
    names = set()
    if path:
        for line in (read_text(path, "") or "").splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                names.add(line)
    return names


def run_proc(cmd, cwd=None, stdin_data=None, env=None, timeout=None):
    """Runs cmd in its own process group; returns (returncode, stdout, stderr, timed_out)."""
    try:
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, start_new_session=True,
                                stdin=subprocess.PIPE if stdin_data is not None else subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as e:
        return None, b"", str(e).encode(), False
    try:
        out, err = proc.communicate(stdin_data, timeout=timeout)
        return proc.returncode, out, err, False
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, err = proc.communicate()
        return proc.returncode, out, err, True


def decode(b):
    return b.decode("utf-8", errors="replace")


def describe_status(code):
    if code is None:
        return "could not start"
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit status {code}"


def strip_location(msg):
    """Normalizes a diagnostic for ranking: no file:line:col, no quoted identifiers' positions."""
    m = DIAG_RE.match(msg)
    if m:
        msg = m.group("msg")
    return msg.strip()


def first_difference(expected, got, what):
    """One line naming the first differing line of two byte strings."""
    exp_lines = expected.splitlines(keepends=True)
    got_lines = got.splitlines(keepends=True)
    for i in range(max(len(exp_lines), len(got_lines))):
        e = exp_lines[i] if i < len(exp_lines) else None
        g = got_lines[i] if i < len(got_lines) else None
        if e != g:
            show = lambda x: "<end of output>" if x is None else repr(decode(x))
            return f"{what} line {i + 1}: expected {show(e)}, got {show(g)}"
    return f"{what} differs"


def normalize_stderr(data):
    """Cuts stderr after the first `goroutine N [` line and drops a trailing `exit status N`."""
    lines = data.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if GOROUTINE_RE.match(decode(line)):
            lines = lines[:i + 1]
            break
    while lines and lines[-1].strip() == b"":
        lines.pop()
    if lines and EXIT_STATUS_RE.match(decode(lines[-1]).strip()):
        lines.pop()
    return b"".join(lines)


def comparable_stderr(data):
    """normalize_stderr, and the program counter in Go's `[signal SIGSEGV: ... pc=0x...]` line
    (an address no other compiler can reproduce) replaced by `pc=?`; the number of a goroutine
    other than main's becomes `goroutine ?` (gc hands out ids from per-P caches, so the same
    program reports 5, 18 or 19 from run to run)."""
    return GOROUTINE_ID_RE.sub(b"goroutine ? [", PC_RE.sub(b"pc=?", normalize_stderr(data)))


def classify_build_failure(code, out, err, timed_out, command="build"):
    """(stage, first diagnostic) for a failed `go2cpp build` (or `translate`)."""
    if timed_out:
        return "translate", f"go2cpp {command} timed out"
    text = decode(err) + decode(out)
    lines = [l for l in text.splitlines() if l.strip()]
    go_diags = [l for l in lines if DIAG_RE.match(l) and DIAG_RE.match(l).group("file").endswith(".go")]
    if code is None or code < 0:
        return "translate", f"go2cpp crashed ({describe_status(code)})" + (f": {lines[0]}" if lines else "")
    if go_diags and not any(CXX_RE.search(l) for l in lines if l not in go_diags):
        return "translate", go_diags[0]
    if any(CXX_RE.search(l) for l in lines):
        errors = [l for l in lines if "error" in l.lower() and DIAG_RE.match(l)]
        return "C++ compile", (errors or [l for l in lines if CXX_RE.search(l)])[0]
    if go_diags:
        return "translate", go_diags[0]
    return "translate", lines[0] if lines else f"go2cpp {command} failed with {describe_status(code)} and no message"


def run_parallel(func, items, jobs):
    """Yields func(item) for every item, in order, running up to jobs at a time."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        yield from pool.map(func, items)


def report(results, xfail, label="tests", filtered=False):
    """Prints one line per result, the summary and the ranking; returns the exit status."""
    passed = failed = xfailed = xpassed = 0
    ranking = collections.Counter()
    seen = set()
    for r in results:
        seen.add(r.name)
        expected_fail = r.name in xfail
        if r.ok and not expected_fail:
            passed += 1
            print(f"PASS {r.name}", flush=True)
            continue
        if r.ok:
            xpassed += 1
            print(f"XPASS {r.name}: passes but is listed as xfail; remove it from the list", flush=True)
            continue
        ranking[r.key or r.stage] += 1
        word = "XFAIL" if expected_fail else "FAIL"
        if expected_fail:
            xfailed += 1
        else:
            failed += 1
        print(f"{word} {r.name}: {r.stage}: {r.detail}", flush=True)
        if r.extra and not expected_fail:
            print(r.extra.rstrip("\n"), flush=True)
    if not filtered:
        for stale in sorted(xfail - seen):
            print(f"warning: xfail entry {stale!r} names no test here", file=sys.stderr)
    summary = f"{passed} passed, {failed} failed"
    if xfailed:
        summary += f", {xfailed} xfailed"
    if xpassed:
        summary += f", {xpassed} xpassed"
    print(summary)
    if ranking:
        print("\nmost frequent first diagnostics:")
        for key, count in ranking.most_common(15):
            print(f"  {count:4d}  {key}")
    return 0 if failed == 0 and xpassed == 0 else 1


# ----------------------------------------------------------------------------------------------
# programs


def is_program_dir(path):
    gos = [f for f in os.listdir(path) if f.endswith(".go") and not f.endswith("_test.go")]
    if "main.go" in gos:
        return True
    for f in gos:
        src = read_text(os.path.join(path, f), "")
        if re.search(r"^package\s+main\b", src, re.MULTILINE):
            return True
    return False


def discover_programs(dirs):
    """(name, folder) for every program folder under dirs, sorted by name."""
    found = {}
    for top in dirs:
        top = os.path.abspath(top)
        if not os.path.isdir(top):
            sys.exit(f"run_tests.py: {top}: not a directory")
        if is_program_dir(top):
            found[os.path.basename(top)] = top
            continue
        for root, subdirs, _ in os.walk(top):
            subdirs.sort()
            for d in list(subdirs):
                path = os.path.join(root, d)
                if d.startswith(".") or d == "testdata":
                    subdirs.remove(d)
                elif is_program_dir(path):
                    subdirs.remove(d)
                    found[os.path.relpath(path, top)] = path
    return sorted(found.items())


def program_inputs(folder):
    """(args, stdin bytes or None, env) for a program folder."""
    args_text = read_text(os.path.join(folder, "args.txt"))
    args = args_text.splitlines() if args_text is not None else []
    stdin = read_bytes(os.path.join(folder, "stdin.txt"))
    env = dict(os.environ)
    for line in (read_text(os.path.join(folder, "env.txt"), "") or "").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            key, _, value = line.partition("=")
            env[key.strip()] = value
    return args, stdin, env


def run_program(go2cpp, name, folder, timeout):
    tmp = tempfile.mkdtemp(prefix="go2cpp-prog-")
    try:
        binary = os.path.join(tmp, "prog")
        code, out, err, timed_out = run_proc([go2cpp, "build"] + BUILD_FLAGS + ["-o", binary, folder],
                                             timeout=BUILD_TIMEOUT)
        if timed_out or code != 0 or not os.path.exists(binary):
            stage, diag = classify_build_failure(code, out, err, timed_out)
            if code == 0 and not timed_out:
                diag = f"go2cpp build exited 0 but wrote no {binary}"
            key = f"{stage}: {strip_location(diag)}"
            return Result(name, False, f"failed at {stage}", diag, key)

        args, stdin, env = program_inputs(folder)
        code, out, err, timed_out = run_proc(EXEC_PREFIX + [binary] + args, cwd=folder, stdin_data=stdin, env=env,
                                             timeout=timeout)
        if timed_out:
            return Result(name, False, "time-out", f"still running after {timeout} s", "time-out")
        if m := SANITIZER_RE.search(err):
            line = decode(err[m.start():]).splitlines()[0]
            return Result(name, False, "run: sanitizer", line, "run: sanitizer report")
        want_out = read_bytes(os.path.join(folder, "expected.txt"), b"")
        want_code = int((read_text(os.path.join(folder, "exitcode.txt"), "0") or "0").strip() or "0")
        want_err = read_bytes(os.path.join(folder, "expected_stderr.txt"))
        status = f" ({describe_status(code)}, expected {describe_status(want_code)})" if code != want_code else ""
        if out != want_out:
            return Result(name, False, "run: stdout", first_difference(want_out, out, "stdout") + status,
                          "run: stdout differs")
        if code != want_code:
            hint = decode(err).strip().splitlines()
            detail = f"{describe_status(code)}, expected {describe_status(want_code)}"
            if hint:
                detail += f"; stderr: {hint[0]}"
            return Result(name, False, "run: exit status", detail, "run: exit status differs")
        if want_err is not None:
            got_err, want_err = comparable_stderr(err), comparable_stderr(want_err)
            if got_err != want_err:
                return Result(name, False, "run: stderr", first_difference(want_err, got_err, "stderr"),
                              "run: stderr differs")
        return Result(name, True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def go_sources(folder):
    return sorted(f for f in os.listdir(folder) if f.endswith(".go") and not f.endswith("_test.go"))


def go_build_and_run(go, folder, inputs, timeout):
    """Builds folder's Go files with the Go toolchain and runs the result like a test program.

    Returns (error, code, stdout, stderr); error is a message when `go build` failed."""
    tmp = tempfile.mkdtemp(prefix="go2cpp-gobuild-")
    try:
        binary = os.path.join(tmp, "prog")
        # A module is built as its directory (build constraints then apply, as they do for go2cpp);
        # a loose program as its files.
        if os.path.exists(os.path.join(folder, "go.mod")):
            files = ["."]
        else:
            files = [os.path.join(folder, f) for f in go_sources(folder)]
        code, out, err, _ = run_proc([go, "build", "-o", binary] + files, cwd=folder, timeout=BUILD_TIMEOUT)
        if code != 0:
            return decode(err + out).strip() or "go build failed", None, b"", b""
        args, stdin, env = inputs
        code, out, err, timed_out = run_proc(EXEC_PREFIX + [binary] + args, cwd=folder, stdin_data=stdin, env=env,
                                             timeout=timeout)
        if timed_out:
            return f"timed out after {timeout} s under Go", None, b"", b""
        return None, code, out, err
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def update_expected(go, name, folder, timeout):
    main_go = read_text(os.path.join(folder, "main.go"), "") or ""
    if HAND_WRITTEN_MARK in main_go:
        return f"SKIP {name}: expected output written by hand"
    error, code, out, err = go_build_and_run(go, folder, program_inputs(folder), timeout)
    if error:
        return f"ERROR {name}: {error.splitlines()[-1] if error else ''}"
    write_or_remove(os.path.join(folder, "expected.txt"), out)
    write_or_remove(os.path.join(folder, "exitcode.txt"), f"{code}\n".encode() if code != 0 else None)
    err = normalize_stderr(err)
    if err and not err.endswith(b"\n"):
        err += b"\n"
    write_or_remove(os.path.join(folder, "expected_stderr.txt"), err or None)
    return f"UPDATED {name}" + (f" (exit status {code})" if code else "")


def cmd_programs(opts):
    programs = discover_programs(opts.dirs)
    if opts.list:
        wanted = load_xfail(opts.list)  # the same format: names, one a line, # comments
        unknown = sorted(wanted - {n for n, _ in programs})
        if unknown:
            sys.exit(f"run_tests.py: {opts.list} names no such program: {', '.join(unknown)}")
        programs = [(n, f) for n, f in programs if n in wanted]
    if opts.filter:
        programs = [(n, f) for n, f in programs if name_matches(n, opts.filter)]
    if not programs:
        print("no programs found")
        return 1
    if opts.update_expected:
        go = find_go()
        if not go:
            sys.exit("run_tests.py: --update-expected needs the Go toolchain (go on PATH)")
        failures = 0
        for line in run_parallel(lambda p: update_expected(go, p[0], p[1], opts.timeout), programs, opts.jobs):
            print(line, flush=True)
            failures += line.startswith("ERROR")
        return 1 if failures else 0
    go2cpp = find_go2cpp(opts.go2cpp)
    results = run_parallel(lambda p: run_program(go2cpp, p[0], p[1], opts.timeout), programs, opts.jobs)
    return report(results, load_xfail(opts.xfail), filtered=bool(opts.filter))


# ----------------------------------------------------------------------------------------------
# errors


class Expectation:
    def __init__(self, line, regexp, col, file=None):
        self.line, self.regexp, self.col, self.file = line, regexp, col, file
        self.pattern = re.compile(regexp)

    def __str__(self):
        col = f" col={self.col}" if self.col is not None else ""
        where = f"{self.file} " if self.file else ""
        return f"{where}line {self.line}{col} \"{self.regexp}\""


STDERR_COMMENT_RE = re.compile(r'//\s*STDERR\s+"([^"]*)"')


def stderr_expectations(source):
    """The `// STDERR "regexp"` lines of a file: stderr lines without a position that must appear."""
    return [re.compile(m.group(1)) for m in STDERR_COMMENT_RE.finditer(source)]


ERROR_COMMENT_RE = re.compile(r"//\s*ERROR\b(.*)$")
ERROR_ITEM_RE = re.compile(r'\s*(?:col=(\d+)\s*)?"([^"]*)"')


def parse_expectations(source):
    """The `// ERROR` expectations of a file; raises ValueError on a malformed comment."""
    expectations = []
    for lineno, text in enumerate(source.splitlines(), start=1):
        m = ERROR_COMMENT_RE.search(text)
        if not m:
            continue
        rest, items = m.group(1), 0
        while rest.strip():
            item = ERROR_ITEM_RE.match(rest)
            if not item:
                raise ValueError(f"line {lineno}: malformed // ERROR comment near {rest.strip()!r}")
            col = int(item.group(1)) if item.group(1) else None
            try:
                expectations.append(Expectation(lineno, item.group(2), col))
            except re.error as e:
                raise ValueError(f"line {lineno}: bad regexp {item.group(2)!r}: {e}")
            rest, items = rest[item.end():], items + 1
        if items == 0:
            raise ValueError(f"line {lineno}: // ERROR comment without a quoted regexp")
    return expectations


def match_diagnostics(path, stderr_text, expectations, plain=()):
    """Problems (strings) matching diagnostics against expectations one to one.

    For a test directory, expectations carry the file (relative to the directory) they are in,
    and `plain` holds regexps that lines of stderr without a position must match."""
    base = os.path.basename(path)
    problems, diags, others = [], [], []
    for line in stderr_text.splitlines():
        m = DIAG_RE.match(line)
        if m:
            diags.append((m.group("file"), int(m.group("line")), int(m.group("col")), m.group("msg"), line))
        elif CRASH_RE.search(line):
            problems.append(f"unexpected output (crash or C++?): {line}")
        else:
            others.append(line)
    unmatched = list(expectations)
    for file, line, col, msg, raw in diags:
        if os.path.isdir(path):
            where = os.path.relpath(os.path.abspath(file), path)
        else:
            where = os.path.basename(file)
            if where != base:
                problems.append(f"diagnostic for another file: {raw}")
                continue
        hit = next((e for e in unmatched if e.line == line and (e.col is None or e.col == col)
                    and (e.file is None or e.file == where) and e.pattern.search(msg)), None)
        if hit:
            unmatched.remove(hit)
        else:
            problems.append(f"unexpected diagnostic: {where}:{line}:{col}: {msg}")
    for e in unmatched:
        problems.append(f"missing diagnostic: {e}")
    for pattern in plain:
        if not any(pattern.search(line) for line in others):
            problems.append(f"missing stderr line: \"{pattern.pattern}\"")
    return problems


def test_sources(path):
    """(relative name, text) of the Go files of an error test: the file, or every .go file under
    the test directory."""
    if not os.path.isdir(path):
        return [(None, read_text(path, ""))]
    found = []
    for root, subdirs, files in os.walk(path):
        subdirs.sort()
        for f in sorted(files):
            if f.endswith(".go"):
                full = os.path.join(root, f)
                found.append((os.path.relpath(full, path), read_text(full, "")))
    return found


def run_error_test(go2cpp, name, path):
    expectations, plain = [], []
    try:
        for rel, text in test_sources(path):
            for e in parse_expectations(text):
                e.file = rel
                expectations.append(e)
            plain += stderr_expectations(text)
    except ValueError as e:
        return Result(name, False, "bad test", str(e))
    if not expectations and not plain:
        return Result(name, False, "bad test", "no // ERROR or // STDERR expectations in the test")
    tmp = tempfile.mkdtemp(prefix="go2cpp-err-")
    try:
        outdir = os.path.join(tmp, "out")
        os.mkdir(outdir)
        code, out, err, timed_out = run_proc([go2cpp, "translate", "-o", outdir, path], timeout=BUILD_TIMEOUT)
        err_text = decode(err)
        first = next((l for l in err_text.splitlines() if l.strip()), "")
        if timed_out:
            return Result(name, False, "translate", "timed out")
        if code != 1:
            return Result(name, False, "exit status", f"{describe_status(code)}, expected exit status 1"
                          + (f"; stderr: {first}" if first else ""), f"exit status {code}")
        written = [os.path.relpath(os.path.join(r, f), outdir) for r, _, fs in os.walk(outdir) for f in fs]
        if written:
            return Result(name, False, "output", f"wrote {', '.join(sorted(written))} despite errors")
        if out.strip():
            return Result(name, False, "stdout", f"printed on stdout: {decode(out).splitlines()[0]}")
        problems = match_diagnostics(path, err_text, expectations, plain)
        if problems:
            key = strip_location(problems[0].split(": ", 1)[-1]) if problems[0].startswith("unexpected diag") \
                else problems[0].split(":", 1)[0]
            return Result(name, False, "diagnostics", problems[0] +
                          (f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""),
                          key=f"diagnostics: {key}", extra="\n".join("    " + p for p in problems))
        return Result(name, True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def cmd_errors(opts):
    top = os.path.abspath(opts.dir)
    tests = sorted((f[:-3] if f.endswith(".go") else f, os.path.join(top, f)) for f in os.listdir(top)
                   if f.startswith("fail_") and (f.endswith(".go") or os.path.isdir(os.path.join(top, f))))
    if opts.filter:
        tests = [t for t in tests if name_matches(t[0], opts.filter)]
    if not tests:
        print("no fail_*.go tests found")
        return 1
    go2cpp = find_go2cpp(opts.go2cpp)
    results = run_parallel(lambda t: run_error_test(go2cpp, t[0], t[1]), tests, opts.jobs)
    return report(results, load_xfail(opts.xfail), filtered=bool(opts.filter))


# ----------------------------------------------------------------------------------------------
# golden


def read_translation(outdir):
    """The C++ go2cpp wrote into outdir, as one text."""
    files = sorted(os.path.relpath(os.path.join(r, f), outdir) for r, _, fs in os.walk(outdir) for f in fs)
    if len(files) == 1:
        return read_text(os.path.join(outdir, files[0]))
    return "".join(f"// ==== {f} ====\n" + read_text(os.path.join(outdir, f)) for f in files)


def run_golden(go2cpp, go, name, path, update, timeout):
    base = path if os.path.isdir(path) else path[:-3]
    tmp = tempfile.mkdtemp(prefix="go2cpp-golden-")
    try:
        outdir = os.path.join(tmp, "out")
        os.mkdir(outdir)
        code, out, err, timed_out = run_proc([go2cpp, "translate", "-no-line-directives", "-o", outdir, path],
                                             timeout=BUILD_TIMEOUT)
        if timed_out or code != 0:
            stage, diag = classify_build_failure(code, out, err, timed_out, "translate")
            return Result(name, False, "failed at translate", diag, f"translate: {strip_location(diag)}")
        cpp = read_translation(outdir)
        if update:
            with open(base + ".cpp", "w", encoding="utf-8", errors="surrogateescape") as f:
                f.write(cpp)
            if go:
                error, gcode, gout, _ = go_build_and_run_file(go, path, timeout)
                if error or gcode != 0:
                    return Result(name, False, "go", error or f"Go's program ended with {describe_status(gcode)}")
                write_or_remove(base + ".out", gout)
        want_cpp = read_text(base + ".cpp")
        if want_cpp is None:
            return Result(name, False, "C++", f"{name}.cpp is missing (run with --update)", "C++: missing .cpp")
        if cpp != want_cpp:
            diff = difflib.unified_diff(want_cpp.splitlines(keepends=True), cpp.splitlines(keepends=True),
                                        f"{name}.cpp (expected)", f"{name}.cpp (go2cpp)")
            first = first_difference(want_cpp.encode(), cpp.encode(), f"{name}.cpp")
            return Result(name, False, "C++ differs", first, "C++ differs", extra="".join(diff))
        binary = os.path.join(tmp, "prog")
        # -v shows the compiler's output: generated code must compile without warnings.
        code, out, err, timed_out = run_proc([go2cpp, "build", "-v"] + BUILD_FLAGS + ["-o", binary, path],
                                             timeout=BUILD_TIMEOUT)
        if timed_out or code != 0:
            stage, diag = classify_build_failure(code, out, err, timed_out)
            return Result(name, False, f"failed at {stage}", diag, f"{stage}: {strip_location(diag)}")
        if m := re.search(rb"(?m)^.*warning:.*$", err):
            return Result(name, False, "C++ warning", decode(m.group(0)), "C++ warning")
        code, out, err, timed_out = run_proc([binary], cwd=os.path.dirname(path), timeout=timeout)
        if timed_out:
            return Result(name, False, "time-out", f"still running after {timeout} s", "time-out")
        if m := SANITIZER_RE.search(err):
            line = decode(err[m.start():]).splitlines()[0]
            return Result(name, False, "run: sanitizer", line, "run: sanitizer report")
        want_out = read_bytes(base + ".out")
        if want_out is None:
            return Result(name, False, "output", f"{name}.out is missing (run with --update where Go is installed)")
        if out != want_out or code != 0:
            detail = first_difference(want_out, out, "stdout") if out != want_out else ""
            if code != 0:
                detail += f" ({describe_status(code)})"
            return Result(name, False, "run", detail.strip(), "run: output differs")
        return Result(name, True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def go_build_and_run_file(go, path, timeout):
    """Builds one Go file (or a module directory) with the Go toolchain and runs it:
    (error, code, stdout, stderr)."""
    tmp = tempfile.mkdtemp(prefix="go2cpp-gobuild-")
    try:
        binary = os.path.join(tmp, "prog")
        cwd, target = (path, ".") if os.path.isdir(path) else (os.path.dirname(path), path)
        code, out, err, _ = run_proc([go, "build", "-o", binary, target], cwd=cwd, timeout=BUILD_TIMEOUT)
        if code != 0:
            return decode(err + out).strip() or "go build failed", None, b"", b""
        code, out, err, timed_out = run_proc([binary], cwd=os.path.dirname(path), timeout=timeout)
        if timed_out:
            return f"timed out after {timeout} s under Go", None, b"", b""
        return None, code, out, err
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def cmd_golden(opts):
    folder = os.path.abspath(opts.dir)
    tests = sorted((f[:-3], os.path.join(folder, f)) for f in os.listdir(folder) if f.endswith(".go"))
    # A directory with a go.mod is a golden module: its packages' files, concatenated, are NAME.cpp.
    tests += sorted((f, os.path.join(folder, f)) for f in os.listdir(folder)
                    if os.path.isfile(os.path.join(folder, f, "go.mod")))
    tests.sort()
    if opts.filter:
        tests = [t for t in tests if name_matches(t[0], opts.filter)]
    if not tests:
        print("no golden .go files found")
        return 1
    go2cpp = find_go2cpp(opts.go2cpp)
    go = find_go() if opts.update else None
    if opts.update and not go:
        print("warning: Go toolchain not found; .out files are left as they are", file=sys.stderr)
    results = run_parallel(lambda t: run_golden(go2cpp, go, t[0], t[1], opts.update, opts.timeout),
                           tests, opts.jobs)
    return report(results, load_xfail(opts.xfail), filtered=bool(opts.filter))


def cmd_golden_outputs(opts):
    """`golden DIR --update-out`: writes only the .out files, from the Go toolchain."""
    go = find_go()
    if not go:
        sys.exit("run_tests.py: --update-out needs the Go toolchain")
    folder = os.path.abspath(opts.dir)
    status = 0
    for f in sorted(os.listdir(folder)):
        if not f.endswith(".go"):
            continue
        error, code, out, _ = go_build_and_run_file(go, os.path.join(folder, f), opts.timeout)
        if error or code != 0:
            print(f"ERROR {f[:-3]}: {error or describe_status(code)}")
            status = 1
            continue
        write_or_remove(os.path.join(folder, f[:-3] + ".out"), out)
        print(f"UPDATED {f[:-3]}.out")
    return status


# ----------------------------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="See the module docstring (head -60 tests/run_tests.py) and docs/testing.md.")
    sub = parser.add_subparsers(dest="mode", required=True)

    def common(p):
        p.add_argument("--go2cpp", help="the go2cpp binary (default: go2cpp on PATH)")
        p.add_argument("--xfail", help="file listing tests expected to fail for now")
        p.add_argument("--filter", help="only tests whose name contains SUBSTR (or one of SUBSTR,SUBSTR...)", metavar="SUBSTR")
        p.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, help="parallel tests (default: nproc)")
        p.add_argument("--timeout", type=float, default=10.0, help="seconds a program may run (default 10)")
        p.add_argument("--build-flag", action="append", default=[], metavar="FLAG",
                       help="pass FLAG to go2cpp build (repeatable), e.g. --build-flag=-sanitize=address,undefined")

    p = sub.add_parser("programs", help="run program folders against their expected output")
    p.add_argument("dirs", nargs="+", metavar="DIR")
    p.add_argument("--update-expected", action="store_true", help="write expected files with the Go toolchain")
    p.add_argument("--list", metavar="FILE", help="only the programs named in FILE, one a line")
    p.add_argument("--exec", metavar="CMD", help="run each program as CMD BINARY ARGS... (e.g. an emulator)")
    common(p)

    p = sub.add_parser("errors", help="check go2cpp's diagnostics for fail_*.go files")
    p.add_argument("dir", metavar="DIR")
    common(p)

    p = sub.add_parser("golden", help="compare emitted C++ and program output with golden files")
    p.add_argument("dir", metavar="DIR")
    p.add_argument("--update", action="store_true", help="rewrite .cpp from go2cpp (and .out from Go)")
    p.add_argument("--update-out", action="store_true", help="only rewrite .out files, from Go")
    common(p)

    opts = parser.parse_args()
    BUILD_FLAGS.extend(opts.build_flag)
    if getattr(opts, "exec", None):
        EXEC_PREFIX.extend(shlex.split(opts.exec))
    if opts.mode == "programs":
        return cmd_programs(opts)
    if opts.mode == "errors":
        return cmd_errors(opts)
    if opts.update_out:
        return cmd_golden_outputs(opts)
    return cmd_golden(opts)


if __name__ == "__main__":
    sys.exit(main())
