// The go2cpp command line: translate, build, run, version, help.
#pragma once

namespace go2cpp::driver {

// Runs go2cpp with the process's arguments; returns the exit status (0 ok, 1 errors in the Go
// input, 2 usage errors, or the status of the program for `go2cpp run`).
int run_cli(int argc, char** argv);

}  // namespace go2cpp::driver
