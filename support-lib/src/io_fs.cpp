// Package io/fs (include/go/io/fs.h): Go 1.19's fs.go (ValidPath, FileMode's String and
// methods, PathError, the errors of internal/oserror), walk.go (WalkDir, SkipDir), readdir.go
// (ReadDir, FileInfoToDirEntry), stat.go (Stat) and readfile.go (ReadFile), statement by
// statement, so the calls made on a program's FS and the errors returned are Go's. The
// unexported types (fs.dirInfo, *fs.statDirEntry) have descriptors with Go's names for %T.
// walk.go's path.Join is path.Clean of the joined elements, ported here (clean_path).
#include "go/io/fs.h"

#include <cstddef>
#include <iterator>
#include <string>

#include "go/errors.h"
#include "go/io.h"
#include "go/sort.h"

namespace go::io::fs {

const go::type_desc FileInfo_type = go::interface_desc<FileInfo>("fs.FileInfo", "io/fs", true);
const go::type_desc DirEntry_type = go::interface_desc<DirEntry>("fs.DirEntry", "io/fs", true);
const go::type_desc File_type = go::interface_desc<File>("fs.File", "io/fs", true);
const go::type_desc ReadDirFile_type =
    go::interface_desc<ReadDirFile>("fs.ReadDirFile", "io/fs", true);
const go::type_desc FS_type = go::interface_desc<FS>("fs.FS", "io/fs", true);
const go::type_desc ReadDirFS_type = go::interface_desc<ReadDirFS>("fs.ReadDirFS", "io/fs", true);
const go::type_desc StatFS_type = go::interface_desc<StatFS>("fs.StatFS", "io/fs", true);
const go::type_desc ReadFileFS_type =
    go::interface_desc<ReadFileFS>("fs.ReadFileFS", "io/fs", true);

// internal/oserror's texts.
go::error ErrInvalid = go::errors::New("invalid argument");
go::error ErrPermission = go::errors::New("permission denied");
go::error ErrExist = go::errors::New("file already exists");
go::error ErrNotExist = go::errors::New("file does not exist");
go::error ErrClosed = go::errors::New("file already closed");

go::error SkipDir = go::errors::New("skip this directory");

// ---- fs.go

bool ValidPath(go::string name) {
  for (int64_t i = 0; i < name.len();) {
    const decoded_rune d = decode_rune(name, i);
    if (d.r == 0xFFFD && d.size == 1) return false;  // !utf8.ValidString(name)
    i += d.size;
  }
  if (name == go::string(".")) return true;
  for (;;) {
    int64_t i = 0;
    while (i < name.len() && name[i] != '/') ++i;
    const go::string elem = name.slice(0, i);
    if (elem.len() == 0 || elem == go::string(".") || elem == go::string("..")) return false;
    if (i == name.len()) return true;  // reached clean ending
    name = name.slice_from(i + 1);
  }
}

go::string FileMode_String(FileMode m) {
  static constexpr char str[] = "dalTLDpSugct?";
  char buf[32];  // Mode is uint32.
  int w = 0;
  for (int i = 0; i < 13; ++i) {
    if ((m & (FileMode(1) << (32 - 1 - i))) != 0) buf[w++] = str[i];
  }
  if (w == 0) buf[w++] = '-';
  static constexpr char rwx[] = "rwxrwxrwx";
  for (int i = 0; i < 9; ++i) buf[w++] = (m & (FileMode(1) << (9 - 1 - i))) != 0 ? rwx[i] : '-';
  return go::string::from_view(std::string_view(buf, static_cast<std::size_t>(w)));
}

namespace {

go::string file_mode_text(const void* self) { return FileMode_String(*static_cast<const FileMode*>(self)); }

const method_entry file_mode_methods[] = {
    {"IsDir", erase_method(+[](void* self) { return FileMode_IsDir(*static_cast<FileMode*>(self)); })},
    {"IsRegular", erase_method(+[](void* self) { return FileMode_IsRegular(*static_cast<FileMode*>(self)); })},
    {"Perm", erase_method(+[](void* self) { return FileMode_Perm(*static_cast<FileMode*>(self)); })},
    {"String", erase_method(+[](void* self) { return FileMode_String(*static_cast<FileMode*>(self)); })},
    {"Type", erase_method(+[](void* self) { return FileMode_Type(*static_cast<FileMode*>(self)); })},
};

}  // namespace

const type_desc* FileMode_desc() {
  static const type_desc desc = [] {
    type_desc d = uint32_type;
    d.name = "fs.FileMode";
    d.pkg_path = "io/fs";
    d.named = true;
    d.string_method = &file_mode_text;
    d.methods = file_mode_methods;
    d.num_methods = std::size(file_mode_methods);
    return d;
  }();
  return &desc;
}

go::string PathError_Error(go::ptr<PathError> e) {
  return e->Op + go::string(" ") + e->Path + go::string(": ") + e->Err.Error();
}
go::error PathError_Unwrap(go::ptr<PathError> e) { return e->Err; }

namespace {
// interface{ Timeout() bool }
struct timeout_methods : go::itab {
  static constexpr std::string_view names[] = {"Timeout"};
  static constexpr std::string_view sigs[] = {"func() bool"};
  bool (*Timeout)(void* self);
};
struct timeout_iface : go::iface<timeout_methods> {
  using go::iface<timeout_methods>::iface;
};
}  // namespace

bool PathError_Timeout(go::ptr<PathError> e) {
  auto [t, ok] = go::assert_iface_ok<timeout_iface>(e->Err);
  return ok && go::call(t, &timeout_methods::Timeout);
}

namespace {

go::string path_error_text(const void* self) {
  return PathError_Error(*static_cast<const go::ptr<PathError>*>(self));
}

const type_desc* path_error_ptr_desc() {
  static const type_desc desc = [] {
    type_desc d = plain_pointer_desc(PathError_desc());
    static const method_entry methods[] = {
        {"Error", erase_method(+[](void* self) { return PathError_Error(*static_cast<go::ptr<PathError>*>(self)); })},
        {"Timeout", erase_method(+[](void* self) { return PathError_Timeout(*static_cast<go::ptr<PathError>*>(self)); })},
        {"Unwrap", erase_method(+[](void* self) { return PathError_Unwrap(*static_cast<go::ptr<PathError>*>(self)); })},
    };
    d.methods = methods;
    d.num_methods = std::size(methods);
    d.error_method = &path_error_text;
    return d;
  }();
  return &desc;
}

}  // namespace

const type_desc* PathError_desc() {
  static const struct_field fields[] = {
      {"Op", &string_type, offsetof(PathError, Op), false, true},
      {"Path", &string_type, offsetof(PathError, Path), false, true},
      {"Err", type_of<go::error>(), offsetof(PathError, Err), false, true},
  };
  static const type_desc desc = [] {
    type_desc d;
    d.kind = kind::struct_;
    d.name = "fs.PathError";
    d.pkg_path = "io/fs";
    d.named = true;
    d.has_pointers = true;
    d.size = sizeof(PathError);
    d.align = alignof(PathError);
    d.fields = fields;
    d.num_fields = std::size(fields);
    d.ptr_desc = &path_error_ptr_desc;
    return d;
  }();
  return &desc;
}

go::error new_path_error(std::string_view op, const go::string& path, go::error err) {
  go::ptr<PathError> p = gc_new<PathError>();
  p->Op = go::string::from_view(op);
  p->Path = path;
  p->Err = err;
  return go::error(path_error_ptr_desc(), p);
}

// ---- readdir.go

namespace {

// type dirInfo struct { fileInfo FileInfo }, a DirEntry by value.
struct dirInfo {
  FileInfo fileInfo{};
};

bool equal_dir_info(const type_desc*, const void* a, const void* b) {
  return go::any(static_cast<const dirInfo*>(a)->fileInfo) ==
         go::any(static_cast<const dirInfo*>(b)->fileInfo);
}

const struct_field dir_info_fields[] = {{"fileInfo", &FileInfo_type, 0, false, false}};

const method_entry dir_info_methods[] = {
    {"Info", erase_method(+[](void* self) {
       return std::tuple<FileInfo, go::error>{static_cast<dirInfo*>(self)->fileInfo, nullptr};
     })},
    {"IsDir", erase_method(+[](void* self) { return static_cast<dirInfo*>(self)->fileInfo.IsDir(); })},
    {"Name", erase_method(+[](void* self) { return static_cast<dirInfo*>(self)->fileInfo.Name(); })},
    {"Type", erase_method(+[](void* self) {
       return FileMode_Type(static_cast<dirInfo*>(self)->fileInfo.Mode());
     })},
};

const type_desc dir_info_type = [] {
  type_desc d;
  d.kind = kind::struct_;
  d.name = "fs.dirInfo";
  d.pkg_path = "io/fs";
  d.named = true;
  d.has_pointers = true;
  d.size = sizeof(dirInfo);
  d.align = alignof(dirInfo);
  d.fields = dir_info_fields;
  d.num_fields = 1;
  d.equal = &equal_dir_info;
  d.methods = dir_info_methods;
  d.num_methods = std::size(dir_info_methods);
  return d;
}();

}  // namespace

std::tuple<go::slice<DirEntry>, go::error> ReadDir(FS fsys, go::string name) {
  if (auto [rfs, ok] = go::assert_iface_ok<ReadDirFS>(fsys); ok) return rfs.ReadDir(name);
  auto [file, err] = fsys.Open(name);
  if (err != nullptr) return {nullptr, err};
  auto [dir, ok] = go::assert_iface_ok<ReadDirFile>(file);
  if (!ok) {
    go::error e = new_path_error("readdir", name, go::errors::New("not implemented"));
    file.Close();  // defer file.Close()
    return {nullptr, e};
  }
  auto [list, rerr] = dir.ReadDir(-1);
  go::slice<DirEntry> l = list;
  go::sort::Slice(go::any(go::slice_of(&DirEntry_type), l),
                  [l](go::int_ i, go::int_ j) { return l[i].Name() < l[j].Name(); });
  file.Close();
  return {l, rerr};
}

DirEntry FileInfoToDirEntry(FileInfo info) {
  if (info == nullptr) return nullptr;
  return DirEntry(&dir_info_type, dirInfo{info});
}

// ---- stat.go, readfile.go

std::tuple<FileInfo, go::error> Stat(FS fsys, go::string name) {
  if (auto [sfs, ok] = go::assert_iface_ok<StatFS>(fsys); ok) return sfs.Stat(name);
  auto [file, err] = fsys.Open(name);
  if (err != nullptr) return {nullptr, err};
  auto result = file.Stat();
  file.Close();  // defer file.Close()
  return result;
}

std::tuple<go::slice<go::uint8>, go::error> ReadFile(FS fsys, go::string name) {
  if (auto [rfs, ok] = go::assert_iface_ok<ReadFileFS>(fsys); ok) return rfs.ReadFile(name);
  auto [file, err] = fsys.Open(name);
  if (err != nullptr) return {nullptr, err};
  go::int_ size = 0;
  if (auto [info, serr] = file.Stat(); serr == nullptr) size = info.Size();
  go::slice<go::uint8> data = go::make_slice<go::uint8>(0, size + 1);
  for (;;) {
    if (data.len() >= data.cap()) {
      go::slice<go::uint8> d = go::append(data.slice(0, data.cap()), go::uint8(0));
      data = d.slice(0, data.len());
    }
    auto [n, rerr] = file.Read(data.slice(data.len(), data.cap()));
    data = data.slice(0, data.len() + n);
    if (rerr != nullptr) {
      if (rerr == go::io::EOF_) rerr = nullptr;
      file.Close();
      return {data, rerr};
    }
  }
}

// ---- walk.go

namespace {

// path.Clean (path/path.go), for walk.go's path.Join(name, d1.Name()).
go::string clean_path(const std::string& path) {
  if (path.empty()) return go::string(".");
  const bool rooted = path[0] == '/';
  const std::size_t n = path.size();
  std::string out;
  std::size_t r = 0, dotdot = 0;
  if (rooted) {
    out += '/';
    r = 1;
    dotdot = 1;
  }
  while (r < n) {
    if (path[r] == '/') {
      ++r;
    } else if (path[r] == '.' && (r + 1 == n || path[r + 1] == '/')) {
      ++r;
    } else if (path[r] == '.' && path[r + 1] == '.' && (r + 2 == n || path[r + 2] == '/')) {
      r += 2;
      if (out.size() > dotdot) {
        std::size_t w = out.size() - 1;
        while (w > dotdot && out[w] != '/') --w;
        out.resize(w);
      } else if (!rooted) {
        if (!out.empty()) out += '/';
        out += "..";
        dotdot = out.size();
      }
    } else {
      if ((rooted && out.size() != 1) || (!rooted && !out.empty())) out += '/';
      for (; r < n && path[r] != '/'; ++r) out += path[r];
    }
  }
  if (out.empty()) return go::string(".");
  return go::string::from_view(out);
}

go::string join_path(const go::string& a, const go::string& b) {
  if (a.len() == 0 && b.len() == 0) return go::string();
  if (a.len() == 0) return clean_path(std::string(b.view()));
  if (b.len() == 0) return clean_path(std::string(a.view()));
  return clean_path(std::string(a.view()) + "/" + std::string(b.view()));
}

// type statDirEntry struct { info FileInfo }, a DirEntry by pointer.
struct statDirEntry {
  FileInfo info{};
};

const struct_field stat_dir_entry_fields[] = {{"info", &FileInfo_type, 0, false, false}};

const type_desc stat_dir_entry_type = [] {
  type_desc d;
  d.kind = kind::struct_;
  d.name = "fs.statDirEntry";
  d.pkg_path = "io/fs";
  d.named = true;
  d.has_pointers = true;
  d.size = sizeof(statDirEntry);
  d.align = alignof(statDirEntry);
  d.fields = stat_dir_entry_fields;
  d.num_fields = 1;
  return d;
}();

statDirEntry* sde(void* self) { return static_cast<go::ptr<statDirEntry>*>(self)->get(); }

const type_desc* stat_dir_entry_ptr_desc() {
  static const type_desc desc = [] {
    type_desc d = plain_pointer_desc(&stat_dir_entry_type);
    static const method_entry methods[] = {
        {"Info", erase_method(+[](void* self) { return std::tuple<FileInfo, go::error>{sde(self)->info, nullptr}; })},
        {"IsDir", erase_method(+[](void* self) { return sde(self)->info.IsDir(); })},
        {"Name", erase_method(+[](void* self) { return sde(self)->info.Name(); })},
        {"Type", erase_method(+[](void* self) { return FileMode_Type(sde(self)->info.Mode()); })},
    };
    d.methods = methods;
    d.num_methods = std::size(methods);
    return d;
  }();
  return &desc;
}

go::error walk_dir(FS fsys, go::string name, DirEntry d, const WalkDirFunc& walkDirFn) {
  if (go::error err = walkDirFn(name, d, nullptr); err != nullptr || !d.IsDir()) {
    if (err == SkipDir && d.IsDir()) {
      // Successfully skipped directory.
      err = nullptr;
    }
    return err;
  }
  auto [dirs, err] = ReadDir(fsys, name);
  if (err != nullptr) {
    // Second call, to report ReadDir error.
    err = walkDirFn(name, d, err);
    if (err != nullptr) {
      if (err == SkipDir && d.IsDir()) err = nullptr;
      return err;
    }
  }
  for (go::int_ i = 0; i < dirs.len(); ++i) {
    DirEntry d1 = dirs[i];
    go::string name1 = join_path(name, d1.Name());
    if (go::error e = walk_dir(fsys, name1, d1, walkDirFn); e != nullptr) {
      if (e == SkipDir) break;
      return e;
    }
  }
  return nullptr;
}

}  // namespace

go::error WalkDir(FS fsys, go::string root, WalkDirFunc fn) {
  auto [info, err] = Stat(fsys, root);
  if (err != nullptr) {
    err = fn(root, nullptr, err);
  } else {
    go::ptr<statDirEntry> e = gc_new<statDirEntry>();
    e->info = info;
    err = walk_dir(fsys, root, DirEntry(stat_dir_entry_ptr_desc(), e), fn);
  }
  if (err == SkipDir) return nullptr;
  return err;
}

}  // namespace go::io::fs
