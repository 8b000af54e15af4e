// The whole translation of one Go package: parse → check → (inline → escape) → emit.
// The CLI (driver/cli.cpp) calls this; tests can too.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "driver/buildtags.h"
#include "syntax/ast.h"
#include "syntax/diagnostics.h"

namespace go2cpp::driver {

// Which phase to stop after, and what to dump there (go2cpp's --dump flag).
enum class Dump { None, Ast, Types };

struct TranslateOptions {
  bool line_directives = true;  // #line back to the .go source; golden files turn this off
  Dump dump = Dump::None;
  BuildContext build;  // which files of imported package directories count (buildtags.h)
  int decisions = 0;  // -m: report inlining and escape decisions in gc's words (docs/escape.md)
  bool escape = true; // hidden -no-escape: every address-taken local and &T{} on the heap, as before escape analysis
  // go2cpp test (test_main.h): the files of these import paths instead of their directory's (the
  // package with its _test.go files, and its external test package), the directory whose go.mod
  // is the module (the generated test main lives elsewhere), and the test main's import path.
  std::map<std::string, std::vector<std::string>> package_files;
  std::string module_dir;
  std::string root_path;
};

struct OutputFile {
  std::string name;  // relative file name, e.g. "main.cpp"
  std::string text;
  bool std_package = false;  // of a package translated from GOROOT (its object is cached: objcache.h)
  // A std package's .cpp: the generated headers it includes, its own and those of the packages
  // it imports directly or not (the cache key hashes them).
  std::vector<std::string> headers;
};

struct TranslateResult {
  bool ok = false;                // false when any diagnostic was reported
  std::vector<OutputFile> files;  // the emitted C++ (empty unless ok)
  std::vector<std::string> inputs;  // go.mod and every Go file translated (when ok)
  std::string dump;               // the requested dump, when options.dump != None
  std::string package_name;       // the Go package's name
  bool is_main = false;           // package main: a program with a C++ main()
  std::string decisions;          // the -m report, when options.decisions > 0
};

// Translates the Go files of one package. Diagnostics go to `diags`, positions into `files`.
TranslateResult translate(const std::vector<std::string>& go_files, const TranslateOptions& options,
                          syntax::FileSet& files, syntax::Diagnostics& diags);

// One Go source file already in memory: the name it is reported under, and its bytes.
struct SourceFile {
  std::string path;
  std::string text;
};

// The same translation over sources held in memory (the fuzz targets in tests/fuzz/ use it, so
// no file is written per input). Imported runtime packages are still read from disk.
TranslateResult translate_sources(const std::vector<SourceFile>& sources,
                                  const TranslateOptions& options, syntax::FileSet& files,
                                  syntax::Diagnostics& diags);

}  // namespace go2cpp::driver
