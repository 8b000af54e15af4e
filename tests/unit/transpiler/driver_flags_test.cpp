// The driver's Go-style flag parser (driver/flags.h): the accepted forms, where parsing stops, and
// the Go flag package's error messages.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "driver/flags.h"

using go2cpp::driver::FlagParse;
using go2cpp::driver::FlagSet;

namespace {

struct Flags {
  std::string o;
  bool v = false;
  std::string level = "2";
  FlagSet set;
  Flags() {
    set.add_string("o", &o);
    set.add_bool("v", &v);
    set.add_value("O", [this](std::string_view s) -> std::string {
      if (s.size() != 1 || s[0] < '0' || s[0] > '3') return "must be 0, 1, 2 or 3";
      level = std::string(s);
      return "";
    });
    set.allow_attached_value("O");
  }
  FlagParse parse(std::vector<std::string> args) { return set.parse(args); }
};

}  // namespace

TEST_CASE("flags: -flag, --flag, -flag=value and -flag value") {
  Flags f;
  FlagParse p = f.parse({"-v", "--o=out", "-O", "3", "main.go"});
  REQUIRE(p.status == FlagParse::Status::Ok);
  CHECK(f.v);
  CHECK(f.o == "out");
  CHECK(f.level == "3");
  CHECK(p.rest == std::vector<std::string>{"main.go"});

  Flags g;
  p = g.parse({"-o", "bin", "--v=false", "x"});
  REQUIRE(p.status == FlagParse::Status::Ok);
  CHECK(g.o == "bin");
  CHECK_FALSE(g.v);
}

TEST_CASE("flags: a bool does not take the next argument as its value") {
  Flags f;
  FlagParse p = f.parse({"-v", "false"});
  REQUIRE(p.status == FlagParse::Status::Ok);
  CHECK(f.v);
  CHECK(p.rest == std::vector<std::string>{"false"});
}

TEST_CASE("flags: parsing stops at the first non-flag, at a lone -, and after --") {
  Flags f;
  CHECK(f.parse({"main.go", "-v"}).rest == std::vector<std::string>{"main.go", "-v"});
  CHECK_FALSE(f.v);
  CHECK(f.parse({"-", "-v"}).rest == std::vector<std::string>{"-", "-v"});
  CHECK(f.parse({"-v", "--", "-o", "x"}).rest == std::vector<std::string>{"-o", "x"});
  CHECK(f.o.empty());
}

TEST_CASE("flags: a value glued to its name where allowed (-O2)") {
  Flags f;
  REQUIRE(f.parse({"-O0"}).status == FlagParse::Status::Ok);
  CHECK(f.level == "0");
  FlagParse p = f.parse({"-O9"});
  CHECK(p.status == FlagParse::Status::Error);
  CHECK(p.error == "invalid value \"9\" for flag -O: must be 0, 1, 2 or 3");
}

TEST_CASE("flags: errors use the Go flag package's words") {
  Flags f;
  FlagParse p = f.parse({"-nope"});
  CHECK(p.status == FlagParse::Status::Error);
  CHECK(p.error == "flag provided but not defined: -nope");
  CHECK(f.parse({"-o"}).error == "flag needs an argument: -o");
  CHECK(f.parse({"---v"}).error == "bad flag syntax: ---v");
  CHECK(f.parse({"-=x"}).error == "bad flag syntax: -=x");
  CHECK(f.parse({"-v=maybe"}).error == "invalid boolean value \"maybe\" for flag -v: parse error");
}

TEST_CASE("flags: -h, -help and --help ask for help") {
  for (const char* h : {"-h", "-help", "--help"}) {
    Flags f;
    CHECK(f.parse({"-v", h, "main.go"}).status == FlagParse::Status::Help);
  }
}
