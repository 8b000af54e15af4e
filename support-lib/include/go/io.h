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

// type StringWriter interface { WriteString(s string) (n int, err error) }
struct StringWriter_methods : go::itab {
  static constexpr std::string_view names[] = {"WriteString"};
  static constexpr std::string_view sigs[] = {"func(string) (int, error)"};
  std::tuple<go::int_, go::error> (*WriteString)(void* self, go::string);
};
struct StringWriter : go::iface<StringWriter_methods> {
  using go::iface<StringWriter_methods>::iface;
  std::tuple<go::int_, go::error> WriteString(go::string s) const {
    return go::call(*this, &StringWriter_methods::WriteString, s);
  }
};

extern const go::type_desc StringWriter_type;

// io.WriteString: w's WriteString method when it has one, else w.Write([]byte(s)).
std::tuple<go::int_, go::error> WriteString(Writer w, go::string s);

// type ReaderFrom interface { ReadFrom(r Reader) (n int64, err error) }
struct ReaderFrom_methods : go::itab {
  static constexpr std::string_view names[] = {"ReadFrom"};
  static constexpr std::string_view sigs[] = {"func(io.Reader) (int64, error)"};
  std::tuple<go::int64, go::error> (*ReadFrom)(void* self, Reader);
};
struct ReaderFrom : go::iface<ReaderFrom_methods> {
  using go::iface<ReaderFrom_methods>::iface;
  std::tuple<go::int64, go::error> ReadFrom(Reader r) const {
    return go::call(*this, &ReaderFrom_methods::ReadFrom, r);
  }
};

extern const go::type_desc ReaderFrom_type;

// type WriterTo interface { WriteTo(w Writer) (n int64, err error) }
struct WriterTo_methods : go::itab {
  static constexpr std::string_view names[] = {"WriteTo"};
  static constexpr std::string_view sigs[] = {"func(io.Writer) (int64, error)"};
  std::tuple<go::int64, go::error> (*WriteTo)(void* self, Writer);
};
struct WriterTo : go::iface<WriterTo_methods> {
  using go::iface<WriterTo_methods>::iface;
  std::tuple<go::int64, go::error> WriteTo(Writer w) const {
    return go::call(*this, &WriterTo_methods::WriteTo, w);
  }
};

extern const go::type_desc WriterTo_type;

// type ByteReader interface { ReadByte() (byte, error) }
struct ByteReader_methods : go::itab {
  static constexpr std::string_view names[] = {"ReadByte"};
  static constexpr std::string_view sigs[] = {"func() (uint8, error)"};
  std::tuple<go::uint8, go::error> (*ReadByte)(void* self);
};
struct ByteReader : go::iface<ByteReader_methods> {
  using go::iface<ByteReader_methods>::iface;
  std::tuple<go::uint8, go::error> ReadByte() const {
    return go::call(*this, &ByteReader_methods::ReadByte);
  }
};

extern const go::type_desc ByteReader_type;

// type Closer interface { Close() error }
struct Closer_methods : go::itab {
  static constexpr std::string_view names[] = {"Close"};
  static constexpr std::string_view sigs[] = {"func() error"};
  go::error (*Close)(void* self);
};
struct Closer : go::iface<Closer_methods> {
  using go::iface<Closer_methods>::iface;
  go::error Close() const { return go::call(*this, &Closer_methods::Close); }
};

extern const go::type_desc Closer_type;

// type WriteCloser interface { Writer; Closer }
struct WriteCloser_methods : go::itab {
  static constexpr std::string_view names[] = {"Close", "Write"};
  static constexpr std::string_view sigs[] = {"func() error", "func([]uint8) (int, error)"};
  go::error (*Close)(void* self);
  std::tuple<go::int_, go::error> (*Write)(void* self, go::slice<go::uint8>);
};
struct WriteCloser : go::iface<WriteCloser_methods> {
  using go::iface<WriteCloser_methods>::iface;
  go::error Close() const { return go::call(*this, &WriteCloser_methods::Close); }
  std::tuple<go::int_, go::error> Write(go::slice<go::uint8> p) const {
    return go::call(*this, &WriteCloser_methods::Write, p);
  }
};

extern const go::type_desc WriteCloser_type;

extern go::error ErrShortWrite;
extern go::error EOF_;  // io.EOF (EOF is a C macro: the naming rule appends _)
extern go::error ErrUnexpectedEOF;
extern go::error ErrNoProgress;

}  // namespace go::io

template <>
struct go::detail::type_of_impl<go::io::Writer> : go::detail::basic_type_of<&go::io::Writer_type> {};
template <>
struct go::detail::type_of_impl<go::io::Reader> : go::detail::basic_type_of<&go::io::Reader_type> {};
template <>
struct go::detail::type_of_impl<go::io::ReaderFrom>
    : go::detail::basic_type_of<&go::io::ReaderFrom_type> {};
template <>
struct go::detail::type_of_impl<go::io::WriterTo> : go::detail::basic_type_of<&go::io::WriterTo_type> {};
template <>
struct go::detail::type_of_impl<go::io::StringWriter>
    : go::detail::basic_type_of<&go::io::StringWriter_type> {};
template <>
struct go::detail::type_of_impl<go::io::ByteReader>
    : go::detail::basic_type_of<&go::io::ByteReader_type> {};
template <>
struct go::detail::type_of_impl<go::io::Closer> : go::detail::basic_type_of<&go::io::Closer_type> {};
template <>
struct go::detail::type_of_impl<go::io::WriteCloser>
    : go::detail::basic_type_of<&go::io::WriteCloser_type> {};
