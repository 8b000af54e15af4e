// Process execution (see process.h): posix_spawnp with file actions for redirection, then a
// waitpid() loop that wakes on EINTR (interrupt.cpp installs its handlers without SA_RESTART) to
// react to Ctrl-C: a compiler is stopped and go2cpp cleans up; a program being run keeps running.
#include "driver/process.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <iostream>

#include "driver/fsutil.h"
#include "driver/interrupt.h"

extern char** environ;

namespace go2cpp::driver {

namespace {

// Waits for `pid`, handling signals that arrive meanwhile as RunOptions::program says.
int wait_for(pid_t pid, bool program) {
  int forwarded = 0;
  for (;;) {
    int status = 0;
    if (::waitpid(pid, &status, 0) == pid) return status;
    if (errno != EINTR) return 0;
    int sig = pending_interrupt();
    if (sig == 0) continue;
    if (program) {
      if (sig != SIGINT && sig != forwarded) {
        ::kill(pid, sig);
        forwarded = sig;
      }
      continue;
    }
    ::kill(pid, SIGTERM);
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    die_of_interrupt(sig);
  }
}

}  // namespace

ProcessResult run_process(const std::vector<std::string>& argv, const RunOptions& options) {
  ProcessResult result;
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  if (!options.output_file.empty()) {
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, options.output_file.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
  }
  if (!options.dir.empty()) posix_spawn_file_actions_addchdir_np(&actions, options.dir.c_str());
  // The child starts with no signals blocked, whatever go2cpp's mask is.
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t empty;
  sigemptyset(&empty);
  posix_spawnattr_setsigmask(&attr, &empty);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK);

  std::cout.flush();
  std::cerr.flush();
  pid_t pid = 0;
  int err = posix_spawnp(&pid, args[0], &actions, &attr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  if (err != 0) {
    result.error = os_error_text(err);
    return result;
  }
  result.started = true;
  int status = wait_for(pid, options.program);
  if (WIFSIGNALED(status)) {
    result.signal = WTERMSIG(status);
  } else if (WIFEXITED(status)) {
    result.exit_code = WEXITSTATUS(status);
  } else {
    result.exit_code = 1;
  }
  return result;
}

std::string signal_name(int sig) {
  switch (sig) {
    case SIGHUP:
      return "hangup";
    case SIGINT:
      return "interrupt";
    case SIGQUIT:
      return "quit";
    case SIGILL:
      return "illegal instruction";
    case SIGTRAP:
      return "trace/breakpoint trap";
    case SIGABRT:
      return "aborted";
    case SIGBUS:
      return "bus error";
    case SIGFPE:
      return "floating point exception";
    case SIGKILL:
      return "killed";
    case SIGUSR1:
      return "user defined signal 1";
    case SIGSEGV:
      return "segmentation fault";
    case SIGUSR2:
      return "user defined signal 2";
    case SIGPIPE:
      return "broken pipe";
    case SIGALRM:
      return "alarm clock";
    case SIGTERM:
      return "terminated";
    case SIGXCPU:
      return "CPU time limit exceeded";
    case SIGXFSZ:
      return "file size limit exceeded";
    default:
      return "signal " + std::to_string(sig);
  }
}

namespace {

std::string shell_quote(const std::string& a) {
  bool plain = !a.empty() && a.find_first_not_of(
                                 "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                 "0123456789_@%+=:,./-") == std::string::npos;
  if (plain) return a;
  std::string quoted = "'";
  for (char c : a) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

}  // namespace

std::string shell_line(const std::vector<std::string>& argv, const std::string& work_dir) {
  std::string line;
  for (const std::string& a : argv) {
    if (!line.empty()) line += ' ';
    size_t at = work_dir.empty() ? std::string::npos : a.find(work_dir);
    if (at == std::string::npos) {
      line += shell_quote(a);
      continue;
    }
    // e.g. -I/tmp/go2cpp-build123 → -I$WORK: quote the pieces around the work directory.
    std::string before = a.substr(0, at);
    std::string after = a.substr(at + work_dir.size());
    line += (before.empty() ? "" : shell_quote(before)) + "$WORK" +
            (after.empty() ? "" : shell_quote(after));
  }
  return line;
}

}  // namespace go2cpp::driver
