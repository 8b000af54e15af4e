#!/usr/bin/env python3
"""go2cpp test against go test: each folder here is a module whose tests print what Go 1.19's
`go test` prints for them, recorded in expected.txt (and exitcode.txt when it is not 0).

A case's args.txt holds the arguments, one per line, the package directory last (relative to
the case folder, where the command runs). Durations ("(0.00s)", the time on the ok/FAIL line)
are replaced by TIME on both sides.

Usage: run.py --go2cpp BIN [--filter NAME,...]
       run.py --record [--go GO]      (needs Go 1.19: writes expected.txt and exitcode.txt)
"""
import argparse
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def normalize(text):
    text = re.sub(r"\(\d+\.\d+s\)", "(TIME)", text)
    return re.sub(r"^(ok  |FAIL)\t(\S+)\t\d+(\.\d+)?s$", r"\1\t\2\tTIME", text, flags=re.M)


def cases(filter_names):
    for name in sorted(os.listdir(HERE)):
        d = os.path.join(HERE, name)
        if os.path.isfile(os.path.join(d, "go.mod")) and (not filter_names or name in filter_names):
            yield name, d


def args_of(d):
    with open(os.path.join(d, "args.txt")) as f:
        return [line.rstrip("\n") for line in f if line.strip()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--go2cpp")
    ap.add_argument("--record", action="store_true")
    ap.add_argument("--go", default="/usr/lib/go-1.19/bin/go")
    ap.add_argument("--filter", default="")
    opts = ap.parse_args()
    if opts.go2cpp:
        opts.go2cpp = os.path.abspath(opts.go2cpp)
    names = [n for n in opts.filter.split(",") if n]
    failed = 0
    for name, d in cases(names):
        if opts.record:
            env = dict(os.environ, GOFLAGS="-count=1", HOME=os.environ.get("HOME", "/tmp"))
            r = subprocess.run([opts.go, "test"] + args_of(d), cwd=d, env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            with open(os.path.join(d, "expected.txt"), "w") as f:
                f.write(normalize(r.stdout))
            exitcode = os.path.join(d, "exitcode.txt")
            if r.returncode != 0:
                with open(exitcode, "w") as f:
                    f.write(f"{r.returncode}\n")
            elif os.path.exists(exitcode):
                os.remove(exitcode)
            print("recorded", name)
            continue
        r = subprocess.run([opts.go2cpp, "test"] + args_of(d), cwd=d, text=True,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        with open(os.path.join(d, "expected.txt")) as f:
            expected = f.read()
        want_code = 0
        if os.path.exists(os.path.join(d, "exitcode.txt")):
            with open(os.path.join(d, "exitcode.txt")) as f:
                want_code = int(f.read())
        got = normalize(r.stdout)
        if got != expected or r.returncode != want_code:
            failed += 1
            print(f"FAIL {name}: exit status {r.returncode} (want {want_code})")
            print("--- got:\n" + got + "--- want:\n" + expected + "--- stderr:\n" + r.stderr)
        else:
            print("PASS", name)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
