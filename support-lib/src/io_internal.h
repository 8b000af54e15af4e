// Package io: what its C++ files (io.cpp, io_multi.cpp, io_pipe.cpp) share.
#pragma once

#include <cstddef>
#include <string_view>
#include <tuple>

#include "go/io.h"

namespace go::io::detail {

extern go::error errInvalidWrite;  // "invalid write result"

// io.copyBuffer: Copy and CopyBuffer, and multiReader.WriteTo's copies.
std::tuple<go::int64, go::error> copy_buffer(Writer dst, Reader src, go::slice<go::uint8> buf);

// The descriptor of a struct type of package io (without ==), named `name` ("io.multiReader"),
// whose pointer type's descriptor (with the pointer method set) is ptr_desc().
type_desc named_struct_desc(std::string_view name, std::size_t size, std::size_t align,
                            const struct_field* fields, int64_t num_fields,
                            const type_desc* (*ptr_desc)());

// The same for the comparable struct type T: Go's == on T is T's operator==.
template <class T>
type_desc named_struct_desc(std::string_view name, const struct_field* fields, int64_t num_fields,
                            const type_desc* (*ptr_desc)()) {
  type_desc d = named_struct_desc(name, sizeof(T), alignof(T), fields, num_fields, ptr_desc);
  d.equal = &go::equal_fn<T>;
  return d;
}

// The descriptor of *elem with the method set `methods` (sorted by name).
type_desc pointer_with_methods(const type_desc* elem, const method_entry* methods, int64_t n);

}  // namespace go::io::detail
