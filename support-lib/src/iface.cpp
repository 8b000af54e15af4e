// Method tables of interfaces, and the panics of failed assertions, in gc's words.
#include "go/iface.h"

#include "go/error.h"

#include <string>

namespace go {

namespace detail {

bool fill_methods(const type_desc* t, const std::string_view* names, const std::string_view* sigs,
                  std::size_t n, method_fn* out, std::string_view* missing) {
  for (std::size_t i = 0; i < n; ++i) {
    const method_entry* m = find_method_entry(t, names[i]);
    const bool sig_differs =
        m != nullptr && sigs != nullptr && !sigs[i].empty() && !m->sig.empty() && m->sig != sigs[i];
    out[i] = m != nullptr && !sig_differs ? m->fn : nullptr;
    if (out[i] == nullptr) {
      if (missing != nullptr) *missing = names[i];
      return false;
    }
  }
  return true;
}

}  // namespace detail

const type_desc error_type = interface_desc<error>("error", "", true);
const type_desc runtime::Error_type = interface_desc<runtime::Error>("runtime.Error", "runtime", true);

void panic_iface_assert(const type_desc* have, const type_desc* want, std::string_view missing) {
  std::string msg = "interface conversion: ";
  if (have == nullptr) {
    msg += "interface is nil, not ";
    msg += want->name;
  } else {
    msg += have->name;
    msg += " is not ";
    msg += want->name;
    msg += ": missing method ";
    msg += missing;
  }
  panic_plain_error(msg.c_str());
}

}  // namespace go
