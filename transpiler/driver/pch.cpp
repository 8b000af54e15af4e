// The precompiled runtime header (see pch.h).
#include "driver/pch.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "driver/cachekey.h"
#include "driver/toolchain.h"

namespace go2cpp::driver {

namespace fs = std::filesystem;

namespace {

constexpr const char* kHeaderName = "go2cpp_prelude.h";

// What the header includes: the runtime, and fmt, which nearly every program imports. A unit that
// does not use fmt only gets its declarations (all in namespace go::fmt).
constexpr const char* kHeaderText =
    "// go2cpp's precompiled header (driver/pch.h): the runtime's headers every unit includes.\n"
    "#include \"go/runtime.h\"\n"
    "#include \"go/fmt.h\"\n";

// GCC's precompiled headers: the compiler alone (no wrapper), and GCC's driver by its real name
// (c++ and the cross compilers resolve to ...-g++-12).
bool is_gcc(const std::vector<std::string>& cxx) {
  if (cxx.size() != 1) return false;
  std::string path = look_path(cxx[0]);
  std::error_code ec;
  fs::path real = fs::canonical(path.empty() ? cxx[0] : path, ec);
  if (ec) return false;
  const std::string name = real.filename().string();
  return name.find("g++") != std::string::npos && name.find("clang") == std::string::npos;
}

bool off_by_environment() {
  const char* v = std::getenv("GO2CPP_PCH");
  return v != nullptr && std::string(v) == "off";
}

}  // namespace

PrecompiledHeader::PrecompiledHeader(const Toolchain& tc, const CodegenOptions& options)
    : tc_(tc), options_(options) {
  if (off_by_environment() || !is_gcc(tc.cxx)) return;
  Hasher h;
  h.add("go2cpp pch v1");
  h.add(compiler_identity(tc.cxx));
  // The flags of a compile, with its paths left out: the runtime's headers are hashed instead.
  for (const std::string& word : compile_command(tc, options, "SOURCE", "OBJECT", "WORK")) {
    h.add(word == "-I" + tc.include_dir ? std::string("-IRUNTIME") : word);
  }
  h.add(runtime_headers_hash(tc.include_dir));
  h.add(kHeaderText);
  dir_ = (fs::path(cache_dir()) / "pch" / h.hex()).string();
  build_dir_ = dir_ + ".tmp" + std::to_string(::getpid());
  std::error_code ec;
  if (!fs::exists(dir_, ec)) {
    needs_build_ = true;
    return;
  }
  const fs::path header = fs::path(dir_) / kHeaderName;
  if (fs::exists(fs::path(dir_) / (std::string(kHeaderName) + ".gch"), ec) &&
      fs::exists(header, ec)) {
    include_ = header.string();
  }
}

std::vector<std::string> PrecompiledHeader::build_command() const {
  const fs::path dir(build_dir_);
  return compile_command(tc_, options_, (dir / kHeaderName).string(),
                         (dir / (std::string(kHeaderName) + ".gch")).string(), build_dir_);
}

bool PrecompiledHeader::prepare_build_dir() const {
  std::error_code ec;
  fs::remove_all(build_dir_, ec);
  if (!fs::create_directories(build_dir_, ec) || ec) return false;
  std::ofstream out(fs::path(build_dir_) / kHeaderName, std::ios::binary);
  out << kHeaderText;
  return static_cast<bool>(out.flush());
}

void PrecompiledHeader::publish(bool built) const {
  std::error_code ec;
  if (!built) fs::remove(fs::path(build_dir_) / (std::string(kHeaderName) + ".gch"), ec);
  // A directory is renamed in one step: a concurrent build sees all of it or nothing. When
  // another build published first, the rename fails and this copy goes.
  fs::rename(build_dir_, dir_, ec);
  if (ec) discard();
}

void PrecompiledHeader::discard() const {
  std::error_code ec;
  fs::remove_all(build_dir_, ec);
}

}  // namespace go2cpp::driver
