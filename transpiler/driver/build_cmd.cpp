// `go2cpp build` and `go2cpp run`. Both build in a fresh directory under $TMPDIR (kept with -work):
// build then moves the linked executable into place (a rename, so a failed build never leaves a
// finished-looking file), run executes it with the user's stdin/stdout/stderr and passes its exit
// status through. The hidden flag -debug-cpp=DIR builds DIR's C++ files instead of translating,
// to test the compile/link/run path on its own.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <system_error>

#include "driver/builder.h"
#include "driver/commands.h"
#include "driver/flags.h"
#include "driver/fsutil.h"
#include "driver/inputs.h"
#include "driver/interrupt.h"
#include "driver/process.h"
#include "driver/stdlib.h"
#include "driver/target.h"
#include "driver/test_main.h"

namespace go2cpp::driver {
namespace fs = std::filesystem;

namespace {

struct BuildFlags {
  std::string output;  // -o (build only)
  bool race = false;   // -race: -sanitize=thread, as go build -race finds data races
  std::string target;  // -target GOOS/GOARCH (else $GOOS/$GOARCH, else the host)
  std::string exec;    // -exec CMD (run only): run the program as `CMD binary args...`
  BuildOptions build;
};

// What the flags mean together, once all are parsed; a usage error message, or "".
std::string finish_build_flags(BuildFlags* f) {
  if (f->race) {
    if (std::string e = add_sanitizers("thread", &f->build.codegen.sanitizers); !e.empty()) {
      return "-race: " + e;
    }
  }
  return "";
}

// Picks the target from -target or GOOS/GOARCH/GOARM; an unsupported one is a one-line error
// (exit status 2, as go's "unsupported GOOS/GOARCH pair"). Returns 0 when it is fine.
int resolve_build_target(BuildFlags* f) {
  std::string e;
  if (resolve_target(f->target, &f->build.target, &e) && !f->build.target.host &&
      !f->build.codegen.sanitizers.empty()) {
    e = "-sanitize and -race work for the host target only, not " + f->build.target.name();
  }
  if (e.empty()) return 0;
  std::cerr << "go2cpp: " << e << '\n';
  return 2;
}

void add_build_flags(FlagSet* flags, BuildFlags* f, bool with_output) {
  if (with_output) flags->add_string("o", &f->output);
  flags->add_bool("v", &f->build.verbose);
  flags->add_bool("x", &f->build.print_commands);
  flags->add_bool("work", &f->build.keep_work);
  flags->add_bool("g", &f->build.codegen.debug_info);
  flags->add_value("O", [f](std::string_view v) -> std::string {
    if (v.size() != 1 || v[0] < '0' || v[0] > '3') return "must be 0, 1, 2 or 3";
    f->build.codegen.opt_level = v[0];
    return "";
  });
  flags->allow_attached_value("O");
  flags->add_value("sanitize", [f](std::string_view v) -> std::string {
    return add_sanitizers(v, &f->build.codegen.sanitizers);
  });
  flags->add_bool("race", &f->race);
  flags->add_level("m", &f->build.decisions);
  flags->add_bool("no-escape", &f->build.no_escape);
  flags->add_string("target", &f->target);
  flags->add_string("debug-cpp", &f->build.debug_cpp_dir);
}

// Where `go2cpp build` writes the executable, following go build's -o rules; "" after an error.
std::string output_path(const BuildFlags& flags, const PackageInputs& inputs) {
  std::string out = flags.output.empty() ? inputs.output_name : flags.output;
  std::error_code ec;
  if (!flags.output.empty() && (out.ends_with('/') || fs::is_directory(out, ec))) {
    out = (fs::path(out) / inputs.output_name).string();
  }
  fs::file_status st = fs::status(out, ec);
  if (!ec && fs::is_directory(st)) {
    std::cerr << "go2cpp: build output \"" << out << "\" already exists and is a directory\n";
    return "";
  }
  if (!ec && fs::exists(st) && !looks_like_object_file(out)) {
    std::cerr << "go2cpp: build output \"" << out
              << "\" already exists and is not an object file\n";
    return "";
  }
  return out;
}

// `go2cpp build [-o DIR] std`: compiles every package of kPrebuiltStd (stdlib.h) — a generated
// main package imports them all — so that programs find their objects already compiled
// (objcache.h). With -o, DIR becomes the prebuilt std library (how CMake's go2cpp_std target
// makes the build tree's, which is installed with go2cpp); without, the objects go to the user's
// cache.
int build_std(BuildFlags* bf) {
  std::string error;
  TempDir src;
  if (!src.create("go2cpp-std", &error)) {
    std::cerr << "go2cpp: " << error << '\n';
    return 1;
  }
  std::string main_go = "// The standard packages go2cpp prebuilds.\npackage main\n\nimport (\n";
  for (const char* path : kPrebuiltStd) main_go += std::string("\t_ \"") + path + "\"\n";
  main_go += ")\n\nfunc main() {}\n";
  if (!write_files_atomically(src.path(), {{"std.go", main_go}}, &error)) {
    std::cerr << "go2cpp: " << error << '\n';
    return 1;
  }
  if (!bf->output.empty()) {
    std::error_code ec;
    fs::create_directories(bf->output, ec);
    bf->build.std_objects_out = fs::absolute(bf->output, ec).string();
    if (ec || !fs::is_directory(bf->build.std_objects_out)) {
      std::cerr << "go2cpp: cannot create the directory " << bf->output << '\n';
      return 1;
    }
  }
  PackageInputs inputs;
  if (!resolve_inputs({{(fs::path(src.path()) / "std.go").string()}}, &inputs, &error,
                      bf->build.target.build_context())) {
    std::cerr << "go2cpp: " << error << '\n';
    return 1;
  }
  inputs.package_path = "std";
  TempDir work;
  std::string binary;
  return build_package(inputs, bf->build, &work, &binary);
}

}  // namespace

int cmd_build(std::span<const std::string> args) {
  BuildFlags bf;
  FlagSet flags;
  add_build_flags(&flags, &bf, /*with_output=*/true);
  FlagParse parsed = flags.parse(args);
  if (parsed.status == FlagParse::Status::Help) return print_help("build");
  if (parsed.status == FlagParse::Status::Error) return usage_error("build", parsed.error);
  if (std::string e = finish_build_flags(&bf); !e.empty()) return usage_error("build", e);
  if (int status = resolve_build_target(&bf); status != 0) return status;
  if (parsed.rest.empty()) return usage_error("build", "no package given (PATH...)");
  if (std::string m = misplaced_flag(parsed.rest); !m.empty()) return usage_error("build", m);

  if (parsed.rest.size() == 1 && parsed.rest[0] == "std") return build_std(&bf);

  PackageInputs inputs;
  std::string error;
  if (!resolve_inputs(parsed.rest, &inputs, &error, bf.build.target.build_context())) {
    std::cerr << "go2cpp: " << error << '\n';
    return 1;
  }
  TempDir work;
  std::string binary;
  bool library = false;
  if (int status = build_package(inputs, bf.build, &work, &binary, &library); status != 0) {
    return status;
  }
  check_interrupt();
  // Like go build: a package other than main is compiled and the result discarded, unless -o
  // names where its archive goes (with its headers from go2cpp translate, C++ code can use it).
  if (library && bf.output.empty()) return 0;
  std::string out = library ? bf.output : output_path(bf, inputs);
  if (out.empty()) return 1;
  if (fs::path parent = fs::path(out).parent_path(); !parent.empty()) {
    std::error_code ec;
    fs::create_directories(parent, ec);
  }
  if (bf.build.print_commands) std::cerr << shell_line({"mv", binary, out}, work.path()) << '\n';
  if (!install_file(binary, out, &error)) {
    std::cerr << "go2cpp: " << error << '\n';
    return 1;
  }
  return 0;
}

int cmd_run(std::span<const std::string> args) {
  BuildFlags bf;
  FlagSet flags;
  add_build_flags(&flags, &bf, /*with_output=*/false);
  flags.add_string("exec", &bf.exec);
  FlagParse parsed = flags.parse(args);
  if (parsed.status == FlagParse::Status::Help) return print_help("run");
  if (parsed.status == FlagParse::Status::Error) return usage_error("run", parsed.error);
  if (std::string e = finish_build_flags(&bf); !e.empty()) return usage_error("run", e);
  if (int status = resolve_build_target(&bf); status != 0) return status;
  RunArgs run_args = split_run_args(parsed.rest);
  if (run_args.paths.empty()) return usage_error("run", "no go files listed");
  if (std::string m = misplaced_flag(run_args.paths); !m.empty()) return usage_error("run", m);

  PackageInputs inputs;
  std::string error;
  if (!resolve_inputs(run_args.paths, &inputs, &error, bf.build.target.build_context())) {
    std::cerr << "go2cpp: " << error << '\n';
    return 1;
  }
  TempDir work;
  std::string binary;
  if (int status = build_package(inputs, bf.build, &work, &binary); status != 0) return status;

  check_interrupt();
  std::vector<std::string> argv = split_command_words(bf.exec);
  argv.push_back(binary);
  argv.insert(argv.end(), run_args.program_args.begin(), run_args.program_args.end());
  if (bf.build.print_commands) std::cerr << shell_line(argv, work.path()) << '\n';
  RunOptions options;
  options.program = true;
  ProcessResult r = run_process(argv, options);
  if (!r.started) {
    std::cerr << "go2cpp: fork/exec " << argv[0] << ": " << r.error << '\n';
    return 1;
  }
  if (r.signal != 0) {
    std::cerr << "go2cpp: signal: " << signal_name(r.signal) << '\n';
    return 1;
  }
  return r.exit_code;
}

// `go2cpp test [build flags] [-run RE] [-short] [DIR]`: builds the package in DIR (default ".")
// with its tests into a test binary (test_main.h), runs it in DIR as go test does, and prints
// go test's summary line: "ok  PATH TIME", "FAIL PATH TIME", or "?   PATH [no test files]".
int cmd_test(std::span<const std::string> args) {
  BuildFlags bf;
  FlagSet flags;
  add_build_flags(&flags, &bf, /*with_output=*/false);
  std::string run_pattern;
  bool short_mode = false;
  flags.add_string("run", &run_pattern);
  flags.add_bool("short", &short_mode);
  FlagParse parsed = flags.parse(args);
  if (parsed.status == FlagParse::Status::Help) return print_help("test");
  if (parsed.status == FlagParse::Status::Error) return usage_error("test", parsed.error);
  if (std::string e = finish_build_flags(&bf); !e.empty()) return usage_error("test", e);
  if (int status = resolve_build_target(&bf); status != 0) return status;
  if (!bf.build.target.host) return usage_error("test", "tests run on the host only (no -target)");
  if (parsed.rest.size() > 1) return usage_error("test", "one package directory at a time");
  if (std::string m = misplaced_flag(parsed.rest); !m.empty()) return usage_error("test", m);
  const std::string dir = parsed.rest.empty() ? "." : parsed.rest[0];

  TestPackage tp;
  std::string error;
  if (!load_test_package(dir, bf.build.target.build_context(), &tp, &error)) {
    if (!error.empty()) std::cerr << "go2cpp: " << error << '\n';
    return 1;
  }
  if (tp.tests == 0 && tp.examples == 0) {
    std::cout << "?   \t" << tp.import_path << "\t[no test files]\n";
    return 0;
  }
  // The generated main goes into a directory of its own; the package keeps its module.
  TempDir main_dir;
  if (!main_dir.create("go2cpp-testmain", &error)) {
    std::cerr << "go2cpp: " << error << '\n';
    return 1;
  }
  const std::string main_file = (fs::path(main_dir.path()) / "_testmain.go").string();
  {
    std::ofstream out(main_file, std::ios::binary);
    out << tp.main_source;
  }
  if (bf.build.keep_work) main_dir.keep();
  bf.build.package_files = tp.package_files;
  bf.build.module_dir = dir;
  bf.build.root_path = tp.import_path + ".test";
  PackageInputs inputs;
  inputs.files = {main_file};
  inputs.output_name = tp.name + ".test";
  inputs.package_path = tp.import_path;
  TempDir work;
  std::string binary;
  if (int status = build_package(inputs, bf.build, &work, &binary); status != 0) {
    std::cout << "FAIL\t" << tp.import_path << " [build failed]\nFAIL\n";
    return status;
  }

  check_interrupt();
  std::vector<std::string> argv = {fs::absolute(binary).string()};
  if (bf.build.verbose) argv.push_back("-test.v=true");
  if (!run_pattern.empty()) argv.push_back("-test.run=" + run_pattern);
  if (short_mode) argv.push_back("-test.short=true");
  if (bf.build.print_commands) std::cerr << shell_line(argv, work.path()) << '\n';
  RunOptions options;
  options.program = true;
  options.dir = dir;
  const auto start = std::chrono::steady_clock::now();
  ProcessResult r = run_process(argv, options);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  char elapsed[32];
  std::snprintf(elapsed, sizeof elapsed, "%.3fs", seconds);
  if (!r.started) {
    std::cerr << "go2cpp: fork/exec " << argv[0] << ": " << r.error << '\n';
    return 1;
  }
  std::cout.flush();
  if (r.signal == 0 && r.exit_code == 0) {
    std::cout << "ok  \t" << tp.import_path << "\t" << elapsed << "\n";
    return 0;
  }
  if (r.signal != 0) std::cout << "signal: " << signal_name(r.signal) << "\n";
  else if (r.exit_code != 1) std::cout << "exit status " << r.exit_code << "\n";
  std::cout << "FAIL\t" << tp.import_path << "\t" << elapsed << "\nFAIL\n";
  return 1;
}

}  // namespace go2cpp::driver
