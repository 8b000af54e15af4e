// go.mod discovery and the module's import paths (see module.h). Of go.mod only the `module`
// directive matters here; the `go` version and any `require` lines are ignored.
#include "driver/module.h"

#include <filesystem>
#include <fstream>
#include <system_error>

namespace go2cpp::driver {
namespace fs = std::filesystem;

namespace {

std::string trim(std::string s) {
  size_t b = s.find_first_not_of(" \t\r");
  size_t e = s.find_last_not_of(" \t\r");
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

// The module path of a go.mod's text: `module example.com/m`, possibly quoted, possibly with a
// trailing // comment; "" when there is no such line.
std::string module_directive(std::istream& in) {
  std::string line;
  while (std::getline(in, line)) {
    if (size_t c = line.find("//"); c != std::string::npos) line.resize(c);
    line = trim(line);
    if (!line.starts_with("module") || line.size() == 6 || (line[6] != ' ' && line[6] != '\t')) {
      continue;
    }
    std::string path = trim(line.substr(6));
    if (path.size() >= 2 && (path.front() == '"' || path.front() == '`') &&
        path.back() == path.front()) {
      path = path.substr(1, path.size() - 2);
    }
    return path;
  }
  return "";
}

}  // namespace

bool find_module(const std::string& dir, Module* module, std::string* error) {
  *module = Module{};
  std::error_code ec;
  fs::path d = fs::absolute(dir.empty() ? fs::path(".") : fs::path(dir), ec).lexically_normal();
  if (ec) return true;
  for (;;) {
    fs::path mod = d / "go.mod";
    if (fs::is_regular_file(mod, ec)) {
      std::ifstream in(mod);
      std::string path = module_directive(in);
      if (path.empty()) {
        *error = mod.string() + ": no module declaration in go.mod";
        return false;
      }
      module->root = d.string();
      module->path = path;
      return true;
    }
    if (!d.has_parent_path() || d.parent_path() == d) return true;
    d = d.parent_path();
  }
}

std::string module_package_dir(const Module& module, const std::string& import_path) {
  if (module.path.empty()) return "";
  if (import_path == module.path) return module.root;
  if (!import_path.starts_with(module.path + "/")) return "";
  std::string rest = import_path.substr(module.path.size() + 1);
  if (rest.empty() || rest.find("..") != std::string::npos) return "";
  return (fs::path(module.root) / rest).string();
}

std::string module_import_path(const Module& module, const std::string& dir) {
  std::error_code ec;
  fs::path abs = fs::absolute(dir.empty() ? fs::path(".") : fs::path(dir), ec).lexically_normal();
  fs::path rel = abs.lexically_relative(module.root);
  std::string r = rel.generic_string();
  while (!r.empty() && r.back() == '/') r.pop_back();
  if (r.empty() || r == ".") return module.path;
  return module.path + "/" + r;
}

}  // namespace go2cpp::driver
