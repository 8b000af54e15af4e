// Compiler discovery, runtime location and command lines (see compile.h). Nothing here runs a
// command: the builder (builder.cpp) does, so -x can print exactly what these functions return.
#include "driver/compile.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "driver/fsutil.h"
#include "go2cpp_config.h"

namespace go2cpp::driver {
namespace fs = std::filesystem;

namespace {

// The standard and the two flags that give Go's arithmetic (docs/runtime-api.md); and no
// type-based alias analysis, which Go's compilers do not do either: unsafe.Pointer conversions
// read a []byte's header as a string (go/unsafe.h).
constexpr const char* kLanguageFlags[] = {"-std=c++20", "-fwrapv", "-ffp-contract=off",
                                          "-fno-strict-aliasing"};

// A statically linked program (a board target) keeps only the functions and data it uses: each
// gets a section of its own, and the linker drops the sections nothing refers to (-Wl,--gc-sections),
// a fifth of a hello world's size (docs/targets.md).
constexpr const char* kSectionFlags[] = {"-ffunction-sections", "-fdata-sections"};

constexpr const char* kCompilerCandidates[] = {"c++", "g++", "clang++"};

// What -sanitize accepts: the sanitizers g++ and clang++ both have for a whole program.
constexpr std::string_view kSanitizers[] = {"address", "undefined", "leak", "thread"};

constexpr const char* kNoCompilerHint = "install g++ (apt-get install g++) or set CXX";

bool is_executable_file(const std::string& path) {
  std::error_code ec;
  return fs::is_regular_file(path, ec) && ::access(path.c_str(), X_OK) == 0;
}

}  // namespace

std::string look_path(const std::string& name) {
  if (name.find('/') != std::string::npos) return is_executable_file(name) ? name : "";
  const char* path = std::getenv("PATH");
  std::string dirs = path != nullptr ? path : "/usr/local/bin:/usr/bin:/bin";
  size_t start = 0;
  for (;;) {
    size_t colon = dirs.find(':', start);
    std::string dir =
        dirs.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
    std::string candidate = (dir.empty() ? std::string(".") : dir) + "/" + name;
    if (is_executable_file(candidate)) return candidate;
    if (colon == std::string::npos) return "";
    start = colon + 1;
  }
}

namespace {

bool exists(const std::string& path) {
  std::error_code ec;
  return fs::exists(path, ec);
}

// Takes the runtime from an installed prefix (include/go/, lib/libgo2cpp_rt.a, and the prebuilt
// std objects in lib/go2cpp/std-objects); false when the prefix has no runtime.
bool set_runtime_from_prefix(const fs::path& prefix, Toolchain* tc) {
  fs::path include = prefix / "include";
  fs::path lib = prefix / "lib" / "libgo2cpp_rt.a";
  if (!exists((include / "go").string()) || !exists(lib.string())) return false;
  tc->include_dir = include.string();
  tc->runtime_library = lib.string();
  tc->std_objects_dir = (prefix / "lib" / "go2cpp" / "std-objects").string();
  return true;
}

// -fsanitize=... and what makes its reports useful and fatal: frame pointers for the stack
// traces, and no recovery, so a program with undefined behaviour fails instead of printing and
// going on.
void add_sanitizer_flags(const CodegenOptions& options, bool compiling,
                         std::vector<std::string>* cmd) {
  if (options.sanitizers.empty()) return;
  std::string list;
  for (const std::string& s : options.sanitizers) list += (list.empty() ? "" : ",") + s;
  cmd->push_back("-fsanitize=" + list);
  if (compiling) {
    cmd->push_back("-fno-omit-frame-pointer");
    cmd->push_back("-fno-sanitize-recover=all");
  }
}

}  // namespace

std::string add_sanitizers(std::string_view list, std::vector<std::string>* sanitizers) {
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    std::string_view name = list.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
    if (std::find(std::begin(kSanitizers), std::end(kSanitizers), name) == std::end(kSanitizers)) {
      return "unknown sanitizer \"" + std::string(name) + "\" (want address, undefined, leak or thread)";
    }
    if (std::find(sanitizers->begin(), sanitizers->end(), name) == sanitizers->end()) {
      sanitizers->emplace_back(name);
    }
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  bool thread = std::find(sanitizers->begin(), sanitizers->end(), "thread") != sanitizers->end();
  bool address = std::find(sanitizers->begin(), sanitizers->end(), "address") != sanitizers->end();
  bool leak = std::find(sanitizers->begin(), sanitizers->end(), "leak") != sanitizers->end();
  if (thread && (address || leak)) {
    return "the thread sanitizer (-race) cannot be combined with address or leak";
  }
  return "";
}

std::vector<std::string> split_command_words(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  bool in_word = false;
  char quote = 0;
  for (char c : text) {
    if (quote != 0) {
      if (c == quote) {
        quote = 0;
      } else {
        word += c;
      }
    } else if (c == '\'' || c == '"') {
      quote = c;
      in_word = true;
    } else if (c == ' ' || c == '\t' || c == '\n') {
      if (in_word) words.push_back(std::move(word));
      word.clear();
      in_word = false;
    } else {
      word += c;
      in_word = true;
    }
  }
  if (in_word) words.push_back(std::move(word));
  return words;
}

bool find_compiler(std::vector<std::string>* cxx, std::string* error) {
  const char* env = std::getenv("CXX");
  if (env != nullptr && *env != '\0') {
    std::vector<std::string> words = split_command_words(env);
    if (words.empty() || look_path(words[0]).empty()) {
      *error = "no C++ compiler found: CXX=" + std::string(env) + " is not an executable file; " +
               kNoCompilerHint;
      return false;
    }
    *cxx = std::move(words);
    return true;
  }
  for (const char* name : kCompilerCandidates) {
    if (!look_path(name).empty()) {
      *cxx = {name};
      return true;
    }
  }
  *error = std::string("no C++ compiler found (looked for c++, g++ and clang++ on PATH): ") +
           kNoCompilerHint;
  return false;
}

bool find_runtime(Toolchain* tc, std::string* error) {
  tc->link_flags = split_command_words(GO2CPP_RUNTIME_LINK_FLAGS);
  const char* root = std::getenv("GO2CPP_ROOT");
  if (root != nullptr && *root != '\0') {
    if (set_runtime_from_prefix(root, tc)) return true;
    *error = std::string("GO2CPP_ROOT=") + root +
             " does not hold a go2cpp runtime (expected include/go/ and lib/libgo2cpp_rt.a there)";
    return false;
  }
  // An installed go2cpp uses its own prefix (bin/..); one run from its build tree, that tree.
  fs::path bin = executable_dir();  // driver/fsutil.h
  if (!bin.empty() && set_runtime_from_prefix(bin.parent_path(), tc)) return true;
  if (exists(GO2CPP_SUPPORT_INCLUDE_DIR) && exists(GO2CPP_RUNTIME_LIBRARY)) {
    tc->include_dir = GO2CPP_SUPPORT_INCLUDE_DIR;
    tc->runtime_library = GO2CPP_RUNTIME_LIBRARY;
    tc->std_objects_dir = GO2CPP_STD_OBJECTS_DIR;
    return true;
  }
  *error = std::string("cannot find the go2cpp runtime library (looked for ") +
           GO2CPP_RUNTIME_LIBRARY +
           (bin.empty() ? std::string() : " and " + (bin.parent_path() / "lib").string()) +
           "): build the go2cpp_rt target, or set GO2CPP_ROOT to an installed go2cpp";
  return false;
}

std::vector<std::string> language_flags() {
  return {std::begin(kLanguageFlags), std::end(kLanguageFlags)};
}

std::vector<std::string> section_flags() {
  return {std::begin(kSectionFlags), std::end(kSectionFlags)};
}

std::vector<std::string> compile_command(const Toolchain& tc, const CodegenOptions& options,
                                         const std::string& source, const std::string& object,
                                         const std::string& include_dir,
                                         const std::string& prelude) {
  std::vector<std::string> cmd = tc.cxx;
  cmd.insert(cmd.end(), std::begin(kLanguageFlags), std::end(kLanguageFlags));
  cmd.push_back(std::string("-O") + options.opt_level);
  if (options.debug_info) cmd.push_back("-g");
  add_sanitizer_flags(options, /*compiling=*/true, &cmd);
  if (tc.static_link) cmd.insert(cmd.end(), std::begin(kSectionFlags), std::end(kSectionFlags));
  if (!prelude.empty()) cmd.insert(cmd.end(), {"-include", prelude});
  cmd.push_back("-I" + include_dir);
  cmd.push_back("-I" + tc.include_dir);
  cmd.insert(cmd.end(), {"-c", source, "-o", object});
  return cmd;
}

std::vector<std::string> link_command(const Toolchain& tc, const CodegenOptions& options,
                                      const std::vector<std::string>& objects,
                                      const std::string& output) {
  std::vector<std::string> cmd = tc.cxx;
  cmd.push_back(std::string("-O") + options.opt_level);
  if (options.debug_info) cmd.push_back("-g");
  add_sanitizer_flags(options, /*compiling=*/false, &cmd);
  if (tc.static_link) cmd.insert(cmd.end(), {"-static", "-Wl,--gc-sections"});
  cmd.insert(cmd.end(), objects.begin(), objects.end());
  cmd.push_back(tc.runtime_library);
  for (const std::string& dir : tc.lib_dirs) cmd.push_back("-L" + dir);
  cmd.insert(cmd.end(), tc.link_flags.begin(), tc.link_flags.end());
  cmd.insert(cmd.end(), {"-o", output});
  return cmd;
}

}  // namespace go2cpp::driver
