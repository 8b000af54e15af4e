// Placeholder until the CLI lands.
#include "driver/cli.h"

namespace go2cpp::driver {
int run_cli(int, char**) { return 2; }
}  // namespace go2cpp::driver
