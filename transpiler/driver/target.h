// Targets: the machines go2cpp builds for, named as Go names them (GOOS/GOARCH, and GOARM for
// 32-bit ARM). The C++ go2cpp emits is the same for every target; a target only changes which
// C++ compiler lowers it, with which flags, against which build of the runtime, and how the
// program is linked (docs/targets.md).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "driver/buildtags.h"

namespace go2cpp::driver {

struct Target {
  std::string goos;    // "linux"
  std::string goarch;  // "amd64", "arm64", "arm"
  std::string goarm;   // "7" for linux/arm, "" otherwise
  bool host = false;   // the machine go2cpp runs on: its own compiler and runtime build
  // For cross targets: the GNU triple of Debian's cross compiler (its commands are TRIPLE-g++,
  // TRIPLE-strip, ...), the Debian architecture and package names, and the qemu-user emulator
  // that runs the target's programs here.
  std::string triple;
  std::string debian_arch;
  std::string compiler_package;
  std::string emulator;
  // Board targets are linked statically, so nothing needs installing on the board.
  bool static_link = false;

  std::string name() const { return goos + "/" + goarch; }
  // What build constraints see when building for this target.
  BuildContext build_context() const { return {goos, goarch, {}}; }
  // "linux-arm64": the target's name in cache paths.
  std::string slug() const { return goos + "-" + goarch; }
};

// The host's GOOS/GOARCH, spelled as Go spells them ("linux/amd64").
std::string host_platform();

// Every target go2cpp knows: the host first, then the cross targets (linux/arm64, linux/arm;
// a cross target that is the host's own platform is the host).
std::vector<Target> known_targets();

// Picks the target: `flag` (-target's value, e.g. "linux/arm64" or "host") when not empty, else
// GOOS/GOARCH/GOARM from the environment (each defaulting to the host's), else the host.
// On failure, a one-line message naming what was asked for and what is supported.
bool resolve_target(std::string_view flag, Target* target, std::string* error);

}  // namespace go2cpp::driver
