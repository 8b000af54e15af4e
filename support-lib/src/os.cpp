// os.Exit: flush the runtime's stdout, then leave without unwinding (no deferred calls run, as
// in Go).
#include "go/os.h"

#include <unistd.h>

namespace go::os {

void Exit(int_ code) {
  stdout_flush();
  ::_exit(static_cast<int>(code));
}

}  // namespace go::os
