// The driver's file-system helpers (driver/fsutil.h): atomic writes leave either the finished files
// or nothing, never a temporary; temporary build directories go away with their owner.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "driver/fsutil.h"

namespace fs = std::filesystem;
using go2cpp::driver::FileToWrite;
using go2cpp::driver::TempDir;

namespace {

std::string read(const fs::path& p) {
  std::ifstream in(p);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> names_in(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

TEST_CASE("fsutil: a TempDir is removed with its contents unless kept") {
  std::string path;
  std::string error;
  {
    TempDir dir;
    REQUIRE(dir.create("go2cpp-unit-", &error));
    path = dir.path();
    CHECK(fs::is_directory(path));
    std::ofstream(fs::path(path) / "x.o") << "data";
  }
  CHECK_FALSE(fs::exists(path));
  {
    TempDir dir;
    REQUIRE(dir.create("go2cpp-unit-", &error));
    path = dir.path();
    dir.keep();
  }
  CHECK(fs::is_directory(path));
  fs::remove_all(path);
}

TEST_CASE("fsutil: write_files_atomically writes every file and leaves no temporaries") {
  TempDir dir;
  std::string error;
  REQUIRE(dir.create("go2cpp-unit-", &error));
  fs::path out = fs::path(dir.path()) / "out";
  REQUIRE(go2cpp::driver::write_files_atomically(
      out.string(), {{"main.cpp", "int main() {}\n"}, {"main.h", "#pragma once\n"}}, &error));
  CHECK(names_in(out) == std::vector<std::string>{"main.cpp", "main.h"});
  CHECK(read(out / "main.cpp") == "int main() {}\n");
  // Overwriting replaces the contents.
  REQUIRE(go2cpp::driver::write_files_atomically(out.string(), {{"main.cpp", "// v2\n"}}, &error));
  CHECK(read(out / "main.cpp") == "// v2\n");
}

TEST_CASE("fsutil: a failed write leaves the old files and no temporaries") {
  TempDir dir;
  std::string error;
  REQUIRE(dir.create("go2cpp-unit-", &error));
  fs::path out(dir.path());
  std::ofstream(out / "a.cpp") << "old";
  fs::create_directories(out / "b.cpp" /
                         "in-the-way");  // renaming onto a non-empty directory fails
  CHECK_FALSE(go2cpp::driver::write_files_atomically(
      out.string(), {{"b.cpp", "new b"}, {"a.cpp", "new a"}}, &error));
  CHECK(error.find("b.cpp") != std::string::npos);
  CHECK(read(out / "a.cpp") == "old");
  CHECK(names_in(out) == std::vector<std::string>{"a.cpp", "b.cpp"});
}

TEST_CASE("fsutil: install_file moves a file into place, keeping its mode") {
  TempDir dir;
  std::string error;
  REQUIRE(dir.create("go2cpp-unit-", &error));
  fs::path from = fs::path(dir.path()) / "built";
  fs::path to = fs::path(dir.path()) / "final";
  std::ofstream(from) << "\x7f"
                         "ELF...";
  fs::permissions(from, fs::perms::owner_all);
  REQUIRE(go2cpp::driver::install_file(from.string(), to.string(), &error));
  CHECK_FALSE(fs::exists(from));
  CHECK((fs::status(to).permissions() & fs::perms::owner_exec) != fs::perms::none);
  CHECK(go2cpp::driver::looks_like_object_file(to.string()));
  std::ofstream(from) << "notes";
  CHECK_FALSE(go2cpp::driver::looks_like_object_file(from.string()));
}
