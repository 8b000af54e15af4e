// The predeclared interface `error`, laid out as every emitted interface type is (go/iface.h).
#pragma once

#include <string_view>

#include "go/iface.h"
#include "go/string.h"

namespace go {

struct error_methods : itab {
  static constexpr std::string_view names[] = {"Error"};
  go::string (*Error)(void* self);
};

struct error : iface<error_methods> {
  using iface<error_methods>::iface;
  go::string Error() const { return call(*this, &error_methods::Error); }
};

extern const type_desc error_type;

namespace detail {
template <>
struct type_of_impl<error> : basic_type_of<&error_type> {};
}  // namespace detail

}  // namespace go
