// Internal to the runtime library: the number and value formats of Go's builtin print
// (runtime/print.go), shared by go::print/println and the panic report (printany).
#pragma once

#include <cstdint>
#include <string>

#include "go/any.h"

namespace go::detail {

void format_int(std::string& out, int64_t v);
void format_uint(std::string& out, uint64_t v);
void format_hex(std::string& out, uint64_t v);  // 0x...
void format_float(std::string& out, double v);  // +1.500000e+000
void format_complex(std::string& out, double re, double im);
void format_bool(std::string& out, bool v);
// runtime.printany: the value of a panic after Error()/String() were applied.
void format_printany(std::string& out, const any& v);

}  // namespace go::detail
