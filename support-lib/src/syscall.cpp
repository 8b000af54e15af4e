// Package syscall: Errno's methods, after Go 1.19's syscall_unix.go, with the error table of
// zerrors_linux_amd64.go (every Linux architecture go2cpp targets has these numbers and texts).
#include "go/syscall.h"

#include <cerrno>
#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>

#include "go/iface.h"
#include "go/io/fs.h"

namespace go::syscall {

namespace {

// zerrors_linux_amd64.go's `var errors = [...]string{...}`.
constexpr std::string_view kErrors[] = {
    "",  // 0
    "operation not permitted",  // 1
    "no such file or directory",  // 2
    "no such process",  // 3
    "interrupted system call",  // 4
    "input/output error",  // 5
    "no such device or address",  // 6
    "argument list too long",  // 7
    "exec format error",  // 8
    "bad file descriptor",  // 9
    "no child processes",  // 10
    "resource temporarily unavailable",  // 11
    "cannot allocate memory",  // 12
    "permission denied",  // 13
    "bad address",  // 14
    "block device required",  // 15
    "device or resource busy",  // 16
    "file exists",  // 17
    "invalid cross-device link",  // 18
    "no such device",  // 19
    "not a directory",  // 20
    "is a directory",  // 21
    "invalid argument",  // 22
    "too many open files in system",  // 23
    "too many open files",  // 24
    "inappropriate ioctl for device",  // 25
    "text file busy",  // 26
    "file too large",  // 27
    "no space left on device",  // 28
    "illegal seek",  // 29
    "read-only file system",  // 30
    "too many links",  // 31
    "broken pipe",  // 32
    "numerical argument out of domain",  // 33
    "numerical result out of range",  // 34
    "resource deadlock avoided",  // 35
    "file name too long",  // 36
    "no locks available",  // 37
    "function not implemented",  // 38
    "directory not empty",  // 39
    "too many levels of symbolic links",  // 40
    "",  // 41
    "no message of desired type",  // 42
    "identifier removed",  // 43
    "channel number out of range",  // 44
    "level 2 not synchronized",  // 45
    "level 3 halted",  // 46
    "level 3 reset",  // 47
    "link number out of range",  // 48
    "protocol driver not attached",  // 49
    "no CSI structure available",  // 50
    "level 2 halted",  // 51
    "invalid exchange",  // 52
    "invalid request descriptor",  // 53
    "exchange full",  // 54
    "no anode",  // 55
    "invalid request code",  // 56
    "invalid slot",  // 57
    "",  // 58
    "bad font file format",  // 59
    "device not a stream",  // 60
    "no data available",  // 61
    "timer expired",  // 62
    "out of streams resources",  // 63
    "machine is not on the network",  // 64
    "package not installed",  // 65
    "object is remote",  // 66
    "link has been severed",  // 67
    "advertise error",  // 68
    "srmount error",  // 69
    "communication error on send",  // 70
    "protocol error",  // 71
    "multihop attempted",  // 72
    "RFS specific error",  // 73
    "bad message",  // 74
    "value too large for defined data type",  // 75
    "name not unique on network",  // 76
    "file descriptor in bad state",  // 77
    "remote address changed",  // 78
    "can not access a needed shared library",  // 79
    "accessing a corrupted shared library",  // 80
    ".lib section in a.out corrupted",  // 81
    "attempting to link in too many shared libraries",  // 82
    "cannot exec a shared library directly",  // 83
    "invalid or incomplete multibyte or wide character",  // 84
    "interrupted system call should be restarted",  // 85
    "streams pipe error",  // 86
    "too many users",  // 87
    "socket operation on non-socket",  // 88
    "destination address required",  // 89
    "message too long",  // 90
    "protocol wrong type for socket",  // 91
    "protocol not available",  // 92
    "protocol not supported",  // 93
    "socket type not supported",  // 94
    "operation not supported",  // 95
    "protocol family not supported",  // 96
    "address family not supported by protocol",  // 97
    "address already in use",  // 98
    "cannot assign requested address",  // 99
    "network is down",  // 100
    "network is unreachable",  // 101
    "network dropped connection on reset",  // 102
    "software caused connection abort",  // 103
    "connection reset by peer",  // 104
    "no buffer space available",  // 105
    "transport endpoint is already connected",  // 106
    "transport endpoint is not connected",  // 107
    "cannot send after transport endpoint shutdown",  // 108
    "too many references: cannot splice",  // 109
    "connection timed out",  // 110
    "connection refused",  // 111
    "host is down",  // 112
    "no route to host",  // 113
    "operation already in progress",  // 114
    "operation now in progress",  // 115
    "stale NFS file handle",  // 116
    "structure needs cleaning",  // 117
    "not a XENIX named type file",  // 118
    "no XENIX semaphores available",  // 119
    "is a named type file",  // 120
    "remote I/O error",  // 121
    "disk quota exceeded",  // 122
    "no medium found",  // 123
    "wrong medium type",  // 124
    "operation canceled",  // 125
    "required key not available",  // 126
    "key has expired",  // 127
    "key has been revoked",  // 128
    "key was rejected by service",  // 129
    "owner died",  // 130
    "state not recoverable",  // 131
    "operation not possible due to RF-kill",  // 132
};

go::string errno_text(const void* self) { return Errno_Error(*static_cast<const Errno*>(self)); }

const method_entry errno_methods[] = {
    {"Error", erase_method(+[](void* self) { return Errno_Error(*static_cast<Errno*>(self)); })},
    {"Is", erase_method(+[](void* self, go::error target) {
       return Errno_Is(*static_cast<Errno*>(self), target);
     })},
    {"Temporary", erase_method(+[](void* self) { return Errno_Temporary(*static_cast<Errno*>(self)); })},
    {"Timeout", erase_method(+[](void* self) { return Errno_Timeout(*static_cast<Errno*>(self)); })},
};

}  // namespace

go::string Errno_Error(Errno e) {
  if (e < std::size(kErrors) && !kErrors[e].empty()) return go::string::from_view(kErrors[e]);
  // Go: "errno " + itoa.Itoa(int(e)), the number as a signed int.
  return go::string::from_view("errno " + std::to_string(static_cast<int64_t>(e)));
}

bool Errno_Is(Errno e, go::error target) {
  if (target == go::io::fs::ErrPermission) return e == EACCES || e == EPERM;
  if (target == go::io::fs::ErrExist) return e == EEXIST || e == ENOTEMPTY;
  if (target == go::io::fs::ErrNotExist) return e == ENOENT;
  return false;
}

bool Errno_Timeout(Errno e) { return e == EAGAIN || e == EWOULDBLOCK || e == ETIMEDOUT; }

bool Errno_Temporary(Errno e) { return e == EINTR || e == EMFILE || e == ENFILE || Errno_Timeout(e); }

const type_desc* Errno_desc() {
  static const type_desc desc = [] {
    type_desc d = uintptr_type;
    d.name = "syscall.Errno";
    d.pkg_path = "syscall";
    d.named = true;
    d.methods = errno_methods;
    d.num_methods = std::size(errno_methods);
    d.error_method = &errno_text;
    return d;
  }();
  return &desc;
}

std::tuple<go::int64, go::int64> Timespec_Unix(go::ptr<Timespec> ts) { return {ts->Sec, ts->Nsec}; }
go::int64 Timespec_Nano(go::ptr<Timespec> ts) { return ts->Sec * 1000000000 + ts->Nsec; }

const type_desc* Timespec_desc() {
  static const struct_field fields[] = {
      {"Sec", &int64_type, offsetof(Timespec, Sec), false, true},
      {"Nsec", &int64_type, offsetof(Timespec, Nsec), false, true},
  };
  static const type_desc desc = [] {
    type_desc d;
    d.kind = kind::struct_;
    d.name = "syscall.Timespec";
    d.pkg_path = "syscall";
    d.named = true;
    d.size = sizeof(Timespec);
    d.align = alignof(Timespec);
    d.fields = fields;
    d.num_fields = std::size(fields);
    d.ptr_desc = [] {
      static const type_desc pd = [] {
        type_desc p = plain_pointer_desc(Timespec_desc());
        static const method_entry methods[] = {
            {"Nano", erase_method(+[](void* self) { return Timespec_Nano(*static_cast<go::ptr<Timespec>*>(self)); })},
            {"Unix", erase_method(+[](void* self) { return Timespec_Unix(*static_cast<go::ptr<Timespec>*>(self)); })},
        };
        p.methods = methods;
        p.num_methods = std::size(methods);
        return p;
      }();
      return &pd;
    };
    return d;
  }();
  return &desc;
}

const type_desc* Stat_t_desc() {
  static const struct_field fields[] = {
      {"Dev", &uint64_type, offsetof(Stat_t, Dev), false, true},
      {"Ino", &uint64_type, offsetof(Stat_t, Ino), false, true},
      {"Nlink", &uint64_type, offsetof(Stat_t, Nlink), false, true},
      {"Mode", &uint32_type, offsetof(Stat_t, Mode), false, true},
      {"Uid", &uint32_type, offsetof(Stat_t, Uid), false, true},
      {"Gid", &uint32_type, offsetof(Stat_t, Gid), false, true},
      {"X__pad0", &int32_type, offsetof(Stat_t, X__pad0), false, true},
      {"Rdev", &uint64_type, offsetof(Stat_t, Rdev), false, true},
      {"Size", &int64_type, offsetof(Stat_t, Size), false, true},
      {"Blksize", &int64_type, offsetof(Stat_t, Blksize), false, true},
      {"Blocks", &int64_type, offsetof(Stat_t, Blocks), false, true},
      {"Atim", Timespec_desc(), offsetof(Stat_t, Atim), false, true},
      {"Mtim", Timespec_desc(), offsetof(Stat_t, Mtim), false, true},
      {"Ctim", Timespec_desc(), offsetof(Stat_t, Ctim), false, true},
      {"X__unused", go::array_of(&int64_type, 3), offsetof(Stat_t, X__unused), false, true},
  };
  static const type_desc desc = [] {
    type_desc d;
    d.kind = kind::struct_;
    d.name = "syscall.Stat_t";
    d.pkg_path = "syscall";
    d.named = true;
    d.size = sizeof(Stat_t);
    d.align = alignof(Stat_t);
    d.fields = fields;
    d.num_fields = std::size(fields);
    return d;
  }();
  return &desc;
}

}  // namespace go::syscall
