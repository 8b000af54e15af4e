// A small command-line flag parser with the syntax of Go's `flag` package, so go2cpp's commands
// take flags the way `go build` does.
#pragma once

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace go2cpp::driver {

// The outcome of FlagSet::parse.
struct FlagParse {
  enum class Status { Ok, Help, Error };
  Status status = Status::Ok;
  std::string error;              // one line, e.g. "flag provided but not defined: -foo"
  std::vector<std::string> rest;  // the arguments after the flags
};

// Flags for one command. Accepted forms, as in Go: `-flag`, `--flag`, `-flag=value`,
// `-flag value` (not for bools, which take `-flag=false`). Parsing stops at the first argument that
// is not a flag (a lone `-` is not one) and after `--`, which is consumed. `-h`, `-help` and
// `--help` ask for help unless a command defines them.
class FlagSet {
 public:
  // Sets a flag from its text; returns an error message (the reason) or "" on success.
  using Setter = std::function<std::string(std::string_view value)>;

  void add_bool(std::string name, bool* target);
  void add_string(std::string name, std::string* target);
  // A level given as a bare flag (1) or with a number, as gc's -m and -m=2.
  void add_level(std::string name, int* target);
  // A flag with its own validation, e.g. -dump=ast|types.
  void add_value(std::string name, Setter set);
  // Lets a value-taking flag also take its value glued to its name, as C compilers do: `-O2`.
  void allow_attached_value(std::string_view name);

  FlagParse parse(std::span<const std::string> args) const;

 private:
  struct Flag {
    std::string name;
    bool is_bool = false;
    bool attached = false;
    Setter set;
  };
  const Flag* find(std::string_view name) const;
  const Flag* find_attached(std::string_view name, std::string_view* value) const;

  std::vector<Flag> flags_;
};

}  // namespace go2cpp::driver
