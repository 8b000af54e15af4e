// Package os: Stat, Lstat, File.Stat and SameFile (Go 1.19's stat_unix.go, stat_linux.go and
// types_unix.go). A FileInfo is a *os.fileStat whose mode is built from st_mode as
// fillFileStatFromSys builds it: the permission bits, one type bit (ModeDir, ModeSymlink,
// ModeDevice|ModeCharDevice, ...), ModeSetuid/ModeSetgid/ModeSticky.
#include <sys/stat.h>

#include <cerrno>
#include <cstddef>
#include <iterator>

#include "go/errors.h"
#include "go/iface.h"
#include "go/os.h"
#include "os_internal.h"

namespace go::os {

go::error detail::err_file_closing = go::errors::New("use of closed file");

namespace {

// type fileStat struct { name string; size int64; mode FileMode; modTime time.Time; sys syscall.Stat_t }
struct fileStat {
  go::string name{};
  go::int64 size = 0;
  FileMode mode = 0;
  go::time::Time modTime{};
  go::syscall::Stat_t sys{};
};

const type_desc* file_stat_desc() {
  static const struct_field fields[] = {
      {"name", &string_type, offsetof(fileStat, name), false, false},
      {"size", &int64_type, offsetof(fileStat, size), false, false},
      {"mode", go::io::fs::FileMode_desc(), offsetof(fileStat, mode), false, false},
      {"modTime", go::time::Time_desc(), offsetof(fileStat, modTime), false, false},
      {"sys", go::syscall::Stat_t_desc(), offsetof(fileStat, sys), false, false},
  };
  static const type_desc desc = [] {
    type_desc d;
    d.kind = kind::struct_;
    d.name = "os.fileStat";
    d.pkg_path = "os";
    d.named = true;
    d.has_pointers = true;
    d.size = sizeof(fileStat);
    d.align = alignof(fileStat);
    d.fields = fields;
    d.num_fields = std::size(fields);
    return d;
  }();
  return &desc;
}

fileStat* fs_of(void* self) { return static_cast<go::ptr<fileStat>*>(self)->get(); }

const type_desc* file_stat_ptr_desc() {
  static const type_desc desc = [] {
    type_desc d = plain_pointer_desc(file_stat_desc());
    static const method_entry methods[] = {
        {"IsDir", erase_method(+[](void* self) { return go::io::fs::FileMode_IsDir(fs_of(self)->mode); })},
        {"ModTime", erase_method(+[](void* self) { return fs_of(self)->modTime; })},
        {"Mode", erase_method(+[](void* self) { return fs_of(self)->mode; })},
        {"Name", erase_method(+[](void* self) { return fs_of(self)->name; })},
        {"Size", erase_method(+[](void* self) { return fs_of(self)->size; })},
        {"Sys", erase_method(+[](void* self) {
           return go::any(go::pointer_to(go::syscall::Stat_t_desc()), go::ptr<go::syscall::Stat_t>(&fs_of(self)->sys));
         })},
    };
    d.methods = methods;
    d.num_methods = std::size(methods);
    return d;
  }();
  return &desc;
}

// os/path_unix.go's basename.
go::string basename(go::string name) {
  int64_t i = name.len() - 1;
  // Remove trailing slashes
  for (; i > 0 && name[i] == '/'; --i) name = name.slice(0, i);
  // Remove leading directory name
  for (--i; i >= 0; --i) {
    if (name[i] == '/') {
      name = name.slice_from(i + 1);
      break;
    }
  }
  return name;
}

}  // namespace

FileInfo detail::file_info(const struct stat& st, const go::string& name) {
  go::ptr<fileStat> fs = gc_new<fileStat>();
  fs->name = basename(name);
  fs->size = static_cast<go::int64>(st.st_size);
  fs->modTime = go::time::Unix(static_cast<go::int64>(st.st_mtim.tv_sec), static_cast<go::int64>(st.st_mtim.tv_nsec));
  fs->mode = static_cast<FileMode>(st.st_mode & 0777);
  switch (st.st_mode & S_IFMT) {
    case S_IFBLK: fs->mode |= go::io::fs::ModeDevice; break;
    case S_IFCHR: fs->mode |= go::io::fs::ModeDevice | go::io::fs::ModeCharDevice; break;
    case S_IFDIR: fs->mode |= go::io::fs::ModeDir; break;
    case S_IFIFO: fs->mode |= go::io::fs::ModeNamedPipe; break;
    case S_IFLNK: fs->mode |= go::io::fs::ModeSymlink; break;
    case S_IFREG: break;  // nothing to do
    case S_IFSOCK: fs->mode |= go::io::fs::ModeSocket; break;
    default: break;
  }
  if ((st.st_mode & S_ISGID) != 0) fs->mode |= go::io::fs::ModeSetgid;
  if ((st.st_mode & S_ISUID) != 0) fs->mode |= go::io::fs::ModeSetuid;
  if ((st.st_mode & S_ISVTX) != 0) fs->mode |= go::io::fs::ModeSticky;
  go::syscall::Stat_t& sys = fs->sys;
  sys.Dev = static_cast<go::uint64>(st.st_dev);
  sys.Ino = static_cast<go::uint64>(st.st_ino);
  sys.Nlink = static_cast<go::uint64>(st.st_nlink);
  sys.Mode = static_cast<go::uint32>(st.st_mode);
  sys.Uid = static_cast<go::uint32>(st.st_uid);
  sys.Gid = static_cast<go::uint32>(st.st_gid);
  sys.Rdev = static_cast<go::uint64>(st.st_rdev);
  sys.Size = static_cast<go::int64>(st.st_size);
  sys.Blksize = static_cast<go::int64>(st.st_blksize);
  sys.Blocks = static_cast<go::int64>(st.st_blocks);
  sys.Atim = {static_cast<go::int64>(st.st_atim.tv_sec), static_cast<go::int64>(st.st_atim.tv_nsec)};
  sys.Mtim = {static_cast<go::int64>(st.st_mtim.tv_sec), static_cast<go::int64>(st.st_mtim.tv_nsec)};
  sys.Ctim = {static_cast<go::int64>(st.st_ctim.tv_sec), static_cast<go::int64>(st.st_ctim.tv_nsec)};
  return FileInfo(file_stat_ptr_desc(), fs);
}

namespace {

template <class F>
int ignoring_eintr(F call) {
  for (;;) {
    if (call() == 0) return 0;
    if (errno != EINTR) return errno;
  }
}

}  // namespace

std::tuple<FileInfo, go::error> detail::lstat_path(const go::string& path) {
  struct stat st {};
  const std::string p = cstr(path);
  if (const int e = ignoring_eintr([&] { return ::lstat(p.c_str(), &st); }); e != 0) {
    return {nullptr, path_error("lstat", path, errno_error(e))};
  }
  return {file_info(st, path), nullptr};
}

std::tuple<FileInfo, go::error> Stat(go::string name) {
  struct stat st {};
  const std::string p = detail::cstr(name);
  if (const int e = ignoring_eintr([&] { return ::stat(p.c_str(), &st); }); e != 0) {
    return {nullptr, detail::path_error("stat", name, detail::errno_error(e))};
  }
  return {detail::file_info(st, name), nullptr};
}

std::tuple<FileInfo, go::error> Lstat(go::string name) { return detail::lstat_path(name); }

std::tuple<FileInfo, go::error> File_Stat(go::ptr<File> f) {
  if (f == nullptr) return {nullptr, ErrInvalid};
  if (f->closed) return {nullptr, detail::path_error("stat", f->name, detail::err_file_closing)};
  struct stat st {};
  if (const int e = ignoring_eintr([&] { return ::fstat(static_cast<int>(f->fd), &st); }); e != 0) {
    return {nullptr, detail::path_error("stat", f->name, detail::errno_error(e))};
  }
  return {detail::file_info(st, f->name), nullptr};
}

bool SameFile(FileInfo fi1, FileInfo fi2) {
  const go::any& a = fi1;
  const go::any& b = fi2;
  if (a.type != file_stat_ptr_desc() || b.type != file_stat_ptr_desc()) return false;
  const fileStat* fs1 = static_cast<const go::ptr<fileStat>*>(a.data)->get();
  const fileStat* fs2 = static_cast<const go::ptr<fileStat>*>(b.data)->get();
  return fs1->sys.Dev == fs2->sys.Dev && fs1->sys.Ino == fs2->sys.Ino;
}

}  // namespace go::os
