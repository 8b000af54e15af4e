// File-system helpers (see fsutil.h). Temporary names are made with mkstemp/mkdtemp in the
// directory where the final file will live, so the last step is always a rename(2) within one file
// system, which either happens completely or not at all. Every temporary is tracked for removal if
// the user interrupts go2cpp.
#include "driver/fsutil.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "driver/interrupt.h"

namespace go2cpp::driver {
namespace fs = std::filesystem;

std::string os_error_text(int err) {
  std::string m = std::strerror(err);
  if (!m.empty() && m[0] >= 'A' && m[0] <= 'Z') m[0] = static_cast<char>(m[0] - 'A' + 'a');
  return m;
}

namespace {

std::string temp_root() {
  const char* tmp = std::getenv("TMPDIR");
  return tmp != nullptr && *tmp != '\0' ? tmp : "/tmp";
}

// Writes all of `text` to `fd`, retrying short writes.
bool write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    ssize_t n = ::write(fd, text.data(), text.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    text.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

// Creates an empty, unique file beside `final_path` (".NAME.tmpXXXXXX") with permissions `mode`
// (before umask); returns its path and an open descriptor, or "" with errno set.
std::string create_temp_beside(const std::string& final_path, mode_t mode, int* fd) {
  fs::path p(final_path);
  fs::path dir = p.parent_path();
  std::string name = "." + p.filename().string() + ".tmp";
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string candidate =
        (dir / (name + std::to_string(::getpid()) + "-" + std::to_string(std::rand()))).string();
    int f = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (f >= 0) {
      *fd = f;
      track_temp_path(candidate);
      return candidate;
    }
    if (errno != EEXIST) return "";
  }
  return "";
}

void remove_temp(const std::string& path) {
  ::unlink(path.c_str());
  untrack_temp_path(path);
}

}  // namespace

TempDir::~TempDir() {
  if (path_.empty()) return;
  untrack_temp_path(path_);
  if (!keep_) {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
}

bool TempDir::create(std::string_view prefix, std::string* error) {
  std::string pattern = temp_root() + "/" + std::string(prefix) + "XXXXXX";
  if (::mkdtemp(pattern.data()) == nullptr) {
    *error = "cannot create a build directory in " + temp_root() + ": " + os_error_text(errno);
    return false;
  }
  path_ = pattern;
  track_temp_path(path_);
  return true;
}

void TempDir::keep() {
  keep_ = true;
  untrack_temp_path(path_);
}

bool write_files_atomically(const std::string& dir, const std::vector<FileToWrite>& files,
                            std::string* error) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) {
    *error = "mkdir " + dir + ": " + os_error_text(ec.value());
    return false;
  }
  std::vector<std::string> temps;
  auto fail = [&](const std::string& what, int err) {
    for (const std::string& t : temps) remove_temp(t);
    *error = what + ": " + os_error_text(err);
    return false;
  };
  for (const FileToWrite& file : files) {
    std::string final_path = (fs::path(dir) / file.name).string();
    fs::create_directories(fs::path(final_path).parent_path(), ec);
    int fd = -1;
    std::string temp = create_temp_beside(final_path, 0666, &fd);
    if (temp.empty()) return fail("create " + final_path, errno);
    temps.push_back(temp);
    bool ok = write_all(fd, file.text);
    int err = errno;
    if (::close(fd) != 0 && ok) {
      ok = false;
      err = errno;
    }
    if (!ok) return fail("write " + final_path, err);
  }
  for (size_t i = 0; i < files.size(); ++i) {
    std::string final_path = (fs::path(dir) / files[i].name).string();
    if (::rename(temps[i].c_str(), final_path.c_str()) != 0) {
      int err = errno;
      temps.erase(temps.begin(), temps.begin() + static_cast<std::ptrdiff_t>(i));
      return fail("rename to " + final_path, err);
    }
    untrack_temp_path(temps[i]);
  }
  return true;
}

bool install_file(const std::string& from, const std::string& to, std::string* error) {
  if (::rename(from.c_str(), to.c_str()) == 0) return true;
  if (errno != EXDEV) {
    *error = "rename " + from + " to " + to + ": " + os_error_text(errno);
    return false;
  }
  struct stat st {};
  int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
  if (in < 0 || ::fstat(in, &st) != 0) {
    *error = "open " + from + ": " + os_error_text(errno);
    if (in >= 0) ::close(in);
    return false;
  }
  int out = -1;
  std::string temp = create_temp_beside(to, st.st_mode & 07777, &out);
  if (temp.empty()) {
    *error = "create " + to + ": " + os_error_text(errno);
    ::close(in);
    return false;
  }
  bool ok = true;
  int err = 0;
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(in, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 || (n > 0 && !write_all(out, std::string_view(buf, static_cast<size_t>(n))))) {
      ok = false;
      err = errno;
      break;
    }
    if (n == 0) break;
  }
  ::close(in);
  if (::close(out) != 0 && ok) {
    ok = false;
    err = errno;
  }
  if (ok && ::rename(temp.c_str(), to.c_str()) != 0) {
    ok = false;
    err = errno;
  }
  if (!ok) {
    remove_temp(temp);
    *error = "write " + to + ": " + os_error_text(err);
    return false;
  }
  untrack_temp_path(temp);
  return true;
}

bool looks_like_object_file(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  unsigned char magic[8] = {};
  ssize_t n = ::read(fd, magic, sizeof magic);
  ::close(fd);
  if (n == 0) return true;
  if (n < 4) return false;
  if (n == 8 && std::memcmp(magic, "!<arch>\n", 8) == 0) return true;  // an archive (a library)
  const bool elf = magic[0] == 0x7f && magic[1] == 'E' && magic[2] == 'L' && magic[3] == 'F';
  const bool macho = (magic[0] == 0xcf || magic[0] == 0xce) && magic[1] == 0xfa &&
                     magic[2] == 0xed && magic[3] == 0xfe;
  return elf || macho;
}

std::string executable_dir() {
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : exe.parent_path().string();
}

}  // namespace go2cpp::driver
