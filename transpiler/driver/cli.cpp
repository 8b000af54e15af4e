// go2cpp's command line: dispatches to the commands (translate_cmd.cpp, build_cmd.cpp), answers
// `version` and `help`, and is the one place that catches exceptions, so an internal failure is a
// one-line "go2cpp: internal error: ..." with exit status 1, never a stack trace. Usage errors
// exit 2 with a one-line message and a pointer to the help.
#include "driver/cli.h"

#include <exception>
#include <iostream>
#include <span>
#include <string>
#include <vector>

#include "driver/commands.h"
#include "driver/flags.h"
#include "driver/help.h"
#include "driver/interrupt.h"
#include "driver/target.h"
#include "go2cpp_config.h"

namespace go2cpp::driver {

namespace {

bool is_help_flag(const std::string& arg) {
  return arg == "-h" || arg == "-help" || arg == "--help";
}

int cmd_version(std::span<const std::string> args) {
  FlagParse parsed = FlagSet().parse(args);
  if (parsed.status == FlagParse::Status::Help) return print_help("version");
  if (parsed.status == FlagParse::Status::Error) return usage_error("version", parsed.error);
  if (!parsed.rest.empty()) return usage_error("version", "version takes no arguments");
  std::cout << "go2cpp version " << GO2CPP_VERSION << ' ' << host_platform() << '\n';
  return 0;
}

int cmd_help(std::span<const std::string> args) {
  if (args.empty()) {
    std::cout << usage_text();
    return 0;
  }
  if (args.size() == 1 && is_help_flag(args[0])) return print_help("help");
  if (args.size() > 1) return usage_error("help", "help takes at most one command");
  if (command_help(args[0]).empty()) {
    std::cerr << "go2cpp help " << args[0] << ": unknown help topic\n"
              << "run 'go2cpp help' for usage\n";
    return 2;
  }
  return print_help(args[0]);
}

int dispatch(const std::vector<std::string>& args) {
  if (args.empty()) {
    std::cerr << usage_text();
    return 2;
  }
  const std::string& command = args[0];
  std::span<const std::string> rest(args.begin() + 1, args.end());
  if (command == "translate") return cmd_translate(rest);
  if (command == "build") return cmd_build(rest);
  if (command == "run") return cmd_run(rest);
  if (command == "test") return cmd_test(rest);
  if (command == "targets") return cmd_targets(rest);
  if (command == "toolchain") return cmd_toolchain(rest);
  if (command == "version" || command == "-version" || command == "--version") {
    return cmd_version(rest);
  }
  if (command == "help") return cmd_help(rest);
  if (is_help_flag(command)) {
    std::cout << usage_text();
    return 0;
  }
  if (command.starts_with("-")) {
    std::cerr << "go2cpp: flag provided but not defined: " << command << '\n';
  } else {
    std::cerr << "go2cpp: unknown command \"" << command << "\"\n";
  }
  std::cerr << "run 'go2cpp help' for usage\n";
  return 2;
}

}  // namespace

int usage_error(std::string_view command, const std::string& message) {
  std::cerr << "go2cpp " << command << ": " << message << '\n'
            << "run 'go2cpp help " << command << "' for usage\n";
  return 2;
}

int print_help(std::string_view command) {
  std::cout << command_help(command);
  return 0;
}

std::string misplaced_flag(std::span<const std::string> paths) {
  for (const std::string& p : paths) {
    if (p.size() > 1 && p[0] == '-') return "flag " + p + " must come before PATH";
  }
  return "";
}

int run_cli(int argc, char** argv) {
  try {
    install_interrupt_handlers();
    std::vector<std::string> args(argv + (argc > 0 ? 1 : 0), argv + argc);
    int status = dispatch(args);
    std::cout.flush();
    return status;
  } catch (const std::exception& e) {
    std::cerr << "go2cpp: internal error: " << e.what() << '\n';
  } catch (...) {
    std::cerr << "go2cpp: internal error: unknown exception\n";
  }
  return 1;
}

}  // namespace go2cpp::driver
