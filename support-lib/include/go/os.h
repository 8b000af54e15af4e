// Package os, the parts coupled to the runtime: Exit. (Files, Args and the rest come with the
// os package's own issue.)
#pragma once

#include "go/builtin.h"
#include "go/output.h"

namespace go::os {

// os.Exit: flushes the runtime's stdout buffer and ends the process with `code`, without running
// deferred calls.
[[noreturn]] void Exit(int_ code);

}  // namespace go::os
