// The target table and how a target is chosen (see target.h). GOARM=7 is Debian armhf's baseline
// (ARMv7-A, VFPv3-D16, Thumb-2), which arm-linux-gnueabihf-g++ generates by default; the target
// libraries come from Debian armhf too, so GOARM=5 and 6 cannot be offered.
#include "driver/target.h"

#include <cstdlib>

namespace go2cpp::driver {

namespace {

std::string env_or(const char* name, const std::string& fallback) {
  const char* v = std::getenv(name);
  return v != nullptr && *v != '\0' ? std::string(v) : fallback;
}

Target cross_target(std::string goarch, std::string goarm, std::string triple,
                    std::string debian_arch, std::string emulator) {
  Target t;
  t.goos = "linux";
  t.goarch = std::move(goarch);
  t.goarm = std::move(goarm);
  t.compiler_package = "g++-" + triple;
  t.triple = std::move(triple);
  t.debian_arch = std::move(debian_arch);
  t.emulator = std::move(emulator);
  t.static_link = true;
  return t;
}

std::string supported_list() {
  std::string list;
  for (const Target& t : known_targets()) list += (list.empty() ? "" : ", ") + t.name();
  return list;
}

}  // namespace

std::string host_platform() {
#if defined(__linux__)
  std::string os = "linux";
#elif defined(__APPLE__)
  std::string os = "darwin";
#elif defined(__FreeBSD__)
  std::string os = "freebsd";
#else
  std::string os = "unknown";
#endif
#if defined(__x86_64__)
  std::string arch = "amd64";
#elif defined(__aarch64__)
  std::string arch = "arm64";
#elif defined(__arm__)
  std::string arch = "arm";
#elif defined(__i386__)
  std::string arch = "386";
#elif defined(__riscv) && __riscv_xlen == 64
  std::string arch = "riscv64";
#elif defined(__powerpc64__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  std::string arch = "ppc64le";
#elif defined(__s390x__)
  std::string arch = "s390x";
#else
  std::string arch = "unknown";
#endif
  return os + "/" + arch;
}

std::vector<Target> known_targets() {
  std::string host = host_platform();
  Target h;
  h.goos = host.substr(0, host.find('/'));
  h.goarch = host.substr(host.find('/') + 1);
  h.host = true;
  std::vector<Target> targets = {h};
  for (Target t : {cross_target("arm64", "", "aarch64-linux-gnu", "arm64", "qemu-aarch64"),
                   cross_target("arm", "7", "arm-linux-gnueabihf", "armhf", "qemu-arm")}) {
    if (t.name() != host) targets.push_back(std::move(t));
  }
  return targets;
}

bool resolve_target(std::string_view flag, Target* target, std::string* error) {
  std::string host = host_platform();
  std::string name;
  std::string goarm = env_or("GOARM", "");
  std::string from;  // how the target was asked for, for messages
  if (!flag.empty()) {
    name = flag == "host" ? host : std::string(flag);
    from = "-target " + std::string(flag);
  } else {
    std::string goos = env_or("GOOS", host.substr(0, host.find('/')));
    std::string goarch = env_or("GOARCH", host.substr(host.find('/') + 1));
    name = goos + "/" + goarch;
    from = "GOOS/GOARCH pair " + name;
  }
  for (const Target& t : known_targets()) {
    if (t.name() != name) continue;
    if (t.goarch == "arm" && !goarm.empty() && goarm != t.goarm) {
      *error = "GOARM=" + goarm + " is not supported: go2cpp builds linux/arm for GOARM=7 only "
               "(ARMv7 hard-float, Debian's armhf)";
      return false;
    }
    *target = t;
    return true;
  }
  *error = "unsupported " + from + " (supported: " + supported_list() + "; see go2cpp targets)";
  return false;
}

}  // namespace go2cpp::driver
