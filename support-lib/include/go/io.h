// Package io, the interfaces the runtime's packages use, laid out as the emitter lays out every
// interface type (go/iface.h).
#pragma once

#include <string_view>
#include <tuple>

#include "go/error.h"
#include "go/slice.h"

namespace go::io {

// type Writer interface { Write(p []byte) (n int, err error) }
struct Writer_methods : go::itab {
  static constexpr std::string_view names[] = {"Write"};
  static constexpr std::string_view sigs[] = {"func([]uint8) (int, error)"};
  std::tuple<go::int_, go::error> (*Write)(void* self, go::slice<go::uint8>);
};
struct Writer : go::iface<Writer_methods> {
  using go::iface<Writer_methods>::iface;
  std::tuple<go::int_, go::error> Write(go::slice<go::uint8> p) const {
    return go::call(*this, &Writer_methods::Write, p);
  }
};

extern const go::type_desc Writer_type;

// type Reader interface { Read(p []byte) (n int, err error) }
struct Reader_methods : go::itab {
  static constexpr std::string_view names[] = {"Read"};
  static constexpr std::string_view sigs[] = {"func([]uint8) (int, error)"};
  std::tuple<go::int_, go::error> (*Read)(void* self, go::slice<go::uint8>);
};
struct Reader : go::iface<Reader_methods> {
  using go::iface<Reader_methods>::iface;
  std::tuple<go::int_, go::error> Read(go::slice<go::uint8> p) const {
    return go::call(*this, &Reader_methods::Read, p);
  }
};

extern const go::type_desc Reader_type;

extern go::error EOF_;  // io.EOF (EOF is a C macro: the naming rule appends _)
extern go::error ErrUnexpectedEOF;
extern go::error ErrNoProgress;

}  // namespace go::io

template <>
struct go::detail::type_of_impl<go::io::Writer> : go::detail::basic_type_of<&go::io::Writer_type> {};
template <>
struct go::detail::type_of_impl<go::io::Reader> : go::detail::basic_type_of<&go::io::Reader_type> {};
