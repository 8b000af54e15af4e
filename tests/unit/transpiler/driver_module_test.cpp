// go.mod discovery and module import paths (driver/module.h).
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "driver/module.h"

namespace fs = std::filesystem;
using go2cpp::driver::find_module;
using go2cpp::driver::Module;
using go2cpp::driver::module_import_path;
using go2cpp::driver::module_package_dir;

namespace {

struct Scratch {
  fs::path root;
  Scratch() {
    std::string pattern = (fs::temp_directory_path() / "go2cpp-module-XXXXXX").string();
    root = ::mkdtemp(pattern.data());
  }
  ~Scratch() { fs::remove_all(root); }
  void write(const std::string& rel, const std::string& text) {
    fs::create_directories((root / rel).parent_path());
    std::ofstream(root / rel) << text;
  }
};

}  // namespace

TEST_CASE("go.mod is found in the directory or a parent", "[module]") {
  Scratch s;
  s.write("go.mod", "// comment\nmodule example.com/m // trailing\n\ngo 1.19\n");
  s.write("a/b/x.go", "package b\n");
  Module m;
  std::string error;
  REQUIRE(find_module((s.root / "a" / "b").string(), &m, &error));
  CHECK(m.path == "example.com/m");
  CHECK(fs::path(m.root) == s.root);
  CHECK(module_import_path(m, (s.root / "a" / "b").string()) == "example.com/m/a/b");
  CHECK(module_import_path(m, s.root.string()) == "example.com/m");
  CHECK(fs::path(module_package_dir(m, "example.com/m/a/b")) == s.root / "a" / "b");
  CHECK(fs::path(module_package_dir(m, "example.com/m")) == s.root);
  CHECK(module_package_dir(m, "example.com/mother") == "");  // a prefix, not a parent path
  CHECK(module_package_dir(m, "fmt") == "");
  CHECK(module_package_dir(m, "example.com/m/../x") == "");
}

TEST_CASE("a quoted module path, and go.mod without a module line", "[module]") {
  Scratch s;
  s.write("q/go.mod", "module \"quoted/path\"\n");
  s.write("bad/go.mod", "go 1.19\n");
  Module m;
  std::string error;
  REQUIRE(find_module((s.root / "q").string(), &m, &error));
  CHECK(m.path == "quoted/path");
  CHECK_FALSE(find_module((s.root / "bad").string(), &m, &error));
  CHECK(error.find("no module declaration in go.mod") != std::string::npos);
}

TEST_CASE("no go.mod: an empty module", "[module]") {
  Scratch s;
  Module m;
  std::string error;
  // The scratch directory is under /tmp, which has no go.mod above it.
  REQUIRE(find_module(s.root.string(), &m, &error));
  CHECK(m.path.empty());
  CHECK(module_package_dir(m, "example.com/m") == "");
}
