// The program's standard output and error as the runtime owns them. Standard output is buffered
// inside the runtime (Go's is not, but a Go program's output order is only observable on one
// stream at a time); the buffer is flushed at exit, before a panic report, before anything is
// written to standard error, and by os.Exit, so interleaving with stderr stays as Go shows it.
#pragma once

#include <cstddef>

namespace go {

void stdout_write(const void* p, std::size_t n);
void stdout_flush();
// Flushes stdout, then writes to the unbuffered stderr.
void stderr_write(const void* p, std::size_t n);

}  // namespace go
