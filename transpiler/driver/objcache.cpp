// The cache of standard-library objects (see objcache.h).
#include "driver/objcache.h"

#include <unistd.h>

#include <filesystem>
#include <system_error>

#include "driver/cachekey.h"
#include "driver/toolchain.h"

namespace go2cpp::driver {

namespace fs = std::filesystem;

StdObjectCache::StdObjectCache(const std::vector<OutputFile>& generated,
                               const std::string& support_include)
    : generated_(generated) {
  Hasher h;
  h.add("go2cpp std object v1");
  for (const std::string& f : files_under(support_include)) {
    std::string text;
    read_file(fs::path(support_include) / f, &text);
    h.add(f);
    h.add(text);
  }
  base_ = h.hex();
}

std::string StdObjectCache::path_for(const std::vector<std::string>& cmd,
                                     const std::string& work_dir, const OutputFile& cpp) const {
  Hasher h;
  h.add(base_);
  std::vector<std::string> cxx;
  for (const std::string& word : cmd) {
    if (word.starts_with("-")) break;
    cxx.push_back(word);
  }
  h.add(compiler_identity(cxx));
  for (const std::string& word : cmd) {
    // The build directory differs from build to build: its paths are left out.
    if (word.find(work_dir) != std::string::npos) {
      h.add("WORK");
    } else {
      h.add(word);
    }
  }
  h.add(cpp.name);
  h.add(cpp.text);
  for (const std::string& header : cpp.headers) {
    h.add(header);
    for (const OutputFile& f : generated_) {
      if (f.name == header) h.add(f.text);
    }
  }
  return (fs::path(cache_dir()) / "std-objects" / (h.hex() + ".o")).string();
}

bool StdObjectCache::fetch(const std::string& cached, const std::string& object) {
  std::error_code ec;
  if (!fs::exists(cached, ec)) return false;
  return fs::copy_file(cached, object, fs::copy_options::overwrite_existing, ec) && !ec;
}

void StdObjectCache::store(const std::string& object, const std::string& cached) {
  std::error_code ec;
  fs::create_directories(fs::path(cached).parent_path(), ec);
  // Copied beside its final name, then renamed: a concurrent build sees all of it or nothing.
  std::string tmp = cached + ".tmp" + std::to_string(::getpid());
  if (!fs::copy_file(object, tmp, fs::copy_options::overwrite_existing, ec) || ec) return;
  fs::rename(tmp, cached, ec);
  if (ec) fs::remove(tmp, ec);
}

}  // namespace go2cpp::driver
