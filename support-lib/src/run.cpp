// The uncaught-panic report (runtime/panic.go printpanics + the goroutine
// header of the traceback). go::run_main itself is in sched.cpp: main is goroutine 1.
#include "go/run.h"

#include <cstdlib>
#include <string>
#include <string_view>

#include "go/gc.h"
#include "go/goroutine.h"
#include "go/output.h"
#include "panic_record.h"

namespace go {

namespace {
void print_panics(std::string& out, const panic_record* p) {
  if (p->link != nullptr) {
    print_panics(out, p->link);
    out += '\t';
  }
  out += "panic: ";
  out += panic_value_text(p->value).view();
  if (p->recovered) out += " [recovered]";
  out += '\n';
}
}  // namespace

go::string panic_report(const panic_error& e) {
  return detail::panic_report_for(e, detail::goroutine_id(detail::current_goroutine()) == 0
                                         ? 1
                                         : detail::goroutine_id(detail::current_goroutine()));
}

go::string detail::panic_report_for(const panic_error& e, int64_t goroutine) {
  panic_error copy = e;
  std::string out;
  print_panics(out, detail::record_of(copy));
  // gc reaches a nil dereference through SIGSEGV and says so; a nil go::ptr panics without a
  // signal, but the report reads the same (the pc cannot match and tests ignore it).
  constexpr std::string_view nil_deref = "invalid memory address or nil pointer dereference\n";
  if (out.size() >= nil_deref.size() &&
      std::string_view(out).substr(out.size() - nil_deref.size()) == nil_deref) {
    out += "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n";
  }
  if (goroutine == 1) {
    out += "\ngoroutine 1 [running]:\nmain.main()\n\t?:0\n";
  } else {
    out += "\ngoroutine " + std::to_string(goroutine) + " [running]:\n?()\n\t?:0\n";
  }
  return go::string::from_view(out);
}

}  // namespace go
