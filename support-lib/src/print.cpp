// go::print / go::println: format the items as runtime/print.go does and write them to stderr in
// one write (after flushing the runtime's stdout buffer).
#include "go/print.h"

#include <string>

#include "go/output.h"
#include "print_format.h"

namespace go::detail {

void print_items(const print_item* items, std::size_t n, bool newline) {
  std::string out;
  for (std::size_t k = 0; k < n; k++) {
    if (newline && k > 0) out += ' ';
    const print_item& it = items[k];
    switch (it.tag) {
      case print_item::boolean: format_bool(out, it.b); break;
      case print_item::sint: format_int(out, it.i); break;
      case print_item::uint: format_uint(out, it.u); break;
      case print_item::float_: format_float(out, it.f); break;
      case print_item::complex_: format_complex(out, it.f, it.im); break;
      case print_item::str: out.append(reinterpret_cast<const char*>(it.s), static_cast<std::size_t>(it.len)); break;
      case print_item::pointer: format_hex(out, reinterpret_cast<uintptr_t>(it.p)); break;
      case print_item::slice_:
        out += '[';
        format_int(out, it.len);
        out += '/';
        format_int(out, it.cap);
        out += ']';
        format_hex(out, reinterpret_cast<uintptr_t>(it.p));
        break;
      case print_item::iface:
        out += '(';
        format_hex(out, reinterpret_cast<uintptr_t>(it.p));
        out += ',';
        format_hex(out, reinterpret_cast<uintptr_t>(it.p2));
        out += ')';
        break;
    }
  }
  if (newline) out += '\n';
  stderr_write(out.data(), out.size());
}

}  // namespace go::detail
