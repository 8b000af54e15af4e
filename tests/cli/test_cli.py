#!/usr/bin/env python3
"""Tests of the go2cpp command line, run against the built binary.

Usage: test_cli.py PATH/TO/go2cpp [unittest options]

Each test runs go2cpp in a fresh scratch directory and checks exit statuses, what goes to stdout
and stderr, and which files exist afterwards. Three groups:
  - usage and errors: need only the binary;
  - the compile/link/run path, using go2cpp's hidden -debug-cpp=DIR flag, which builds
    hand-written C++ instead of translating, so it is tested independently of the translator;
  - end to end (test_e2e_*): real Go programs through the whole pipeline.
"""

import os
import platform
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest

GO2CPP = None  # set from the command line
SUPPORT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "support-lib")


def runtime_library():
    """The runtime library of the build tree GO2CPP was built in."""
    for root, _, files in os.walk(os.path.dirname(GO2CPP)):
        if "libgo2cpp_rt.a" in files:
            return os.path.join(root, "libgo2cpp_rt.a")
    raise unittest.SkipTest("no libgo2cpp_rt.a beside " + GO2CPP)

HELLO_GO = """package main

import "fmt"

func main() {
\tfmt.Println("hello, world")
}
"""

SYNTAX_ERROR_GO = """package main

func main() {
\tx := (1 +
}
"""

# A stand-in "generated" program for the -debug-cpp tests: echoes its arguments and stdin, then
# exits with the status given as exit=N; "kill" kills it, "sleep" makes it wait a minute.
ECHO_CPP = r"""
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "kill") == 0) std::raise(SIGKILL);
    if (std::strcmp(argv[i], "sleep") == 0) {
      std::puts("sleeping");
      std::fflush(stdout);
      sleep(60);
    }
    std::printf("arg[%d]=%s\n", i, argv[i]);
  }
  char buf[256];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) std::fwrite(buf, 1, n, stdout);
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], "exit=", 5) == 0) return std::atoi(argv[i] + 5);
  }
  return 0;
}
"""

USAGE_HINT = re.compile(r"^run 'go2cpp help( \w+)?' for usage$")


def host_platform():
    machine = platform.machine().lower()
    arch = {"x86_64": "amd64", "amd64": "amd64", "aarch64": "arm64", "arm64": "arm64",
            "i386": "386", "i686": "386", "riscv64": "riscv64"}.get(machine, "arm" if machine.startswith("arm") else machine)
    return f"{platform.system().lower()}/{arch}"


def has_interpreter(path):
    """Whether an ELF file names a dynamic loader (a PT_INTERP program header): dynamically linked."""
    import struct
    with open(path, "rb") as f:
        data = f.read()
    assert data[:4] == b"\x7fELF", path
    if data[4] == 2:  # ELFCLASS64
        phoff, = struct.unpack_from("<Q", data, 0x20)
        phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    else:
        phoff, = struct.unpack_from("<I", data, 0x1C)
        phentsize, phnum = struct.unpack_from("<HH", data, 0x2A)
    return any(struct.unpack_from("<I", data, phoff + i * phentsize)[0] == 3 for i in range(phnum))


class CliTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="go2cpp-cli-test-")
        # go2cpp's build directories go here, so a test can check that none is left behind.
        self.tmp = os.path.join(self.dir, "tmp")
        os.mkdir(self.tmp)

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    # --- helpers ----------------------------------------------------------------------------------

    def go2cpp(self, *args, stdin=None, env=None, cwd=None):
        full_env = dict(os.environ)
        full_env["TMPDIR"] = self.tmp
        full_env.update(env or {})
        return subprocess.run([GO2CPP, *args], input=stdin, capture_output=True, text=True,
                              errors="replace", env=full_env, cwd=cwd or self.dir, timeout=300)

    def write(self, rel, text):
        path = os.path.join(self.dir, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
        return path

    def assert_usage_error(self, r, first_line_pattern):
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertEqual(r.stdout, "")
        lines = r.stderr.splitlines()
        self.assertEqual(len(lines), 2, r.stderr)
        self.assertRegex(lines[0], first_line_pattern)
        self.assertRegex(lines[1], USAGE_HINT)

    def assert_one_line_error(self, r, pattern):
        self.assertEqual(r.returncode, 1, r.stderr)
        lines = r.stderr.splitlines()
        self.assertEqual(len(lines), 1, r.stderr)
        self.assertRegex(lines[0], pattern)

    def assert_no_build_dirs_left(self):
        self.assertEqual(os.listdir(self.tmp), [])

    def debug_program(self):
        """A package src/prog (main.go) and hand-written C++ for -debug-cpp."""
        self.write("src/prog/main.go", "package main\n\nfunc main() {}\n")
        self.write("cpp/main.cpp", ECHO_CPP)
        return ["-debug-cpp=" + os.path.join(self.dir, "cpp")]

    # --- version and help -------------------------------------------------------------------------

    def test_version(self):
        r = self.go2cpp("version")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout, f"go2cpp version 0.1.0 {host_platform()}\n")
        self.assertEqual(r.stderr, "")

    def test_help_overview(self):
        for args in (["help"], ["-h"], ["--help"], ["-help"]):
            r = self.go2cpp(*args)
            self.assertEqual(r.returncode, 0, args)
            self.assertIn("go2cpp <command> [arguments]", r.stdout)
            for word in ("translate", "build", "run", "version", "CXX", "GO2CPP_ROOT"):
                self.assertIn(word, r.stdout)

    def test_help_each_command(self):
        for cmd in ("translate", "build", "run", "version", "help", "targets", "toolchain"):
            r = self.go2cpp("help", cmd)
            self.assertEqual(r.returncode, 0, cmd)
            self.assertTrue(r.stdout.startswith(f"usage: go2cpp {cmd}"), r.stdout)
            for flag in ("-h", "-help", "--help"):
                r2 = self.go2cpp(cmd, flag)
                self.assertEqual(r2.returncode, 0, (cmd, flag, r2.stderr))
                self.assertEqual(r2.stdout, r.stdout, (cmd, flag))

    def test_help_mentions_every_flag(self):
        self.assertIn("-no-line-directives", self.go2cpp("help", "translate").stdout)
        build = self.go2cpp("help", "build").stdout
        for flag in ("-o", "-v", "-x", "-work", "-O", "-target"):
            self.assertIn(flag, build)
        self.assertIn("-exec", self.go2cpp("help", "run").stdout)

    # --- usage errors: exit 2, one line and the hint -----------------------------------------------

    def test_no_arguments(self):
        r = self.go2cpp()
        self.assertEqual(r.returncode, 2)
        self.assertIn("go2cpp <command> [arguments]", r.stderr)

    def test_unknown_command(self):
        self.assert_usage_error(self.go2cpp("frobnicate"), r'^go2cpp: unknown command "frobnicate"$')
        self.assert_usage_error(self.go2cpp("help", "frobnicate"), r"unknown help topic")

    def test_unknown_flag(self):
        self.write("hello.go", HELLO_GO)
        for cmd in ("translate", "build", "run", "version"):
            self.assert_usage_error(self.go2cpp(cmd, "-frob", "hello.go"),
                                    rf"^go2cpp {cmd}: flag provided but not defined: -frob$")
        self.assert_usage_error(self.go2cpp("-frob"), r"^go2cpp: flag provided but not defined: -frob$")

    def test_bad_flag_values(self):
        self.write("hello.go", HELLO_GO)
        self.assert_usage_error(self.go2cpp("translate", "-dump=cst", "hello.go"),
                                r'invalid value "cst" for flag -dump: must be ast or types')
        self.assert_usage_error(self.go2cpp("build", "-O7", "hello.go"), r'invalid value "7" for flag -O')
        self.assert_usage_error(self.go2cpp("build", "-o"), r"flag needs an argument: -o")

    def test_missing_path(self):
        for cmd in ("translate", "build", "run"):
            self.assert_usage_error(self.go2cpp(cmd), rf"^go2cpp {cmd}: no ")
            self.assert_usage_error(self.go2cpp(cmd, "-v") if cmd != "translate" else self.go2cpp(cmd, "-o", "x"),
                                    rf"^go2cpp {cmd}: no ")

    def test_flag_after_path(self):
        self.write("hello.go", HELLO_GO)
        self.assert_usage_error(self.go2cpp("build", "hello.go", "-o", "x"),
                                r"^go2cpp build: flag -o must come before PATH$")

    # --- targets: unsupported ones and missing toolchains are one line --------------------------------

    def assert_target_error(self, r, pattern, status=2):
        self.assertEqual(r.returncode, status, r.stderr)
        self.assertEqual(r.stdout, "")
        lines = r.stderr.splitlines()
        self.assertEqual(len(lines), 1, r.stderr)
        self.assertRegex(lines[0], pattern)

    def test_targets_lists_host_and_boards(self):
        r = self.go2cpp("targets", env={"GO2CPP_CACHE": os.path.join(self.dir, "cache")})
        self.assertEqual(r.returncode, 0, r.stderr)
        names = [line.split()[0] for line in r.stdout.splitlines()]
        self.assertEqual(names[0], host_platform())
        self.assertIn("linux/arm64", names)
        self.assertIn("linux/arm", names)
        self.assertRegex(r.stdout, r"(?m)^" + re.escape(host_platform()) + r" +ready \(host")
        # An empty cache: the boards are not ready, and each says what to run.
        for line in r.stdout.splitlines()[1:]:
            self.assertRegex(line, r"not ready: .*run '(apt-get install g\+\+-|go2cpp toolchain install linux/)")
        self.assert_usage_error(self.go2cpp("targets", "x"), r"^go2cpp targets: targets takes no arguments$")

    def test_unsupported_target(self):
        self.write("hello.go", HELLO_GO)
        self.assert_target_error(self.go2cpp("build", "-target", "linux/mips", "hello.go"),
                                 r"^go2cpp: unsupported -target linux/mips \(supported: .*linux/arm64, linux/arm; see go2cpp targets\)$")
        self.assert_target_error(self.go2cpp("run", "hello.go", env={"GOOS": "plan9", "GOARCH": "arm"}),
                                 r"^go2cpp: unsupported GOOS/GOARCH pair plan9/arm ")
        self.assert_target_error(self.go2cpp("build", "hello.go", env={"GOARCH": "arm", "GOARM": "6"}),
                                 r"^go2cpp: GOARM=6 is not supported: go2cpp builds linux/arm for GOARM=7 only")
        self.assert_target_error(self.go2cpp("build", "-sanitize=address", "-target=linux/arm64", "hello.go"),
                                 r"^go2cpp: -sanitize and -race work for the host target only, not linux/arm64$")
        self.assert_target_error(self.go2cpp("toolchain", "install", "linux/sparc"), r"^go2cpp: unsupported -target linux/sparc")
        self.assertFalse(os.path.exists(os.path.join(self.dir, "hello")))
        self.assert_no_build_dirs_left()

    def test_host_target_by_name(self):
        self.write("hello.go", HELLO_GO)
        goos, goarch = host_platform().split("/")
        for args, env in ((["-target", "host"], {}), (["-target", host_platform()], {}),
                          ([], {"GOOS": goos, "GOARCH": goarch})):
            r = self.go2cpp("run", *args, "hello.go", env=env)
            self.assertEqual((r.returncode, r.stdout), (0, "hello, world\n"), (args, env, r.stderr))

    def test_missing_toolchain(self):
        self.write("hello.go", HELLO_GO)
        empty_cache = {"GO2CPP_CACHE": os.path.join(self.dir, "cache")}
        # No cross compiler on PATH: what to install, then what to run.
        r = self.go2cpp("build", "-target", "linux/arm64", "hello.go", env={**empty_cache, "PATH": "/nonexistent"})
        self.assert_target_error(r, r"^go2cpp: the linux/arm64 toolchain is not installed \(no aarch64-linux-gnu-g\+\+ on PATH\): "
                                    r"run 'apt-get install g\+\+-aarch64-linux-gnu mmdebstrap', then 'go2cpp toolchain install linux/arm64'$", 1)
        r = self.go2cpp("toolchain", "install", "linux/arm", env={**empty_cache, "PATH": "/nonexistent"})
        self.assert_target_error(r, r"^go2cpp: the linux/arm cross compiler is not installed .*run 'apt-get install g\+\+-arm-linux-gnueabihf'$", 1)
        # The compiler but not the target's libraries (only where the cross compiler is installed).
        if shutil.which("arm-linux-gnueabihf-g++"):
            r = self.go2cpp("build", "hello.go", env={**empty_cache, "GOARCH": "arm"})
            self.assert_target_error(r, r"^go2cpp: the linux/arm target libraries are not installed in .*cache/toolchains/linux-arm: "
                                        r"run 'go2cpp toolchain install linux/arm'$", 1)
        self.assertFalse(os.path.exists(os.path.join(self.dir, "hello")))
        self.assert_no_build_dirs_left()

    def test_e2e_cross_targets_report_goarch(self):
        """Each ready board target builds a static binary that reports its own GOARCH under qemu
        (scripts/test.sh installs the toolchains before the tests run)."""
        self.write("arch/main.go", 'package main\n\nimport (\n\t"fmt"\n\t"runtime"\n)\n\n'
                                   'func main() {\n\tfmt.Println(runtime.GOOS + "/" + runtime.GOARCH)\n}\n')
        r = self.go2cpp("run", "arch")
        self.assertEqual((r.returncode, r.stdout), (0, host_platform() + "\n"), r.stderr)
        ready = [line.split()[0] for line in self.go2cpp("targets").stdout.splitlines()[1:]
                 if "not ready" not in line]
        if not ready:
            self.skipTest("no cross target is ready (go2cpp toolchain install linux/arm64 linux/arm)")
        for target, emulator in (("linux/arm64", "qemu-aarch64"), ("linux/arm", "qemu-arm")):
            if target not in ready or not shutil.which(emulator):
                continue
            r = self.go2cpp("run", "-target", target, "-exec", emulator, "arch")
            self.assertEqual((r.returncode, r.stdout), (0, target + "\n"), r.stderr)
            out = os.path.join(self.dir, "arch-" + target.replace("/", "-"))
            r = self.go2cpp("build", "-o", out, "arch", env={"GOOS": "linux", "GOARCH": target.split("/")[1]})
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertFalse(has_interpreter(out), "board binaries are linked statically")

    def test_toolchain_usage(self):
        self.assert_usage_error(self.go2cpp("toolchain"), r"^go2cpp toolchain: no subcommand given")
        self.assert_usage_error(self.go2cpp("toolchain", "remove", "linux/arm"), r'unknown subcommand "remove"')
        self.assert_usage_error(self.go2cpp("toolchain", "install"), r"install: no target given")

    # --- errors in the input: exit 1 with a clear line ----------------------------------------------

    def test_missing_file(self):
        for cmd in ("translate", "build", "run"):
            self.assert_one_line_error(self.go2cpp(cmd, "nope.go"),
                                       r"^go2cpp: stat nope\.go: no such file or directory$")

    def test_missing_directory(self):
        self.assert_one_line_error(self.go2cpp("build", "nodir"),
                                   r'^go2cpp: cannot find package "nodir": .*no such file or directory$')

    def test_empty_directory(self):
        os.mkdir(os.path.join(self.dir, "empty"))
        self.write("empty/notes.txt", "x")
        self.write("empty/x_test.go", "package main\n")
        self.assert_one_line_error(self.go2cpp("translate", "empty"), r"^go2cpp: no Go files in empty$")

    def test_files_in_two_directories(self):
        self.write("a/a.go", HELLO_GO)
        self.write("b/b.go", HELLO_GO)
        self.assert_one_line_error(
            self.go2cpp("translate", "a/a.go", "b/b.go"),
            r"^go2cpp: named files must all be in one directory; have a/ and b/$")

    def test_no_compiler(self):
        self.write("hello.go", HELLO_GO)
        for cmd in ("build", "run"):
            r = self.go2cpp(cmd, "hello.go", env={"CXX": "/nonexistent/c++"})
            self.assert_one_line_error(r, r"^go2cpp: no C\+\+ compiler found: .*/nonexistent/c\+\+.*"
                                          r"install g\+\+ \(apt-get install g\+\+\) or set CXX$")
        self.assertFalse(os.path.exists(os.path.join(self.dir, "hello")))
        self.assert_no_build_dirs_left()

    def test_bad_go2cpp_root(self):
        self.write("hello.go", HELLO_GO)
        r = self.go2cpp("build", "hello.go", env={"GO2CPP_ROOT": os.path.join(self.dir, "nowhere")})
        self.assert_one_line_error(r, r"^go2cpp: GO2CPP_ROOT=.*nowhere does not hold a go2cpp runtime")

    def test_output_is_not_an_object_file(self):
        self.write("hello.go", HELLO_GO)
        self.write("hello", "precious notes\n")
        self.assert_one_line_error(self.go2cpp("build", "hello.go"),
                                   r'^go2cpp: build output "hello" already exists and is not an object file$')
        with open(os.path.join(self.dir, "hello")) as f:
            self.assertEqual(f.read(), "precious notes\n")

    def test_syntax_error(self):
        self.write("bad.go", SYNTAX_ERROR_GO)
        out = os.path.join(self.dir, "out")
        r = self.go2cpp("translate", "-o", out, "bad.go")
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertRegex(r.stderr, r"(?m)^bad\.go:\d+:\d+: ")
        self.assertNotIn("internal error", r.stderr)
        self.assertFalse(os.path.exists(out) and os.listdir(out), "files were written despite errors")
        r = self.go2cpp("build", "bad.go")
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertRegex(r.stderr, r"(?m)^bad\.go:\d+:\d+: ")
        self.assertFalse(os.path.exists(os.path.join(self.dir, "bad")))
        self.assert_no_build_dirs_left()

    # --- hostile input: a diagnostic, never a crash or a hang (docs/robustness.md) ------------------

    def assert_only_diagnostics(self, r, max_lines=12):
        """Exit 1, nothing on stdout, and every stderr line a diagnostic (no crash, no C++)."""
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertEqual(r.stdout, "")
        lines = r.stderr.splitlines()
        self.assertTrue(lines, "no diagnostic")
        self.assertLessEqual(len(lines), max_lines, r.stderr)
        for line in lines:
            self.assertRegex(line, r"^\S[^:]*:\d+:\d+: |^\t|^found packages ")
            self.assertNotRegex(line, r"internal error|Sanitizer|terminate called|Segmentation")

    def test_empty_file(self):
        self.write("empty.go", "")
        r = self.go2cpp("translate", "-o", "out", "empty.go")
        self.assert_only_diagnostics(r)
        self.assertEqual(r.stderr, "empty.go:1:1: expected 'package', found 'EOF'\n")
        self.assertFalse(os.path.exists(os.path.join(self.dir, "out")))

    def test_binary_garbage(self):
        rng = random.Random(13)
        for i in range(20):
            path = os.path.join(self.dir, f"garbage{i}.go")
            with open(path, "wb") as f:
                f.write(bytes(rng.randrange(256) for _ in range(rng.randrange(1, 4000))))
            self.assert_only_diagnostics(self.go2cpp("translate", "-o", "out", path))
        with open(os.path.join(self.dir, "elf.go"), "wb") as f:
            f.write(b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 8)
        self.assert_only_diagnostics(self.go2cpp("translate", "-o", "out", "elf.go"))
        self.assertFalse(os.path.exists(os.path.join(self.dir, "out")))

    def test_mixed_package_names(self):
        self.write("mixed/a.go", HELLO_GO)
        self.write("mixed/b.go", "package other\n")
        for args in (["translate"], ["build", "-o", "prog"]):
            r = self.go2cpp(*args, "mixed")
            self.assert_only_diagnostics(r)
            self.assertEqual(r.stderr, "found packages main (a.go) and other (b.go) in mixed\n")
        self.assert_no_build_dirs_left()

    def test_huge_file(self):
        # Hundreds of thousands of lines (generated here, not committed): translated in bounded time,
        # and an error on the last line is found at the right line.
        n = 300_000
        body = "".join(f"\tx += {i % 7}\n" for i in range(n))
        self.write("huge/main.go", "package main\n\nfunc main() {\n\tx := 0\n" + body + "\tprintln(x)\n}\n")
        start = time.time()
        r = self.go2cpp("translate", "-o", "out", "huge")
        self.assertEqual(r.returncode, 0, r.stderr[:2000])
        self.assertLess(time.time() - start, 120)
        self.assertTrue(os.path.getsize(os.path.join(self.dir, "out", "main.cpp")) > n * 5)
        self.write("huge2/main.go", "package main\n\nfunc main() {\n\tx := 0\n" + body + "\ty := 1\n}\n")
        r = self.go2cpp("translate", "-o", "out2", "huge2")
        self.assert_only_diagnostics(r)
        self.assertEqual(r.stderr, f"huge2/main.go:{n + 5}:2: y declared but not used\n")

    def test_deep_nesting(self):
        # 10,000 levels: valid Go, beyond go2cpp's nesting limit: one diagnostic, no stack overflow.
        for expr in ("(" * 10000 + "1" + ")" * 10000, "-" * 10000 + "1", "1" + " + 1" * 10000,
                     "[]int{" * 1 + "0" + "}", "func() int { return " * 3000 + "1" + " }()" * 3000):
            self.write("deep.go", "package main\n\nfunc main() {\n\tx := " + expr + "\n\tprintln(x)\n}\n")
            r = self.go2cpp("translate", "-o", "out", "deep.go")
            if expr.startswith("[]int"):
                self.assertEqual(r.returncode, 0, r.stderr)
                continue
            self.assert_only_diagnostics(r)
            self.assertRegex(r.stderr, r"go2cpp does not support nesting deeper than 1000 levels yet")
        self.write("deep.go", "package main\n\nfunc main() {\n" + "{" * 10000 + "}" * 10000 + "\n}\n")
        self.assert_only_diagnostics(self.go2cpp("translate", "-o", "out", "deep.go"))

    # --- sanitizers for the generated program ---------------------------------------------------------

    def test_sanitize_flag_values(self):
        self.write("hello.go", HELLO_GO)
        self.assert_usage_error(self.go2cpp("build", "-sanitize=memory", "hello.go"),
                                r'invalid value "memory" for flag -sanitize: unknown sanitizer "memory"')
        self.assert_usage_error(self.go2cpp("build", "-race", "-sanitize=address", "hello.go"),
                                r"^go2cpp build: -race: the thread sanitizer \(-race\) cannot be combined")
        self.assert_usage_error(self.go2cpp("run", "-sanitize=thread,leak", "hello.go"),
                                r"cannot be combined")
        build = self.go2cpp("help", "build").stdout
        self.assertIn("-sanitize=LIST", build)
        self.assertIn("-race", build)

    def test_e2e_build_sanitized(self):
        self.write("src/hello/main.go", HELLO_GO)
        for flags, want in ((["-sanitize=address,undefined"], "-fsanitize=address,undefined"),
                            (["-race"], "-fsanitize=thread")):
            r = self.go2cpp("build", "-x", *flags, "-o", "hello", "src/hello")
            self.assertEqual(r.returncode, 0, r.stderr)
            compile_lines = [l for l in r.stderr.splitlines() if " -c " in l]
            self.assertTrue(compile_lines and all(want in l for l in compile_lines), r.stderr)
            self.assertIn(want, [l for l in r.stderr.splitlines() if " -o " in l and " -c " not in l][0])
            out = subprocess.run([os.path.join(self.dir, "hello")], capture_output=True, text=True)
            self.assertEqual((out.returncode, out.stdout, out.stderr), (0, "hello, world\n", ""))
        self.assert_no_build_dirs_left()

    # -race (ThreadSanitizer with the scheduler's fiber annotations): goroutines are judged like
    # threads, channels and sync are what orders them (docs/goroutines.md, "-race").
    RACY_GO = """package main

import (
\t"fmt"
\t"%s"
)

func main() {
\tcounter := 0
\tvar wg sync.WaitGroup
\tvar mu sync.Mutex
\tfor i := 0; i < 2; i++ {
\t\twg.Add(1)
\t\tgo func() {
\t\t\t%s
\t\t\tcounter++
\t\t\t%s
\t\t\twg.Done()
\t\t}()
\t}
\twg.Wait()
\tfmt.Println(counter)
\t_ = &mu
}
"""

    SLEEP_RACE_GO = """package main

import (
\t"fmt"
\t"time"
)

func main() {
\tx := 0
\tgo func() { x = 1 }()
\ttime.Sleep(10 * time.Millisecond) // a sleep orders nothing
\tfmt.Println(x)
}
"""

    def run_race(self, name, source):
        self.write(name + "/main.go", source)
        r = self.go2cpp("build", "-race", "-o", name + ".bin", name)
        self.assertEqual(r.returncode, 0, r.stderr)
        return subprocess.run([os.path.join(self.dir, name + ".bin")], capture_output=True,
                              text=True, errors="replace", timeout=120)

    def test_e2e_race_reported(self):
        for name, source in (("counter", self.RACY_GO % ("sync", "", "")),
                             ("sleep", self.SLEEP_RACE_GO)):
            out = self.run_race(name, source)
            self.assertIn("WARNING: ThreadSanitizer: data race", out.stderr, name)
            self.assertEqual(out.returncode, 66, name + ": " + out.stderr[-2000:])
            self.assertEqual(out.stdout, {"counter": "2\n", "sleep": "1\n"}[name])

    def test_e2e_race_free_under_race(self):
        out = self.run_race("locked", self.RACY_GO % ("sync", "mu.Lock()", "mu.Unlock()"))
        self.assertEqual((out.returncode, out.stdout, out.stderr), (0, "2\n", ""))

    # --- atomic output: a failed or interrupted build leaves no finished-looking file ------------------

    def test_failed_translate_keeps_previous_output(self):
        self.write("prog/main.go", HELLO_GO)
        out = os.path.join(self.dir, "out")
        self.assertEqual(self.go2cpp("translate", "-o", out, "prog").returncode, 0)
        with open(os.path.join(out, "main.cpp")) as f:
            before = f.read()
        self.write("prog/main.go", SYNTAX_ERROR_GO)
        self.assertEqual(self.go2cpp("translate", "-o", out, "prog").returncode, 1)
        self.assertEqual(sorted(os.listdir(out)), ["main.cpp"])
        with open(os.path.join(out, "main.cpp")) as f:
            self.assertEqual(f.read(), before)

    def test_interrupted_link_leaves_no_binary(self):
        # The "linker" writes a partial executable, then hangs; Ctrl-C must leave neither that file
        # nor anything under the output's name, and an older binary there must survive untouched.
        flags = self.debug_program()
        started = os.path.join(self.dir, "link-started")
        fake = self.write("fakecxx", "#!/bin/sh\n"
                          "case \" $* \" in *' -c '*) exec c++ \"$@\";; esac\n"
                          "while [ $# -gt 1 ]; do [ \"$1\" = -o ] && out=$2; shift; done\n"
                          f"printf '\\177ELFpartial' > \"$out\"\ntouch '{started}'\nexec sleep 60\n")
        os.chmod(fake, 0o755)
        with open(os.path.join(self.dir, "prog"), "wb") as f:
            f.write(b"\x7fELF old binary")
        env = dict(os.environ, TMPDIR=self.tmp, CXX=fake)
        p = subprocess.Popen([GO2CPP, "build", *flags, "-o", "prog", "src/prog"], cwd=self.dir, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.time() + 60
        while not os.path.exists(started) and time.time() < deadline:
            time.sleep(0.05)
        self.assertTrue(os.path.exists(started), "the link never started")
        p.send_signal(signal.SIGINT)
        p.communicate(timeout=30)
        self.assertEqual(p.returncode, -signal.SIGINT)
        with open(os.path.join(self.dir, "prog"), "rb") as f:
            self.assertEqual(f.read(), b"\x7fELF old binary")
        self.assert_no_build_dirs_left()
        self.assertFalse([n for n in os.listdir(self.dir) if n.startswith(".") or "tmp" in n and n != "tmp"])

    # --- the compile, link and run path (hand-written C++ via -debug-cpp) ----------------------------

    def test_debug_build_and_output_name(self):
        flags = self.debug_program()
        # Named after the directory, in the current directory; never over a directory.
        self.assert_one_line_error(self.go2cpp("build", *flags, "prog", cwd=os.path.join(self.dir, "src")),
                                   r'^go2cpp: build output "prog" already exists and is a directory$')
        os.mkdir(os.path.join(self.dir, "w"))
        r = self.go2cpp("build", *flags, "../src/prog", cwd=os.path.join(self.dir, "w"))
        self.assertEqual((r.returncode, r.stdout, r.stderr), (0, "", ""))
        self.assertTrue(os.access(os.path.join(self.dir, "w", "prog"), os.X_OK))
        # Named after the first file.
        r = self.go2cpp("build", *flags, "src/prog/main.go")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue(os.access(os.path.join(self.dir, "main"), os.X_OK))
        out = subprocess.run([os.path.join(self.dir, "main"), "a b"], capture_output=True, text=True,
                             input="")
        self.assertEqual(out.stdout, "arg[1]=a b\n")
        # Rebuilding replaces the earlier executable.
        r = self.go2cpp("build", *flags, "src/prog/main.go")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assert_no_build_dirs_left()
        self.assertEqual(sorted(os.listdir(self.dir)), ["cpp", "main", "src", "tmp", "w"])

    def test_debug_build_output_flag(self):
        flags = self.debug_program()
        os.mkdir(os.path.join(self.dir, "bin"))
        r = self.go2cpp("build", *flags, "-o", "bin", "-O0", "src/prog")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue(os.access(os.path.join(self.dir, "bin", "prog"), os.X_OK))
        r = self.go2cpp("build", *flags, "-o", "my prog", "--O=3", "src/prog")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue(os.access(os.path.join(self.dir, "my prog"), os.X_OK))

    def test_debug_build_verbose_and_commands(self):
        flags = self.debug_program()
        r = self.go2cpp("build", *flags, "-v", "-x", "-O1", "src/prog")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertRegex(r.stderr, r"(?m)^WORK=")
        self.assertRegex(r.stderr, r"(?m)^# src/prog$")
        self.assertRegex(r.stderr, r"(?m)-std=c\+\+20 -fwrapv -ffp-contract=off -fno-strict-aliasing -O1 (-include \S+/go2cpp_prelude\.h )?-I\$WORK .*-c \$WORK/main\.cpp -o \$WORK/main\.o$")
        self.assertRegex(r.stderr, r"(?m)^mv \$WORK/exe/prog prog$")
        self.assertRegex(r.stderr, r"(?m)^link prog")
        self.assert_no_build_dirs_left()

    def test_prebuilt_std_library(self):
        """go2cpp build -o DIR std makes DIR a prebuilt std library; a go2cpp whose prefix holds
        it (here GO2CPP_ROOT, laid out as cmake --install does) copies std objects from it
        instead of compiling them, although its headers are at another path than the build's."""
        cache = {"GO2CPP_CACHE": os.path.join(self.dir, "cache")}
        prefix = os.path.join(self.dir, "prefix")
        objects = os.path.join(prefix, "lib", "go2cpp", "std-objects")
        os.makedirs(objects)
        stale = os.path.join(objects, "0000000000000000.o")
        self.write(stale, "not an object")
        r = self.go2cpp("build", "-o", objects, "std", env=cache)
        self.assertEqual(r.returncode, 0, r.stderr)
        built = sorted(os.listdir(objects))
        self.assertNotIn("0000000000000000.o", built)
        self.assertGreaterEqual(len(built), 20, built)  # strings, strconv, unicode, ...
        self.assertTrue(all(f.endswith(".o") for f in built), built)
        # Again: nothing changes.
        r = self.go2cpp("build", "-o", objects, "std", env=cache)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(sorted(os.listdir(objects)), built)
        self.assert_no_build_dirs_left()

        # An installed layout around those objects: the runtime's headers and library copied.
        shutil.copytree(os.path.join(SUPPORT_DIR, "include", "go"), os.path.join(prefix, "include", "go"))
        shutil.copy(runtime_library(), os.path.join(prefix, "lib", "libgo2cpp_rt.a"))
        self.write("up/main.go", 'package main\n\nimport (\n\t"container/list"\n\t"fmt"\n)\n\n'
                   'func main() { l := list.New(); l.PushBack("prebuilt"); fmt.Println(l.Front().Value) }\n')
        env = {**cache, "GO2CPP_ROOT": prefix, "GO2CPP_CACHE": os.path.join(self.dir, "cache2")}
        r = self.go2cpp("run", "-v", "up", env=env)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout, "prebuilt\n")
        self.assertRegex(r.stderr, r"(?m)^compile list\.cpp  \(prebuilt\)$")
        self.assertRegex(r.stderr, r"(?m)^compile main\.cpp  [0-9.]+s$")
        self.assertFalse(os.path.exists(os.path.join(self.dir, "cache2", "std-objects")))
        # The objects are what they are named after: a changed runtime header is another key.
        with open(os.path.join(prefix, "include", "go", "runtime.h"), "a") as f:
            f.write("\n// changed\n")
        r = self.go2cpp("run", "-v", "up", env=env)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertRegex(r.stderr, r"(?m)^compile list\.cpp  [0-9.]+s$")
        self.assertTrue(os.listdir(os.path.join(self.dir, "cache2", "std-objects")))

    def test_prebuilt_math_big_serves_programs(self):
        """The build tree's prebuilt std library serves a program's math/big: the package comes
        out of `go2cpp build std` and of the program's build as the same C++ (its anonymous
        structs, cacheBase10's and threeOnce's, were numbered in node-address order, so the
        object's key differed from run to run and big.cpp was compiled again)."""
        objects = os.path.join(os.path.dirname(GO2CPP), "std-objects")
        if not os.path.isdir(objects) or not os.listdir(objects):
            raise unittest.SkipTest("no prebuilt std library beside " + GO2CPP)
        self.write("big/main.go", 'package main\n\nimport (\n\t"fmt"\n\t"math/big"\n)\n\n'
                   'func main() { fmt.Println(new(big.Int).Exp(big.NewInt(2), big.NewInt(70), nil)) }\n')
        env = {"GO2CPP_CACHE": os.path.join(self.dir, "cache")}
        r = self.go2cpp("run", "-v", "big", env=env)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout, "1180591620717411303424\n")
        self.assertRegex(r.stderr, r"(?m)^compile big\.cpp  \(prebuilt\)$")
        self.assertFalse(os.path.exists(os.path.join(self.dir, "cache", "std-objects")))

    def test_precompiled_runtime_header(self):
        """A build with an empty cache compiles without a precompiled runtime header and builds
        one beside its compiles (driver/pch.h); the next build names it with -include. Another -O
        level, or changed runtime headers, are another key; GO2CPP_PCH=off uses none."""
        cache = os.path.join(self.dir, "cache")
        env = {"GO2CPP_CACHE": cache}
        self.write("src/p/main.go", 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("pch", 42) }\n')

        def build(*flags, extra_env=None):
            r = self.go2cpp("build", "-v", "-x", *flags, "-o", "p", "src/p", env={**env, **(extra_env or {})})
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(subprocess.run([os.path.join(self.dir, "p")], capture_output=True, text=True).stdout,
                             "pch 42\n")
            compile_line = [l for l in r.stderr.splitlines() if l.endswith("-c $WORK/main.cpp -o $WORK/main.o")]
            self.assertEqual(len(compile_line), 1, r.stderr)
            return compile_line[0], r.stderr

        def published():
            return sorted(d for d in os.listdir(os.path.join(cache, "pch")))

        line, err = build()
        self.assertNotIn("-include", line)
        self.assertRegex(err, r"(?m)^precompile go2cpp_prelude\.h  [0-9.]+s$")
        [key] = published()
        self.assertNotIn(".tmp", key)
        self.assertTrue(os.path.isfile(os.path.join(cache, "pch", key, "go2cpp_prelude.h.gch")))

        line, err = build()
        self.assertIn(" -include " + os.path.join(cache, "pch", key, "go2cpp_prelude.h") + " ", line)
        self.assertNotIn("precompile", err)

        line, err = build("-O1")
        self.assertNotIn("-include", line)
        self.assertIn("precompile", err)
        self.assertEqual(len(published()), 2)

        line, err = build(extra_env={"GO2CPP_PCH": "off"})
        self.assertNotIn("-include", line)
        self.assertNotIn("precompile", err)

        # An installed layout whose headers differ from the build tree's: another key.
        prefix = os.path.join(self.dir, "prefix")
        shutil.copytree(os.path.join(SUPPORT_DIR, "include", "go"), os.path.join(prefix, "include", "go"))
        os.makedirs(os.path.join(prefix, "lib"))
        shutil.copy(runtime_library(), os.path.join(prefix, "lib", "libgo2cpp_rt.a"))
        with open(os.path.join(prefix, "include", "go", "runtime.h"), "a") as f:
            f.write("\n// changed\n")
        line, err = build(extra_env={"GO2CPP_ROOT": prefix})
        self.assertNotIn("-include", line)
        self.assertIn("precompile", err)
        self.assertEqual(len(published()), 3)
        line, err = build(extra_env={"GO2CPP_ROOT": prefix})
        self.assertIn("-include", line)

        # A compiler that cannot precompile: the build goes on, and later builds do not retry.
        fake = self.write("bin/g++", "#!/bin/sh\ncase \"$*\" in *go2cpp_prelude.h.gch*) exit 1;; esac\n"
                                     "exec c++ \"$@\"\n")
        os.chmod(fake, 0o755)
        line, err = build(extra_env={"CXX": fake})
        self.assertIn("(failed: builds go without it)", err)
        line, err = build(extra_env={"CXX": fake})
        self.assertNotIn("-include", line)
        self.assertNotIn("precompile", err)
        self.assertFalse([d for d in published() if ".tmp" in d])

    def test_debug_build_work(self):
        flags = self.debug_program()
        r = self.go2cpp("build", *flags, "-work", "src/prog")
        self.assertEqual(r.returncode, 0, r.stderr)
        m = re.match(r"^WORK=(.*)$", r.stderr.splitlines()[0])
        self.assertIsNotNone(m, r.stderr)
        self.assertTrue(os.path.isfile(os.path.join(m.group(1), "main.cpp")))

    def test_debug_compile_failure_is_an_internal_error(self):
        self.write("src/prog/main.go", "package main\n")
        self.write("cpp/main.cpp", "int main() {\n" + "".join(f"  undeclared_{i}();\n" for i in range(100)) + "}\n")
        r = self.go2cpp("build", "-debug-cpp=" + os.path.join(self.dir, "cpp"), "-o", "out", "src/prog")
        self.assertEqual(r.returncode, 1)
        lines = r.stderr.splitlines()
        self.assertEqual(lines[0], "go2cpp: internal error: the generated C++ failed to compile "
                                   "(this is a go2cpp bug; please report it)")
        self.assertIn("undeclared_0", r.stderr)
        self.assertLessEqual(len(lines), 45)
        self.assertRegex(lines[-1], r"more lines")
        self.assertFalse(os.path.exists(os.path.join(self.dir, "out")))
        self.assert_no_build_dirs_left()

    def test_debug_run_passes_args_stdin_and_status(self):
        flags = self.debug_program()
        r = self.go2cpp("run", *flags, "src/prog/main.go", "one", "two words", "-v", stdin="from stdin\n")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout, "arg[1]=one\narg[2]=two words\narg[3]=-v\nfrom stdin\n")
        self.assertEqual(r.stderr, "")
        r = self.go2cpp("run", *flags, "src/prog", "--", "exit=3", stdin="")
        self.assertEqual(r.returncode, 3, r.stderr)
        self.assertEqual(r.stdout, "arg[1]=exit=3\n")
        r = self.go2cpp("run", *flags, "src/prog", "--", "--", "exit=42", stdin="")
        self.assertEqual(r.returncode, 42, r.stderr)
        self.assertEqual(r.stdout, "arg[1]=--\narg[2]=exit=42\n")
        self.assert_no_build_dirs_left()

    def test_debug_run_signal(self):
        flags = self.debug_program()
        r = self.go2cpp("run", *flags, "src/prog", "kill", stdin="")
        self.assertEqual(r.returncode, 1)
        self.assertEqual(r.stderr, "go2cpp: signal: killed\n")
        self.assert_no_build_dirs_left()

    def test_debug_run_forwards_sigterm(self):
        flags = self.debug_program()
        env = dict(os.environ, TMPDIR=self.tmp)
        p = subprocess.Popen([GO2CPP, "run", *flags, "src/prog", "sleep"], cwd=self.dir, env=env,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)
        self.assertEqual(p.stdout.readline(), "sleeping\n")
        p.send_signal(signal.SIGTERM)
        _, err = p.communicate(timeout=30)
        self.assertEqual((p.returncode, err), (1, "go2cpp: signal: terminated\n"))
        self.assert_no_build_dirs_left()

    def test_interrupt_removes_build_directory(self):
        flags = self.debug_program()
        started = os.path.join(self.dir, "compiler-started")
        slow = self.write("slowcxx", f"#!/bin/sh\ntouch '{started}'\nexec sleep 60\n")
        os.chmod(slow, 0o755)
        env = dict(os.environ, TMPDIR=self.tmp, CXX=slow)
        p = subprocess.Popen([GO2CPP, "build", *flags, "src/prog"], cwd=self.dir, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.time() + 30
        while not os.path.exists(started) and time.time() < deadline:
            time.sleep(0.05)
        self.assertTrue(os.path.exists(started), "the compiler never started")
        self.assertNotEqual(os.listdir(self.tmp), [])
        p.send_signal(signal.SIGINT)
        p.communicate(timeout=30)
        self.assertEqual(p.returncode, -signal.SIGINT)
        self.assert_no_build_dirs_left()
        self.assertEqual(sorted(os.listdir(self.dir)), ["compiler-started", "cpp", "slowcxx", "src", "tmp"])

    # --- end to end: Go source through the whole pipeline --------------------------------------------

    def test_e2e_translate_hello(self):
        self.write("hello/main.go", HELLO_GO)
        out = os.path.join(self.dir, "out")
        r = self.go2cpp("translate", "-o", out, "hello")
        self.assertEqual(r.returncode, 0, r.stderr)
        files = os.listdir(out)
        self.assertTrue(any(f.endswith(".cpp") for f in files), files)
        self.assertFalse([f for f in files if f.startswith(".")], "temporary files left")
        r = self.go2cpp("translate", "-no-line-directives", "-o", "out2", "hello/main.go")
        self.assertEqual(r.returncode, 0, r.stderr)
        for name in os.listdir(os.path.join(self.dir, "out2")):
            with open(os.path.join(self.dir, "out2", name)) as f:
                self.assertNotIn("#line", f.read())

    def test_e2e_build_hello(self):
        self.write("src/hello/main.go", HELLO_GO)
        r = self.go2cpp("build", "src/hello")
        self.assertEqual((r.returncode, r.stderr), (0, ""))
        out = subprocess.run([os.path.join(self.dir, "hello")], capture_output=True, text=True)
        self.assertEqual((out.returncode, out.stdout, out.stderr), (0, "hello, world\n", ""))
        r = self.go2cpp("build", "-o", "hi", "src/hello/main.go")
        self.assertEqual((r.returncode, r.stderr), (0, ""))
        out = subprocess.run([os.path.join(self.dir, "hi")], capture_output=True, text=True)
        self.assertEqual((out.returncode, out.stdout, out.stderr), (0, "hello, world\n", ""))
        self.assert_no_build_dirs_left()

    def test_e2e_build_library(self):
        # A package other than main: go build's rules (compiled, nothing written) unless -o names
        # the static library to write; go2cpp run refuses it.
        self.write("go.mod", "module example.com/m\n\ngo 1.19\n")
        self.write("geom/geom.go", "package geom\n\nfunc Double(x int) int { return 2 * x }\n")
        r = self.go2cpp("build", "./geom")
        self.assertEqual((r.returncode, r.stdout, r.stderr), (0, "", ""))
        self.assertEqual(sorted(os.listdir(self.dir)), ["geom", "go.mod", "tmp"])
        r = self.go2cpp("build", "-o", "libgeom.a", "./geom")
        self.assertEqual((r.returncode, r.stderr), (0, ""))
        members = subprocess.run(["ar", "t", os.path.join(self.dir, "libgeom.a")], capture_output=True,
                                 text=True)
        self.assertEqual(members.stdout.split(), ["geom.o"])
        r = self.go2cpp("build", "-o", "libgeom.a", "./geom")  # an archive may be overwritten
        self.assertEqual((r.returncode, r.stderr), (0, ""))
        r = self.go2cpp("run", "./geom")
        self.assertEqual((r.returncode, r.stdout, r.stderr), (1, "", "go2cpp: package geom is not a main package\n"))
        self.assert_no_build_dirs_left()

    def test_e2e_run_hello(self):
        self.write("hello.go", HELLO_GO)
        r = self.go2cpp("run", "hello.go")
        self.assertEqual((r.returncode, r.stdout, r.stderr), (0, "hello, world\n", ""))
        self.assert_no_build_dirs_left()
        self.assertEqual(sorted(os.listdir(self.dir)), ["hello.go", "tmp"])

    def test_e2e_run_exit_status(self):
        self.write("panics.go", 'package main\n\nfunc main() {\n\tpanic("boom")\n}\n')
        r = self.go2cpp("run", "panics.go")
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertTrue(r.stderr.startswith("panic: boom\n"), r.stderr)
        self.write("exits.go", 'package main\n\nimport "os"\n\nfunc main() {\n\tos.Exit(7)\n}\n')
        r = self.go2cpp("run", "exits.go")
        self.assertEqual((r.returncode, r.stdout, r.stderr), (7, "", ""))
        self.assert_no_build_dirs_left()


def main():
    global GO2CPP
    if len(sys.argv) < 2:
        sys.exit("usage: test_cli.py PATH/TO/go2cpp [unittest options]")
    GO2CPP = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)


if __name__ == "__main__":
    main()
