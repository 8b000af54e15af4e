// Internal to the runtime library: capturing standard output (src/output.cpp), for the testing
// package's examples, which compare what they print with their // Output: comment.
#pragma once

#include <string>

namespace go::detail {

// While `into` is not null, what is written to standard output is appended to *into instead;
// stdout_capture(nullptr) ends that. Output written before the capture starts is flushed first.
void stdout_capture(std::string* into);

}  // namespace go::detail
