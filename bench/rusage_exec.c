/* rusage_exec: runs a command and reports its peak RSS and wall time, for bench/run.py.
 *
 * usage: rusage_exec REPORT_FD TIMEOUT_SECONDS COMMAND [ARG...]
 *
 * The command inherits stdin, stdout and stderr. When it ends, one line goes to file descriptor
 * REPORT_FD (which the caller opens; the command does not inherit it):
 * "STATUS MAXRSS_KIB WALL_SECONDS CPU_SECONDS", STATUS being the exit code, or 128+N after
 * signal N, or "timeout" when it was killed after TIMEOUT_SECONDS; CPU is user plus system time
 * summed over all the command's threads.
 *
 * Why a C helper: ru_maxrss survives execve, so a child forked from the Python harness starts
 * with the harness's own resident set (~15 MiB) as its high-water mark, and small programs all
 * appear to use that much. A child forked from this tiny process starts from almost nothing.
 * Written in the common subset of C and C++, so any C or C++ compiler builds it.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static pid_t child;
static volatile sig_atomic_t timed_out;

static void on_alarm(int sig) {
  (void)sig;
  timed_out = 1;
  kill(child, SIGKILL);
}

int main(int argc, char **argv) {
  if (argc < 4) {
    fprintf(stderr, "usage: rusage_exec REPORT_FD TIMEOUT_SECONDS COMMAND [ARG...]\n");
    return 2;
  }
  int report_fd = atoi(argv[1]);
  unsigned timeout = (unsigned)atoi(argv[2]);
  struct timespec start, end;
  clock_gettime(CLOCK_MONOTONIC, &start);
  child = fork();
  if (child < 0) {
    perror("rusage_exec: fork");
    return 2;
  }
  if (child == 0) {
    close(report_fd);
    execv(argv[3], argv + 3);
    perror("rusage_exec: exec");
    _exit(127);
  }
  signal(SIGALRM, on_alarm);
  alarm(timeout);
  int status = 0;
  struct rusage ru;
  while (wait4(child, &status, 0, &ru) < 0) {
  }
  clock_gettime(CLOCK_MONOTONIC, &end);
  alarm(0);
  double wall = (double)(end.tv_sec - start.tv_sec) + (double)(end.tv_nsec - start.tv_nsec) / 1e9;
  FILE *report = fdopen(report_fd, "w");
  if (report == NULL) {
    perror("rusage_exec: REPORT_FD");
    return 2;
  }
  double cpu = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
               (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
  if (timed_out) {
    fprintf(report, "timeout %ld %.6f %.6f\n", ru.ru_maxrss, wall, cpu);
  } else {
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    fprintf(report, "%d %ld %.6f %.6f\n", code, ru.ru_maxrss, wall, cpu);
  }
  fclose(report);
  return 0;
}
