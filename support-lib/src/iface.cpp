// Method tables of interfaces, and the panics of failed assertions, in gc's words.
#include "go/iface.h"

#include "go/error.h"

#include <new>
#include <string>
#include <unordered_map>
#include <vector>

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

struct itab_cache {
  std::unordered_map<const type_desc*, const itab*> tables;
};

itab_cache* new_itab_cache() {
  // Never destroyed: a table must outlive every static destructor that may still use an
  // interface, and LeakSanitizer (-sanitize=address) checks after static destructors have run.
  return new itab_cache();
}

const itab* find_itab(itab_cache* cache, const type_desc* t, const std::string_view* names,
                      const std::string_view* sigs, std::size_t n, std::string_view* missing) {
  auto it = cache->tables.find(t);
  if (it != cache->tables.end() && (it->second != nullptr || missing == nullptr)) return it->second;
  // Not seen yet, or known not to implement the interface while the caller wants the name of
  // the missing method: fill the slots from t's methods.
  std::vector<method_fn> slots(n);
  if (it != cache->tables.end()) {
    fill_methods(t, names, sigs, n, slots.data(), missing);
    return nullptr;
  }
  const itab* table = nullptr;
  if (fill_methods(t, names, sigs, n, slots.data(), missing)) {
    // One per (interface, type) pair, kept for the life of the process. Copying the head and
    // the slots into fresh storage creates the layout's (trivially copyable) table object there.
    const itab head{t};
    void* storage = ::operator new(sizeof(itab) + n * sizeof(method_fn));
    std::memcpy(storage, &head, sizeof(itab));
    if (n > 0) std::memcpy(static_cast<char*>(storage) + sizeof(itab), slots.data(), n * sizeof(method_fn));
    table = static_cast<const itab*>(storage);
  }
  // A descriptor without a name is still being initialized (an interface value built during
  // static initialization): ask again later rather than remember "no methods".
  if (table != nullptr || !t->name.empty()) cache->tables.emplace(t, table);
  return table;
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
