// The predeclared interface `error`, laid out as every emitted interface type is (go/iface.h).
#pragma once

#include <string_view>

#include "go/iface.h"
#include "go/string.h"

namespace go {

struct error_methods : itab {
  static constexpr std::string_view names[] = {"Error"};
  static constexpr std::string_view sigs[] = {"func() string"};
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

namespace go::runtime {

// type Error interface { error; RuntimeError() }: what run-time panics implement.
struct Error_methods : go::itab {
  static constexpr std::string_view names[] = {"Error", "RuntimeError"};
  static constexpr std::string_view sigs[] = {"func() string", "func()"};
  go::string (*Error_)(void* self);
  void (*RuntimeError)(void* self);
};
struct Error : go::iface<Error_methods> {
  using go::iface<Error_methods>::iface;
  go::string Error_() const { return go::call(*this, &Error_methods::Error_); }
  void RuntimeError() const { return go::call(*this, &Error_methods::RuntimeError); }
};
extern const go::type_desc Error_type;

}  // namespace go::runtime

template <>
struct go::detail::type_of_impl<go::runtime::Error>
    : go::detail::basic_type_of<&go::runtime::Error_type> {};
