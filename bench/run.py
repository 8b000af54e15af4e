#!/usr/bin/env python3
"""Benchmark harness: go2cpp against the Go toolchain on the programs under bench/.

Python 3 standard library only.  Every folder bench/<name>/ holding a main.go is a benchmark.
Its problem size is one line of the source,

    const N = 1000 // bench:size small=1000 full=5000000

which the harness rewrites, in a temporary copy, to the small size (the CI check) or the full
size (the timed run).  Each program prints a short deterministic result (a checksum, not its
whole output), so correctness is a byte comparison.

  run.py [--runs N] [--filter SUBSTR] [--go2cpp PATH] [--out FILE] [--no-build-latency]
         [--no-throughput]
      The timed run.  Builds each benchmark at its full size with `go2cpp build -O2` and, when
      the Go toolchain is installed (`go` on PATH, else /usr/lib/go-1.19/bin/go), with
      `go build`; runs the two binaries alternately N times (default 5, the order swapping each
      round); checks that every run prints the same thing; and reports the median wall time,
      the peak RSS, the binary size and the ratio go2cpp / go.  Runs go through
      bench/rusage_exec.c, compiled on the spot, which takes ru_maxrss from wait4: measured from
      Python, a child's ru_maxrss would start at the interpreter's own ~15 MiB.  Then:
        build latency   `go2cpp build -O2` vs `go build` of hello world and of the largest
                        benchmark, median of several runs; every `go build` gets a fresh, empty
                        GOCACHE, so it is a cold build (the standard library compiled too).
        throughput      lines per second of `go2cpp translate` on a generated file of
                        thousands of small functions (bench/gen_large.py).
      Writes the tables to docs/benchmarks.md (--out) with the machine and the date.  A
      benchmark go2cpp cannot translate or build gets its first diagnostic in the table.

  run.py --check [--go2cpp PATH] [--filter SUBSTR]
      What CI runs (ctest `bench.check`, bench/bench.cmake): each benchmark at its small size,
      built with go2cpp only, must print exactly bench/<name>/expected_small.txt.  Needs no Go
      toolchain.  Exit status 0 iff none failed.

  run.py --update-expected [--filter SUBSTR]
      Writes bench/<name>/expected_small.txt from the Go toolchain's output at the small size.

Benchmarks listed in SKIP_GO2CPP (none at present) are built and timed with Go only and reported
as skipped for go2cpp; --check skips them too.  Benchmarks are never timed tests.
"""

import argparse
import datetime
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # keep bench/ free of __pycache__
import gen_large  # noqa: E402
import report  # noqa: E402

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH_DIR)
GO_FALLBACK = "/usr/lib/go-1.19/bin/go"

# Benchmarks go2cpp cannot build yet, and why.  Remove an entry when its feature lands: --check
# then starts holding it to its expected output.
SKIP_GO2CPP = {}

# Tuning knobs, in one place.
CHECK_TIMEOUT = 120        # seconds a small-size check program may run
RUN_TIMEOUT = 120          # seconds one full-size run may take
BUILD_TIMEOUT = 600        # seconds one build may take
LATENCY_RUNS = 3           # builds per program for the build-latency median
THROUGHPUT_FUNCS = 4000    # functions in the generated translate-throughput input
THROUGHPUT_RUNS = 3

SIZE_RE = re.compile(r"^(const\s+\w+\s*=\s*)(\S+)(\s*//\s*bench:size\b(.*))$", re.M)

HELLO = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello, world")\n}\n'


class Bench:
    """One bench/<name>/main.go and its two sizes."""

    def __init__(self, name):
        self.name = name
        self.dir = os.path.join(BENCH_DIR, name)
        with open(os.path.join(self.dir, "main.go"), encoding="utf-8") as f:
            self.source = f.read()
        m = SIZE_RE.search(self.source)
        if not m:
            sys.exit(f"run.py: {name}/main.go has no `const N = ... // bench:size` line")
        sizes = dict(kv.split("=", 1) for kv in m.group(4).split())
        self.small, self.full = sizes["small"], sizes["full"]
        self.lines = self.source.count("\n")
        self.skip = SKIP_GO2CPP.get(name)

    def write_copy(self, dest, size):
        """Writes main.go with the size substituted into the fresh directory dest."""
        os.makedirs(dest, exist_ok=True)
        src = SIZE_RE.sub(lambda m: m.group(1) + size + m.group(3), self.source, count=1)
        with open(os.path.join(dest, "main.go"), "w", encoding="utf-8") as f:
            f.write(src)
        return dest


def discover(filter_):
    names = sorted(n for n in os.listdir(BENCH_DIR)
                   if os.path.isfile(os.path.join(BENCH_DIR, n, "main.go")))
    return [Bench(n) for n in names if not filter_ or filter_ in n]


def find_go():
    go = shutil.which("go")
    if go:
        return go
    return GO_FALLBACK if os.access(GO_FALLBACK, os.X_OK) else None


def find_go2cpp(path):
    if path:
        return os.path.abspath(path)
    for cand in (shutil.which("go2cpp"), os.path.join(ROOT, "build", "go2cpp"),
                 os.path.join(ROOT, "build", "transpiler", "go2cpp")):
        if cand and os.access(cand, os.X_OK):
            return cand
    sys.exit("run.py: go2cpp not found on PATH or in build/; pass --go2cpp PATH")


def first_diagnostic(text):
    """The first line that looks like a diagnostic, else the first non-empty line."""
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    for l in lines:
        if re.search(r":\d+:\d+: |error", l):
            return l
    return lines[0] if lines else "(no output)"


def build(tool, kind, srcdir, out, env=None):
    """Builds srcdir into out; returns (seconds, None) or (seconds, diagnostic)."""
    if kind == "go2cpp":
        cmd = [tool, "build", "-O2", "-o", out, "."]
    else:
        cmd = [tool, "build", "-o", out, "main.go"]
    start = time.perf_counter()
    try:
        p = subprocess.run(cmd, cwd=srcdir, env=env, capture_output=True, text=True,
                           errors="replace", timeout=BUILD_TIMEOUT)
    except subprocess.TimeoutExpired:
        return time.perf_counter() - start, f"build timed out after {BUILD_TIMEOUT}s"
    elapsed = time.perf_counter() - start
    if p.returncode != 0:
        return elapsed, first_diagnostic(p.stderr + p.stdout)
    return elapsed, None


def run_once(binary, timeout, helper=None):
    """Runs binary; returns (wall seconds, peak RSS bytes or None, exit status, stdout bytes,
    CPU seconds or None).

    The exit status is "timeout" when the run was killed after timeout seconds.  With helper
    (rusage_exec, see compile_helper) the wall time, RSS and user+system CPU time come from that
    small process's fork/exec/wait4; without it RSS and CPU are not measured, since a child of this Python process
    inherits the interpreter's own high-water mark through execve.
    """
    with tempfile.TemporaryFile() as out:
        if helper:
            r, w = os.pipe()
            try:
                p = subprocess.Popen([helper, str(w), str(int(timeout)), binary],
                                     stdin=subprocess.DEVNULL, stdout=out,
                                     stderr=subprocess.DEVNULL, pass_fds=(w,))
            finally:
                os.close(w)
            with os.fdopen(r) as f:
                report = f.read().split()
            p.wait()
            if p.returncode != 0 or len(report) != 4:
                return 0.0, None, f"rusage_exec failed (status {p.returncode})", b"", None
            status = report[0] if report[0] == "timeout" else int(report[0])
            wall, rss, cpu = float(report[2]), int(report[1]) * 1024, float(report[3])
        else:
            start = time.perf_counter()
            p = subprocess.Popen([binary], stdin=subprocess.DEVNULL, stdout=out,
                                 stderr=subprocess.DEVNULL)
            try:
                p.wait(timeout)
                status = p.returncode
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
                status = "timeout"
            wall, rss, cpu = time.perf_counter() - start, None, None
        out.seek(0)
        return wall, rss, status, out.read(), cpu


def compile_helper(tmp):
    """Builds bench/rusage_exec.c with the first C or C++ compiler found; None if none works."""
    src = os.path.join(BENCH_DIR, "rusage_exec.c")
    exe = os.path.join(tmp, "rusage_exec")
    candidates = []
    if os.environ.get("CC"):
        candidates.append(os.environ["CC"].split())
    candidates += [["cc"], ["gcc"], ["clang"]]
    if os.environ.get("CXX"):
        candidates.append(os.environ["CXX"].split() + ["-x", "c++"])
    candidates += [["c++", "-x", "c++"], ["g++", "-x", "c++"], ["clang++", "-x", "c++"]]
    for cmd in candidates:
        if not shutil.which(cmd[0]):
            continue
        p = subprocess.run(cmd + ["-O2", "-o", exe, src], capture_output=True)
        if p.returncode == 0:
            return exe
    print("run.py: cannot compile bench/rusage_exec.c; peak RSS will not be measured",
          file=sys.stderr)
    return None


# ---- --check and --update-expected -------------------------------------------------------------

def check(benches, go2cpp):
    failed = 0
    with tempfile.TemporaryDirectory(prefix="go2cpp-bench-") as tmp:
        for b in benches:
            if b.skip:
                print(f"SKIP {b.name}: {b.skip}")
                continue
            expected_path = os.path.join(b.dir, "expected_small.txt")
            if not os.path.exists(expected_path):
                print(f"FAIL {b.name}: no expected_small.txt (run.py --update-expected)")
                failed += 1
                continue
            src = b.write_copy(os.path.join(tmp, b.name), b.small)
            binary = os.path.join(tmp, b.name + ".bin")
            _, err = build(go2cpp, "go2cpp", src, binary)
            if err:
                print(f"FAIL {b.name}: build: {err}")
                failed += 1
                continue
            _, _, status, out, _ = run_once(binary, CHECK_TIMEOUT)
            with open(expected_path, "rb") as f:
                expected = f.read()
            if status != 0:
                print(f"FAIL {b.name}: run: exit status {status}")
                failed += 1
            elif out != expected:
                print(f"FAIL {b.name}: output differs: {first_difference(expected, out)}")
                failed += 1
            else:
                print(f"PASS {b.name}")
    ran = sum(1 for b in benches if not b.skip)
    print(f"{ran - failed} passed, {failed} failed, {len(benches) - ran} skipped")
    return 1 if failed else 0


def first_difference(expected, got):
    e, g = expected.decode(errors="replace").splitlines(), got.decode(errors="replace").splitlines()
    for i in range(max(len(e), len(g))):
        el = e[i] if i < len(e) else "<end of output>"
        gl = g[i] if i < len(g) else "<end of output>"
        if el != gl:
            return f"line {i + 1}: expected {el!r}, got {gl!r}"
    return "trailing newline differs"


def update_expected(benches, go):
    if not go:
        sys.exit(f"run.py: --update-expected needs the Go toolchain (go on PATH or {GO_FALLBACK})")
    status = 0
    with tempfile.TemporaryDirectory(prefix="go2cpp-bench-") as tmp:
        for b in benches:
            src = b.write_copy(os.path.join(tmp, b.name), b.small)
            binary = os.path.join(tmp, b.name + ".bin")
            _, err = build(go, "go", src, binary)
            if err:
                print(f"FAIL {b.name}: go build: {err}")
                status = 1
                continue
            _, _, code, out, _ = run_once(binary, CHECK_TIMEOUT)
            if code != 0:
                print(f"FAIL {b.name}: exit status {code}")
                status = 1
                continue
            with open(os.path.join(b.dir, "expected_small.txt"), "wb") as f:
                f.write(out)
            print(f"wrote {b.name}/expected_small.txt")
    return status


# ---- the timed run ------------------------------------------------------------------------------

class Result:
    """One benchmark's outcome for one toolchain."""

    def __init__(self):
        self.times, self.rss, self.cpu = [], [], []
        self.size, self.error, self.output = None, None, None


def time_bench(b, go2cpp, go, runs, tmp, helper):
    """Builds and runs b at its full size with both toolchains, interleaving the runs."""
    src = b.write_copy(os.path.join(tmp, b.name), b.full)
    results = {"go2cpp": Result(), "go": Result()}
    binaries = {}
    for kind, tool in (("go2cpp", go2cpp), ("go", go)):
        r = results[kind]
        if tool is None:
            r.error = "Go toolchain not installed"
            continue
        if kind == "go2cpp" and b.skip:
            r.error = b.skip
            continue
        binary = os.path.join(tmp, f"{b.name}.{kind}")
        _, err = build(tool, kind, src, binary)
        if err:
            r.error = "does not build: " + err
            continue
        r.size = os.path.getsize(binary)
        binaries[kind] = binary
    kinds = [k for k in ("go", "go2cpp") if k in binaries]
    for i in range(runs):
        for kind in (kinds if i % 2 == 0 else kinds[::-1]):
            r = results[kind]
            if r.error:
                continue
            wall, rss, status, out, cpu = run_once(binaries[kind], RUN_TIMEOUT, helper)
            if status != 0:
                r.error = f"run failed: exit status {status}"
                continue
            if r.output is None:
                r.output = out
            elif out != r.output:
                r.error = "output differs between runs"
            r.times.append(wall)
            if rss is not None:
                r.rss.append(rss)
            if cpu is not None:
                r.cpu.append(cpu)
        print(f"  {b.name} round {i + 1}/{runs}: " + ", ".join(
            f"{k} {results[k].times[-1]:.3f}s" for k in kinds if results[k].times
            and not results[k].error), flush=True)
    g, c = results["go"], results["go2cpp"]
    if g.output is not None and c.output is not None and g.output != c.output:
        c.error = "output differs from Go: " + first_difference(g.output, c.output)
    return results


def build_latency(go2cpp, go, benches, tmp):
    """Median cold build times of hello world and the largest benchmark, for both toolchains."""
    hello = os.path.join(tmp, "latency", "hello")
    os.makedirs(hello)
    with open(os.path.join(hello, "main.go"), "w") as f:
        f.write(HELLO)
    buildable = [b for b in benches if not b.skip] or benches
    largest = max(buildable, key=lambda b: b.lines)
    programs = [("hello world", hello, HELLO.count("\n")),
                (f"{largest.name} (largest)", largest.write_copy(
                    os.path.join(tmp, "latency", largest.name), largest.full), largest.lines)]
    rows = []
    for label, src, lines in programs:
        row = {"program": label, "lines": lines}
        for kind, tool in (("go2cpp", go2cpp), ("go", go)):
            if tool is None:
                row[kind] = "Go toolchain not installed"
                continue
            times = []
            for i in range(LATENCY_RUNS):
                env = None
                if kind == "go":
                    cache = tempfile.mkdtemp(prefix="gocache-", dir=tmp)
                    env = dict(os.environ, GOCACHE=cache)
                # A fresh output path each time: go build skips the link when the output
                # already exists with the right build ID.
                out = os.path.join(tmp, "latency", f"out-{kind}-{i}")
                secs, err = build(tool, kind, src, out, env)
                if kind == "go":
                    shutil.rmtree(cache, ignore_errors=True)
                if os.path.exists(out):
                    os.remove(out)
                if err:
                    times = err
                    break
                times.append(secs)
            row[kind] = times
            print(f"  build {label} with {kind}: "
                  + (f"{statistics.median(times):.2f}s" if isinstance(times, list) else times),
                  flush=True)
        rows.append(row)
    return rows


def throughput(go2cpp, tmp):
    """Lines per second of `go2cpp translate` on a generated input; a dict for the report."""
    src = os.path.join(tmp, "throughput")
    os.makedirs(src)
    path = os.path.join(src, "main.go")
    text = gen_large.generate(THROUGHPUT_FUNCS)
    with open(path, "w") as f:
        f.write(text)
    lines = text.count("\n")
    times = []
    for i in range(THROUGHPUT_RUNS):
        out = os.path.join(tmp, f"throughput-out{i}")
        start = time.perf_counter()
        p = subprocess.run([go2cpp, "translate", "-o", out, path], capture_output=True, text=True,
                           errors="replace", timeout=BUILD_TIMEOUT)
        elapsed = time.perf_counter() - start
        if p.returncode != 0:
            return {"lines": lines, "funcs": THROUGHPUT_FUNCS,
                    "error": first_diagnostic(p.stderr + p.stdout)}
        times.append(elapsed)
    cpp_lines = 0
    for name in os.listdir(os.path.join(tmp, "throughput-out0")):
        with open(os.path.join(tmp, "throughput-out0", name), errors="replace") as f:
            cpp_lines += sum(1 for _ in f)
    med = statistics.median(times)
    print(f"  translate {lines} lines: {med:.2f}s, {lines / med:.0f} lines/s", flush=True)
    return {"lines": lines, "funcs": THROUGHPUT_FUNCS, "times": times, "cpp_lines": cpp_lines}


def tool_version(cmd):
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
        return (p.stdout or p.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.SubprocessError):
        return "unknown"


def machine_info(go2cpp, go):
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    cxx = os.environ.get("CXX", "").split() or [shutil.which("c++") or "g++"]
    commit = tool_version(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"])
    return {
        "date": datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "os": f"{platform.system()} {platform.release()}",
        "go": tool_version([go, "version"]) if go else "not installed",
        "go2cpp": tool_version([go2cpp, "version"]) + f" (commit {commit})",
        "cxx": tool_version(cxx + ["--version"]),
    }


def timed_run(args, benches, go2cpp, go):
    with tempfile.TemporaryDirectory(prefix="go2cpp-bench-") as tmp:
        info = machine_info(go2cpp, go)
        # Work from a copy, so a concurrent rebuild of go2cpp cannot swap it mid-run.  The copy
        # still finds the runtime in the build tree it was built in.
        snapshot = os.path.join(tmp, "go2cpp")
        shutil.copy2(go2cpp, snapshot)
        go2cpp = snapshot
        helper = compile_helper(tmp)
        print(f"go2cpp: {info['go2cpp']}\ngo: {info['go']}", flush=True)
        rows = []
        for b in benches:
            print(f"{b.name} (N = {b.full})", flush=True)
            rows.append((b, time_bench(b, go2cpp, go, args.runs, tmp, helper)))
        latency = None if args.no_build_latency else build_latency(go2cpp, go, benches, tmp)
        tput = None if args.no_throughput else throughput(go2cpp, tmp)
        text = report.markdown(info, args.runs, rows, latency, tput, LATENCY_RUNS)
    out = os.path.abspath(args.out)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    # The heap allocation section is bench/allocs.py's: keep it.
    if os.path.exists(out):
        old = open(out, encoding="utf-8").read()
        begin, end = old.find("<!-- allocs:begin"), old.find("<!-- allocs:end -->")
        if begin >= 0 and end > begin:
            section = old[begin:end + len("<!-- allocs:end -->")] + "\n\n"
            at = text.find("## Reproducing")
            text = text[:at] + section + text[at:] if at >= 0 else text + "\n" + section
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {os.path.relpath(out)}")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true",
                      help="build each benchmark at its small size with go2cpp and compare "
                           "with expected_small.txt (what CI runs)")
    mode.add_argument("--update-expected", action="store_true",
                      help="write expected_small.txt files from the Go toolchain")
    ap.add_argument("--go2cpp", help="the go2cpp binary (default: PATH, then build/)")
    ap.add_argument("--runs", type=int, default=5, help="timed runs per toolchain (default 5)")
    ap.add_argument("--filter", help="only benchmarks whose name contains this")
    ap.add_argument("--out", default=os.path.join(ROOT, "docs", "benchmarks.md"),
                    help="the markdown report (default docs/benchmarks.md)")
    ap.add_argument("--no-build-latency", action="store_true", help="skip the build-latency table")
    ap.add_argument("--no-throughput", action="store_true", help="skip the translate throughput")
    args = ap.parse_args()

    benches = discover(args.filter)
    if not benches:
        sys.exit("run.py: no benchmarks match")
    if args.update_expected:
        return update_expected(benches, find_go())
    go2cpp = find_go2cpp(args.go2cpp)
    if args.check:
        return check(benches, go2cpp)
    return timed_run(args, benches, go2cpp, find_go())


if __name__ == "__main__":
    sys.exit(main())
