// The runtime-owned stdout buffer and the stderr writer (see include/go/output.h). Writes go
// straight to file descriptors 1 and 2 with write(2), retrying partial writes; the buffer is
// flushed at normal exit by a static destructor as a last resort (run_main flushes explicitly).
#include "go/output.h"

#include "output_capture.h"
#include "race.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace go {
namespace {

void write_all(int fd, const void* p, std::size_t n) {
  const auto* b = static_cast<const char*>(p);
  while (n > 0) {
    const ssize_t w = ::write(fd, b, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return;  // as Go: a failed write to a closed stdout is not a crash
    }
    b += w;
    n -= static_cast<std::size_t>(w);
  }
}

struct stdout_buffer {
  static constexpr std::size_t size = 64 * 1024;
  char data[size];
  std::size_t len = 0;

  void flush() {
    write_all(1, data, len);
    len = 0;
  }
  ~stdout_buffer() { flush(); }
};

stdout_buffer& out() {
  static stdout_buffer b;
  return b;
}

bool through_stdio = false;
std::string* capture = nullptr;

}  // namespace

void detail::stdout_through_stdio() {
  out().flush();
  through_stdio = true;
}

void detail::stdout_capture(std::string* into) {
  if (into != nullptr) stdout_flush();
  capture = into;
}

void stdout_write(const void* p, std::size_t n) {
  const detail::race_ignored ignored;
  if (capture != nullptr) {
    capture->append(static_cast<const char*>(p), n);
    return;
  }
  if (through_stdio) {
    std::fwrite(p, 1, n, stdout);
    return;
  }
  stdout_buffer& b = out();
  if (b.len + n > stdout_buffer::size) {
    b.flush();
    if (n >= stdout_buffer::size) {
      write_all(1, p, n);
      return;
    }
  }
  std::memcpy(b.data + b.len, p, n);
  b.len += n;
}

void stdout_flush() {
  const detail::race_ignored ignored;
  if (through_stdio) {
    std::fflush(stdout);
    return;
  }
  out().flush();
}

void stderr_write(const void* p, std::size_t n) {
  const detail::race_ignored ignored;
  stdout_flush();
  write_all(2, p, n);
}

}  // namespace go
