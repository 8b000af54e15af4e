// Package os: what works on names other than opening and reading them, after Go 1.19's
// file.go, file_unix.go, file_posix.go, getwd.go and error.go — Getwd, Chdir, Readlink,
// Symlink, Link, Rename (with Go's check that the new name is not an existing directory), Chmod
// (Go's syscallMode), Chtimes, Truncate, File's Chdir, Chmod, Sync and Fd, *LinkError,
// IsExist/IsNotExist/IsPermission, and DirFS (an os.dirFS, an fs.FS and fs.StatFS). Failures
// are Go's errors: *PathError or *LinkError wrapping a syscall.Errno.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstddef>
#include <iterator>
#include <string>

#include "go/errors.h"
#include "go/iface.h"
#include "go/os.h"
#include "os_internal.h"

namespace go::os {

using detail::cstr;

namespace {

template <class F>
int ignoring_eintr(F call) {
  for (;;) {
    if (call() == 0) return 0;
    if (errno != EINTR) return errno;
  }
}

go::string link_error_text(const void* self) {
  return LinkError_Error(*static_cast<const go::ptr<LinkError>*>(self));
}

const type_desc* link_error_ptr_desc() {
  static const type_desc desc = [] {
    type_desc d = plain_pointer_desc(LinkError_desc());
    static const method_entry methods[] = {
        {"Error", erase_method(+[](void* self) { return LinkError_Error(*static_cast<go::ptr<LinkError>*>(self)); })},
        {"Unwrap", erase_method(+[](void* self) { return LinkError_Unwrap(*static_cast<go::ptr<LinkError>*>(self)); })},
    };
    d.methods = methods;
    d.num_methods = std::size(methods);
    d.error_method = &link_error_text;
    return d;
  }();
  return &desc;
}

// os/error.go's underlyingError: the Err of a *PathError or *LinkError, else err.
go::error underlying_error(go::error err) {
  const go::any& a = err;
  if (a.type == go::pointer_to(go::io::fs::PathError_desc())) {
    return (*static_cast<go::ptr<PathError>*>(a.data))->Err;
  }
  if (a.type == link_error_ptr_desc()) return (*static_cast<go::ptr<LinkError>*>(a.data))->Err;
  return err;
}

// os/error.go's underlyingErrorIs.
bool underlying_error_is(go::error err, const go::error& target) {
  err = underlying_error(err);
  if (err == target) return true;
  const go::any& a = err;
  if (a.type != go::syscall::Errno_desc()) return false;
  return go::syscall::Errno_Is(*static_cast<const go::syscall::Errno*>(a.data), target);
}

// file_posix.go's syscallMode.
mode_t syscall_mode(FileMode i) {
  mode_t o = static_cast<mode_t>(go::io::fs::FileMode_Perm(i));
  if ((i & go::io::fs::ModeSetuid) != 0) o |= S_ISUID;
  if ((i & go::io::fs::ModeSetgid) != 0) o |= S_ISGID;
  if ((i & go::io::fs::ModeSticky) != 0) o |= S_ISVTX;
  return o;
}

}  // namespace

const type_desc* LinkError_desc() {
  static const struct_field fields[] = {
      {"Op", &string_type, offsetof(LinkError, Op), false, true},
      {"Old", &string_type, offsetof(LinkError, Old), false, true},
      {"New", &string_type, offsetof(LinkError, New), false, true},
      {"Err", type_of<go::error>(), offsetof(LinkError, Err), false, true},
  };
  static const type_desc desc = [] {
    type_desc d;
    d.kind = kind::struct_;
    d.name = "os.LinkError";
    d.pkg_path = "os";
    d.named = true;
    d.has_pointers = true;
    d.size = sizeof(LinkError);
    d.align = alignof(LinkError);
    d.fields = fields;
    d.num_fields = std::size(fields);
    d.ptr_desc = &link_error_ptr_desc;
    return d;
  }();
  return &desc;
}

go::string LinkError_Error(go::ptr<LinkError> e) {
  return e->Op + go::string(" ") + e->Old + go::string(" ") + e->New + go::string(": ") + e->Err.Error();
}
go::error LinkError_Unwrap(go::ptr<LinkError> e) { return e->Err; }

go::error detail::link_error(const char* op, const go::string& oldname, const go::string& newname, go::error err) {
  go::ptr<LinkError> p = gc_new<LinkError>();
  p->Op = go::string::from_view(op);
  p->Old = oldname;
  p->New = newname;
  p->Err = err;
  return go::error(link_error_ptr_desc(), p);
}

bool IsExist(go::error err) { return underlying_error_is(err, ErrExist); }
bool IsNotExist(go::error err) { return underlying_error_is(err, ErrNotExist); }
bool IsPermission(go::error err) { return underlying_error_is(err, ErrPermission); }

std::tuple<go::string, go::error> Getwd() {
  auto [dot, err] = Stat(go::string("."));
  if (err != nullptr) return {go::string(), err};
  const go::string dir = Getenv(go::string("PWD"));
  if (dir.len() > 0 && dir[0] == '/') {
    auto [d, derr] = Stat(dir);
    if (derr == nullptr && SameFile(dot, d)) return {dir, nullptr};
  }
  for (std::size_t size = 256;; size *= 2) {
    std::string buf(size, '\0');
    if (::getcwd(buf.data(), size) != nullptr) return {go::string::from_view(buf.c_str()), nullptr};
    if (errno == ERANGE) continue;
    if (errno == EINTR) continue;
    return {go::string(), detail::errno_error(errno)};
  }
}

go::error Chdir(go::string dir) {
  const std::string d = cstr(dir);
  if (const int e = ignoring_eintr([&] { return ::chdir(d.c_str()); }); e != 0) {
    return detail::path_error("chdir", dir, detail::errno_error(e));
  }
  return nullptr;
}

std::tuple<go::string, go::error> Readlink(go::string name) {
  const std::string n = cstr(name);
  for (std::size_t len = 128;; len *= 2) {
    std::string b(len, '\0');
    ssize_t r;
    do {
      r = ::readlink(n.c_str(), b.data(), len);
    } while (r < 0 && errno == EINTR);
    if (r < 0) return {go::string(), detail::path_error("readlink", name, detail::errno_error(errno))};
    if (static_cast<std::size_t>(r) < len) {
      return {go::string::from_view(std::string_view(b.data(), static_cast<std::size_t>(r))), nullptr};
    }
  }
}

go::error Symlink(go::string oldname, go::string newname) {
  const std::string o = cstr(oldname), n = cstr(newname);
  if (const int e = ignoring_eintr([&] { return ::symlink(o.c_str(), n.c_str()); }); e != 0) {
    return detail::link_error("symlink", oldname, newname, detail::errno_error(e));
  }
  return nullptr;
}

go::error Link(go::string oldname, go::string newname) {
  const std::string o = cstr(oldname), n = cstr(newname);
  if (const int e = ignoring_eintr([&] { return ::link(o.c_str(), n.c_str()); }); e != 0) {
    return detail::link_error("link", oldname, newname, detail::errno_error(e));
  }
  return nullptr;
}

go::error Rename(go::string oldpath, go::string newpath) {
  auto [fi, err] = Lstat(newpath);
  if (err == nullptr && fi.IsDir()) {
    // Go prefers the error about oldname, and allows a case-only rename of one file.
    auto [ofi, oerr] = Lstat(oldpath);
    if (oerr != nullptr) return detail::link_error("rename", oldpath, newpath, underlying_error(oerr));
    if (newpath == oldpath || !SameFile(fi, ofi)) {
      return detail::link_error("rename", oldpath, newpath, detail::errno_error(EEXIST));
    }
  }
  const std::string o = cstr(oldpath), n = cstr(newpath);
  if (const int e = ignoring_eintr([&] { return ::rename(o.c_str(), n.c_str()); }); e != 0) {
    return detail::link_error("rename", oldpath, newpath, detail::errno_error(e));
  }
  return nullptr;
}

go::error Chmod(go::string name, FileMode mode) {
  const std::string n = cstr(name);
  if (const int e = ignoring_eintr([&] { return ::chmod(n.c_str(), syscall_mode(mode)); }); e != 0) {
    return detail::path_error("chmod", name, detail::errno_error(e));
  }
  return nullptr;
}

go::error Chtimes(go::string name, go::time::Time atime, go::time::Time mtime) {
  struct timespec ts[2];
  const go::int64 a = go::time::Time_UnixNano(atime), m = go::time::Time_UnixNano(mtime);
  ts[0].tv_sec = static_cast<time_t>(a / 1000000000);
  ts[0].tv_nsec = static_cast<long>(a % 1000000000);
  ts[1].tv_sec = static_cast<time_t>(m / 1000000000);
  ts[1].tv_nsec = static_cast<long>(m % 1000000000);
  const std::string n = cstr(name);
  if (::utimensat(AT_FDCWD, n.c_str(), ts, 0) != 0) {
    return detail::path_error("chtimes", name, detail::errno_error(errno));
  }
  return nullptr;
}

go::error Truncate(go::string name, go::int64 size) {
  const std::string n = cstr(name);
  if (const int e = ignoring_eintr([&] { return ::truncate(n.c_str(), static_cast<off_t>(size)); }); e != 0) {
    return detail::path_error("truncate", name, detail::errno_error(e));
  }
  return nullptr;
}

go::error File_Chmod(go::ptr<File> f, FileMode mode) {
  if (f == nullptr) return ErrInvalid;
  if (f->closed) return detail::path_error("chmod", f->name, ErrClosed);
  if (::fchmod(static_cast<int>(f->fd), syscall_mode(mode)) != 0) {
    return detail::path_error("chmod", f->name, detail::errno_error(errno));
  }
  return nullptr;
}

go::error File_Chdir(go::ptr<File> f) {
  if (f == nullptr) return ErrInvalid;
  if (f->closed) return detail::path_error("chdir", f->name, ErrClosed);
  if (::fchdir(static_cast<int>(f->fd)) != 0) {
    return detail::path_error("chdir", f->name, detail::errno_error(errno));
  }
  return nullptr;
}

go::error File_Sync(go::ptr<File> f) {
  if (f == nullptr) return ErrInvalid;
  if (f->closed) return detail::path_error("sync", f->name, ErrClosed);
  if (f->fd > 2 && ::fsync(static_cast<int>(f->fd)) != 0) {
    return detail::path_error("sync", f->name, detail::errno_error(errno));
  }
  return nullptr;
}

go::uintptr File_Fd(go::ptr<File> f) {
  if (f == nullptr || f->closed) return ~go::uintptr(0);
  return static_cast<go::uintptr>(f->fd);
}

// ---- DirFS: type dirFS string, with Open and Stat.

namespace {

go::error err_empty_root = go::errors::New("os: DirFS with empty root");

std::tuple<go::string, go::error> dir_fs_join(const go::string& dir, const go::string& name) {
  if (dir.len() == 0) return {go::string(), err_empty_root};
  if (!go::io::fs::ValidPath(name)) return {go::string(), ErrInvalid};
  if (name.view().find('\0') != std::string_view::npos) return {go::string(), ErrInvalid};
  if (IsPathSeparator(dir[dir.len() - 1])) return {dir + name, nullptr};
  return {dir + go::string("/") + name, nullptr};
}

std::tuple<go::io::fs::File, go::error> dir_fs_open(void* self, go::string name) {
  auto [fullname, err] = dir_fs_join(*static_cast<go::string*>(self), name);
  if (err != nullptr) return {nullptr, detail::path_error("stat", name, err)};
  auto [f, oerr] = Open(fullname);
  if (oerr != nullptr) return {nullptr, oerr};  // nil fs.File
  return {go::io::fs::File(detail::file_ptr_desc(), f), nullptr};
}

std::tuple<FileInfo, go::error> dir_fs_stat(void* self, go::string name) {
  auto [fullname, err] = dir_fs_join(*static_cast<go::string*>(self), name);
  if (err != nullptr) return {nullptr, detail::path_error("stat", name, err)};
  auto [fi, serr] = Stat(fullname);
  if (serr != nullptr) return {nullptr, serr};
  return {fi, nullptr};
}

const type_desc* dir_fs_desc() {
  static const type_desc desc = [] {
    type_desc d = string_type;
    d.name = "os.dirFS";
    d.pkg_path = "os";
    d.named = true;
    static const method_entry methods[] = {
        {"Open", erase_method(&dir_fs_open)},
        {"Stat", erase_method(&dir_fs_stat)},
    };
    d.methods = methods;
    d.num_methods = std::size(methods);
    return d;
  }();
  return &desc;
}

}  // namespace

go::io::fs::FS DirFS(go::string dir) { return go::io::fs::FS(dir_fs_desc(), dir); }

}  // namespace go::os
