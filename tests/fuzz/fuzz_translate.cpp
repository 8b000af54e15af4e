// libFuzzer target over driver::translate_sources, the translator's whole pipeline (parse, check,
// emit) on sources held in memory. Built only with -DGO2CPP_FUZZ=ON and clang (tests/fuzz/fuzz.cmake;
// docs/robustness.md says how to run it).
//
// An input is one Go file, or several: a line `//go2cpp-fuzz:file` splits it into files a.go,
// b.go, ... of one package, so the multi-file checks (mixed package names, declarations across
// files) are fuzzed too. Besides the sanitizers' reports, the target stops on the translator's own
// broken promises: a translation that fails without a diagnostic, one that succeeds with
// diagnostics or without C++, and any diagnostic that calls itself an internal error.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "driver/pipeline.h"

namespace {

// ---- Tuning knobs -------------------------------------------------------------------------------
// Inputs past this are skipped: the interesting bugs show on small inputs, and big ones only slow
// the search (huge files are covered by the CLI tests instead).
constexpr size_t kMaxInputBytes = 64 * 1024;
// How many files one input may split into.
constexpr size_t kMaxFiles = 4;
constexpr std::string_view kFileSeparator = "//go2cpp-fuzz:file\n";

std::vector<go2cpp::driver::SourceFile> split_files(std::string_view data) {
  std::vector<go2cpp::driver::SourceFile> files;
  while (files.size() + 1 < kMaxFiles) {
    size_t at = data.find(kFileSeparator);
    if (at == std::string_view::npos) break;
    files.push_back({std::string(1, static_cast<char>('a' + files.size())) + ".go",
                     std::string(data.substr(0, at))});
    data.remove_prefix(at + kFileSeparator.size());
  }
  files.push_back({std::string(1, static_cast<char>('a' + files.size())) + ".go",
                   std::string(data)});
  return files;
}

[[noreturn]] void broken(const char* what, const go2cpp::syntax::Diagnostics& diags,
                         const go2cpp::syntax::FileSet& files) {
  std::fprintf(stderr, "fuzz_translate: %s\n", what);
  for (const auto& d : diags.list()) {
    std::fprintf(stderr, "  %s: %s\n", files.format(d.pos).c_str(), d.message.c_str());
  }
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > kMaxInputBytes) return -1;  // not added to the corpus
  std::string_view input(reinterpret_cast<const char*>(data), size);
  go2cpp::syntax::FileSet files;
  go2cpp::syntax::Diagnostics diags;
  go2cpp::driver::TranslateOptions options;
  options.line_directives = (size % 2) == 0;  // both emitter paths, without costing input bytes
  go2cpp::driver::TranslateResult result =
      go2cpp::driver::translate_sources(split_files(input), options, files, diags);
  for (const auto& d : diags.list()) {
    // (At the start only: a syntax error may quote source text that says "internal error".)
    if (d.message.starts_with("internal error")) {
      broken("a diagnostic reports an internal error", diags, files);
    }
  }
  if (result.ok && diags.has_errors()) broken("translation succeeded with diagnostics", diags, files);
  if (result.ok && result.files.empty()) broken("translation succeeded without C++", diags, files);
  if (!result.ok && !diags.has_errors()) broken("translation failed without a diagnostic", diags, files);
  return 0;
}
