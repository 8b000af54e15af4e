// Cache keys: what the cached cross runtime (runtime_build.cpp) and the cached objects of the
// standard library's translation units (objcache.cpp) are named by — a hash of everything the
// cached file depends on.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace go2cpp::driver {

// FNV-1a, 64 bits: a cache key, not a defence against anyone.
struct Hasher {
  uint64_t h = 1469598103934665603ull;
  void add(std::string_view s) {
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ull;
    }
    add_byte(0xff);  // a separator, so ("ab","c") and ("a","bc") differ
  }
  void add_byte(unsigned char c) {
    h ^= c;
    h *= 1099511628211ull;
  }
  std::string hex() const {
    static const char digits[] = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 0; i < 16; ++i) out[15 - i] = digits[(h >> (4 * i)) & 0xf];
    return out;
  }
};

bool read_file(const std::filesystem::path& path, std::string* text);

// Every regular file under `dir`, sorted, relative to `dir`.
std::vector<std::string> files_under(const std::string& dir);

// A hash of the runtime's own headers (SUPPORT_INCLUDE/go/, names and text): what every compiled
// translation unit depends on. Only include/go/: an installed go2cpp's include/ may be a shared
// prefix such as /usr/local/include.
std::string runtime_headers_hash(const std::string& support_include);

// The compiler's identity for a cache key: its resolved path, size and modification time.
std::string compiler_identity(const std::vector<std::string>& cxx);

}  // namespace go2cpp::driver
