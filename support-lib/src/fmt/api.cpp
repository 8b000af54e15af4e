// The compiled entry points behind go/fmt.h: each runs one printer over the boxed operands and
// either writes its bytes to the runtime's stdout or returns them as a go::string.
#include "go/fmt.h"
#include "go/output.h"
#include "printer.h"

namespace go::fmt::detail {
namespace {

void write_out(const std::string& s) { go::stdout_write(s.data(), s.size()); }

go::string to_go(const std::string& s) { return go::string::from_bytes(s.data(), static_cast<int64_t>(s.size())); }

}  // namespace

void print(const go::any* args, int64_t n) {
  printer p;
  p.do_print(args, n);
  write_out(p.output());
}

void println(const go::any* args, int64_t n) {
  printer p;
  p.do_println(args, n);
  write_out(p.output());
}

void printf(const go::string& format, const go::any* args, int64_t n) {
  printer p;
  p.do_printf(format.view(), args, n);
  write_out(p.output());
}

go::string sprint(const go::any* args, int64_t n) {
  printer p;
  p.do_print(args, n);
  return to_go(p.output());
}

go::string sprintln(const go::any* args, int64_t n) {
  printer p;
  p.do_println(args, n);
  return to_go(p.output());
}

go::string sprintf(const go::string& format, const go::any* args, int64_t n) {
  printer p;
  p.do_printf(format.view(), args, n);
  return to_go(p.output());
}

}  // namespace go::fmt::detail
