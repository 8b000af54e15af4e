#!/usr/bin/env python3
"""Runs go2cpp over a corpus of Go inputs and checks the translator's promises on each.

Usage: check_corpus.py --go2cpp PATH [--compile] [-j N] PATH...

Each PATH is a Go file, a folder of Go programs (every folder holding .go files is one package,
translated as a whole), or a folder of fuzz corpus entries (files of any name: each is one input,
split into a.go, b.go, ... at `//go2cpp-fuzz:file` lines as fuzz_translate does). For every input
`go2cpp translate -o TMP` must
  - exit 0 (and write C++) or exit 1 (and print only `file:line:col: message` diagnostics, or
    go2cpp's own one-line `go2cpp: ...` errors, on stderr, and write nothing);
  - never crash, time out (10 s), print a sanitizer report or call something an internal error.
With --compile, every accepted input's C++ must also compile (`g++ -fsyntax-only`, or $CXX, with
the flags go2cpp build uses): an accepted program yields C++ that compiles.
Prints one line per failure and the summary `N passed, M failed`; exit status 0 iff none failed.
"""

import argparse
import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile

SEPARATOR = b"//go2cpp-fuzz:file\n"
MAX_FILES = 4
TIMEOUT = 10
DIAG_RE = re.compile(r"^[^\s:][^:]*:\d+:\d+: .+$|^\t|^go2cpp: (?!internal error).+$|^found packages ")
BAD_RE = re.compile(r"Sanitizer|^\S+:\d+:\d+: runtime error:|^go2cpp: internal error|"
                    r"^\S+:\d+:\d+: internal error|Segmentation fault|terminate called|"
                    r"Aborted|core dumped", re.MULTILINE)
SUPPORT_INCLUDE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                               "support-lib", "include")


def discover(paths):
    """(name, [(file name, bytes)]) for every input under the paths."""
    inputs = []
    for path in paths:
        if os.path.isfile(path):
            with open(path, "rb") as f:
                inputs.append((path, [(os.path.basename(path), f.read())]))
            continue
        go_dirs = []
        for root, dirs, files in os.walk(path):
            dirs.sort()
            gos = sorted(f for f in files if f.endswith(".go"))
            if gos:
                go_dirs.append((root, gos))
        if go_dirs:
            for root, gos in go_dirs:
                if os.path.basename(root).startswith("fail_") or "errors" in root.split(os.sep):
                    for g in gos:  # error tests are separate inputs, not one package
                        with open(os.path.join(root, g), "rb") as f:
                            inputs.append((os.path.join(root, g), [(g, f.read())]))
                    continue
                files = []
                for g in gos:
                    with open(os.path.join(root, g), "rb") as f:
                        files.append((g, f.read()))
                if os.path.basename(root) == "golden":
                    inputs.extend((os.path.join(root, n), [(n, d)]) for n, d in files)
                else:
                    inputs.append((root, files))
        else:  # a fuzz corpus: every file is one input
            for name in sorted(os.listdir(path)):
                full = os.path.join(path, name)
                if not os.path.isfile(full):
                    continue
                with open(full, "rb") as f:
                    data = f.read()
                parts = data.split(SEPARATOR, MAX_FILES - 1)
                inputs.append((full, [(chr(ord("a") + i) + ".go", p) for i, p in enumerate(parts)]))
    return inputs


def check(go2cpp, compile_cxx, item):
    name, files = item
    with tempfile.TemporaryDirectory(prefix="go2cpp-corpus-") as tmp:
        src = os.path.join(tmp, "src")
        out = os.path.join(tmp, "out")
        os.mkdir(src)
        paths = []
        for fname, data in files:
            p = os.path.join(src, fname)
            with open(p, "wb") as f:
                f.write(data)
            paths.append(p)
        try:
            r = subprocess.run([go2cpp, "translate", "-o", out] + paths, capture_output=True,
                               timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            return f"{name}: translate timed out after {TIMEOUT} s"
        err = r.stderr.decode("utf-8", "replace")
        if BAD_RE.search(err):
            return f"{name}: exit {r.returncode}: " + err.strip().splitlines()[0][:300]
        written = sorted(os.listdir(out)) if os.path.isdir(out) else []
        if r.returncode == 1:
            bad = [l for l in err.splitlines() if l and not DIAG_RE.match(l)]
            if bad:
                return f"{name}: not a diagnostic: {bad[0][:200]}"
            if written:
                return f"{name}: exit 1 but wrote {written}"
            return None
        if r.returncode != 0:
            return f"{name}: exit status {r.returncode}: {err.strip()[:300]}"
        if not written:
            return f"{name}: exit 0 but wrote no C++"
        if compile_cxx:
            for cpp in written:
                if not cpp.endswith(".cpp"):
                    continue
                cmd = compile_cxx + ["-std=c++20", "-fwrapv", "-ffp-contract=off", "-fsyntax-only",
                                     "-I" + out, "-I" + SUPPORT_INCLUDE, os.path.join(out, cpp)]
                c = subprocess.run(cmd, capture_output=True, timeout=300)
                if c.returncode != 0:
                    first = c.stderr.decode("utf-8", "replace").strip().splitlines()
                    return f"{name}: accepted, but its C++ does not compile: " + (first[0] if first else "")
        return None


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--go2cpp", required=True)
    p.add_argument("--compile", action="store_true", help="compile the C++ of accepted inputs")
    p.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    p.add_argument("paths", nargs="+")
    opts = p.parse_args()
    compile_cxx = (os.environ.get("CXX") or "g++").split() if opts.compile else None
    inputs = discover(opts.paths)
    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=opts.jobs) as pool:
        for problem in pool.map(lambda it: check(opts.go2cpp, compile_cxx, it), inputs):
            if problem:
                failed += 1
                print("FAIL " + problem, flush=True)
            else:
                passed += 1
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
