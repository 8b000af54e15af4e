// Toolchains per target (see toolchain.h). The target's libraries come from Debian's archive for
// the target's architecture, extracted (not installed: no maintainer scripts run, so no emulator is
// needed) by mmdebstrap's extract variant into a temporary directory; go2cpp keeps only the headers
// and static libraries it links against and renames the result into the cache when complete.
// Why not multiarch (dpkg --add-architecture): docs/targets.md.
#include "driver/toolchain.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <system_error>

#include "driver/interrupt.h"
#include "driver/process.h"
#include "driver/runtime_build.h"
#include "go2cpp_config.h"

namespace go2cpp::driver {
namespace fs = std::filesystem;

namespace {

// The Debian packages a target's libraries come from (their dependencies come along), and what of
// them go2cpp keeps: headers under include/, static libraries under lib/.
constexpr const char* kTargetPackages = "libboost-fiber-dev,libboost-context-dev,libgc-dev,libfmt-dev";
constexpr const char* kKeptHeaders[] = {"boost", "gc", "gc.h", "gc_cpp.h", "fmt"};
constexpr const char* kKeptLibraries[] = {"libboost_fiber.a", "libboost_context.a", "libgc.a"};
// Linked after the runtime for a cross target ({fmt} is header-only there).
constexpr const char* kCrossLinkFlags = "-lboost_fiber -lboost_context -lgc -lpthread";

std::string getenv_str(const char* name) {
  const char* v = std::getenv(name);
  return v != nullptr ? std::string(v) : std::string();
}

bool path_exists(const fs::path& p) {
  std::error_code ec;
  return fs::exists(p, ec);
}

fs::path target_libs_dir(const Target& t) {
  return fs::path(cache_dir()) / "toolchains" / t.slug();
}

bool libs_ready(const Target& t) {
  return path_exists(target_libs_dir(t) / "READY");
}

std::string install_hint(const Target& t) {
  return "run 'apt-get install " + t.compiler_package + " mmdebstrap', then 'go2cpp toolchain install " +
         t.name() + "'";
}

// "the linux/arm64 toolchain is not installed: run ..."; "" when the toolchain is complete.
std::string missing_toolchain(const Target& t) {
  bool compiler = !look_path(t.triple + "-g++").empty();
  if (!compiler) {
    return "the " + t.name() + " toolchain is not installed (no " + t.triple + "-g++ on PATH): " +
           install_hint(t);
  }
  if (!libs_ready(t)) {
    return "the " + t.name() + " target libraries are not installed in " +
           target_libs_dir(t).string() + ": run 'go2cpp toolchain install " + t.name() + "'";
  }
  return "";
}

// The support library's headers and sources, for building the runtime for a cross target.
bool support_sources(CrossRuntime* rt, std::string* error) {
  Toolchain host;
  if (!find_runtime(&host, error)) return false;
  rt->support_include = host.include_dir;
  if (host.include_dir == GO2CPP_SUPPORT_INCLUDE_DIR) {
    rt->support_source = GO2CPP_SUPPORT_SOURCE_DIR;
  } else {
    // An installed go2cpp: PREFIX/include holds the headers, PREFIX/share/go2cpp/src the sources.
    rt->support_source = (fs::path(host.include_dir).parent_path() / "share" / "go2cpp" / "src").string();
  }
  if (!path_exists(rt->support_source)) {
    *error = "cannot build the runtime for a cross target: its sources are not in " +
             rt->support_source;
    return false;
  }
  return true;
}

bool cross_runtime_for(const Target& t, CrossRuntime* rt, std::string* error) {
  rt->cxx = {t.triple + "-g++"};
  rt->ar = t.triple + "-ar";
  rt->target_libs = target_libs_dir(t).string();
  return support_sources(rt, error);
}

// The codename of the running Debian (VERSION_CODENAME in /etc/os-release), or "".
std::string debian_codename() {
  std::ifstream in("/etc/os-release");
  std::string line;
  while (std::getline(in, line)) {
    if (line.starts_with("VERSION_CODENAME=")) {
      std::string v = line.substr(17);
      if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'')) v = v.substr(1, v.size() - 2);
      return v;
    }
  }
  return "";
}

std::vector<std::string> words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// The mirror the host's own APT sources use for `suite`: a one-line entry "deb URI SUITE ..." in
// sources.list or *.list, or a deb822 stanza (*.sources) whose Suites: hold it. "" when none does.
std::string host_mirror_for(const std::string& suite) {
  std::vector<fs::path> files = {"/etc/apt/sources.list"};
  std::error_code ec;
  for (fs::directory_iterator it("/etc/apt/sources.list.d", ec), end; !ec && it != end;
       it.increment(ec)) {
    files.push_back(it->path());
  }
  for (const fs::path& f : files) {
    std::ifstream in(f);
    std::string line, uris, suites, types;
    auto stanza_match = [&]() -> std::string {
      std::vector<std::string> s = words(suites), u = words(uris), ty = words(types);
      bool deb = false;
      for (const std::string& t : ty) deb = deb || t == "deb";
      if (!deb || u.empty()) return "";
      for (const std::string& x : s) {
        if (x == suite) return u[0];
      }
      return "";
    };
    while (std::getline(in, line)) {
      if (line.starts_with("#")) continue;
      if (f.extension() == ".sources") {
        if (line.find_first_not_of(" \t") == std::string::npos) {
          if (std::string m = stanza_match(); !m.empty()) return m;
          uris = suites = types = "";
        } else if (line.starts_with("URIs:")) {
          uris = line.substr(5);
        } else if (line.starts_with("Suites:")) {
          suites = line.substr(7);
        } else if (line.starts_with("Types:")) {
          types = line.substr(6);
        }
        continue;
      }
      std::vector<std::string> w = words(line);
      size_t i = 1;
      if (w.size() < 3 || w[0] != "deb") continue;
      if (w[1].starts_with("[")) {  // options: [arch=amd64 signed-by=...]
        while (i < w.size() && w[i].find(']') == std::string::npos) ++i;
        ++i;
      }
      if (i + 1 < w.size() && w[i + 1] == suite) return w[i];
    }
    if (f.extension() == ".sources") {
      if (std::string m = stanza_match(); !m.empty()) return m;
    }
  }
  return "";
}

// Moves `from` to `to`, creating `to`'s parent.
bool move_path(const fs::path& from, const fs::path& to, std::string* error) {
  std::error_code ec;
  fs::create_directories(to.parent_path(), ec);
  fs::rename(from, to, ec);
  if (ec) {
    *error = "cannot move " + from.string() + " to " + to.string() + ": " + ec.message();
    return false;
  }
  return true;
}

// Extracts the target's packages and keeps what go2cpp links against, in `dir`.
bool fetch_target_libraries(const Target& t, const fs::path& dir, const ToolchainReport& report,
                            std::string* error) {
  std::string suite = getenv_str("GO2CPP_DEBIAN_SUITE");
  if (suite.empty()) suite = debian_codename();
  std::string mirror = getenv_str("GO2CPP_DEBIAN_MIRROR");
  if (mirror.empty() && !suite.empty()) mirror = host_mirror_for(suite);
  if (suite.empty() || mirror.empty()) {
    *error = "cannot tell which Debian release and mirror to take the " + t.name() +
             " libraries from: set GO2CPP_DEBIAN_SUITE (e.g. bookworm) and GO2CPP_DEBIAN_MIRROR";
    return false;
  }
  fs::path sysroot = dir / "sysroot";
  std::vector<std::string> cmd = {"mmdebstrap",
                                  "--quiet",
                                  "--variant=extract",
                                  "--architectures=" + t.debian_arch,
                                  std::string("--include=") + kTargetPackages,
                                  suite,
                                  sysroot.string(),
                                  "deb " + mirror + " " + suite + " main"};
  std::cerr << "go2cpp: fetching the " << t.name() << " libraries from Debian " << suite << " ("
            << t.debian_arch << ")\n";
  if (report.print_commands) std::cerr << shell_line(cmd) << '\n';
  RunOptions run;
  run.output_file = (dir / "mmdebstrap.log").string();
  ProcessResult r = run_process(cmd, run);
  check_interrupt();
  if (!r.started || r.signal != 0 || r.exit_code != 0) {
    std::ifstream in(run.output_file);
    std::string line, last;
    while (std::getline(in, line)) {
      if (!line.empty()) last = line;
    }
    *error = "mmdebstrap could not fetch the " + t.name() + " libraries" +
             (r.started ? (last.empty() ? std::string() : ": " + last) : ": " + r.error);
    return false;
  }
  for (const char* h : kKeptHeaders) {
    if (!move_path(sysroot / "usr" / "include" / h, dir / "include" / h, error)) return false;
  }
  for (const char* l : kKeptLibraries) {
    if (!move_path(sysroot / "usr" / "lib" / t.triple / l, dir / "lib" / l, error)) return false;
  }
  std::error_code ec;
  fs::remove_all(sysroot, ec);
  std::ofstream stamp(dir / "READY");
  stamp << t.name() << " libraries from Debian " << suite << " " << t.debian_arch << " ("
        << kTargetPackages << ")\n";
  return static_cast<bool>(stamp);
}

}  // namespace

std::string cache_dir() {
  if (std::string d = getenv_str("GO2CPP_CACHE"); !d.empty()) return d;
  if (std::string d = getenv_str("XDG_CACHE_HOME"); !d.empty()) return d + "/go2cpp";
  if (std::string d = getenv_str("HOME"); !d.empty()) return d + "/.cache/go2cpp";
  return "/tmp/go2cpp-cache-" + std::to_string(::getuid());
}

TargetStatus target_status(const Target& t) {
  TargetStatus s;
  if (t.host) {
    std::vector<std::string> cxx;
    Toolchain tc;
    std::string error;
    if (!find_compiler(&cxx, &error) || !find_runtime(&tc, &error)) {
      s.fix = error;
      return s;
    }
    s.ready = s.runtime_built = true;
    s.compiler = look_path(cxx[0]);
    return s;
  }
  s.compiler = look_path(t.triple + "-g++");
  s.fix = missing_toolchain(t);
  s.ready = s.fix.empty();
  if (s.ready) {
    CrossRuntime rt;
    std::string error;
    if (cross_runtime_for(t, &rt, &error)) {
      std::string path = cross_runtime_path(t, rt, &error);
      s.runtime_built = !path.empty() && path_exists(path);
    }
  }
  return s;
}

bool prepare_toolchain(const Target& t, const ToolchainReport& report, Toolchain* tc,
                       std::string* error) {
  if (t.host) return find_compiler(&tc->cxx, error) && find_runtime(tc, error);
  if (std::string missing = missing_toolchain(t); !missing.empty()) {
    *error = missing;
    return false;
  }
  CrossRuntime rt;
  if (!cross_runtime_for(t, &rt, error)) return false;
  if (!build_cross_runtime(t, rt, report, &tc->runtime_library, error)) return false;
  tc->cxx = rt.cxx;
  tc->include_dir = rt.support_include;
  tc->lib_dirs = {(fs::path(rt.target_libs) / "lib").string()};
  tc->link_flags = split_command_words(kCrossLinkFlags);
  tc->static_link = t.static_link;
  return true;
}

int install_toolchain(const Target& t, const ToolchainReport& report) {
  if (t.host) {
    std::cerr << "go2cpp: " << t.name() << " is the host: it uses the host compiler and needs no "
              << "toolchain install\n";
    return 0;
  }
  if (look_path(t.triple + "-g++").empty()) {
    std::cerr << "go2cpp: the " << t.name() << " cross compiler is not installed (no " << t.triple
              << "-g++ on PATH): run 'apt-get install " << t.compiler_package << "'\n";
    return 1;
  }
  std::string error;
  if (!libs_ready(t)) {
    if (look_path("mmdebstrap").empty()) {
      std::cerr << "go2cpp: toolchain install needs mmdebstrap to fetch the " << t.name()
                << " libraries from Debian: run 'apt-get install mmdebstrap'\n";
      return 1;
    }
    fs::path final_dir = target_libs_dir(t);
    std::error_code ec;
    fs::create_directories(final_dir.parent_path(), ec);
    fs::path tmp = final_dir.string() + ".tmp" + std::to_string(::getpid());
    fs::remove_all(tmp, ec);
    fs::create_directories(tmp, ec);
    track_temp_path(tmp.string());
    bool ok = fetch_target_libraries(t, tmp, report, &error);
    if (ok && !libs_ready(t)) {  // another go2cpp may have finished first: keep its copy
      fs::rename(tmp, final_dir, ec);
      if (ec) {
        error = "cannot move the " + t.name() + " libraries into " + final_dir.string() + ": " +
                ec.message();
        ok = false;
      }
    }
    fs::remove_all(tmp, ec);
    untrack_temp_path(tmp.string());
    if (!ok) {
      std::cerr << "go2cpp: " << error << '\n';
      return 1;
    }
  }
  Toolchain tc;
  if (!prepare_toolchain(t, report, &tc, &error)) {
    std::cerr << "go2cpp: " << error << '\n';
    return 1;
  }
  std::cerr << "go2cpp: " << t.name() << " is ready (" << target_libs_dir(t).string() << ")\n";
  return 0;
}

}  // namespace go2cpp::driver
