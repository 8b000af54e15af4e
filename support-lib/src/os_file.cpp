// Package os, files by name (include/go/os.h): thin wrappers over POSIX calls that report
// failures the way Go's os package does — a *PathError{Op, Path, Err} whose Err is a
// syscall.Errno, so errors.Is(err, os.ErrNotExist) and errors.As(err, &pathErr) work — and the
// temporary-name scheme of MkdirTemp/CreateTemp (the last '*' of the pattern replaced by a
// random number, retried while the name exists).
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <string>

#include "go/errors.h"
#include "go/iface.h"
#include "go/os.h"
#include "go/time.h"

namespace go::os {

namespace {

std::string cstr(const go::string& s) { return std::string(s.view()); }

go::ptr<File> new_file(int fd, const go::string& name) {
  go::ptr<File> f = gc_new<File>();
  f->fd = fd;
  f->name = name;
  return f;
}

// A fresh random number for temporary names (Go uses its runtime's fastrand).
uint32_t next_random() {
  static uint64_t state = 0;
  if (state == 0) state = static_cast<uint64_t>(go::time::Time_UnixNano(go::time::Now())) ^ (static_cast<uint64_t>(::getpid()) << 32);
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return static_cast<uint32_t>(state);
}

struct temp_pattern {
  std::string prefix, suffix;
};

// Splits pattern at its last '*'; a path separator in it is an error, as in Go.
bool split_pattern(const go::string& pattern, temp_pattern& out) {
  std::string p = cstr(pattern);
  if (p.find('/') != std::string::npos) return false;
  const std::size_t star = p.rfind('*');
  if (star == std::string::npos) {
    out.prefix = p;
  } else {
    out.prefix = p.substr(0, star);
    out.suffix = p.substr(star + 1);
  }
  return true;
}

std::string temp_dir_of(const go::string& dir) {
  std::string d = dir.len() == 0 ? cstr(TempDir()) : cstr(dir);
  if (!d.empty() && d.back() != '/') d += '/';
  return d;
}

go::error pattern_error(const char* op, const go::string& pattern) {
  return detail::path_error(op, pattern, go::errors::New("pattern contains path separator"));
}

}  // namespace

namespace {
// Go's os.O_* values (as the program was translated) to the host's open(2) flags.
int host_flags(go::int_ flag) {
  int f = static_cast<int>(flag & 3);  // O_RDONLY, O_WRONLY, O_RDWR are 0, 1, 2 everywhere
  if (flag & 0x400) f |= O_APPEND;
  if (flag & 0x40) f |= O_CREAT;
  if (flag & 0x80) f |= O_EXCL;
  if (flag & 0x101000) f |= O_SYNC;
  if (flag & 0x200) f |= O_TRUNC;
  return f | O_CLOEXEC;
}
constexpr go::int_ go_O_RDONLY = 0, go_O_WRONLY = 1, go_O_RDWR = 2, go_O_CREATE = 0x40, go_O_TRUNC = 0x200;
}  // namespace

std::tuple<go::ptr<File>, go::error> OpenFile(go::string name, go::int_ flag, FileMode perm) {
  const int fd = ::open(cstr(name).c_str(), host_flags(flag), static_cast<mode_t>(perm & 0777));
  if (fd < 0) return {nullptr, detail::path_error("open", name, detail::errno_error(errno))};
  return {new_file(fd, name), nullptr};
}

std::tuple<go::ptr<File>, go::error> Create(go::string name) {
  return OpenFile(name, go_O_RDWR | go_O_CREATE | go_O_TRUNC, 0666);
}

std::tuple<go::ptr<File>, go::error> Open(go::string name) { return OpenFile(name, go_O_RDONLY, 0); }

go::error File_Close(go::ptr<File> f) {
  if (f == nullptr) return detail::errno_error(EINVAL);
  if (f->closed) return detail::path_error("close", f->name, ErrClosed);
  f->closed = true;
  if (f->dir != nullptr) {  // closedir closes the descriptor it was opened on
    if (::closedir(static_cast<DIR*>(f->dir)) != 0) return detail::path_error("close", f->name, detail::errno_error(errno));
    return nullptr;
  }
  if (::close(static_cast<int>(f->fd)) != 0) return detail::path_error("close", f->name, detail::errno_error(errno));
  return nullptr;
}

go::string File_Name(go::ptr<File> f) { return f->name; }

std::tuple<go::slice<go::uint8>, go::error> ReadFile(go::string name) {
  const int fd = ::open(cstr(name).c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return {nullptr, detail::path_error("open", name, detail::errno_error(errno))};
  struct stat st {};
  int64_t size = ::fstat(fd, &st) == 0 ? static_cast<int64_t>(st.st_size) : 0;
  go::slice<go::uint8> data = make_slice<go::uint8>(0, size < 512 ? 512 : size + 1);
  for (;;) {
    if (data.len() == data.cap()) data = append(data, go::uint8(0)).slice(0, data.len());
    const ssize_t n = ::read(fd, data.data() + data.len(), static_cast<std::size_t>(data.cap() - data.len()));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int e = errno;
      ::close(fd);
      return {data, detail::path_error("read", name, detail::errno_error(e))};
    }
    if (n == 0) break;
    data = data.slice(0, data.len() + n);
  }
  ::close(fd);
  return {data, nullptr};
}

go::error WriteFile(go::string name, go::slice<go::uint8> data, FileMode perm) {
  auto [f, err] = OpenFile(name, go_O_WRONLY | go_O_CREATE | go_O_TRUNC, perm);
  if (err != nullptr) return err;
  const char* p = reinterpret_cast<const char*>(data.data());
  int64_t left = data.len();
  go::error werr;
  while (left > 0) {
    const ssize_t w = ::write(static_cast<int>(f->fd), p, static_cast<std::size_t>(left));
    if (w < 0 && errno == EINTR) continue;
    if (w < 0) {
      werr = detail::path_error("write", name, detail::errno_error(errno));
      break;
    }
    p += w;
    left -= w;
  }
  go::error cerr = File_Close(f);
  return werr != nullptr ? werr : cerr;
}

go::error Remove(go::string name) {
  const std::string n = cstr(name);
  if (::unlink(n.c_str()) == 0) return nullptr;
  const int e = errno;
  if (::rmdir(n.c_str()) == 0) return nullptr;
  // Go reports the unlink error unless the rmdir one says more (ENOTDIR means it was a file).
  const int e2 = errno;
  return detail::path_error("remove", name, detail::errno_error(e2 != ENOTDIR ? e2 : e));
}

namespace {
int remove_tree(const std::string& path) {
  if (::unlink(path.c_str()) == 0 || errno == ENOENT) return 0;
  if (DIR* d = ::opendir(path.c_str())) {
    while (dirent* ent = ::readdir(d)) {
      const std::string child = ent->d_name;
      if (child == "." || child == "..") continue;
      remove_tree(path + "/" + child);
    }
    ::closedir(d);
  }
  if (::rmdir(path.c_str()) == 0 || errno == ENOENT) return 0;
  return errno;
}
}  // namespace

go::error RemoveAll(go::string path) {
  if (path.len() == 0) return nullptr;
  if (const int e = remove_tree(cstr(path)); e != 0) return detail::path_error("unlinkat", path, detail::errno_error(e));
  return nullptr;
}

go::error Mkdir(go::string name, FileMode perm) {
  if (::mkdir(cstr(name).c_str(), static_cast<mode_t>(perm & 0777)) != 0) {
    return detail::path_error("mkdir", name, detail::errno_error(errno));
  }
  return nullptr;
}

go::error MkdirAll(go::string path, FileMode perm) {
  const std::string p = cstr(path);
  struct stat st {};
  if (::stat(p.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) return nullptr;
    return detail::path_error("mkdir", path, detail::errno_error(ENOTDIR));
  }
  for (std::size_t i = 1; i <= p.size(); ++i) {
    if (i == p.size() || p[i] == '/') {
      const std::string part = p.substr(0, i);
      if (::mkdir(part.c_str(), static_cast<mode_t>(perm & 0777)) != 0 && errno != EEXIST) {
        return detail::path_error("mkdir", go::string::from_view(part), detail::errno_error(errno));
      }
    }
  }
  return nullptr;
}

go::string TempDir() {
  const char* d = std::getenv("TMPDIR");
  return go::string::from_view(d != nullptr && *d != '\0' ? d : "/tmp");
}

std::tuple<go::string, go::error> MkdirTemp(go::string dir, go::string pattern) {
  temp_pattern tp;
  if (!split_pattern(pattern, tp)) return {go::string(), pattern_error("mkdirtemp", pattern)};
  const std::string base = temp_dir_of(dir) + tp.prefix;
  for (int tries = 0; tries < 10000; ++tries) {
    const std::string name = base + std::to_string(next_random()) + tp.suffix;
    if (::mkdir(name.c_str(), 0700) == 0) return {go::string::from_view(name), nullptr};
    if (errno != EEXIST) {
      return {go::string(), detail::path_error("mkdirtemp", go::string::from_view(base + "*" + tp.suffix), detail::errno_error(errno))};
    }
  }
  return {go::string(), detail::path_error("mkdirtemp", go::string::from_view(base + "*" + tp.suffix), ErrExist)};
}

std::tuple<go::ptr<File>, go::error> CreateTemp(go::string dir, go::string pattern) {
  temp_pattern tp;
  if (!split_pattern(pattern, tp)) return {nullptr, pattern_error("createtemp", pattern)};
  const std::string base = temp_dir_of(dir) + tp.prefix;
  for (int tries = 0; tries < 10000; ++tries) {
    const std::string name = base + std::to_string(next_random()) + tp.suffix;
    const int fd = ::open(name.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) return {new_file(fd, go::string::from_view(name)), nullptr};
    if (errno != EEXIST) {
      return {nullptr, detail::path_error("open", go::string::from_view(base + "*" + tp.suffix), detail::errno_error(errno))};
    }
  }
  return {nullptr, detail::path_error("createtemp", go::string::from_view(base + "*" + tp.suffix), ErrExist)};
}

}  // namespace go::os
