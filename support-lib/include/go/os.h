// Package os: Exit, Args, the environment, the standard files as io.Writers (Stdout writes
// through the runtime's buffered stdout, go/output.h), and files by name (src/os_file.cpp):
// Create, Open, OpenFile, ReadFile, WriteFile, Remove, RemoveAll, Mkdir, MkdirAll, MkdirTemp,
// CreateTemp, with errors as Go builds them (*PathError wrapping a syscall.Errno); Stat, Lstat
// and FileInfo (src/os_stat.cpp), reading directories (src/os_dir.cpp), Getwd, Chdir, links,
// Rename, Chmod and the error predicates (src/os_ops.cpp).
#pragma once

#include <tuple>

#include "go/builtin.h"
#include "go/error.h"
#include "go/io/fs.h"
#include "go/syscall.h"
#include "go/output.h"
#include "go/ptr.h"
#include "go/slice.h"
#include "go/string.h"

namespace go::os {

// type File struct { fd int }, plus its name and whether Close was called.
struct File {
  go::int_ fd{};
  go::string name{};
  bool closed = false;
  void* dir = nullptr;  // the DIR* of fdopendir(fd) once the directory is read (src/os_dir.cpp)
};

// os's PathError, FileMode, FileInfo, DirEntry and errors are io/fs's (aliases in Go).
using PathError = go::io::fs::PathError;
using FileMode = go::io::fs::FileMode;
using FileInfo = go::io::fs::FileInfo;
using DirEntry = go::io::fs::DirEntry;
inline go::error& ErrInvalid = go::io::fs::ErrInvalid;
inline go::error& ErrNotExist = go::io::fs::ErrNotExist;
inline go::error& ErrExist = go::io::fs::ErrExist;
inline go::error& ErrPermission = go::io::fs::ErrPermission;
inline go::error& ErrClosed = go::io::fs::ErrClosed;

// type LinkError struct { Op, Old, New string; Err error }
struct LinkError {
  go::string Op{};
  go::string Old{};
  go::string New{};
  go::error Err{};
};
go::string LinkError_Error(go::ptr<LinkError> e);
go::error LinkError_Unwrap(go::ptr<LinkError> e);
const type_desc* LinkError_desc();

bool IsExist(go::error err);
bool IsNotExist(go::error err);
bool IsPermission(go::error err);

inline bool IsPathSeparator(go::uint8 c) { return c == '/'; }

// OpenFile's flag is Go's (linux/amd64 values, os.O_CREATE = 0x40, ...), whatever the target:
// the constants are folded into the program by the translation.

std::tuple<go::ptr<File>, go::error> Create(go::string name);
std::tuple<go::ptr<File>, go::error> Open(go::string name);
std::tuple<go::ptr<File>, go::error> OpenFile(go::string name, go::int_ flag, FileMode perm);
std::tuple<go::slice<go::uint8>, go::error> ReadFile(go::string name);
go::error WriteFile(go::string name, go::slice<go::uint8> data, FileMode perm);
go::error Remove(go::string name);
go::error RemoveAll(go::string path);
go::error Mkdir(go::string name, FileMode perm);
go::error MkdirAll(go::string path, FileMode perm);
std::tuple<go::string, go::error> MkdirTemp(go::string dir, go::string pattern);
std::tuple<go::ptr<File>, go::error> CreateTemp(go::string dir, go::string pattern);
go::string TempDir();
go::error File_Close(go::ptr<File> f);
go::string File_Name(go::ptr<File> f);
std::tuple<FileInfo, go::error> File_Stat(go::ptr<File> f);
std::tuple<go::slice<DirEntry>, go::error> File_ReadDir(go::ptr<File> f, go::int_ n);
std::tuple<go::slice<FileInfo>, go::error> File_Readdir(go::ptr<File> f, go::int_ n);
std::tuple<go::slice<go::string>, go::error> File_Readdirnames(go::ptr<File> f, go::int_ n);
go::error File_Chmod(go::ptr<File> f, FileMode mode);
go::error File_Chdir(go::ptr<File> f);
go::error File_Sync(go::ptr<File> f);
go::uintptr File_Fd(go::ptr<File> f);

// Files by name: src/os_stat.cpp, src/os_dir.cpp, src/os_ops.cpp.
std::tuple<FileInfo, go::error> Stat(go::string name);
std::tuple<FileInfo, go::error> Lstat(go::string name);
bool SameFile(FileInfo fi1, FileInfo fi2);
std::tuple<go::slice<DirEntry>, go::error> ReadDir(go::string name);
std::tuple<go::string, go::error> Getwd();
go::error Chdir(go::string dir);
std::tuple<go::string, go::error> Readlink(go::string name);
go::error Symlink(go::string oldname, go::string newname);
go::error Link(go::string oldname, go::string newname);
go::error Rename(go::string oldpath, go::string newpath);
go::error Chmod(go::string name, FileMode mode);
go::error Chtimes(go::string name, go::time::Time atime, go::time::Time mtime);
go::error Truncate(go::string name, go::int64 size);
go::io::fs::FS DirFS(go::string dir);

extern go::ptr<File> Stdin;
extern go::ptr<File> Stdout;
extern go::ptr<File> Stderr;

// os.Args, set by go::run_main from the process's arguments.
extern go::slice<go::string> Args;
namespace detail {
void set_args(int argc, char** argv);
// &PathError{op, path, err} as an error; the syscall.Errno of errno value e as an error.
inline go::error path_error(const char* op, const go::string& path, go::error err) {
  return go::io::fs::new_path_error(op, path, err);
}
inline go::error errno_error(int e) { return go::syscall::errno_error(e); }
// &LinkError{op, oldname, newname, err} as an error.
go::error link_error(const char* op, const go::string& oldname, const go::string& newname, go::error err);
// The descriptor of *os.File (its method set: Close, Name, Read, ReadDir, ...).
const type_desc* file_ptr_desc();
}

go::string Getenv(const go::string& key);
std::tuple<go::string, bool> LookupEnv(const go::string& key);
go::error Setenv(const go::string& key, const go::string& value);
go::error Unsetenv(const go::string& key);

// os.Exit: flushes the runtime's stdout buffer and ends the process with `code`, without running
// deferred calls.
[[noreturn]] void Exit(int_ code);

std::tuple<go::int_, go::error> File_Read(go::ptr<File> f, go::slice<go::uint8> b);
std::tuple<go::int_, go::error> File_Write(go::ptr<File> f, go::slice<go::uint8> b);
std::tuple<go::int_, go::error> File_WriteString(go::ptr<File> f, go::string s);

extern const go::type_desc File_type;

}  // namespace go::os

template <>
struct go::detail::type_of_impl<go::os::LinkError> {
  static const go::type_desc* get() { return go::os::LinkError_desc(); }
};
template <>
struct go::detail::type_of_impl<go::os::File> : go::detail::basic_type_of<&go::os::File_type> {};
