// The prebuilt and cached standard-library objects (see objcache.h).
#include "driver/objcache.h"

#include <unistd.h>

#include <filesystem>
#include <system_error>

#include "driver/cachekey.h"
#include "driver/toolchain.h"

namespace go2cpp::driver {

namespace fs = std::filesystem;

StdObjectCache::StdObjectCache(const std::vector<OutputFile>& generated,
                               const std::string& support_include, std::string prebuilt_dir,
                               std::string store_dir)
    : generated_(generated),
      support_include_(support_include),
      prebuilt_dir_(std::move(prebuilt_dir)),
      store_dir_(store_dir.empty() ? (fs::path(cache_dir()) / "std-objects").string()
                                   : std::move(store_dir)) {
  Hasher h;
  h.add("go2cpp std object v2");
  h.add(runtime_headers_hash(support_include));
  base_ = h.hex();
}

std::string StdObjectCache::key_for(const std::vector<std::string>& cmd,
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
    // The build directory differs from build to build, and the runtime's headers are where
    // go2cpp is (the build tree or an installed prefix): their paths are left out (the headers'
    // text is in base_).
    if (word.find(work_dir) != std::string::npos) {
      h.add("WORK");
    } else if (word == "-I" + support_include_) {
      h.add("-IRUNTIME");
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
  return h.hex() + ".o";
}

const char* StdObjectCache::fetch(const std::string& key, const std::string& object) const {
  std::error_code ec;
  if (!prebuilt_dir_.empty() && prebuilt_dir_ != store_dir_) {
    fs::path p = fs::path(prebuilt_dir_) / key;
    if (fs::exists(p, ec) &&
        fs::copy_file(p, object, fs::copy_options::overwrite_existing, ec) && !ec) {
      return "prebuilt";
    }
  }
  fs::path p = fs::path(store_dir_) / key;
  if (fs::exists(p, ec) && fs::copy_file(p, object, fs::copy_options::overwrite_existing, ec) &&
      !ec) {
    return "cached";
  }
  return nullptr;
}

void StdObjectCache::store(const std::string& object, const std::string& key) const {
  std::error_code ec;
  fs::create_directories(store_dir_, ec);
  // Copied beside its final name, then renamed: a concurrent build sees all of it or nothing.
  fs::path cached = fs::path(store_dir_) / key;
  std::string tmp = cached.string() + ".tmp" + std::to_string(::getpid());
  if (!fs::copy_file(object, tmp, fs::copy_options::overwrite_existing, ec) || ec) return;
  fs::rename(tmp, cached, ec);
  if (ec) fs::remove(tmp, ec);
}

}  // namespace go2cpp::driver
