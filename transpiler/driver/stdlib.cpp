// The standard library's sources: GOROOT's package directories with go2cpp's overlay, files
// chosen for an architecture without assembly (stdlib.h explains the rules).
#include "driver/stdlib.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>

#include "driver/fsutil.h"
#include "driver/inputs.h"
#include "go2cpp_config.h"

namespace go2cpp::driver {

namespace fs = std::filesystem;

namespace {

// support-lib/std: Go sources that replace or add to GOROOT's files of a package. Found as the
// runtime packages' declarations are (pipeline.cpp's stdlib_dir): under GO2CPP_ROOT, else under
// the prefix go2cpp is installed in (share/go2cpp/std, cmake/install.cmake), else in the source
// tree.
std::string overlay_dir() {
  if (const char* root = std::getenv("GO2CPP_ROOT")) {
    fs::path p = fs::path(root) / "share" / "go2cpp" / "std";
    if (fs::exists(p)) return p.string();
  }
  if (std::string bin = executable_dir(); !bin.empty()) {
    fs::path p = fs::path(bin).parent_path() / "share" / "go2cpp" / "std";
    if (fs::exists(p)) return p.string();
  }
  return GO2CPP_STD_OVERLAY_DIR;
}

bool plain_std_path(const std::string& path) {
  if (path.empty() || path.find("..") != std::string::npos || path[0] == '/') return false;
  std::string first = path.substr(0, path.find('/'));
  return first.find('.') == std::string::npos && path != "unsafe";
}

}  // namespace

std::string goroot_dir() {
  if (const char* root = std::getenv("GO2CPP_GOROOT"); root != nullptr && *root != '\0') {
    return root;
  }
  return GO2CPP_GOROOT;
}

std::string std_source_dir(const std::string& path) {
  if (!plain_std_path(path)) return "";
  fs::path dir = fs::path(goroot_dir()) / "src" / path;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return "";
  return dir.string();
}

bool list_std_package(const std::string& path, const BuildContext& target,
                      std::vector<std::string>* files, std::string* error) {
  BuildContext ctx = target;
  ctx.goarch = kStdArch;
  ctx.tags.assign(std::begin(kStdTags), std::end(kStdTags));
  std::string dir = std_source_dir(path);
  std::vector<std::string> goroot_files;
  if (!list_package_dir(dir, &goroot_files, error, ctx)) return false;
  // Base name -> path; the overlay's files win.
  std::map<std::string, std::string> chosen;
  for (const std::string& f : goroot_files) chosen[fs::path(f).filename().string()] = f;
  fs::path overlay = fs::path(overlay_dir()) / path;
  std::error_code ec;
  if (fs::is_directory(overlay, ec)) {
    std::vector<std::string> overlay_files;
    std::string ignored;
    if (list_package_dir(overlay.string(), &overlay_files, &ignored, ctx)) {
      for (const std::string& f : overlay_files) chosen[fs::path(f).filename().string()] = f;
    }
  }
  files->clear();
  for (const auto& [name, file] : chosen) files->push_back(file);
  return true;
}

void drop_bodyless_funcs(syntax::File* file) {
  std::erase_if(file->decls, [](const syntax::Decl* d) {
    const syntax::FuncDecl* fd = d->as<syntax::FuncDecl>();
    return fd != nullptr && fd->body == nullptr;
  });
}

}  // namespace go2cpp::driver
