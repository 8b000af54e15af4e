// go::panic and the runtime's own panic values.
//
// gc's runtime panics with three runtime.Error types, reproduced with their %T names:
//   runtime.boundsError  {x, y, signed, code}   index and slice bounds (runtime/error.go)
//   runtime.errorString  "integer divide by zero"   Error() adds "runtime error: "
//   runtime.plainError   "assignment to entry in nil map"   Error() is the text as is
// Their descriptors carry error_method, so fmt, recover() users and the panic report see Error().
#include "go/panic.h"

#include <cxxabi.h>

#include <cstddef>
#include <cstring>
#include <string>

#include "go/gc.h"
#include "go/hash.h"
#include "print_format.h"

namespace go {
namespace {

struct bounds_error {
  int64_t x;
  int64_t y;
  bool is_signed;
  uint8_t code;
};

bool bounds_equal(const type_desc*, const void* a, const void* b) {
  const auto* p = static_cast<const bounds_error*>(a);
  const auto* q = static_cast<const bounds_error*>(b);
  return p->x == q->x && p->y == q->y && p->is_signed == q->is_signed && p->code == q->code;
}
uint64_t bounds_hash(const type_desc*, const void* v, uint64_t seed) {
  const auto* p = static_cast<const bounds_error*>(v);
  return hash_mix(static_cast<uint64_t>(p->x), hash_mix(static_cast<uint64_t>(p->y), seed ^ p->code));
}

// runtime/error.go boundsErrorFmts / boundsNegErrorFmts, split at %x and %y.
std::string bounds_text(const bounds_error& e) {
  static const char* const fmts[] = {
      "index out of range [%x] with length %y",
      "slice bounds out of range [:%x] with length %y",
      "slice bounds out of range [:%x] with capacity %y",
      "slice bounds out of range [%x:%y]",
      "slice bounds out of range [::%x] with length %y",
      "slice bounds out of range [::%x] with capacity %y",
      "slice bounds out of range [:%x:%y]",
      "slice bounds out of range [%x:%y:]",
      "cannot convert slice with length %y to pointer to array with length %x",
  };
  static const char* const neg_fmts[] = {
      "index out of range [%x]",          "slice bounds out of range [:%x]",
      "slice bounds out of range [:%x]",  "slice bounds out of range [%x:]",
      "slice bounds out of range [::%x]", "slice bounds out of range [::%x]",
      "slice bounds out of range [:%x:]", "slice bounds out of range [%x::]",
  };
  const char* f = (e.is_signed && e.x < 0 && e.code < std::size(neg_fmts)) ? neg_fmts[e.code] : fmts[e.code];
  std::string out = "runtime error: ";
  for (const char* p = f; *p; p++) {
    if (p[0] == '%' && p[1] == 'x') {
      if (e.is_signed) detail::format_int(out, e.x); else detail::format_uint(out, static_cast<uint64_t>(e.x));
      p++;
    } else if (p[0] == '%' && p[1] == 'y') {
      detail::format_int(out, e.y);
      p++;
    } else {
      out += *p;
    }
  }
  return out;
}

go::string bounds_error_method(const void* v) {
  return go::string::from_view(bounds_text(*static_cast<const bounds_error*>(v)));
}
go::string error_string_method(const void* v) {
  return go::string("runtime error: ") + *static_cast<const go::string*>(v);
}
go::string plain_error_method(const void* v) { return *static_cast<const go::string*>(v); }
go::string cpp_exception_method(const void* v) {
  return go::string("C++ exception: ") + *static_cast<const go::string*>(v);
}

// Their method sets, for assertions to error and runtime.Error: Error() and RuntimeError().
template <go::string (*Method)(const void*)>
go::string error_thunk(void* self) {
  return Method(self);
}
void runtime_error_thunk(void*) {}

template <go::string (*Method)(const void*)>
const method_entry runtime_error_methods[] = {
    {"Error", reinterpret_cast<method_fn>(&error_thunk<Method>)},
    {"RuntimeError", reinterpret_cast<method_fn>(&runtime_error_thunk)},
};

const struct_field bounds_fields[] = {
    {"x", &int64_type, offsetof(bounds_error, x), false, false},
    {"y", &int_type, offsetof(bounds_error, y), false, false},
    {"signed", &bool_type, offsetof(bounds_error, is_signed), false, false},
    {"code", &uint8_type, offsetof(bounds_error, code), false, false},
};

type_desc make_bounds_type() {
  type_desc d;
  d.kind = kind::struct_;
  d.name = "runtime.boundsError";
  d.pkg_path = "runtime";
  d.named = true;
  d.size = sizeof(bounds_error);
  d.align = alignof(bounds_error);
  d.fields = bounds_fields;
  d.num_fields = 4;
  d.equal = &bounds_equal;
  d.hash = &bounds_hash;
  d.error_method = &bounds_error_method;
  d.methods = runtime_error_methods<&bounds_error_method>;
  d.num_methods = 2;
  return d;
}

template <go::string (*Method)(const void*)>
type_desc make_string_error_type(std::string_view name) {
  type_desc d = string_type;
  d.name = name;
  d.pkg_path = "runtime";
  d.named = true;
  d.error_method = Method;
  d.methods = runtime_error_methods<Method>;
  d.num_methods = 2;
  return d;
}

const type_desc bounds_error_type = make_bounds_type();
const type_desc error_string_type = make_string_error_type<&error_string_method>("runtime.errorString");
const type_desc plain_error_type = make_string_error_type<&plain_error_method>("runtime.plainError");

// A C++ exception that reached a Go frame (detail::foreign_exception_panic): an error whose text
// is what() with "C++ exception: " in front. Not a runtime.Error: Go code did nothing wrong.
const method_entry cpp_exception_methods[] = {
    {"Error", reinterpret_cast<method_fn>(&error_thunk<&cpp_exception_method>)},
};
type_desc make_cpp_exception_type() {
  type_desc d = string_type;
  d.name = "go2cpp.CppException";
  d.pkg_path = "go2cpp";
  d.named = true;
  d.error_method = &cpp_exception_method;
  d.methods = cpp_exception_methods;
  d.num_methods = 1;
  return d;
}
const type_desc cpp_exception_type = make_cpp_exception_type();

}  // namespace

void panic(any v) { throw panic_error{v}; }

const char* panic_error::what() const noexcept {
  if (what_ == nullptr) {
    std::string text;
    try {
      text = panic_value_text(value).str();
    } catch (...) {
      // An Error() or String() method that panics itself: Go would report that panic instead.
      text = "panic while printing the panic value";
    }
    auto* p = static_cast<char*>(gc_alloc_root(text.size() + 1));
    std::memcpy(p, text.c_str(), text.size() + 1);
    what_ = p;
  }
  return what_;
}

panic_error detail::foreign_exception_panic() {
  std::string text;
  try {
    throw;
  } catch (abi::__forced_unwind&) {
    throw;  // thread cancellation must go on unwinding
  } catch (const std::exception& e) {
    text = e.what();
  } catch (...) {
    text = "an exception of a type not derived from std::exception";
  }
  return panic_error(any(&cpp_exception_type, go::string::from_view(text)));
}

void panic_bounds(bounds_code code, int64_t x, int64_t y) {
  panic(any(&bounds_error_type, bounds_error{x, y, true, static_cast<uint8_t>(code)}));
}

void panic_bounds_unsigned(bounds_code code, uint64_t x, int64_t y) {
  panic(any(&bounds_error_type, bounds_error{static_cast<int64_t>(x), y, false, static_cast<uint8_t>(code)}));
}

void panic_runtime_error(const char* msg) {
  panic(any(&error_string_type, go::string::from_view(msg)));
}

void panic_plain_error(const char* msg) { panic(any(&plain_error_type, go::string::from_view(msg))); }

void panic_nil_deref() { panic_runtime_error("invalid memory address or nil pointer dereference"); }
void panic_divide() { panic_runtime_error("integer divide by zero"); }
void panic_shift() { panic_runtime_error("negative shift amount"); }

bool is_runtime_error(const any& v) {
  return v.type == &bounds_error_type || v.type == &error_string_type || v.type == &plain_error_type;
}

go::string error_text(const any& v) {
  if (v.type == nullptr || v.type->error_method == nullptr) return "";
  return v.type->error_method(v.data);
}

go::string panic_value_text(const any& v) {
  // runtime.preprintpanics: errors print their Error(), Stringers their String().
  if (v.type != nullptr && v.type->error_method != nullptr) return v.type->error_method(v.data);
  if (v.type != nullptr && v.type->string_method != nullptr) return v.type->string_method(v.data);
  std::string out;
  detail::format_printany(out, v);
  return go::string::from_view(out);
}

}  // namespace go
