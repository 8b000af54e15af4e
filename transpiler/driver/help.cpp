// The help texts (see help.h), written the way `go help` writes its pages: a usage line, then what
// the command does, then its flags. Kept as raw string literals so they read as they print.
#include "driver/help.h"

namespace go2cpp::driver {

namespace {

constexpr std::string_view kUsage =
    R"(go2cpp translates Go programs into C++20 and builds them with the host C++ compiler.

Usage:

	go2cpp <command> [arguments]

The commands are:

	translate   translate a Go package into C++ source files
	build       compile a Go package into an executable
	run         compile and run a Go program
	version     print go2cpp's version
	help        print help for a command

Use "go2cpp help <command>" for more information about a command.

Environment:

	CXX          the C++ compiler for build and run; it may hold extra words
	             ("ccache g++"). Default: the first of c++, g++, clang++ on PATH.
	GO2CPP_ROOT  the prefix of an installed go2cpp: include/go/ holds the
	             support headers, lib/libgo2cpp_rt.a the runtime library, and
	             share/go2cpp/go/ the Go declarations of the runtime packages
	             (fmt, os, ...). Default: the build tree go2cpp was built in,
	             else the prefix of the go2cpp executable (bin/..).
	TMPDIR       where build directories are made (default /tmp).

Exit status: 0 on success, 1 when the Go input has errors or the build fails,
2 for a usage error; go2cpp run exits with the program's own status.
)";

constexpr std::string_view kTranslate =
    R"(usage: go2cpp translate [-o DIR] [-no-line-directives] [-dump=ast|types] PATH...

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
)";

constexpr std::string_view kBuild =
    R"(usage: go2cpp build [-o BINARY] [-v] [-x] [-work] [-O LEVEL] [-g]
                    [-sanitize=LIST] [-race] PATH...

Build translates the Go package named by PATH... to C++, then compiles and
links it with the host C++ compiler ($CXX, else c++, g++ or clang++) against
go2cpp's runtime library.

PATH is a package directory or a list of .go files in one directory, as for
go2cpp translate. Intermediate files go to a fresh build directory under
$TMPDIR, removed afterwards. The executable is named like go build names it:
after the directory, or after the first .go file without .go, and written to
the current directory. It is linked under a temporary name and renamed into
place only when the build succeeds.

The flags are:

	-o BINARY
		write the executable to BINARY. If BINARY is an existing directory
		or ends in a slash, write it into that directory.
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
)";

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
  if (command == "version") return kVersion;
  if (command == "help") return kHelp;
  return {};
}

}  // namespace go2cpp::driver
