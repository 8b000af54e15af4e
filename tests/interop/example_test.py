#!/usr/bin/env python3
"""examples/cpp-interop built the way a C++ team builds it: from a clean install of go2cpp.

Installs the build tree into a fresh prefix (cmake --install), copies the example out of the
source tree, configures it with find_package(go2cpp) against that prefix, builds and runs it, and
compares its output with examples/cpp-interop/expected.txt (and the Go command built with
go2cpp_add_executable with restock_expected.txt). Then checks what the CMake package
promises beyond the first build:
  - compile_commands.json has entries for the generated C++ files;
  - editing a .go file re-runs the translation (the output changes accordingly);
  - a Go syntax error fails the build with go2cpp's file:line:col: message.

Usage: example_test.py --build-dir BUILD --source-dir SOURCE [--keep]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **kw)


def must(cmd, what, **kw):
    r = run(cmd, **kw)
    if r.returncode != 0:
        sys.exit(f"FAIL: {what} exited {r.returncode}:\n{r.stdout}")
    return r.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build-dir", required=True)
    ap.add_argument("--source-dir", required=True)
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = ap.parse_args()

    tmp = tempfile.mkdtemp(prefix="go2cpp-interop-")
    try:
        prefix = os.path.join(tmp, "prefix")
        must(["cmake", "--install", args.build_dir, "--prefix", prefix], "cmake --install")
        src = os.path.join(tmp, "cpp-interop")
        shutil.copytree(os.path.join(args.source_dir, "examples", "cpp-interop"), src)
        build = os.path.join(tmp, "build")
        must(["cmake", "-S", src, "-B", build, "-G", "Ninja", "-DCMAKE_PREFIX_PATH=" + prefix],
             "configuring the example")
        must(["cmake", "--build", build], "building the example")
        app = os.path.join(build, "inventory_app")

        with open(os.path.join(src, "expected.txt")) as f:
            expected = f.read()
        out = must([app], "inventory_app")
        if out != expected:
            sys.exit(f"FAIL: inventory_app printed\n{out}\nexpected\n{expected}")
        print("PASS example output")

        # The Go command built with go2cpp_add_executable: Go's output and exit status 3.
        r = run([os.path.join(build, "restock")])
        with open(os.path.join(src, "restock_expected.txt")) as f:
            if r.returncode != 3 or r.stdout != f.read():
                sys.exit(f"FAIL: restock exited {r.returncode} and printed\n{r.stdout}")
        print("PASS go2cpp_add_executable program")

        with open(os.path.join(build, "compile_commands.json")) as f:
            entries = {os.path.basename(e["file"]) for e in json.load(f)}
        missing = {"inventory.cpp", "money.cpp", "main.cpp"} - entries
        if missing:
            sys.exit(f"FAIL: compile_commands.json has no entry for {sorted(missing)}")
        print("PASS compile_commands.json lists the generated files")

        money = os.path.join(src, "inventory", "money", "money.go")
        with open(money) as f:
            text = f.read()
        with open(money, "w") as f:
            f.write(text.replace('"%s$%d.%02d"', '"%sUSD %d.%02d"'))
        must(["cmake", "--build", build], "rebuilding after a .go edit")
        out = must([app], "inventory_app after the edit")
        if "total: USD 120.43\n" not in out:
            sys.exit(f"FAIL: the edit of money.go did not reach the program:\n{out}")
        print("PASS a .go edit re-runs the translation")

        with open(money, "w") as f:
            f.write(text.replace("func (c Cents) String() string {", "func (c Cents) String() string {{"))
        r = run(["cmake", "--build", build])
        if r.returncode == 0 or "money.go:" not in r.stdout:
            sys.exit(f"FAIL: a syntax error in money.go should fail the build with its position:\n{r.stdout}")
        print("PASS a Go syntax error fails the build with file:line:col")
    finally:
        if args.keep:
            print("kept", tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
