// Package syscall: Errno, the error that os's *PathError wraps (src/syscall.cpp). Its errno
// constants are declared by the stub (support-lib/go/syscall/syscall.go, Linux's values) and
// folded into the program by the translation.
#pragma once

#include <tuple>

#include "go/array.h"
#include "go/error.h"
#include "go/ptr.h"
#include "go/string.h"

namespace go::syscall {

// type Errno uintptr: an errno value. Error() is Go's error table (zerrors_linux_amd64.go), Is
// matches fs.ErrPermission, ErrExist and ErrNotExist as Go's does.
using Errno = go::uintptr;
go::string Errno_Error(Errno e);
bool Errno_Is(Errno e, go::error target);
bool Errno_Temporary(Errno e);
bool Errno_Timeout(Errno e);
// The descriptor of syscall.Errno (%T prints "syscall.Errno").
const type_desc* Errno_desc();
// Errno e as an error.
inline go::error errno_error(int e) { return go::error(Errno_desc(), static_cast<Errno>(e)); }

// type Timespec struct { Sec, Nsec int64 }
struct Timespec {
  go::int64 Sec = 0;
  go::int64 Nsec = 0;
};
std::tuple<go::int64, go::int64> Timespec_Unix(go::ptr<Timespec> ts);
go::int64 Timespec_Nano(go::ptr<Timespec> ts);
const type_desc* Timespec_desc();

// linux/amd64's Stat_t (ztypes_linux_amd64.go), filled from a struct stat by os.
struct Stat_t {
  go::uint64 Dev = 0;
  go::uint64 Ino = 0;
  go::uint64 Nlink = 0;
  go::uint32 Mode = 0;
  go::uint32 Uid = 0;
  go::uint32 Gid = 0;
  go::int32 X__pad0 = 0;
  go::uint64 Rdev = 0;
  go::int64 Size = 0;
  go::int64 Blksize = 0;
  go::int64 Blocks = 0;
  Timespec Atim{};
  Timespec Mtim{};
  Timespec Ctim{};
  go::array<go::int64, 3> X__unused{};
};
const type_desc* Stat_t_desc();

}  // namespace go::syscall

template <>
struct go::detail::type_of_impl<go::syscall::Timespec> {
  static const go::type_desc* get() { return go::syscall::Timespec_desc(); }
};
template <>
struct go::detail::type_of_impl<go::syscall::Stat_t> {
  static const go::type_desc* get() { return go::syscall::Stat_t_desc(); }
};
