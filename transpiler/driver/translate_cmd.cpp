// `go2cpp translate [-o DIR] [-no-line-directives] [-dump=ast|types] [-list] PATH...`: runs the
// pipeline on one package and writes the C++ files atomically into DIR, or, with -dump, prints a
// phase's output instead, or, with -list, the names of the files it would write and read. With errors in the Go input, the diagnostics are printed and nothing is written.
#include <filesystem>
#include <iostream>

#include "driver/builder.h"
#include "driver/commands.h"
#include "driver/flags.h"
#include "driver/fsutil.h"
#include "driver/inputs.h"
#include "driver/interrupt.h"
#include "driver/target.h"

namespace go2cpp::driver {

int cmd_translate(std::span<const std::string> args) {
  std::string out_dir = ".";
  TranslateOptions options;
  bool no_line_directives = false;
  bool list = false;

  FlagSet flags;
  flags.add_string("o", &out_dir);
  flags.add_bool("no-line-directives", &no_line_directives);
  flags.add_bool("list", &list);
  flags.add_level("m", &options.decisions);
  flags.add_value("dump", [&](std::string_view v) -> std::string {
    if (v == "ast") {
      options.dump = Dump::Ast;
    } else if (v == "types") {
      options.dump = Dump::Types;
    } else {
      return "must be ast or types";
    }
    return "";
  });
  FlagParse parsed = flags.parse(args);
  if (parsed.status == FlagParse::Status::Help) return print_help("translate");
  if (parsed.status == FlagParse::Status::Error) return usage_error("translate", parsed.error);
  if (parsed.rest.empty()) return usage_error("translate", "no package given (PATH...)");
  if (std::string m = misplaced_flag(parsed.rest); !m.empty()) return usage_error("translate", m);
  if (out_dir.empty()) return usage_error("translate", "-o needs a directory");
  options.line_directives = !no_line_directives;

  // Build constraints select files for the target GOOS/GOARCH name, else for the host.
  Target target;
  std::string error;
  if (!resolve_target("", &target, &error)) {
    std::cerr << "go2cpp: " << error << '\n';
    return 2;
  }
  options.build = target.build_context();
  PackageInputs inputs;
  if (!resolve_inputs(parsed.rest, &inputs, &error, options.build)) {
    std::cerr << "go2cpp: " << error << '\n';
    return 1;
  }
  TranslateResult result;
  bool ok = translate_package(inputs, options, &result);
  check_interrupt();  // Ctrl-C during translation: nothing is written
  if (!ok) return 1;
  if (options.dump != Dump::None) {
    std::cout << result.dump;
    return 0;
  }
  if (list) {
    // For build systems (cmake/go2cppConfig.cmake): what a translation writes and reads.
    for (const OutputFile& f : result.files) std::cout << "output " << f.name << '\n';
    for (const std::string& f : result.inputs) {
      std::cout << "input " << std::filesystem::absolute(f).lexically_normal().string() << '\n';
    }
    return 0;
  }
  std::vector<FileToWrite> files;
  for (const OutputFile& f : result.files) files.push_back({f.name, f.text});
  if (!write_files_atomically(out_dir, files, &error)) {
    std::cerr << "go2cpp: " << error << '\n';
    return 1;
  }
  return 0;
}

}  // namespace go2cpp::driver
