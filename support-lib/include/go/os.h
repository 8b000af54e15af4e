// Package os: Exit, Args, the environment, the standard files as io.Writers (Stdout writes
// through the runtime's buffered stdout, go/output.h), and files by name (src/os_file.cpp):
// Create, Open, OpenFile, ReadFile, WriteFile, Remove, RemoveAll, Mkdir, MkdirAll, MkdirTemp,
// CreateTemp, with errors as Go builds them (*PathError wrapping a syscall.Errno).
#pragma once

#include <tuple>

#include "go/builtin.h"
#include "go/error.h"
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
};

// syscall.Errno: an errno value; Error() is strerror's text as Go's table has it, and Is
// matches os.ErrNotExist, ErrExist and ErrPermission as Go's does.
using Errno = go::uintptr;
const type_desc* Errno_desc();

// type PathError struct { Op, Path string; Err error } (io/fs.PathError in Go).
struct PathError {
  go::string Op{};
  go::string Path{};
  go::error Err{};
};
go::string PathError_Error(go::ptr<PathError> e);
go::error PathError_Unwrap(go::ptr<PathError> e);
const type_desc* PathError_desc();

extern go::error ErrNotExist;
extern go::error ErrExist;
extern go::error ErrPermission;
extern go::error ErrClosed;

using FileMode = go::uint32;
const type_desc* FileMode_desc();  // os.FileMode (fs.FileMode in Go), printed as a number
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

extern go::ptr<File> Stdin;
extern go::ptr<File> Stdout;
extern go::ptr<File> Stderr;

// os.Args, set by go::run_main from the process's arguments.
extern go::slice<go::string> Args;
namespace detail {
void set_args(int argc, char** argv);
// &PathError{op, path, err} as an error; the Errno of errno value e as an error.
go::error path_error(const char* op, const go::string& path, go::error err);
go::error errno_error(int e);
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
struct go::detail::type_of_impl<go::os::PathError> {
  static const go::type_desc* get() { return go::os::PathError_desc(); }
};
template <>
struct go::detail::type_of_impl<go::os::File> : go::detail::basic_type_of<&go::os::File_type> {};
