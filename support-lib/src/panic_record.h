// Internal to the runtime library: a panic's entry in the goroutine's chain of active panics
// (see defer.cpp).
#pragma once

#include "go/panic.h"

namespace go {

struct panic_record {
  any value;
  bool recovered = false;
  bool aborted = false;   // a newer panic replaced it while its deferred calls ran
  panic_record* link = nullptr;  // the panic that was active when this one started
};

namespace detail {
// The record of e, created (and pushed on the chain) the first time the runtime sees e.
panic_record* record_of(panic_error& e);
}  // namespace detail

}  // namespace go
