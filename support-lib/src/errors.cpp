// Package errors: New returns a *errors.errorString, whose %T, == (pointer identity) and Error()
// are Go's.
#include "go/errors.h"

#include "go/gc.h"
#include "go/iface.h"

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

}  // namespace go::errors
