// The whole pipeline through driver::translate: dumps, diagnostics from each phase, and that a
// failed phase stops the ones after it (no C++ for bad input).
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "driver/pipeline.h"

namespace {

using go2cpp::driver::Dump;
using go2cpp::driver::translate;
using go2cpp::driver::TranslateOptions;

std::string write_temp(const std::string& name, const std::string& text) {
  auto dir = std::filesystem::temp_directory_path() / "go2cpp-pipeline-test";
  std::filesystem::create_directories(dir);
  auto path = (dir / name).string();
  std::ofstream(path) << text;
  return path;
}

struct Run {
  go2cpp::driver::TranslateResult result;
  std::string diagnostics;
};

Run run(const std::string& name, const std::string& text, Dump dump = Dump::None) {
  go2cpp::syntax::FileSet files;
  go2cpp::syntax::Diagnostics diags;
  TranslateOptions options;
  options.line_directives = false;
  options.dump = dump;
  Run r;
  r.result = translate({write_temp(name, text)}, options, files, diags);
  std::ostringstream out;
  diags.print(out, files);
  r.diagnostics = out.str();
  return r;
}

}  // namespace

TEST_CASE("dump=types lists every declared object with its type") {
  Run r = run("types.go",
              "package main\n\nconst k = 1 << 10\n\nfunc twice(x int) int { return 2 * x }\n\n"
              "func main() {\n\ts := []string{\"a\"}\n\t_ = s\n\tprintln(twice(k))\n}\n",
              Dump::Types);
  REQUIRE(r.diagnostics.empty());
  const std::string& d = r.result.dump;
  CHECK(d.find("types.go:3:7: const k untyped int = 1024\n") != std::string::npos);
  CHECK(d.find("types.go:5:6: func twice func(x int) int\n") != std::string::npos);
  CHECK(d.find("types.go:8:2: var s []string\n") != std::string::npos);
  CHECK(r.result.files.empty());
}

TEST_CASE("a type error stops the pipeline before emission, in gc's words") {
  Run r = run("bad.go", "package main\n\nfunc main() {\n\tx := 1\n\ty = x\n}\n");
  CHECK_FALSE(r.result.ok);
  CHECK(r.result.files.empty());
  CHECK(r.diagnostics.find("bad.go:5:2: undefined: y\n") != std::string::npos);
}

TEST_CASE("an unsupported construct is a diagnostic naming it, not C++") {
  // os/exec needs internal/goarch's per-architecture constants (docs/stdlib.md).
  Run r = run("exec.go",
              "package main\n\nimport \"os/exec\"\n\nfunc main() { _ = exec.Command(\"a\") }\n");
  CHECK_FALSE(r.result.ok);
  CHECK(r.result.files.empty());
  CHECK(r.diagnostics.find("go2cpp does not support package os/exec yet") != std::string::npos);
}

TEST_CASE("a valid program becomes one C++ file for package main") {
  Run r = run("ok.go", "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hi\") }\n");
  REQUIRE(r.result.ok);
  REQUIRE(r.result.files.size() == 1);
  CHECK(r.result.files[0].name == "main.cpp");
  CHECK(r.result.files[0].text.find("go::fmt::Println(\"hi\");") != std::string::npos);
  CHECK(r.result.files[0].text.find("go::run_main(argc, argv, main_::package_init_, main_::main)") !=
        std::string::npos);
}
