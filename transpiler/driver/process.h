// Running other programs (the C++ compiler, the built Go program) without a shell: argument
// vectors go straight to posix_spawnp, so paths with spaces or quotes need no escaping.
#pragma once

#include <string>
#include <vector>

namespace go2cpp::driver {

struct ProcessResult {
  bool started = false;  // false: the program could not be started (see error)
  int exit_code = 0;     // when it exited
  int signal = 0;        // when a signal ended it (then exit_code is meaningless)
  std::string error;     // why it could not be started, e.g. "no such file or directory"
};

struct RunOptions {
  // When set, the program's stdout and stderr both go to this file and stdin is /dev/null;
  // otherwise all three are go2cpp's own.
  std::string output_file;
  // For `go2cpp run`: wait for the program whatever happens. SIGINT (which the terminal sends to
  // the program too) is left to the program; SIGTERM and SIGHUP sent to go2cpp are passed on to it.
  // Otherwise an interrupt stops the program and go2cpp cleans up and dies of the signal.
  bool program = false;
  // The working directory of the program ("": go2cpp's own).
  std::string dir;
};

ProcessResult run_process(const std::vector<std::string>& argv, const RunOptions& options);

// Go's name for a signal, as `go run` prints it: "killed", "segmentation fault", "interrupt".
std::string signal_name(int sig);

// The command as a shell line for -x, quoting only where needed; paths under `work_dir` are
// written as $WORK/..., as `go build -x` does after printing WORK=.
std::string shell_line(const std::vector<std::string>& argv, const std::string& work_dir = "");

}  // namespace go2cpp::driver
