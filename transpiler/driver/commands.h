// The go2cpp commands behind the dispatcher in cli.cpp. Each takes the arguments after its name
// and returns go2cpp's exit status.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace go2cpp::driver {

int cmd_translate(std::span<const std::string> args);  // translate_cmd.cpp
int cmd_build(std::span<const std::string> args);      // build_cmd.cpp
int cmd_run(std::span<const std::string> args);        // build_cmd.cpp
int cmd_test(std::span<const std::string> args);       // build_cmd.cpp
int cmd_targets(std::span<const std::string> args);    // targets_cmd.cpp
int cmd_toolchain(std::span<const std::string> args);  // targets_cmd.cpp

// Shared by the commands (cli.cpp). usage_error prints "go2cpp CMD: MESSAGE" and where to find the
// usage on stderr and returns 2; print_help prints CMD's help page on stdout and returns 0.
int usage_error(std::string_view command, const std::string& message);
int print_help(std::string_view command);

// A usage error for a flag written after the package arguments (go2cpp, like go, reads flags only
// before them), or "" when there is none. `-` alone is a path, not a flag.
std::string misplaced_flag(std::span<const std::string> paths);

}  // namespace go2cpp::driver
