// The build steps (see builder.h): find the toolchain first (a missing compiler is reported before
// any work is done), translate, create the build directory and write the C++ there (a failed
// translation leaves no directory behind), compile each .cpp file to an object, link. Tool output is
// captured in a log file beside its output so that a failure can be shown trimmed; a C++ compile
// error in generated code is go2cpp's bug and is reported as such.
#include "driver/builder.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <system_error>
#include <thread>

#include "driver/fsutil.h"
#include "driver/interrupt.h"
#include "driver/objcache.h"
#include "driver/pch.h"
#include "driver/process.h"
#include "driver/toolchain.h"

namespace go2cpp::driver {
namespace fs = std::filesystem;

namespace {

// How much of a failing tool's output is shown; the rest stays in the log (kept with -work).
constexpr int kMaxToolOutputLines = 40;

using Clock = std::chrono::steady_clock;

std::string format_seconds(double s) {
  std::ostringstream out;
  out.setf(std::ios::fixed);
  out.precision(2);
  out << s << "s";
  return out.str();
}

std::string seconds_since(Clock::time_point start) {
  return format_seconds(std::chrono::duration<double>(Clock::now() - start).count());
}

// Prints the first lines of a tool's log to stderr, and how many more there were.
void print_log_head(const std::string& log_path) {
  std::ifstream in(log_path);
  std::string line;
  int shown = 0;
  int more = 0;
  while (std::getline(in, line)) {
    if (shown < kMaxToolOutputLines) {
      std::cerr << line << '\n';
      ++shown;
    } else {
      ++more;
    }
  }
  if (more > 0) {
    std::cerr << "... (" << more << " more lines; run with -work to keep the full output)\n";
  }
}

bool read_debug_cpp(const std::string& dir, std::vector<OutputFile>* files, std::string* error) {
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string ext = it->path().extension().string();
    if (ext != ".cpp" && ext != ".h") continue;
    std::ifstream in(it->path());
    std::ostringstream text;
    text << in.rdbuf();
    files->push_back({it->path().filename().string(), text.str(), false, {}});
  }
  if (ec || files->empty()) {
    *error = "-debug-cpp: no .cpp files in " + dir;
    return false;
  }
  return true;
}

// Runs one tool with its output captured; prints the command first under -x.
ProcessResult run_tool(const std::vector<std::string>& cmd, const std::string& log,
                       const BuildOptions& options, const std::string& work_dir) {
  if (options.print_commands) std::cerr << shell_line(cmd, work_dir) << '\n';
  RunOptions run;
  run.output_file = log;
  return run_process(cmd, run);
}

}  // namespace

bool translate_package(const PackageInputs& inputs, const TranslateOptions& options,
                       TranslateResult* result) {
  syntax::FileSet files;
  syntax::Diagnostics diags;
  *result = translate(inputs.files, options, files, diags);
  if (!result->decisions.empty()) std::cerr << result->decisions;
  if (diags.has_errors()) {
    diags.print(std::cerr, files);
    return false;
  }
  if (!result->ok) {
    std::cerr << "go2cpp: internal error: translation failed without reporting why (this is a "
                 "go2cpp bug; please report it)\n";
    return false;
  }
  return true;
}

int build_package(const PackageInputs& inputs, const BuildOptions& options, TempDir* work,
                  std::string* binary_out, bool* library) {
  Toolchain tc;
  std::string error;
  ToolchainReport report{options.verbose, options.print_commands};
  if (!prepare_toolchain(options.target, report, &tc, &error)) {
    std::cerr << "go2cpp: " << error << '\n';
    return 1;
  }

  if (options.verbose) {
    std::cerr << "# " << inputs.package_path;
    if (!options.target.host) std::cerr << " (" << options.target.name() << ")";
    std::cerr << '\n';
  }
  auto start = Clock::now();
  std::vector<OutputFile> generated;
  if (!options.debug_cpp_dir.empty()) {
    if (!read_debug_cpp(options.debug_cpp_dir, &generated, &error)) {
      std::cerr << "go2cpp: " << error << '\n';
      return 1;
    }
  } else {
    TranslateResult result;
    TranslateOptions translate_options;
    translate_options.build = options.target.build_context();
    translate_options.decisions = options.decisions;
    translate_options.escape = !options.no_escape;
    translate_options.package_files = options.package_files;
    translate_options.module_dir = options.module_dir;
    translate_options.root_path = options.root_path;
    if (!translate_package(inputs, translate_options, &result)) return 1;
    if (!result.is_main && library == nullptr) {
      std::cerr << "go2cpp: package " << result.package_name << " is not a main package\n";
      return 1;
    }
    if (library != nullptr) *library = !result.is_main;
    generated = std::move(result.files);
  }
  check_interrupt();

  if (!work->create("go2cpp-build", &error)) {
    std::cerr << "go2cpp: " << error << '\n';
    return 1;
  }
  if (options.keep_work) work->keep();
  if (options.keep_work || options.print_commands) std::cerr << "WORK=" << work->path() << '\n';
  const std::string& work_dir = work->path();
  const std::string binary = (fs::path(work_dir) / "exe" / inputs.output_name).string();
  *binary_out = binary;

  std::vector<FileToWrite> to_write;
  for (const OutputFile& f : generated) to_write.push_back({f.name, f.text});
  if (!write_files_atomically(work_dir, to_write, &error)) {
    std::cerr << "go2cpp: " << error << '\n';
    return 1;
  }
  if (options.verbose) {
    std::cerr << "translate " << inputs.files.size() << " Go file(s) -> " << generated.size()
              << " C++ file(s)  " << seconds_since(start) << '\n';
  }

  // Each package's .cpp compiles on its own: as many at once as there are CPUs.
  // A package translated from GOROOT is compiled once and its object reused (objcache.h).
  // The precompiled runtime header (pch.h) is built as one more job when there is none yet.
  struct CompileJob {
    std::string name, source, object, log;
    bool pch = false;             // the job that builds the precompiled header
    std::string key;              // a std package's object: its name in the std libraries
    const char* fetched = nullptr;  // "prebuilt" or "cached" when it came from there
    ProcessResult result;
    double seconds = 0;
  };
  StdObjectCache cache(generated, tc.include_dir, tc.std_objects_dir, options.std_objects_out);
  const PrecompiledHeader pch(tc, options.codegen);
  auto compile = [&](const CompileJob& job) {
    return compile_command(tc, options.codegen, job.source, job.object, work_dir, pch.include());
  };
  std::vector<CompileJob> jobs;
  for (const OutputFile& f : generated) {
    if (fs::path(f.name).extension() != ".cpp") continue;
    CompileJob job;
    job.name = f.name;
    job.source = (fs::path(work_dir) / f.name).string();
    job.object = (fs::path(work_dir) / fs::path(f.name).replace_extension(".o")).string();
    job.log = job.object + ".log";
    if (f.std_package) {
      job.key = cache.key_for(
          compile_command(tc, options.codegen, job.source, job.object, work_dir), work_dir, f);
    }
    jobs.push_back(std::move(job));
  }
  // Not while filling the prebuilt std library (go2cpp_std, when go2cpp itself is built), which
  // should not write to the user's cache.
  if (pch.needs_build() && !jobs.empty() && options.std_objects_out.empty()) {
    CompileJob job;
    job.pch = true;
    job.name = "the runtime's precompiled header";
    job.log = (fs::path(work_dir) / "pch.log").string();
    jobs.push_back(std::move(job));
  }
  std::atomic<size_t> next{0};
  auto worker = [&]() {
    for (size_t i = next++; i < jobs.size(); i = next++) {
      CompileJob& job = jobs[i];
      auto job_start = Clock::now();
      if (job.pch) {
        RunOptions run;
        run.output_file = job.log;
        if (pch.prepare_build_dir()) job.result = run_process(pch.build_command(), run);
        job.seconds = std::chrono::duration<double>(Clock::now() - job_start).count();
        if (!job.result.started || job.result.signal != 0) {
          pch.discard();
        } else {
          pch.publish(job.result.exit_code == 0);
        }
        continue;
      }
      if (!job.key.empty() && (job.fetched = cache.fetch(job.key, job.object)) != nullptr) {
        job.result.started = true;
        // go2cpp build -o DIR std: DIR gets every object, wherever it came from.
        if (!options.std_objects_out.empty()) cache.store(job.object, job.key);
        continue;
      }
      RunOptions run;
      run.output_file = job.log;
      job.result = run_process(compile(job), run);
      job.seconds = std::chrono::duration<double>(Clock::now() - job_start).count();
      if (!job.key.empty() && job.result.started && job.result.signal == 0 &&
          job.result.exit_code == 0) {
        cache.store(job.object, job.key);
      }
    }
  };
  if (options.print_commands) {
    for (const CompileJob& job : jobs) {
      std::cerr << shell_line(job.pch ? pch.build_command() : compile(job), work_dir) << '\n';
    }
  }
  size_t workers = std::min<size_t>(jobs.size(), std::max(1u, std::thread::hardware_concurrency()));
  std::vector<std::thread> threads;
  for (size_t i = 1; i < workers; ++i) threads.emplace_back(worker);
  worker();
  for (std::thread& t : threads) t.join();
  check_interrupt();

  std::vector<std::string> objects;
  for (const CompileJob& job : jobs) {
    const ProcessResult& r = job.result;
    if (job.pch) {
      // Only speed depends on it: a failure is not the build's.
      if (options.verbose) {
        bool ok = r.started && r.signal == 0 && r.exit_code == 0;
        std::cerr << "precompile go2cpp_prelude.h  "
                  << (ok ? format_seconds(job.seconds) : std::string("(failed: builds go without it)"))
                  << '\n';
      }
      continue;
    }
    if (!r.started) {
      std::cerr << "go2cpp: cannot run the C++ compiler " << tc.cxx[0] << ": " << r.error << '\n';
      return 1;
    }
    if (r.signal != 0 || r.exit_code != 0) {
      std::cerr << "go2cpp: internal error: the generated C++ failed to compile (this is a go2cpp "
                   "bug; please report it)\n";
      if (r.signal != 0)
        std::cerr << "the compiler died: signal: " << signal_name(r.signal) << '\n';
      print_log_head(job.log);
      return 1;
    }
    if (options.verbose) {
      if (job.fetched != nullptr) {
        std::cerr << "compile " << job.name << "  (" << job.fetched << ")\n";
      } else {
        std::cerr << "compile " << job.name << "  " << format_seconds(job.seconds) << '\n';
        print_log_head(job.log);
      }  // warnings, if any: generated code should have none
    }
    objects.push_back(job.object);
  }
  if (!options.std_objects_out.empty()) {
    // The prebuilt std library holds exactly this build's std objects: older ones go.
    std::set<std::string> keys;
    for (const CompileJob& job : jobs) keys.insert(job.key);
    std::error_code ec;
    for (fs::directory_iterator it(options.std_objects_out, ec), end; !ec && it != end;
         it.increment(ec)) {
      if (it->path().extension() == ".o" && !keys.contains(it->path().filename().string())) {
        std::error_code rm;
        fs::remove(it->path(), rm);
      }
    }
  }

  if (library != nullptr && *library) {
    // A library: its objects in one archive (the runtime is not in it; the final link adds it).
    std::string archive = (fs::path(work_dir) / "lib" / (inputs.output_name + ".a")).string();
    *binary_out = archive;
    std::error_code ec;
    fs::create_directories(fs::path(archive).parent_path(), ec);
    std::vector<std::string> cmd = {options.target.host ? "ar" : options.target.triple + "-ar", "rcs",
                                    archive};
    cmd.insert(cmd.end(), objects.begin(), objects.end());
    std::string log = (fs::path(work_dir) / "ar.log").string();
    ProcessResult r = run_tool(cmd, log, options, work_dir);
    check_interrupt();
    if (!r.started || r.signal != 0 || r.exit_code != 0) {
      std::cerr << "go2cpp: creating the archive failed" << (r.started ? ":" : ": " + r.error) << '\n';
      print_log_head(log);
      return 1;
    }
    return 0;
  }

  start = Clock::now();
  std::error_code ec;
  fs::create_directories(fs::path(binary).parent_path(), ec);
  std::string log = (fs::path(work_dir) / "link.log").string();
  ProcessResult r =
      run_tool(link_command(tc, options.codegen, objects, binary), log, options, work_dir);
  check_interrupt();
  if (!r.started) {
    std::cerr << "go2cpp: cannot run the C++ compiler " << tc.cxx[0] << ": " << r.error << '\n';
    return 1;
  }
  if (r.signal != 0 || r.exit_code != 0) {
    std::cerr << "go2cpp: linking failed (the runtime library " << tc.runtime_library
              << " and its dependencies must be installed):\n";
    print_log_head(log);
    return 1;
  }
  if (options.verbose) {
    std::cerr << "link " << fs::path(binary).filename().string() << "  " << seconds_since(start)
              << '\n';
  }
  return 0;
}

}  // namespace go2cpp::driver
