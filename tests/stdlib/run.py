#!/usr/bin/env python3
"""Go's own tests of standard-library packages through `go2cpp test` (docs/testing-go.md).

For each `PACKAGE COUNT` line of packages.txt, runs `go2cpp test -v GOROOT/src/PACKAGE` and
requires the summary line `ok` and exactly COUNT `--- PASS` lines (Go 1.19's count for the
package), so a test that stops running is caught as surely as one that fails.

Usage: run.py --go2cpp BIN [--goroot /usr/lib/go-1.19] [--filter PKG,...]
"""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--go2cpp", required=True)
    ap.add_argument("--goroot", default="/usr/lib/go-1.19")
    ap.add_argument("--filter", default="")
    opts = ap.parse_args()
    only = {p for p in opts.filter.split(",") if p}
    failed = 0
    with open(os.path.join(HERE, "packages.txt")) as f:
        entries = [line.split() for line in f if line.strip() and not line.startswith("#")]
    for pkg, count in entries:
        if only and pkg not in only:
            continue
        r = subprocess.run([os.path.abspath(opts.go2cpp), "test", "-v",
                            os.path.join(opts.goroot, "src", pkg)],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        passed = sum(1 for line in r.stdout.splitlines() if line.lstrip().startswith("--- PASS"))
        ok = r.returncode == 0 and any(line.startswith("ok  \t") for line in r.stdout.splitlines())
        if ok and passed == int(count):
            print(f"PASS {pkg}: {passed} passed")
        else:
            failed += 1
            tail = "\n".join((r.stdout + r.stderr).splitlines()[-15:])
            print(f"FAIL {pkg}: exit {r.returncode}, {passed} passed, want {count}\n{tail}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
