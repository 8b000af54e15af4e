// go::run_main and the uncaught-panic report (runtime/panic.go printpanics + the goroutine
// header of the traceback).
#include "go/run.h"

#include "go/os.h"

#include <cstdlib>
#include <string>
#include <string_view>

#include "go/gc.h"
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
  out += "\ngoroutine 1 [running]:\nmain.main()\n\t?:0\n";
  return go::string::from_view(out);
}

namespace detail {
void install_fault_handlers();  // src/signals.cpp
}

int run_main(int argc, char** argv, void (*init)(), void (*main)()) {
  gc_init();
  os::detail::set_args(argc, argv);
  detail::install_fault_handlers();
  try {
    if (init != nullptr) init();
    main();
  } catch (panic_error& e) {
    stdout_flush();
    const go::string report = panic_report(e);
    stderr_write(report.data(), static_cast<std::size_t>(report.len()));
    std::_Exit(2);
  }
  stdout_flush();
  return 0;
}

}  // namespace go
