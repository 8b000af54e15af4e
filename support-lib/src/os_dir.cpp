// Package os: reading directories (Go 1.19's dir.go and dir_unix.go). File.ReadDir, Readdir and
// Readdirnames share readdir(n, mode) as Go's do: n <= 0 reads the rest, n > 0 at most n and
// io.EOF once nothing is left; "." and ".." are skipped; an entry that disappears before its
// lstat is skipped. Entries come in the directory's order, from readdir(3) on the file's own
// descriptor (fdopendir; Close then closes the DIR). os.ReadDir sorts them by name with
// sort.Slice, as Go's does. A DirEntry is a *os.unixDirent (its type from d_type; DT_UNKNOWN
// asks lstat).
#include <dirent.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstddef>
#include <iterator>

#include "go/errors.h"
#include "go/iface.h"
#include "go/io.h"
#include "go/os.h"
#include "go/sort.h"
#include "os_internal.h"

namespace go::os {

namespace {

using go::io::fs::FileMode_desc;

// type unixDirent struct { parent, name string; typ FileMode; info FileInfo }
struct unixDirent {
  go::string parent{};
  go::string name{};
  FileMode typ = 0;
  FileInfo info{};
};

const type_desc* unix_dirent_desc() {
  static const struct_field fields[] = {
      {"parent", &string_type, offsetof(unixDirent, parent), false, false},
      {"name", &string_type, offsetof(unixDirent, name), false, false},
      {"typ", FileMode_desc(), offsetof(unixDirent, typ), false, false},
      {"info", &go::io::fs::FileInfo_type, offsetof(unixDirent, info), false, false},
  };
  static const type_desc desc = [] {
    type_desc d;
    d.kind = kind::struct_;
    d.name = "os.unixDirent";
    d.pkg_path = "os";
    d.named = true;
    d.has_pointers = true;
    d.size = sizeof(unixDirent);
    d.align = alignof(unixDirent);
    d.fields = fields;
    d.num_fields = std::size(fields);
    return d;
  }();
  return &desc;
}

unixDirent* ud(void* self) { return static_cast<go::ptr<unixDirent>*>(self)->get(); }

std::tuple<FileInfo, go::error> unix_dirent_info(unixDirent* d) {
  if (d->info != nullptr) return {d->info, nullptr};
  return detail::lstat_path(d->parent + go::string("/") + d->name);
}

const type_desc* unix_dirent_ptr_desc() {
  static const type_desc desc = [] {
    type_desc d = plain_pointer_desc(unix_dirent_desc());
    static const method_entry methods[] = {
        {"Info", erase_method(+[](void* self) { return unix_dirent_info(ud(self)); })},
        {"IsDir", erase_method(+[](void* self) { return go::io::fs::FileMode_IsDir(ud(self)->typ); })},
        {"Name", erase_method(+[](void* self) { return ud(self)->name; })},
        {"Type", erase_method(+[](void* self) { return ud(self)->typ; })},
    };
    d.methods = methods;
    d.num_methods = std::size(methods);
    return d;
  }();
  return &desc;
}

FileMode dt_to_type(unsigned char typ) {
  switch (typ) {
    case DT_BLK: return go::io::fs::ModeDevice;
    case DT_CHR: return go::io::fs::ModeDevice | go::io::fs::ModeCharDevice;
    case DT_DIR: return go::io::fs::ModeDir;
    case DT_FIFO: return go::io::fs::ModeNamedPipe;
    case DT_LNK: return go::io::fs::ModeSymlink;
    case DT_REG: return 0;
    case DT_SOCK: return go::io::fs::ModeSocket;
    default: return ~FileMode(0);
  }
}

std::tuple<DirEntry, go::error> new_unix_dirent(const go::string& parent, const go::string& name, FileMode typ) {
  go::ptr<unixDirent> ude = gc_new<unixDirent>();
  ude->parent = parent;
  ude->name = name;
  ude->typ = typ;
  if (typ != ~FileMode(0)) return {DirEntry(unix_dirent_ptr_desc(), ude), nullptr};
  auto [info, err] = detail::lstat_path(parent + go::string("/") + name);
  if (err != nullptr) return {nullptr, err};
  ude->typ = go::io::fs::FileMode_Type(info.Mode());
  ude->info = info;
  return {DirEntry(unix_dirent_ptr_desc(), ude), nullptr};
}

enum class readdir_mode { name, dir_entry, file_info };

struct readdir_result {
  go::slice<go::string> names;
  go::slice<DirEntry> dirents;
  go::slice<FileInfo> infos;
  go::error err;
};

readdir_result readdir(go::ptr<File> f, go::int_ n, readdir_mode mode) {
  readdir_result r;
  if (f->closed) {
    r.err = detail::path_error("readdirent", f->name, detail::err_file_closing);
    return r;
  }
  if (f->dir == nullptr) {
    DIR* d = ::fdopendir(static_cast<int>(f->fd));
    if (d == nullptr) {
      r.err = detail::path_error("readdirent", f->name, detail::errno_error(errno));
      return r;
    }
    f->dir = d;
  }
  DIR* dir = static_cast<DIR*>(f->dir);
  if (n <= 0) n = -1;
  while (n != 0) {
    errno = 0;
    const dirent* ent = ::readdir(dir);
    if (ent == nullptr) {
      if (errno != 0) {
        r.err = detail::path_error("readdirent", f->name, detail::errno_error(errno));
        return r;
      }
      break;  // EOF
    }
    const std::string_view name(ent->d_name);
    if (name == "." || name == "..") continue;
    if (n > 0) --n;
    const go::string gname = go::string::from_view(name);
    if (mode == readdir_mode::name) {
      r.names = go::append(r.names, gname);
    } else if (mode == readdir_mode::dir_entry) {
      auto [de, err] = new_unix_dirent(f->name, gname, dt_to_type(ent->d_type));
      if (IsNotExist(err)) continue;  // File disappeared between readdir and stat.
      if (err != nullptr) {
        r.names = nullptr;
        r.infos = nullptr;
        r.err = err;
        return r;
      }
      r.dirents = go::append(r.dirents, de);
    } else {
      auto [info, err] = detail::lstat_path(f->name + go::string("/") + gname);
      if (IsNotExist(err)) continue;
      if (err != nullptr) {
        r.names = nullptr;
        r.dirents = nullptr;
        r.err = err;
        return r;
      }
      r.infos = go::append(r.infos, info);
    }
  }
  if (n > 0 && r.names.len() + r.dirents.len() + r.infos.len() == 0) {
    r.err = go::io::EOF_;
  }
  return r;
}

}  // namespace

std::tuple<go::slice<FileInfo>, go::error> File_Readdir(go::ptr<File> f, go::int_ n) {
  if (f == nullptr) return {nullptr, ErrInvalid};
  readdir_result r = readdir(f, n, readdir_mode::file_info);
  // Readdir has historically always returned a non-nil empty slice, never nil, even on error.
  if (r.infos == nullptr) r.infos = go::make_slice<FileInfo>(0);
  return {r.infos, r.err};
}

std::tuple<go::slice<go::string>, go::error> File_Readdirnames(go::ptr<File> f, go::int_ n) {
  if (f == nullptr) return {nullptr, ErrInvalid};
  readdir_result r = readdir(f, n, readdir_mode::name);
  if (r.names == nullptr) r.names = go::make_slice<go::string>(0);
  return {r.names, r.err};
}

std::tuple<go::slice<DirEntry>, go::error> File_ReadDir(go::ptr<File> f, go::int_ n) {
  if (f == nullptr) return {nullptr, ErrInvalid};
  readdir_result r = readdir(f, n, readdir_mode::dir_entry);
  if (r.dirents == nullptr) r.dirents = go::make_slice<DirEntry>(0);
  return {r.dirents, r.err};
}

std::tuple<go::slice<DirEntry>, go::error> ReadDir(go::string name) {
  auto [f, err] = Open(name);
  if (err != nullptr) return {nullptr, err};
  auto [dirs, rerr] = File_ReadDir(f, -1);
  go::slice<DirEntry> d = dirs;
  go::sort::Slice(go::any(go::slice_of(&go::io::fs::DirEntry_type), d),
                  [d](go::int_ i, go::int_ j) { return d[i].Name() < d[j].Name(); });
  File_Close(f);  // defer f.Close()
  return {d, rerr};
}

}  // namespace go::os
