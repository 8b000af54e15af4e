// The help texts (see help.h), written the way `go help` writes its pages: a usage line, then what
// the command does, then its flags. Kept as raw string literals so they read as they print.
#include "driver/help.h"

namespace go2cpp::driver {

namespace {

constexpr std::string_view kUsage =
    R"(go2cpp translates Go programs into C++20 and builds them with a C++ compiler, for
the host or, cross-compiling, for linux/arm64 and linux/arm boards.

Usage:

	go2cpp <command> [arguments]

The commands are:

	translate   translate a Go package into C++ source files
	build       compile a Go package into an executable
	run         compile and run a Go program
	test        run a package's tests (its _test.go files)
	targets     list the targets and whether each is ready
	toolchain   install a cross target's toolchain (toolchain install TARGET)
	version     print go2cpp's version
	help        print help for a command

Use "go2cpp help <command>" for more information about a command.

Environment:

	CXX          the C++ compiler for build and run; it may hold extra words
	             ("ccache g++"). Default: the first of c++, g++, clang++ on PATH.
	GO2CPP_ROOT  the prefix of an installed go2cpp: include/go/ holds the
	             support headers, lib/libgo2cpp_rt.a the runtime library, and
	             share/go2cpp/go/ the Go declarations of the runtime packages
	             (fmt, os, ...). Default: the prefix of the go2cpp executable
	             (bin/..) when it holds them, else the build tree go2cpp was
	             built in.
	GOOS, GOARCH, GOARM
	             the target to build for, as for go build (default: the
	             host); -target GOOS/GOARCH overrides them. See go2cpp targets.
	GO2CPP_CACHE where cross toolchains' libraries, the runtime built for
	             each target and compiled standard packages are kept (default
	             $XDG_CACHE_HOME/go2cpp, else $HOME/.cache/go2cpp).
	TMPDIR       where build directories are made (default /tmp).

Exit status: 0 on success, 1 when the Go input has errors or the build fails,
2 for a usage error; go2cpp run exits with the program's own status.
)";

constexpr std::string_view kTranslate =
    R"(usage: go2cpp translate [-o DIR] [-no-line-directives] [-dump=ast|types] [-m]
                        [-list] PATH...

Translate reads the Go package named by PATH... and writes its C++ translation.

PATH is a package directory (its .go files, without _test.go files) or a list
of .go files that are all in one directory.

Errors in the Go input are printed as file:line:col: message, and nothing is
written. Files are written atomically: each one appears complete or not at all.

The flags are:

	-o DIR
		write the C++ files into DIR (created if missing) instead of the
		current directory.
	-no-line-directives
		leave out the #line directives that map the C++ back to the .go
		source (used for golden files).
	-dump=ast|types
		stop after parsing (ast) or type checking (types), print that
		phase's output to stdout, and write no files.
	-m, -m=2
		print the inlining and escape analysis decisions on stderr in gc's
		words, as go build -gcflags=-m does ("can inline F", "moved to heap:
		x", "leaking param: p", "&T{...} does not escape"); see
		docs/escape.md.
	-list
		write nothing; print "output NAME" for each file the translation
		would write and "input PATH" for go.mod and each Go file it reads,
		one a line (what build systems need; see docs/interop.md).
)";

constexpr std::string_view kBuild =
    R"(usage: go2cpp build [-o BINARY] [-target GOOS/GOARCH] [-v] [-x] [-work]
                    [-O LEVEL] [-g] [-sanitize=LIST] [-race] [-m] PATH...

Build translates the Go package named by PATH... to C++, then compiles and
links it against go2cpp's runtime library: for the host with the host C++
compiler ($CXX, else c++, g++ or clang++), for a cross target with Debian's
cross compiler for it, statically linked (see go2cpp help targets).

PATH is a package directory or a list of .go files in one directory, as for
go2cpp translate. Intermediate files go to a fresh build directory under
$TMPDIR, removed afterwards. The executable is named like go build names it:
after the directory, or after the first .go file without .go, and written to
the current directory. It is linked under a temporary name and renamed into
place only when the build succeeds.

The standard packages go2cpp translates from Go's sources (strings, strconv,
bytes, ...) are compiled once, when go2cpp is built, into its prebuilt std
library (lib/go2cpp/std-objects under its prefix); a build copies their
objects from there, or from GO2CPP_CACHE when it needs other ones (another
compiler, -O level, sanitizer or target). go2cpp build std compiles all of
them into the cache; go2cpp build -o DIR std makes DIR a prebuilt std library
holding exactly them.

The flags are:

	-o BINARY
		write the executable to BINARY. If BINARY is an existing directory
		or ends in a slash, write it into that directory.
	-target GOOS/GOARCH
		build for this target (linux/arm64, linux/arm or host) instead of
		the one GOOS, GOARCH and GOARM name (default: the host).
	-v
		print the package and each phase as it runs, with timings.
	-x
		print the commands as they run.
	-work
		print the build directory's name and keep it when exiting.
	-O LEVEL
		the C++ optimization level, 0 to 3 (default 2); -O0 ... -O3 also work.
	-g
		include debug information (the #line directives let gdb step
		through the Go source).
	-sanitize=LIST
		build the program with the C++ compiler's sanitizers, a comma-separated
		list of address, undefined, leak and thread: a memory error or
		undefined behaviour stops the program with the sanitizer's report.
	-race
		build with the thread sanitizer (the same as -sanitize=thread), which
		reports data races as go build -race does.
	-m, -m=2
		print the inlining and escape analysis decisions on stderr in gc's
		words, as go build -gcflags=-m does (see go2cpp help translate).
)";

constexpr std::string_view kTest = R"T(usage: go2cpp test [build flags] [-run REGEXP] [-short] [DIR]

Test builds the package in DIR (default ".") with its _test.go files into a
test binary, runs it in DIR, and prints go test's summary line: "ok PATH
TIME" when every test passed, "FAIL PATH TIME" otherwise, "? PATH [no test
files]" when there is nothing to run. The exit status is 0 only when all
tests passed.

The binary runs the package's TestXxx(t *testing.T) functions and its
ExampleXxx() functions that end with an "Output:" comment, internal tests
(package X) first, then external ones (package X_test), or calls
TestMain(m *testing.M) when there is one. Benchmarks are compiled, not run.
It prints what go test's binaries print: "--- FAIL: TestXxx (0.00s)" with
the test's log, then PASS or FAIL. See docs/testing-go.md.

The build flags are those of go2cpp build, except -o and -target; -v also
makes the tests verbose ("=== RUN", "--- PASS" and every log line), as go
test -v does. Two more flags:

	-run REGEXP
		run only the tests and examples whose names match REGEXP; "A/B"
		matches subtests B of tests A, as go test -run does.
	-short
		tell tests testing.Short() is true.
)T";

constexpr std::string_view kRun = R"(usage: go2cpp run [build flags] PATH... [-- ARGS...]

Run builds the Go program named by PATH... into a temporary place and runs it
with ARGS, then removes it. The program's stdin, stdout and stderr are
go2cpp's own, and go2cpp exits with the program's exit status. If a signal
ends the program, go2cpp prints "signal: NAME" and exits with status 1, as
go run does.

As with go run, the arguments after a list of .go files (or after a package
directory) go to the program, so "go2cpp run main.go a b" passes a and b;
"--" separates them explicitly: go2cpp run ./cmd -- -v file.

The build flags are those of go2cpp build, except -o; see "go2cpp help build".
One more flag:

	-exec CMD
		run the program as CMD BINARY ARGS..., as go run -exec does; for
		example -exec qemu-aarch64 runs a linux/arm64 build on another machine.
)";

constexpr std::string_view kTargets = R"(usage: go2cpp targets

Targets lists the targets go2cpp builds for, one a line, and whether each is
ready: the host, linux/arm64 (64-bit ARM boards such as the Raspberry Pi 3, 4
and 5 with a 64-bit OS) and linux/arm with GOARM=7 (ARMv7 hard-float: Raspberry
Pi 2 and 3 with a 32-bit OS, BeagleBone). A target that is not ready says what
to run. Binaries for a board are statically linked, so nothing needs
installing on the board. docs/targets.md has the details.
)";

constexpr std::string_view kToolchain = R"(usage: go2cpp toolchain install [-v] [-x] TARGET...

Toolchain install makes each cross TARGET (linux/arm64, linux/arm) ready to
build for. Debian's cross compiler for it must be installed (for example
apt-get install g++-aarch64-linux-gnu). Install takes the target's Boost.Fiber,
Boost.Context, libgc and {fmt} from Debian's archive for the target's
architecture with mmdebstrap, from the mirror and release the host's APT
sources use (GO2CPP_DEBIAN_MIRROR and GO2CPP_DEBIAN_SUITE override them), keeps
their headers and static libraries in $GO2CPP_CACHE/toolchains/, and builds
go2cpp's runtime for the target. Installing a target that is ready only checks
it.

	-v
		say how long the runtime build took.
	-x
		print the commands as they run.
)";

constexpr std::string_view kVersion = R"(usage: go2cpp version

Version prints go2cpp's version and the host's GOOS/GOARCH, for example
"go2cpp version 0.1.0 linux/amd64".
)";

constexpr std::string_view kHelp = R"(usage: go2cpp help [COMMAND]

Help prints the overview of go2cpp, or the documentation of COMMAND. Every
command also takes -h, -help and --help.
)";

}  // namespace

std::string_view usage_text() {
  return kUsage;
}

std::string_view command_help(std::string_view command) {
  if (command == "translate") return kTranslate;
  if (command == "build") return kBuild;
  if (command == "run") return kRun;
  if (command == "test") return kTest;
  if (command == "version") return kVersion;
  if (command == "targets") return kTargets;
  if (command == "toolchain") return kToolchain;
  if (command == "help") return kHelp;
  return {};
}

}  // namespace go2cpp::driver
