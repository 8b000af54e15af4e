// Building and caching the runtime for a cross target (see runtime_build.h). Every runtime source
// file is compiled with the target's compiler, as many at once as the machine has cores, then
// archived. {fmt} is used header-only (FMT_HEADER_ONLY): Debian ships no static libfmt.a, and a
// board binary is linked statically.
#include "driver/runtime_build.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <sstream>
#include <system_error>
#include <thread>

#include "driver/cachekey.h"
#include "driver/compile.h"
#include "driver/fsutil.h"
#include "driver/interrupt.h"
#include "driver/process.h"

namespace go2cpp::driver {
namespace fs = std::filesystem;

namespace {

// Flags the runtime is compiled with for a cross target, after language_flags(). The host build
// (support-lib/CMakeLists.txt) uses the same language flags; -O2 as CMake's RelWithDebInfo, without
// the debug information, which would only make the cached archive larger.
constexpr const char* kRuntimeFlags[] = {"-O2", "-DFMT_HEADER_ONLY"};

std::vector<std::string> runtime_compile_command(const CrossRuntime& rt, const std::string& source,
                                                 const std::string& object) {
  std::vector<std::string> cmd = rt.cxx;
  for (const std::string& f : language_flags()) cmd.push_back(f);
  cmd.insert(cmd.end(), std::begin(kRuntimeFlags), std::end(kRuntimeFlags));
  for (const std::string& f : section_flags()) cmd.push_back(f);
  cmd.push_back("-I" + rt.support_include);
  cmd.push_back("-I" + rt.support_source);
  cmd.push_back("-isystem");
  cmd.push_back((fs::path(rt.target_libs) / "include").string());
  cmd.insert(cmd.end(), {"-c", source, "-o", object});
  return cmd;
}

std::string read_head(const std::string& log, int max_lines) {
  std::ifstream in(log);
  std::string line, text;
  for (int n = 0; n < max_lines && std::getline(in, line); ++n) text += line + "\n";
  return text;
}

// A lock file held for the life of the object (flock: released when the process dies).
class FileLock {
 public:
  explicit FileLock(const std::string& path) {
    fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ >= 0) {
      while (::flock(fd_, LOCK_EX) != 0 && errno == EINTR) check_interrupt();
    }
  }
  ~FileLock() {
    if (fd_ >= 0) ::close(fd_);
  }
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;
  bool ok() const { return fd_ >= 0; }

 private:
  int fd_ = -1;
};

// Compiles `sources` into `dir`, `jobs` at a time; the objects in source order, or an error.
bool compile_all(const CrossRuntime& rt, const std::vector<std::string>& sources,
                 const std::string& dir, const ToolchainReport& report,
                 std::vector<std::string>* objects, std::string* error) {
  for (const std::string& s : sources) {
    std::string name = s;
    std::replace(name.begin(), name.end(), '/', '_');
    objects->push_back((fs::path(dir) / fs::path(name).replace_extension(".o")).string());
  }
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  std::atomic<size_t> next{0};
  std::mutex mu;
  std::string first_error;
  auto worker = [&] {
    for (;;) {
      size_t i = next++;
      if (i >= sources.size()) return;
      {
        std::lock_guard<std::mutex> lock(mu);
        if (!first_error.empty()) return;
      }
      std::string source = (fs::path(rt.support_source) / sources[i]).string();
      std::vector<std::string> cmd = runtime_compile_command(rt, source, (*objects)[i]);
      std::string log = (*objects)[i] + ".log";
      if (report.print_commands) {
        std::lock_guard<std::mutex> lock(mu);
        std::cerr << shell_line(cmd) << '\n';
      }
      RunOptions run;
      run.output_file = log;
      ProcessResult r = run_process(cmd, run);
      if (!r.started || r.signal != 0 || r.exit_code != 0) {
        std::lock_guard<std::mutex> lock(mu);
        if (first_error.empty()) {
          first_error = !r.started ? "cannot run " + rt.cxx[0] + ": " + r.error
                                   : "compiling the runtime's " + sources[i] + " failed:\n" +
                                         read_head(log, 20);
        }
        return;
      }
    }
  };
  std::vector<std::thread> threads;
  for (unsigned j = 0; j < std::min<size_t>(jobs, sources.size()); ++j) threads.emplace_back(worker);
  for (std::thread& t : threads) t.join();
  check_interrupt();
  if (!first_error.empty()) {
    *error = first_error;
    return false;
  }
  return true;
}

}  // namespace

std::string cross_runtime_path(const Target& target, const CrossRuntime& rt, std::string* error) {
  Hasher h;
  h.add(target.name());
  h.add(target.goarm);
  h.add(compiler_identity(rt.cxx));
  for (const std::string& f : language_flags()) h.add(f);
  for (const char* f : kRuntimeFlags) h.add(f);
  for (const std::string& f : section_flags()) h.add(f);
  std::string stamp;
  read_file(fs::path(rt.target_libs) / "READY", &stamp);
  h.add(stamp);
  for (const std::string& dir : {rt.support_include, rt.support_source}) {
    std::vector<std::string> files = files_under(dir);
    if (files.empty()) {
      *error = "cannot read the go2cpp runtime's sources in " + dir;
      return "";
    }
    for (const std::string& f : files) {
      std::string text;
      if (!read_file(fs::path(dir) / f, &text)) {
        *error = "cannot read " + (fs::path(dir) / f).string();
        return "";
      }
      h.add(f);
      h.add(text);
    }
  }
  return (fs::path(cache_dir()) / "runtime" / (target.slug() + "-" + h.hex()) / "libgo2cpp_rt.a")
      .string();
}

bool build_cross_runtime(const Target& target, const CrossRuntime& rt, const ToolchainReport& report,
                         std::string* library, std::string* error) {
  std::string path = cross_runtime_path(target, rt, error);
  if (path.empty()) return false;
  std::error_code ec;
  *library = path;
  if (fs::exists(path, ec)) return true;

  fs::path final_dir = fs::path(path).parent_path();
  fs::create_directories(final_dir.parent_path(), ec);
  FileLock lock((final_dir.parent_path() / (target.slug() + ".lock")).string());
  if (!lock.ok()) {
    *error = "cannot create the runtime cache in " + final_dir.parent_path().string() + ": " +
             os_error_text(errno);
    return false;
  }
  if (fs::exists(path, ec)) return true;  // another go2cpp built it while this one waited

  std::vector<std::string> sources;
  for (const std::string& f : files_under(rt.support_source)) {
    if (fs::path(f).extension() == ".cpp") sources.push_back(f);
  }
  auto start = std::chrono::steady_clock::now();
  std::cerr << "go2cpp: building the runtime for " << target.name() << " (" << sources.size()
            << " files, once per runtime version)\n";
  fs::path tmp = final_dir.string() + ".tmp" + std::to_string(::getpid());
  fs::remove_all(tmp, ec);
  fs::create_directories(tmp, ec);
  if (ec) {
    *error = "cannot create " + tmp.string() + ": " + ec.message();
    return false;
  }
  track_temp_path(tmp.string());
  std::vector<std::string> objects;
  bool ok = compile_all(rt, sources, tmp.string(), report, &objects, error);
  if (ok) {
    std::vector<std::string> cmd = {rt.ar, "rcsD", (tmp / "libgo2cpp_rt.a").string()};
    cmd.insert(cmd.end(), objects.begin(), objects.end());
    if (report.print_commands) std::cerr << shell_line(cmd) << '\n';
    RunOptions run;
    run.output_file = (tmp / "ar.log").string();
    ProcessResult r = run_process(cmd, run);
    if (!r.started || r.signal != 0 || r.exit_code != 0) {
      *error = "archiving the runtime failed: " + (r.started ? read_head(run.output_file, 5) : r.error);
      ok = false;
    }
  }
  if (ok) {
    for (const std::string& o : objects) {
      fs::remove(o, ec);
      fs::remove(o + ".log", ec);
    }
    fs::rename(tmp, final_dir, ec);
    if (ec) {
      *error = "cannot move the runtime into the cache: " + ec.message();
      ok = false;
    }
  }
  untrack_temp_path(tmp.string());
  if (!ok) {
    fs::remove_all(tmp, ec);
    return false;
  }
  if (report.verbose) {
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cerr << "runtime for " << target.name() << " built in " << static_cast<int>(s + 0.5)
              << "s: " << path << '\n';
  }
  return true;
}

}  // namespace go2cpp::driver
