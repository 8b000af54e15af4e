// The panic of a failed type assertion, in gc's words.
#include <string>

#include "go/assert.h"
#include "go/runtime_error.h"

namespace go {

void panic_type_assert(const type_desc* iface, const type_desc* have, const type_desc* want) {
  std::string msg = "interface conversion: ";
  msg += iface->name;
  msg += " is ";
  msg += have == nullptr ? std::string("nil") : std::string(have->name);
  msg += ", not ";
  msg += std::string(want->name);
  panic_plain_error(msg.c_str());
}

}  // namespace go
