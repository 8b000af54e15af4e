// The compiled entry points behind go/fmt.h: each runs one printer over the boxed operands and
// either writes its bytes to the runtime's stdout or returns them as a go::string.
#include "go/fmt.h"

#include <cstddef>
#include <cstring>

#include "go/errors.h"
#include "go/gc.h"
#include "go/output.h"
#include "printer.h"

namespace go::fmt::detail {
namespace {

write_result write_out(const std::string& s) {
  go::stdout_write(s.data(), s.size());
  return {static_cast<go::int_>(s.size()), nullptr};
}

go::string to_go(const std::string& s) { return go::string::from_bytes(s.data(), static_cast<int64_t>(s.size())); }

go::slice<go::uint8> to_bytes(const std::string& s) {
  go::slice<go::uint8> b = go::make_slice<go::uint8>(static_cast<int64_t>(s.size()));
  if (!s.empty()) std::memcpy(b.data(), s.data(), s.size());
  return b;
}

// *fmt.wrapError: Errorf's result when it wrapped an error with %w.
struct wrap_error {
  go::string msg;
  go::error err;
};

const struct_field wrap_error_fields[] = {
    {"msg", &string_type, offsetof(wrap_error, msg), false, false},
    {"err", &error_type, offsetof(wrap_error, err), false, false},
};

const type_desc wrap_error_type = [] {
  type_desc d;
  d.kind = kind::struct_;
  d.name = "fmt.wrapError";  // error_type is declared in go/error.h
  d.pkg_path = "fmt";
  d.named = true;
  d.has_pointers = true;
  d.size = sizeof(wrap_error);
  d.align = alignof(wrap_error);
  d.fields = wrap_error_fields;
  d.num_fields = 2;
  return d;
}();

go::string wrap_error_text(const void* self) { return (*static_cast<wrap_error* const*>(self))->msg; }
go::error wrap_error_unwrap(void* self) { return (*static_cast<wrap_error**>(self))->err; }

const method_entry wrap_error_methods[] = {
    {"Error", erase_method(+[](void* self) { return wrap_error_text(self); })},
    {"Unwrap", erase_method(&wrap_error_unwrap)},
};

const type_desc wrap_error_ptr_type = [] {
  type_desc d = plain_pointer_desc(&wrap_error_type);
  d.methods = wrap_error_methods;
  d.num_methods = 2;
  d.error_method = &wrap_error_text;
  return d;
}();

}  // namespace

write_result print(const go::any* args, int64_t n) {
  printer p;
  p.do_print(args, n);
  return write_out(p.output());
}

write_result println(const go::any* args, int64_t n) {
  printer p;
  p.do_println(args, n);
  return write_out(p.output());
}

write_result printf(const go::string& format, const go::any* args, int64_t n) {
  printer p;
  p.do_printf(format.view(), args, n);
  return write_out(p.output());
}

write_result fprint(const go::io::Writer& w, const go::any* args, int64_t n) {
  printer p;
  p.do_print(args, n);
  return w.Write(to_bytes(p.output()));
}

write_result fprintln(const go::io::Writer& w, const go::any* args, int64_t n) {
  printer p;
  p.do_println(args, n);
  return w.Write(to_bytes(p.output()));
}

write_result fprintf(const go::io::Writer& w, const go::string& format, const go::any* args,
                     int64_t n) {
  printer p;
  p.do_printf(format.view(), args, n);
  return w.Write(to_bytes(p.output()));
}

go::error errorf(const go::string& format, const go::any* args, int64_t n) {
  printer p;
  p.wrap_errs = true;
  p.do_printf(format.view(), args, n);
  go::string msg = to_go(p.output());
  if (!p.has_wrapped) return go::errors::New(msg);
  wrap_error* e = go::gc_new<wrap_error>(wrap_error{msg, go::iface_cast<go::error>(p.wrapped)});
  return go::error(&wrap_error_ptr_type, e);
}

go::string sprint(const go::any* args, int64_t n) {
  printer p;
  p.do_print(args, n);
  return to_go(p.output());
}

go::string sprintln(const go::any* args, int64_t n) {
  printer p;
  p.do_println(args, n);
  return to_go(p.output());
}

go::string sprintf(const go::string& format, const go::any* args, int64_t n) {
  printer p;
  p.do_printf(format.view(), args, n);
  return to_go(p.output());
}

}  // namespace go::fmt::detail

namespace go::fmt {
const go::type_desc Stringer_type = go::interface_desc<Stringer>("fmt.Stringer", "fmt", true);
const go::type_desc GoStringer_type =
    go::interface_desc<GoStringer>("fmt.GoStringer", "fmt", true);
const go::type_desc State_type = go::interface_desc<State>("fmt.State", "fmt", true);
const go::type_desc Formatter_type = go::interface_desc<Formatter>("fmt.Formatter", "fmt", true);
const go::type_desc ScanState_type = go::interface_desc<ScanState>("fmt.ScanState", "fmt", true);
const go::type_desc Scanner_type = go::interface_desc<Scanner>("fmt.Scanner", "fmt", true);
}  // namespace go::fmt
