// Package errors: New returns a *errors.errorString, whose %T, == (pointer identity) and Error()
// are Go's.
#include "go/errors.h"

#include <cstring>

#include "go/gc.h"
#include "go/iface.h"
#include "go/panic.h"

namespace go::errors {

namespace {

struct errorString {
  go::string s;
};

go::string error_of(const void* self) {
  return (*static_cast<errorString* const*>(self))->s;
}

const struct_field error_string_fields[] = {{"s", &string_type, 0, false, false}};

const type_desc error_string_type = [] {
  type_desc d;
  d.kind = kind::struct_;
  d.name = "errors.errorString";
  d.pkg_path = "errors";
  d.named = true;
  d.has_pointers = true;
  d.size = sizeof(errorString);
  d.align = alignof(errorString);
  d.fields = error_string_fields;
  d.num_fields = 1;
  return d;
}();

const method_entry ptr_methods[] = {
    {"Error", erase_method(+[](void* self) { return error_of(self); })},
};

const type_desc ptr_error_string_type = [] {
  type_desc d = plain_pointer_desc(&error_string_type);
  d.methods = ptr_methods;
  d.num_methods = 1;
  d.error_method = &error_of;
  return d;
}();

}  // namespace

go::error New(const go::string& text) {
  errorString* e = gc_new<errorString>(errorString{text});
  return go::error(&ptr_error_string_type, e);
}

namespace {

const go::any& as_any(const go::error& e) { return e; }

// Whether dynamic type t has every method of interface type `iface` (by name).
bool implements_desc(const type_desc* t, const type_desc* iface) {
  for (int64_t i = 0; i < iface->num_iface_names; ++i) {
    if (find_method(t, iface->iface_names[i]) == nullptr) return false;
  }
  return true;
}

}  // namespace

go::error Unwrap(const go::error& err) {
  const go::any& v = as_any(err);
  method_fn fn = find_method(v.type, "Unwrap");
  if (fn == nullptr) return nullptr;
  return reinterpret_cast<go::error (*)(void*)>(fn)(v.data);
}

bool Is(const go::error& err, const go::error& target) {
  const go::any& t = as_any(target);
  if (t.type == nullptr) return as_any(err).type == nullptr;
  bool comparable = t.type->equal != nullptr;
  go::error e = err;
  for (;;) {
    const go::any& v = as_any(e);
    if (comparable && v == t) return true;
    if (method_fn is = find_method(v.type, "Is")) {
      if (reinterpret_cast<bool (*)(void*, go::error)>(is)(v.data, target)) return true;
    }
    e = Unwrap(e);
    if (as_any(e).type == nullptr) return false;
  }
}

bool As(const go::error& err, const go::any& target) {
  if (target.type == nullptr) go::panic(go::any(go::string("errors: target cannot be nil")));
  if (target.type->kind != kind::pointer || *static_cast<void* const*>(target.data) == nullptr) {
    go::panic(go::any(go::string("errors: target must be a non-nil pointer")));
  }
  const type_desc* want = target.type->elem;
  if (want->kind != kind::interface && find_method(want, "Error") == nullptr) {
    go::panic(go::any(go::string("errors: *target must be interface or implement error")));
  }
  void* dst = *static_cast<void* const*>(target.data);
  go::error e = err;
  while (as_any(e).type != nullptr) {
    const go::any& v = as_any(e);
    bool assignable = want->kind == kind::interface ? implements_desc(v.type, want) : v.type == want;
    if (assignable) {
      if (want->kind == kind::interface) {
        // An interface target: its go::any part, and a null method table (built on first call).
        std::memset(dst, 0, want->size);
        static_cast<go::any*>(dst)->type = v.type;
        static_cast<go::any*>(dst)->data = v.data;
      } else {
        std::memcpy(dst, v.data, want->size);
      }
      return true;
    }
    if (method_fn as = find_method(v.type, "As")) {
      if (reinterpret_cast<bool (*)(void*, go::any)>(as)(v.data, target)) return true;
    }
    e = Unwrap(e);
  }
  return false;
}

}  // namespace go::errors
