// Package io/fs: Go 1.19's fs.go, walk.go, readdir.go, stat.go and readfile.go in C++
// (src/io_fs.cpp). It is C++ for the reason io is (docs/stdlib.md): package os, compiled into the
// runtime before any program, returns its FileInfo, DirEntry, FileMode and *PathError, so these
// types must exist as C++ types of the runtime. The interface types are laid out as the emitter
// lays out every interface type (go/iface.h); FileMode is a uint32 with Go's methods as free
// functions FileMode_Method(m), as the emitter calls a stand-in's methods. os.PathError,
// os.FileMode, os.FileInfo and os.DirEntry are these types (aliases in os's stub, as in Go), and
// os.ErrNotExist and the other errors are these values.
#pragma once

#include <string_view>
#include <tuple>

#include "go/error.h"
#include "go/func.h"
#include "go/iface.h"
#include "go/ptr.h"
#include "go/slice.h"
#include "go/string.h"
#include "go/time.h"

namespace go::io::fs {

// type FileMode uint32, with its bits and Go's String().
using FileMode = go::uint32;
inline constexpr FileMode ModeDir = FileMode(1) << 31;
inline constexpr FileMode ModeAppend = FileMode(1) << 30;
inline constexpr FileMode ModeExclusive = FileMode(1) << 29;
inline constexpr FileMode ModeTemporary = FileMode(1) << 28;
inline constexpr FileMode ModeSymlink = FileMode(1) << 27;
inline constexpr FileMode ModeDevice = FileMode(1) << 26;
inline constexpr FileMode ModeNamedPipe = FileMode(1) << 25;
inline constexpr FileMode ModeSocket = FileMode(1) << 24;
inline constexpr FileMode ModeSetuid = FileMode(1) << 23;
inline constexpr FileMode ModeSetgid = FileMode(1) << 22;
inline constexpr FileMode ModeCharDevice = FileMode(1) << 21;
inline constexpr FileMode ModeSticky = FileMode(1) << 20;
inline constexpr FileMode ModeIrregular = FileMode(1) << 19;
inline constexpr FileMode ModeType =
    ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular;
inline constexpr FileMode ModePerm = 0777;

go::string FileMode_String(FileMode m);
inline bool FileMode_IsDir(FileMode m) { return (m & ModeDir) != 0; }
inline bool FileMode_IsRegular(FileMode m) { return (m & ModeType) == 0; }
inline FileMode FileMode_Perm(FileMode m) { return m & ModePerm; }
inline FileMode FileMode_Type(FileMode m) { return m & ModeType; }
// The descriptor of fs.FileMode (%T prints "fs.FileMode", %v calls String()).
const type_desc* FileMode_desc();

// type FileInfo interface { Name() string; Size() int64; Mode() FileMode; ModTime() time.Time;
// IsDir() bool; Sys() any }
struct FileInfo_methods : go::itab {
  static constexpr std::string_view names[] = {"IsDir", "ModTime", "Mode", "Name", "Size", "Sys"};
  static constexpr std::string_view sigs[] = {"func() bool",         "func() time.Time",
                                              "func() fs.FileMode",  "func() string",
                                              "func() int64",        "func() interface {}"};
  bool (*IsDir)(void* self);
  go::time::Time (*ModTime)(void* self);
  FileMode (*Mode)(void* self);
  go::string (*Name)(void* self);
  go::int64 (*Size)(void* self);
  go::any (*Sys)(void* self);
};
struct FileInfo : go::iface<FileInfo_methods> {
  using go::iface<FileInfo_methods>::iface;
  bool IsDir() const { return go::call(*this, &FileInfo_methods::IsDir); }
  go::time::Time ModTime() const { return go::call(*this, &FileInfo_methods::ModTime); }
  FileMode Mode() const { return go::call(*this, &FileInfo_methods::Mode); }
  go::string Name() const { return go::call(*this, &FileInfo_methods::Name); }
  go::int64 Size() const { return go::call(*this, &FileInfo_methods::Size); }
  go::any Sys() const { return go::call(*this, &FileInfo_methods::Sys); }
};
extern const go::type_desc FileInfo_type;

// type DirEntry interface { Name() string; IsDir() bool; Type() FileMode; Info() (FileInfo, error) }
struct DirEntry_methods : go::itab {
  static constexpr std::string_view names[] = {"Info", "IsDir", "Name", "Type"};
  static constexpr std::string_view sigs[] = {"func() (fs.FileInfo, error)", "func() bool",
                                              "func() string", "func() fs.FileMode"};
  std::tuple<FileInfo, go::error> (*Info)(void* self);
  bool (*IsDir)(void* self);
  go::string (*Name)(void* self);
  FileMode (*Type)(void* self);
};
struct DirEntry : go::iface<DirEntry_methods> {
  using go::iface<DirEntry_methods>::iface;
  std::tuple<FileInfo, go::error> Info() const { return go::call(*this, &DirEntry_methods::Info); }
  bool IsDir() const { return go::call(*this, &DirEntry_methods::IsDir); }
  go::string Name() const { return go::call(*this, &DirEntry_methods::Name); }
  FileMode Type() const { return go::call(*this, &DirEntry_methods::Type); }
};
extern const go::type_desc DirEntry_type;

// type File interface { Stat() (FileInfo, error); Read([]byte) (int, error); Close() error }
struct File_methods : go::itab {
  static constexpr std::string_view names[] = {"Close", "Read", "Stat"};
  static constexpr std::string_view sigs[] = {"func() error", "func([]uint8) (int, error)",
                                              "func() (fs.FileInfo, error)"};
  go::error (*Close)(void* self);
  std::tuple<go::int_, go::error> (*Read)(void* self, go::slice<go::uint8>);
  std::tuple<FileInfo, go::error> (*Stat)(void* self);
};
struct File : go::iface<File_methods> {
  using go::iface<File_methods>::iface;
  go::error Close() const { return go::call(*this, &File_methods::Close); }
  std::tuple<go::int_, go::error> Read(go::slice<go::uint8> p) const {
    return go::call(*this, &File_methods::Read, p);
  }
  std::tuple<FileInfo, go::error> Stat() const { return go::call(*this, &File_methods::Stat); }
};
extern const go::type_desc File_type;

// type ReadDirFile interface { File; ReadDir(n int) ([]DirEntry, error) }
struct ReadDirFile_methods : go::itab {
  static constexpr std::string_view names[] = {"Close", "Read", "ReadDir", "Stat"};
  static constexpr std::string_view sigs[] = {"func() error", "func([]uint8) (int, error)",
                                              "func(int) ([]fs.DirEntry, error)",
                                              "func() (fs.FileInfo, error)"};
  go::error (*Close)(void* self);
  std::tuple<go::int_, go::error> (*Read)(void* self, go::slice<go::uint8>);
  std::tuple<go::slice<DirEntry>, go::error> (*ReadDir)(void* self, go::int_);
  std::tuple<FileInfo, go::error> (*Stat)(void* self);
};
struct ReadDirFile : go::iface<ReadDirFile_methods> {
  using go::iface<ReadDirFile_methods>::iface;
  go::error Close() const { return go::call(*this, &ReadDirFile_methods::Close); }
  std::tuple<go::int_, go::error> Read(go::slice<go::uint8> p) const {
    return go::call(*this, &ReadDirFile_methods::Read, p);
  }
  std::tuple<go::slice<DirEntry>, go::error> ReadDir(go::int_ n) const {
    return go::call(*this, &ReadDirFile_methods::ReadDir, n);
  }
  std::tuple<FileInfo, go::error> Stat() const { return go::call(*this, &ReadDirFile_methods::Stat); }
};
extern const go::type_desc ReadDirFile_type;

// type FS interface { Open(name string) (File, error) }
struct FS_methods : go::itab {
  static constexpr std::string_view names[] = {"Open"};
  static constexpr std::string_view sigs[] = {"func(string) (fs.File, error)"};
  std::tuple<File, go::error> (*Open)(void* self, go::string);
};
struct FS : go::iface<FS_methods> {
  using go::iface<FS_methods>::iface;
  std::tuple<File, go::error> Open(go::string name) const {
    return go::call(*this, &FS_methods::Open, name);
  }
};
extern const go::type_desc FS_type;

// type ReadDirFS interface { FS; ReadDir(name string) ([]DirEntry, error) }
struct ReadDirFS_methods : go::itab {
  static constexpr std::string_view names[] = {"Open", "ReadDir"};
  static constexpr std::string_view sigs[] = {"func(string) (fs.File, error)",
                                              "func(string) ([]fs.DirEntry, error)"};
  std::tuple<File, go::error> (*Open)(void* self, go::string);
  std::tuple<go::slice<DirEntry>, go::error> (*ReadDir)(void* self, go::string);
};
struct ReadDirFS : go::iface<ReadDirFS_methods> {
  using go::iface<ReadDirFS_methods>::iface;
  std::tuple<File, go::error> Open(go::string name) const {
    return go::call(*this, &ReadDirFS_methods::Open, name);
  }
  std::tuple<go::slice<DirEntry>, go::error> ReadDir(go::string name) const {
    return go::call(*this, &ReadDirFS_methods::ReadDir, name);
  }
};
extern const go::type_desc ReadDirFS_type;

// type StatFS interface { FS; Stat(name string) (FileInfo, error) }
struct StatFS_methods : go::itab {
  static constexpr std::string_view names[] = {"Open", "Stat"};
  static constexpr std::string_view sigs[] = {"func(string) (fs.File, error)",
                                              "func(string) (fs.FileInfo, error)"};
  std::tuple<File, go::error> (*Open)(void* self, go::string);
  std::tuple<FileInfo, go::error> (*Stat)(void* self, go::string);
};
struct StatFS : go::iface<StatFS_methods> {
  using go::iface<StatFS_methods>::iface;
  std::tuple<File, go::error> Open(go::string name) const {
    return go::call(*this, &StatFS_methods::Open, name);
  }
  std::tuple<FileInfo, go::error> Stat(go::string name) const {
    return go::call(*this, &StatFS_methods::Stat, name);
  }
};
extern const go::type_desc StatFS_type;

// type ReadFileFS interface { FS; ReadFile(name string) ([]byte, error) }
struct ReadFileFS_methods : go::itab {
  static constexpr std::string_view names[] = {"Open", "ReadFile"};
  static constexpr std::string_view sigs[] = {"func(string) (fs.File, error)",
                                              "func(string) ([]uint8, error)"};
  std::tuple<File, go::error> (*Open)(void* self, go::string);
  std::tuple<go::slice<go::uint8>, go::error> (*ReadFile)(void* self, go::string);
};
struct ReadFileFS : go::iface<ReadFileFS_methods> {
  using go::iface<ReadFileFS_methods>::iface;
  std::tuple<File, go::error> Open(go::string name) const {
    return go::call(*this, &ReadFileFS_methods::Open, name);
  }
  std::tuple<go::slice<go::uint8>, go::error> ReadFile(go::string name) const {
    return go::call(*this, &ReadFileFS_methods::ReadFile, name);
  }
};
extern const go::type_desc ReadFileFS_type;

// type PathError struct { Op, Path string; Err error }
struct PathError {
  go::string Op{};
  go::string Path{};
  go::error Err{};
};
go::string PathError_Error(go::ptr<PathError> e);
go::error PathError_Unwrap(go::ptr<PathError> e);
bool PathError_Timeout(go::ptr<PathError> e);
const type_desc* PathError_desc();
// &PathError{op, path, err} as an error.
go::error new_path_error(std::string_view op, const go::string& path, go::error err);

// internal/oserror's errors, which os's are too.
extern go::error ErrInvalid;
extern go::error ErrPermission;
extern go::error ErrExist;
extern go::error ErrNotExist;
extern go::error ErrClosed;

extern go::error SkipDir;

using WalkDirFunc = go::func<go::error(go::string, DirEntry, go::error)>;

bool ValidPath(go::string name);
go::error WalkDir(FS fsys, go::string root, WalkDirFunc fn);
std::tuple<go::slice<DirEntry>, go::error> ReadDir(FS fsys, go::string name);
DirEntry FileInfoToDirEntry(FileInfo info);
std::tuple<FileInfo, go::error> Stat(FS fsys, go::string name);
std::tuple<go::slice<go::uint8>, go::error> ReadFile(FS fsys, go::string name);

}  // namespace go::io::fs

template <>
struct go::detail::type_of_impl<go::io::fs::PathError> {
  static const go::type_desc* get() { return go::io::fs::PathError_desc(); }
};
template <>
struct go::detail::type_of_impl<go::io::fs::FileInfo>
    : go::detail::basic_type_of<&go::io::fs::FileInfo_type> {};
template <>
struct go::detail::type_of_impl<go::io::fs::DirEntry>
    : go::detail::basic_type_of<&go::io::fs::DirEntry_type> {};
template <>
struct go::detail::type_of_impl<go::io::fs::File> : go::detail::basic_type_of<&go::io::fs::File_type> {};
template <>
struct go::detail::type_of_impl<go::io::fs::ReadDirFile>
    : go::detail::basic_type_of<&go::io::fs::ReadDirFile_type> {};
template <>
struct go::detail::type_of_impl<go::io::fs::FS> : go::detail::basic_type_of<&go::io::fs::FS_type> {};
template <>
struct go::detail::type_of_impl<go::io::fs::ReadDirFS>
    : go::detail::basic_type_of<&go::io::fs::ReadDirFS_type> {};
template <>
struct go::detail::type_of_impl<go::io::fs::StatFS>
    : go::detail::basic_type_of<&go::io::fs::StatFS_type> {};
template <>
struct go::detail::type_of_impl<go::io::fs::ReadFileFS>
    : go::detail::basic_type_of<&go::io::fs::ReadFileFS_type> {};
