#!/usr/bin/env python3
"""Heap allocations with and without escape analysis (docs/escape.md).

Builds each selected benchmark at its full size three ways — `go2cpp build -O2` (escape analysis
on), `go2cpp build -O2 -no-escape` (every address-taken local and &T{} on the heap, as before
escape analysis) and `go build` — runs each --runs times with GO2CPP_ALLOCSTATS=1, and writes the
"Heap allocations" section of docs/benchmarks.md (between its allocs markers, which bench/run.py
keeps when it rewrites the page): the allocation count go2cpp's runtime reports, and median wall
times with their ratio to Go's.

    bench/allocs.py [--go2cpp PATH] [--runs N] [--filter A,B] [--out docs/benchmarks.md]
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BEGIN = "<!-- allocs:begin (bench/allocs.py) -->"
END = "<!-- allocs:end -->"
DEFAULT = ["escape_locals", "binarytrees", "knucleotide"]
SIZE_RE = re.compile(r"^(const N = )(\S+)( // bench:size small=(\S+) full=(\S+))$", re.M)


def full_copy(name, tmp):
    with open(os.path.join(HERE, name, "main.go")) as f:
        src = f.read()
    src = SIZE_RE.sub(lambda m: m.group(1) + m.group(5) + m.group(3), src)
    n = SIZE_RE.search(src).group(5)
    d = os.path.join(tmp, name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "main.go"), "w") as f:
        f.write(src)
    return d, n


def run(exe, cwd):
    env = dict(os.environ, GO2CPP_ALLOCSTATS="1")
    t0 = time.perf_counter()
    r = subprocess.run([exe], cwd=cwd, capture_output=True, text=True, env=env)
    dt = time.perf_counter() - t0
    m = re.search(r"go2cpp: (\d+) heap allocations, (\d+) bytes", r.stderr)
    return dt, (int(m.group(1)) if m else None), (int(m.group(2)) if m else None), r.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--go2cpp", default=os.path.join(ROOT, "build", "go2cpp"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--filter", default=",".join(DEFAULT))
    ap.add_argument("--out", default=os.path.join(ROOT, "docs", "benchmarks.md"))
    args = ap.parse_args()
    go = shutil.which("go") or "/usr/lib/go-1.19/bin/go"
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.filter.split(","):
            d, n = full_copy(name, tmp)
            exes = {}
            for kind, cmd in (("escape", [args.go2cpp, "build", "-O2", "-o", "escape.exe", "."]),
                              ("noescape", [args.go2cpp, "build", "-O2", "-no-escape", "-o", "noescape.exe", "."]),
                              ("go", [go, "build", "-o", "go.exe", "main.go"])):
                env = dict(os.environ, GO111MODULE="off")
                subprocess.run(cmd, cwd=d, check=True, env=env)
                exes[kind] = os.path.join(d, kind + ".exe")
            times = {k: [] for k in exes}
            allocs = {}
            outs = set()
            for _ in range(args.runs):
                for kind, exe in exes.items():
                    dt, count, nbytes, out = run(exe, d)
                    times[kind].append(dt)
                    outs.add(out)
                    if count is not None:
                        allocs[kind] = (count, nbytes)
            if len(outs) != 1:
                sys.exit(f"allocs.py: {name}: the three builds print different output")
            med = {k: statistics.median(v) for k, v in times.items()}
            rows.append((name, n, allocs, med))
            print(name, n, allocs, med, flush=True)
    lines = [BEGIN, "## Heap allocations: escape analysis", "",
             f"Measured by `bench/allocs.py` ({args.runs} runs each, medians; same machine caveats as "
             "above). Allocations are what go2cpp's runtime counts with `GO2CPP_ALLOCSTATS=1` "
             "(every `go::gc_alloc`: objects, cells, slices, strings, closures' state); "
             "\"without\" is `go2cpp build -no-escape`, which ignores escape analysis as go2cpp did "
             "before it (docs/escape.md). Times are wall-clock seconds; the ratio is go2cpp / Go.", "",
             "| benchmark | N | allocations without | allocations with | saved | time without (s) | time with (s) | Go time (s) | without / Go | with / Go |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, n, allocs, med in rows:
        a0 = allocs.get("noescape", (0, 0))[0]
        a1 = allocs.get("escape", (0, 0))[0]
        saved = f"{(a0 - a1) / a0:.0%}" if a0 else "—"
        lines.append(f"| {name} | {n} | {a0:,} | {a1:,} | {saved} | {med['noescape']:.3f} | "
                     f"{med['escape']:.3f} | {med['go']:.3f} | {med['noescape'] / med['go']:.2f} | "
                     f"**{med['escape'] / med['go']:.2f}** |")
    lines += ["", END]
    section = "\n".join(lines) + "\n"
    text = open(args.out).read() if os.path.exists(args.out) else ""
    if BEGIN in text and END in text:
        text = text[: text.index(BEGIN)] + section + text[text.index(END) + len(END) + 1:]
    else:
        marker = "## Reproducing"
        i = text.find(marker)
        text = text[:i] + section + "\n" + text[i:] if i >= 0 else text + "\n" + section
    with open(args.out, "w") as f:
        f.write(text)
    print(f"wrote {os.path.relpath(args.out)}")


if __name__ == "__main__":
    main()
