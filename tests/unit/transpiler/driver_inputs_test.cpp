// The driver's input resolution (driver/inputs.h): a package directory or .go files in one
// directory, go build's messages, the output name, and how `go2cpp run` splits its arguments.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "driver/inputs.h"

namespace fs = std::filesystem;
using go2cpp::driver::PackageInputs;
using go2cpp::driver::resolve_inputs;
using go2cpp::driver::split_run_args;

namespace {

// A scratch directory with a package "hello" inside, removed at the end of the test.
struct Scratch {
  fs::path root;
  Scratch() {
    std::string pattern = (fs::temp_directory_path() / "go2cpp-inputs-XXXXXX").string();
    root = ::mkdtemp(pattern.data());
    fs::create_directories(root / "hello");
    fs::create_directories(root / "empty");
    fs::create_directories(root / "other");
    for (const char* name :
         {"main.go", "util.go", "a_test.go", "_skip.go", ".hidden.go", "notes.txt"}) {
      std::ofstream(root / "hello" / name) << "package main\n";
    }
    std::ofstream(root / "other" / "x.go") << "package main\n";
  }
  ~Scratch() { fs::remove_all(root); }
  std::string path(const char* rel) const { return (root / rel).string(); }
};

bool resolve(std::vector<std::string> paths, PackageInputs* out, std::string* error) {
  return resolve_inputs(paths, out, error);
}

}  // namespace

TEST_CASE("inputs: a directory gives its .go files, sorted, minus tests and _/. files") {
  Scratch s;
  PackageInputs in;
  std::string error;
  REQUIRE(resolve({s.path("hello")}, &in, &error));
  CHECK(in.files == std::vector<std::string>{s.path("hello/main.go"), s.path("hello/util.go")});
  CHECK(in.output_name == "hello");
  REQUIRE(resolve({s.path("hello") + "/"}, &in, &error));
  CHECK(in.files[0] == s.path("hello/main.go"));
  CHECK(in.output_name == "hello");
}

TEST_CASE("inputs: named files keep their spelling and name the output after the first") {
  Scratch s;
  PackageInputs in;
  std::string error;
  REQUIRE(resolve({s.path("hello/util.go"), s.path("hello/main.go")}, &in, &error));
  CHECK(in.files == std::vector<std::string>{s.path("hello/util.go"), s.path("hello/main.go")});
  CHECK(in.output_name == "util");
  CHECK(in.package_path == "command-line-arguments");
}

TEST_CASE("inputs: go build's error messages") {
  Scratch s;
  PackageInputs in;
  std::string error;
  CHECK_FALSE(resolve({s.path("empty")}, &in, &error));
  CHECK(error == "no Go files in " + s.path("empty"));

  CHECK_FALSE(resolve({s.path("hello/main.go"), s.path("other/x.go")}, &in, &error));
  CHECK(error == "named files must all be in one directory; have " + s.path("hello") + "/ and " +
                     s.path("other") + "/");

  CHECK_FALSE(resolve({s.path("hello/nope.go")}, &in, &error));
  CHECK(error == "stat " + s.path("hello/nope.go") + ": no such file or directory");

  CHECK_FALSE(resolve({s.path("nope")}, &in, &error));
  CHECK(error == "cannot find package \"" + s.path("nope") + "\": stat " + s.path("nope") +
                     ": no such file or directory");

  CHECK_FALSE(resolve({s.path("hello/main.go"), s.path("hello/notes.txt")}, &in, &error));
  CHECK(error == "named files must be .go files: " + s.path("hello/notes.txt"));
}

TEST_CASE("run arguments: -- separates, else Go's rule after the .go files or the package") {
  using V = std::vector<std::string>;
  auto split = [](V args) { return split_run_args(args); };
  auto r = split({"main.go", "util.go", "a", "b.go"});
  CHECK(r.paths == V{"main.go", "util.go"});
  CHECK(r.program_args == V{"a", "b.go"});
  r = split({"./cmd", "-v", "x"});
  CHECK(r.paths == V{"./cmd"});
  CHECK(r.program_args == V{"-v", "x"});
  r = split({"main.go", "--", "--", "x"});
  CHECK(r.paths == V{"main.go"});
  CHECK(r.program_args == V{"--", "x"});
  CHECK(split({}).paths.empty());
}
