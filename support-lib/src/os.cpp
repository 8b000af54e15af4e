// Package os: Exit (flush the runtime's stdout, then leave without unwinding: no deferred calls
// run, as in Go) and the standard files.
#include "go/os.h"

#include <unistd.h>

#include <cstddef>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <iterator>

#include "go/iface.h"
#include "go/io.h"
#include "goroutine.h"

namespace go::os {

namespace {

File stdin_file{0, go::string("/dev/stdin")};
File stdout_file{1, go::string("/dev/stdout")};
File stderr_file{2, go::string("/dev/stderr")};

std::tuple<go::int_, go::error> write_fd(go::int_ fd, const void* p, go::int_ n) {
  if (fd == 1) {
    stdout_write(p, static_cast<std::size_t>(n));
  } else if (fd == 2) {
    stderr_write(p, static_cast<std::size_t>(n));
  } else {
    stdout_flush();
    const char* c = static_cast<const char*>(p);
    go::int_ left = n;
    while (left > 0) {
      ssize_t w = ::write(static_cast<int>(fd), c, static_cast<std::size_t>(left));
      if (w <= 0) break;
      c += w;
      left -= w;
    }
  }
  return {n, nullptr};
}

const struct_field file_fields[] = {{"fd", &int_type, offsetof(File, fd), false, false},
                                    {"name", &string_type, offsetof(File, name), false, false}};

type_desc make_file_type() {
  type_desc d;
  d.kind = kind::struct_;
  d.name = "os.File";
  d.pkg_path = "os";
  d.named = true;
  d.size = sizeof(File);
  d.align = alignof(File);
  d.fields = file_fields;
  d.num_fields = 2;
  d.has_pointers = true;
  d.ptr_desc = &detail::file_ptr_desc;
  return d;
}

}  // namespace

const type_desc File_type = make_file_type();

const type_desc* detail::file_ptr_desc() {
  static const type_desc desc = [] {
    type_desc d = plain_pointer_desc(&File_type);
    // Sorted by name, as the emitter writes method tables.
    static const method_entry methods[] = {
        {"Chdir", erase_method(+[](void* self) { return File_Chdir(*static_cast<go::ptr<File>*>(self)); })},
        {"Chmod", erase_method(+[](void* self, FileMode m) { return File_Chmod(*static_cast<go::ptr<File>*>(self), m); })},
        {"Close", erase_method(+[](void* self) { return File_Close(*static_cast<go::ptr<File>*>(self)); })},
        {"Fd", erase_method(+[](void* self) { return File_Fd(*static_cast<go::ptr<File>*>(self)); })},
        {"Name", erase_method(+[](void* self) { return File_Name(*static_cast<go::ptr<File>*>(self)); })},
        {"Read", erase_method(+[](void* self, go::slice<go::uint8> b) {
           return File_Read(*static_cast<go::ptr<File>*>(self), b);
         })},
        {"ReadDir", erase_method(+[](void* self, go::int_ n) { return File_ReadDir(*static_cast<go::ptr<File>*>(self), n); })},
        {"Readdir", erase_method(+[](void* self, go::int_ n) { return File_Readdir(*static_cast<go::ptr<File>*>(self), n); })},
        {"Readdirnames", erase_method(+[](void* self, go::int_ n) {
           return File_Readdirnames(*static_cast<go::ptr<File>*>(self), n);
         })},
        {"Stat", erase_method(+[](void* self) { return File_Stat(*static_cast<go::ptr<File>*>(self)); })},
        {"Sync", erase_method(+[](void* self) { return File_Sync(*static_cast<go::ptr<File>*>(self)); })},
        {"Write", erase_method(+[](void* self, go::slice<go::uint8> b) {
           return File_Write(*static_cast<go::ptr<File>*>(self), b);
         })},
        {"WriteString", erase_method(+[](void* self, go::string s) {
           return File_WriteString(*static_cast<go::ptr<File>*>(self), s);
         })},
    };
    d.methods = methods;
    d.num_methods = std::size(methods);
    return d;
  }();
  return &desc;
}

go::ptr<File> Stdin = &stdin_file;
go::ptr<File> Stdout = &stdout_file;
go::ptr<File> Stderr = &stderr_file;

go::slice<go::string> Args;

void detail::set_args(int argc, char** argv) {
  Args = go::make_slice<go::string>(argc);
  for (int i = 0; i < argc; ++i) Args[i] = go::string::from_view(argv[i]);
}

go::string Getenv(const go::string& key) {
  std::string k(key.view());
  const char* v = std::getenv(k.c_str());
  return v == nullptr ? go::string() : go::string::from_view(v);
}

std::tuple<go::string, bool> LookupEnv(const go::string& key) {
  std::string k(key.view());
  const char* v = std::getenv(k.c_str());
  if (v == nullptr) return {go::string(), false};
  return {go::string::from_view(v), true};
}

go::error Setenv(const go::string& key, const go::string& value) {
  std::string k(key.view()), v(value.view());
  if (k.empty() || k.find('=') != std::string::npos || ::setenv(k.c_str(), v.c_str(), 1) != 0) {
    return detail::errno_error(EINVAL);
  }
  return nullptr;
}

go::error Unsetenv(const go::string& key) {
  std::string k(key.view());
  ::unsetenv(k.c_str());
  return nullptr;
}

std::tuple<go::int_, go::error> File_Read(go::ptr<File> f, go::slice<go::uint8> b) {
  if (f->closed) return {0, detail::path_error("read", f->name, ErrClosed)};
  if (b.len() == 0) return {0, nullptr};
  if (f->fd != 0) stdout_flush();
  for (;;) {
    ssize_t n = ::read(static_cast<int>(f->fd), b.data(), static_cast<std::size_t>(b.len()));
    if (n > 0) return {n, nullptr};
    if (n == 0) return {0, go::io::EOF_};
    if (errno != EINTR) return {0, go::io::EOF_};
  }
}

void Exit(int_ code) {
  go::detail::exit_process(static_cast<int>(code));  // flushes stdout; LSan's check, if linked in
}

std::tuple<go::int_, go::error> File_Write(go::ptr<File> f, go::slice<go::uint8> b) {
  if (f->closed) return {0, detail::path_error("write", f->name, ErrClosed)};
  return write_fd(f->fd, b.data(), b.len());
}

std::tuple<go::int_, go::error> File_WriteString(go::ptr<File> f, go::string s) {
  if (f->closed) return {0, detail::path_error("write", f->name, ErrClosed)};
  return write_fd(f->fd, s.data(), s.len());
}

}  // namespace go::os
