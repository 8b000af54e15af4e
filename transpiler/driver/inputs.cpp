// Input resolution (see inputs.h). A lone argument that is not a .go file names a package
// directory; otherwise every argument must be an existing .go file and all must share a directory.
// Directories are compared after making them absolute and lexically normal, so `a.go` and `./a.go`
// are in the same one. Messages follow the go command's wording.
#include "driver/inputs.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace go2cpp::driver {
namespace fs = std::filesystem;

namespace {

bool is_go_file_name(const std::string& name) {
  return name.size() > 3 && name.ends_with(".go");
}

// An OS error as Go words it: strerror's text with a lower-case first letter.
std::string os_message(const std::error_code& ec) {
  std::string m = ec ? ec.message() : std::string("no such file or directory");
  if (!m.empty() && m[0] >= 'A' && m[0] <= 'Z') m[0] = static_cast<char>(m[0] - 'A' + 'a');
  return m;
}

// "stat X: no such file or directory", the way Go reports a failed stat.
std::string stat_error(const std::string& path, const std::error_code& ec) {
  return "stat " + path + ": " + os_message(ec);
}

// The directory of a named file as Go prints it in "must all be in one directory": "./", "sub/".
std::string display_dir(const std::string& file) {
  fs::path parent = fs::path(file).parent_path();
  if (parent.empty()) return "./";
  std::string s = parent.string();
  return s.ends_with('/') ? s : s + "/";
}

fs::path absolute_dir(const std::string& file) {
  std::error_code ec;
  fs::path abs = fs::absolute(fs::path(file), ec);
  return (ec ? fs::path(file) : abs).lexically_normal().parent_path();
}

// The base name of a directory argument; "." and ".." are resolved against the cwd.
std::string dir_base_name(const std::string& dir) {
  std::error_code ec;
  fs::path abs = fs::absolute(fs::path(dir), ec);
  fs::path normal = (ec ? fs::path(dir) : abs).lexically_normal();
  std::string s = normal.string();
  while (s.size() > 1 && s.ends_with('/')) s.pop_back();
  std::string base = fs::path(s).filename().string();
  return base.empty() || base == "/" ? "a.out" : base;
}

}  // namespace

bool list_package_dir(const std::string& dir, std::vector<std::string>* files, std::string* error,
                      const BuildContext& ctx) {
  std::vector<std::string> names;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (!is_go_file_name(name) || name.ends_with("_test.go")) continue;
    if (name[0] == '.' || name[0] == '_') continue;
    std::error_code type_ec;
    if (!it->is_regular_file(type_ec)) continue;
    names.push_back(std::move(name));
  }
  if (ec) {
    *error = "open " + dir + ": " + os_message(ec);
    return false;
  }
  if (names.empty()) {
    *error = "no Go files in " + dir;
    return false;
  }
  std::sort(names.begin(), names.end());
  std::string prefix = dir;
  while (prefix.size() > 1 && prefix.ends_with('/')) prefix.pop_back();
  files->clear();
  for (const std::string& name : names) {
    std::string path = prefix == "." ? name : (prefix == "/" ? "/" : prefix + "/") + name;
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (file_matches(name, text.str(), ctx)) files->push_back(path);
  }
  if (files->empty()) {
    *error = "build constraints exclude all Go files in " + dir;
    return false;
  }
  return true;
}

namespace {

bool resolve_dir(const std::string& dir, PackageInputs* out, std::string* error,
                 const BuildContext& ctx) {
  if (!list_package_dir(dir, &out->files, error, ctx)) return false;
  out->output_name = dir_base_name(dir);
  out->package_path = dir;
  return true;
}

bool resolve_files(std::span<const std::string> paths, PackageInputs* out, std::string* error) {
  for (const std::string& path : paths) {
    if (!is_go_file_name(path)) {
      *error = "named files must be .go files: " + path;
      return false;
    }
  }
  for (const std::string& path : paths) {
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      *error = stat_error(path, ec);
      return false;
    }
    if (!fs::is_regular_file(st)) {
      *error = "named files must be .go files: " + path + " is not a regular file";
      return false;
    }
  }
  fs::path first_dir = absolute_dir(paths[0]);
  for (const std::string& path : paths.subspan(1)) {
    if (absolute_dir(path) != first_dir) {
      *error = "named files must all be in one directory; have " + display_dir(paths[0]) + " and " +
               display_dir(path);
      return false;
    }
  }
  out->files.assign(paths.begin(), paths.end());
  std::string stem = fs::path(paths[0]).filename().string();
  out->output_name = stem.substr(0, stem.size() - 3);
  out->package_path = "command-line-arguments";
  return true;
}

}  // namespace

bool resolve_inputs(std::span<const std::string> paths, PackageInputs* out, std::string* error,
                    const BuildContext& ctx) {
  *out = PackageInputs{};
  if (paths.empty()) {
    *error = "no package given";
    return false;
  }
  if (paths.size() == 1 && !is_go_file_name(paths[0])) {
    const std::string& dir = paths[0];
    std::error_code ec;
    fs::file_status st = fs::status(dir, ec);
    if (ec || !fs::exists(st)) {
      *error = "cannot find package \"" + dir + "\": " + stat_error(dir, ec);
      return false;
    }
    if (!fs::is_directory(st)) {
      *error = "named files must be .go files: " + dir;
      return false;
    }
    return resolve_dir(dir, out, error, ctx);
  }
  bool any_go = std::any_of(paths.begin(), paths.end(), is_go_file_name);
  if (!any_go) {
    *error = "only one package at a time: have " + paths[0] + " and " + paths[1];
    return false;
  }
  return resolve_files(paths, out, error);
}

RunArgs split_run_args(std::span<const std::string> args) {
  RunArgs result;
  auto dashes = std::find(args.begin(), args.end(), "--");
  if (dashes != args.end()) {
    result.paths.assign(args.begin(), dashes);
    result.program_args.assign(dashes + 1, args.end());
    return result;
  }
  size_t n = 0;
  while (n < args.size() && is_go_file_name(args[n])) ++n;
  if (n == 0 && !args.empty()) n = 1;
  result.paths.assign(args.begin(), args.begin() + static_cast<std::ptrdiff_t>(n));
  result.program_args.assign(args.begin() + static_cast<std::ptrdiff_t>(n), args.end());
  return result;
}

}  // namespace go2cpp::driver
