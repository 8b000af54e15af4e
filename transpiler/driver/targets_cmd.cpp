// `go2cpp targets` (the targets go2cpp can build for and whether each is ready) and
// `go2cpp toolchain install TARGET...` (make a cross target ready; toolchain.h).
#include <iostream>

#include "driver/commands.h"
#include "driver/flags.h"
#include "driver/target.h"
#include "driver/toolchain.h"

namespace go2cpp::driver {

int cmd_targets(std::span<const std::string> args) {
  FlagParse parsed = FlagSet().parse(args);
  if (parsed.status == FlagParse::Status::Help) return print_help("targets");
  if (parsed.status == FlagParse::Status::Error) return usage_error("targets", parsed.error);
  if (!parsed.rest.empty()) return usage_error("targets", "targets takes no arguments");
  for (const Target& t : known_targets()) {
    TargetStatus s = target_status(t);
    std::string name = t.name() + (t.goarm.empty() ? "" : " (GOARM=" + t.goarm + ")");
    std::cout << name << std::string(name.size() < 22 ? 22 - name.size() : 1, ' ');
    if (!s.ready) {
      std::cout << "not ready: " << s.fix << '\n';
      continue;
    }
    std::cout << "ready";
    if (t.host) std::cout << " (host, " << s.compiler << ")";
    if (!t.host) {
      std::cout << " (" << s.compiler << ", static, "
                << (s.runtime_built ? "runtime built" : "runtime built on first use") << ")";
    }
    std::cout << '\n';
  }
  return 0;
}

int cmd_toolchain(std::span<const std::string> args) {
  bool verbose = false;
  bool print_commands = false;
  FlagSet flags;
  flags.add_bool("v", &verbose);
  flags.add_bool("x", &print_commands);
  // The subcommand comes first, its flags after it: go2cpp toolchain install -x linux/arm.
  if (args.empty()) return usage_error("toolchain", "no subcommand given (install)");
  if (args[0] != "install") {
    FlagParse parsed = flags.parse(args);
    if (parsed.status == FlagParse::Status::Help) return print_help("toolchain");
    if (parsed.status == FlagParse::Status::Error) return usage_error("toolchain", parsed.error);
    return usage_error("toolchain", "unknown subcommand \"" + args[0] + "\" (want install)");
  }
  FlagParse parsed = flags.parse(args.subspan(1));
  if (parsed.status == FlagParse::Status::Help) return print_help("toolchain");
  if (parsed.status == FlagParse::Status::Error) return usage_error("toolchain", parsed.error);
  if (parsed.rest.empty()) return usage_error("toolchain", "install: no target given (e.g. linux/arm64)");
  std::vector<Target> targets;
  for (size_t i = 0; i < parsed.rest.size(); ++i) {
    Target t;
    std::string error;
    if (!resolve_target(parsed.rest[i], &t, &error)) {
      std::cerr << "go2cpp: " << error << '\n';
      return 2;
    }
    targets.push_back(t);
  }
  ToolchainReport report{verbose, print_commands};
  for (const Target& t : targets) {
    if (int status = install_toolchain(t, report); status != 0) return status;
  }
  return 0;
}

}  // namespace go2cpp::driver
