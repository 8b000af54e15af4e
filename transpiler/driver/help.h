// go2cpp's help texts: the overview (`go2cpp help`) and one page per command.
#pragma once

#include <string_view>

namespace go2cpp::driver {

// The overview: what go2cpp is, the commands, the environment variables.
std::string_view usage_text();

// The page for `command` ("translate", "build", "run", "version", "help"), or "" if there is none.
std::string_view command_help(std::string_view command);

}  // namespace go2cpp::driver
