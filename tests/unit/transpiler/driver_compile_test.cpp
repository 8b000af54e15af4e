// The driver's command lines (driver/compile.h, driver/process.h): the flags generated code needs,
// the order of the link line, $CXX splitting, and -x's shell quoting.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "driver/compile.h"
#include "driver/process.h"

using go2cpp::driver::CodegenOptions;
using go2cpp::driver::Toolchain;
using V = std::vector<std::string>;

namespace {

Toolchain toolchain() {
  Toolchain tc;
  tc.cxx = {"ccache", "g++"};
  tc.include_dir = "/opt/go2cpp/include";
  tc.runtime_library = "/opt/go2cpp/lib/libgo2cpp_rt.a";
  tc.link_flags = {"-lfmt", "-lgc"};
  return tc;
}

}  // namespace

TEST_CASE("compile: generated code gets C++20, Go's arithmetic flags, and the support headers") {
  CodegenOptions options;
  options.opt_level = '1';
  V cmd = go2cpp::driver::compile_command(toolchain(), options, "/w/main.cpp", "/w/main.o", "/w");
  CHECK(cmd == V{"ccache", "g++", "-std=c++20", "-fwrapv", "-ffp-contract=off", "-fno-strict-aliasing", "-O1", "-I/w",
                 "-I/opt/go2cpp/include", "-c", "/w/main.cpp", "-o", "/w/main.o"});
}

TEST_CASE("compile: the link line puts the runtime library, then its flags, after the objects") {
  CodegenOptions options;
  options.debug_info = true;
  V cmd = go2cpp::driver::link_command(toolchain(), options, {"/w/a.o", "/w/b.o"}, "/w/exe/hi");
  CHECK(cmd == V{"ccache", "g++", "-O2", "-g", "/w/a.o", "/w/b.o", "/opt/go2cpp/lib/libgo2cpp_rt.a",
                 "-lfmt", "-lgc", "-o", "/w/exe/hi"});
}

TEST_CASE("compile: $CXX is split into words, with quotes grouping") {
  using go2cpp::driver::split_command_words;
  CHECK(split_command_words("g++") == V{"g++"});
  CHECK(split_command_words("  ccache   g++ -m64 ") == V{"ccache", "g++", "-m64"});
  CHECK(split_command_words("'/opt/my tools/g++' \"-D X=1\"") == V{"/opt/my tools/g++", "-D X=1"});
  CHECK(split_command_words("").empty());
}

TEST_CASE("process: -x lines quote only what needs it and write the build directory as $WORK") {
  using go2cpp::driver::shell_line;
  CHECK(shell_line({"g++", "-O2", "a b.cpp", "it's"}) == "g++ -O2 'a b.cpp' 'it'\\''s'");
  CHECK(shell_line({"g++", "-I/tmp/w 1", "/tmp/w 1/main.cpp"}, "/tmp/w 1") ==
        "g++ -I$WORK $WORK/main.cpp");
  CHECK(shell_line({"mv", "/tmp/w/exe/x", "my prog"}, "/tmp/w") == "mv $WORK/exe/x 'my prog'");
}

TEST_CASE("process: signal names are the ones go run prints") {
  CHECK(go2cpp::driver::signal_name(9) == "killed");
  CHECK(go2cpp::driver::signal_name(11) == "segmentation fault");
  CHECK(go2cpp::driver::signal_name(2) == "interrupt");
}
