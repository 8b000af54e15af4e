// The pieces of cache keys (see cachekey.h).
#include "driver/cachekey.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>

#include "driver/compile.h"

namespace go2cpp::driver {

namespace fs = std::filesystem;

bool read_file(const fs::path& path, std::string* text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  *text = s.str();
  return true;
}

std::vector<std::string> files_under(const std::string& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec)) files.push_back(fs::relative(it->path(), dir, ec).string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string runtime_headers_hash(const std::string& support_include) {
  Hasher h;
  const fs::path runtime_headers = fs::path(support_include) / "go";
  for (const std::string& f : files_under(runtime_headers.string())) {
    std::string text;
    read_file(runtime_headers / f, &text);
    h.add(f);
    h.add(text);
  }
  return h.hex();
}

std::string compiler_identity(const std::vector<std::string>& cxx) {
  std::string id;
  for (const std::string& word : cxx) {
    std::error_code ec;
    std::string path = look_path(word);
    fs::path real = fs::canonical(path.empty() ? word : path, ec);
    id += real.string() + ":";
    if (!ec) {
      id += std::to_string(fs::file_size(real, ec)) + ":" +
            std::to_string(fs::last_write_time(real, ec).time_since_epoch().count());
    }
    id += ";";
  }
  return id;
}

}  // namespace go2cpp::driver
