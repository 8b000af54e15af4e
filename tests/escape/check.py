#!/usr/bin/env python3
"""Compares go2cpp's -m decisions with gc's, recorded in tests/escape/*.go (see record.py).

For each file, `go2cpp translate -m` prints its inlining and escape decisions; each expected
`// ERROR "..."` message counts as reproduced when go2cpp prints exactly that text on that line.
Prints, per file and in total, how many of gc's lines go2cpp reproduces and how many lines it
prints that gc does not; exits 1 when the agreement (reproduced / gc's lines) is below --floor or
the share of go2cpp's lines that gc also prints is below --precision-floor.

    tests/escape/check.py --go2cpp build/go2cpp [--floor 0.95] [-v] [FILE.go...]
"""
import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ERROR_RE = re.compile(r'// ERROR((?: "(?:[^"\\]|\\.)*")+)')
QUOTED_RE = re.compile(r'"((?:[^"\\]|\\.)*)"')


def unquote(s):
    return re.sub(r"\\(.)", r"\1", s)


def expected(path):
    exp = collections.Counter()
    with open(path) as f:
        for i, line in enumerate(f, start=1):
            m = ERROR_RE.search(line)
            if m:
                for q in QUOTED_RE.findall(m.group(1)):
                    exp[(i, unquote(q))] += 1
    return exp


def actual(go2cpp, path):
    got = collections.Counter()
    name = os.path.basename(path)
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([go2cpp, "translate", "-m", "-o", tmp, path], capture_output=True,
                           text=True, timeout=60)
    if r.returncode != 0:
        return None, r.stderr
    for out in r.stderr.splitlines():
        m = re.match(r"^(.*):(\d+):(\d+): (.*)$", out)
        if m and os.path.basename(m.group(1)) == name:
            got[(int(m.group(2)), m.group(4))] += 1
    return got, ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--go2cpp", required=True)
    ap.add_argument("--floor", type=float, default=0.95)
    ap.add_argument("--precision-floor", type=float, default=0.95)
    ap.add_argument("-v", action="store_true", help="list every difference")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    files = args.files or sorted(os.path.join(HERE, f) for f in os.listdir(HERE) if f.endswith(".go"))
    total_exp = total_hit = total_got = 0
    failed = False
    for path in files:
        exp = expected(path)
        got, err = actual(args.go2cpp, path)
        name = os.path.basename(path)
        if got is None:
            print(f"FAIL {name}: go2cpp failed:\n{err}")
            failed = True
            total_exp += sum(exp.values())
            continue
        hit = sum((exp & got).values())
        n_exp, n_got = sum(exp.values()), sum(got.values())
        total_exp += n_exp
        total_hit += hit
        total_got += n_got
        print(f"{name}: {hit}/{n_exp} of gc's lines reproduced, {n_got - hit} lines gc does not print")
        if args.v:
            for (line, text), n in sorted((exp - got).items()):
                print(f"  missing  {name}:{line}: {text}")
            for (line, text), n in sorted((got - exp).items()):
                print(f"  extra    {name}:{line}: {text}")
    agreement = total_hit / total_exp if total_exp else 1.0
    precision = total_hit / total_got if total_got else 1.0
    print(f"total: {total_hit}/{total_exp} of gc's lines reproduced ({agreement:.1%}); "
          f"{total_got - total_hit} extra lines ({precision:.1%} of go2cpp's lines are gc's); "
          f"floors {args.floor:.0%} and {args.precision_floor:.0%}")
    if failed or agreement < args.floor or precision < args.precision_floor:
        sys.exit(1)


if __name__ == "__main__":
    main()
