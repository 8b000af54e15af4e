// The program's standard output and error as the runtime owns them. Standard output is buffered
// inside the runtime (Go's is not, but a Go program's output order is only observable on one
// stream at a time); the buffer is flushed at exit, before a panic report, before anything is
// written to standard error, and by os.Exit, so interleaving with stderr stays as Go shows it.
// In a C++ program that calls Go (go::start) it goes through C's stdout instead.
#pragma once

#include <cstddef>

namespace go {

void stdout_write(const void* p, std::size_t n);
void stdout_flush();
// Flushes stdout, then writes to the unbuffered stderr.
void stderr_write(const void* p, std::size_t n);

namespace detail {
// From now on standard output goes through C's stdout stream (which std::cout also writes to)
// without a buffer of the runtime's own, so that Go's output and the C++ program's interleave in
// the order they were written (go::start, go/interop.h).
void stdout_through_stdio();
}  // namespace detail

}  // namespace go
