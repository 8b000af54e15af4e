// Package io: Go 1.19's io.go, multi.go and pipe.go in C++ (src/io.cpp, src/io_pipe.cpp). The
// interface types are laid out as the emitter lays out every interface type (go/iface.h), so
// emitted code, translated GOROOT packages (bufio, strings, bytes) and the runtime's own packages
// (os, fmt, log) pass the same values. The concrete types are structs with Go's fields; their
// methods are free functions Type_Method(receiver, ...), as the emitter calls a stand-in's
// methods, and their descriptors' method tables make them implement the interfaces.
// docs/stdlib.md says why io is C++ rather than translated from GOROOT.
#pragma once

#include <string_view>
#include <tuple>

#include "go/chan.h"
#include "go/error.h"
#include "go/ptr.h"
#include "go/slice.h"
#include "go/sync.h"

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

// type Seeker interface { Seek(offset int64, whence int) (int64, error) }
struct Seeker_methods : go::itab {
  static constexpr std::string_view names[] = {"Seek"};
  static constexpr std::string_view sigs[] = {"func(int64, int) (int64, error)"};
  std::tuple<go::int64, go::error> (*Seek)(void* self, go::int64, go::int_);
};
struct Seeker : go::iface<Seeker_methods> {
  using go::iface<Seeker_methods>::iface;
  std::tuple<go::int64, go::error> Seek(go::int64 offset, go::int_ whence) const {
    return go::call(*this, &Seeker_methods::Seek, offset, whence);
  }
};
extern const go::type_desc Seeker_type;

// type ReadWriter interface { Reader; Writer }
struct ReadWriter_methods : go::itab {
  static constexpr std::string_view names[] = {"Read", "Write"};
  static constexpr std::string_view sigs[] = {"func([]uint8) (int, error)",
                                              "func([]uint8) (int, error)"};
  std::tuple<go::int_, go::error> (*Read)(void* self, go::slice<go::uint8>);
  std::tuple<go::int_, go::error> (*Write)(void* self, go::slice<go::uint8>);
};
struct ReadWriter : go::iface<ReadWriter_methods> {
  using go::iface<ReadWriter_methods>::iface;
  std::tuple<go::int_, go::error> Read(go::slice<go::uint8> p) const {
    return go::call(*this, &ReadWriter_methods::Read, p);
  }
  std::tuple<go::int_, go::error> Write(go::slice<go::uint8> p) const {
    return go::call(*this, &ReadWriter_methods::Write, p);
  }
};
extern const go::type_desc ReadWriter_type;

// type ReadCloser interface { Reader; Closer }
struct ReadCloser_methods : go::itab {
  static constexpr std::string_view names[] = {"Close", "Read"};
  static constexpr std::string_view sigs[] = {"func() error", "func([]uint8) (int, error)"};
  go::error (*Close)(void* self);
  std::tuple<go::int_, go::error> (*Read)(void* self, go::slice<go::uint8>);
};
struct ReadCloser : go::iface<ReadCloser_methods> {
  using go::iface<ReadCloser_methods>::iface;
  go::error Close() const { return go::call(*this, &ReadCloser_methods::Close); }
  std::tuple<go::int_, go::error> Read(go::slice<go::uint8> p) const {
    return go::call(*this, &ReadCloser_methods::Read, p);
  }
};
extern const go::type_desc ReadCloser_type;

// type ReadWriteCloser interface { Reader; Writer; Closer }
struct ReadWriteCloser_methods : go::itab {
  static constexpr std::string_view names[] = {"Close", "Read", "Write"};
  static constexpr std::string_view sigs[] = {"func() error", "func([]uint8) (int, error)",
                                              "func([]uint8) (int, error)"};
  go::error (*Close)(void* self);
  std::tuple<go::int_, go::error> (*Read)(void* self, go::slice<go::uint8>);
  std::tuple<go::int_, go::error> (*Write)(void* self, go::slice<go::uint8>);
};
struct ReadWriteCloser : go::iface<ReadWriteCloser_methods> {
  using go::iface<ReadWriteCloser_methods>::iface;
  go::error Close() const { return go::call(*this, &ReadWriteCloser_methods::Close); }
  std::tuple<go::int_, go::error> Read(go::slice<go::uint8> p) const {
    return go::call(*this, &ReadWriteCloser_methods::Read, p);
  }
  std::tuple<go::int_, go::error> Write(go::slice<go::uint8> p) const {
    return go::call(*this, &ReadWriteCloser_methods::Write, p);
  }
};
extern const go::type_desc ReadWriteCloser_type;

// type ReadSeeker interface { Reader; Seeker }
struct ReadSeeker_methods : go::itab {
  static constexpr std::string_view names[] = {"Read", "Seek"};
  static constexpr std::string_view sigs[] = {"func([]uint8) (int, error)",
                                              "func(int64, int) (int64, error)"};
  std::tuple<go::int_, go::error> (*Read)(void* self, go::slice<go::uint8>);
  std::tuple<go::int64, go::error> (*Seek)(void* self, go::int64, go::int_);
};
struct ReadSeeker : go::iface<ReadSeeker_methods> {
  using go::iface<ReadSeeker_methods>::iface;
  std::tuple<go::int_, go::error> Read(go::slice<go::uint8> p) const {
    return go::call(*this, &ReadSeeker_methods::Read, p);
  }
  std::tuple<go::int64, go::error> Seek(go::int64 offset, go::int_ whence) const {
    return go::call(*this, &ReadSeeker_methods::Seek, offset, whence);
  }
};
extern const go::type_desc ReadSeeker_type;

// type ReadSeekCloser interface { Reader; Seeker; Closer }
struct ReadSeekCloser_methods : go::itab {
  static constexpr std::string_view names[] = {"Close", "Read", "Seek"};
  static constexpr std::string_view sigs[] = {"func() error", "func([]uint8) (int, error)",
                                              "func(int64, int) (int64, error)"};
  go::error (*Close)(void* self);
  std::tuple<go::int_, go::error> (*Read)(void* self, go::slice<go::uint8>);
  std::tuple<go::int64, go::error> (*Seek)(void* self, go::int64, go::int_);
};
struct ReadSeekCloser : go::iface<ReadSeekCloser_methods> {
  using go::iface<ReadSeekCloser_methods>::iface;
  go::error Close() const { return go::call(*this, &ReadSeekCloser_methods::Close); }
  std::tuple<go::int_, go::error> Read(go::slice<go::uint8> p) const {
    return go::call(*this, &ReadSeekCloser_methods::Read, p);
  }
  std::tuple<go::int64, go::error> Seek(go::int64 offset, go::int_ whence) const {
    return go::call(*this, &ReadSeekCloser_methods::Seek, offset, whence);
  }
};
extern const go::type_desc ReadSeekCloser_type;

// type WriteSeeker interface { Writer; Seeker }
struct WriteSeeker_methods : go::itab {
  static constexpr std::string_view names[] = {"Seek", "Write"};
  static constexpr std::string_view sigs[] = {"func(int64, int) (int64, error)",
                                              "func([]uint8) (int, error)"};
  std::tuple<go::int64, go::error> (*Seek)(void* self, go::int64, go::int_);
  std::tuple<go::int_, go::error> (*Write)(void* self, go::slice<go::uint8>);
};
struct WriteSeeker : go::iface<WriteSeeker_methods> {
  using go::iface<WriteSeeker_methods>::iface;
  std::tuple<go::int64, go::error> Seek(go::int64 offset, go::int_ whence) const {
    return go::call(*this, &WriteSeeker_methods::Seek, offset, whence);
  }
  std::tuple<go::int_, go::error> Write(go::slice<go::uint8> p) const {
    return go::call(*this, &WriteSeeker_methods::Write, p);
  }
};
extern const go::type_desc WriteSeeker_type;

// type ReadWriteSeeker interface { Reader; Writer; Seeker }
struct ReadWriteSeeker_methods : go::itab {
  static constexpr std::string_view names[] = {"Read", "Seek", "Write"};
  static constexpr std::string_view sigs[] = {"func([]uint8) (int, error)",
                                              "func(int64, int) (int64, error)",
                                              "func([]uint8) (int, error)"};
  std::tuple<go::int_, go::error> (*Read)(void* self, go::slice<go::uint8>);
  std::tuple<go::int64, go::error> (*Seek)(void* self, go::int64, go::int_);
  std::tuple<go::int_, go::error> (*Write)(void* self, go::slice<go::uint8>);
};
struct ReadWriteSeeker : go::iface<ReadWriteSeeker_methods> {
  using go::iface<ReadWriteSeeker_methods>::iface;
  std::tuple<go::int_, go::error> Read(go::slice<go::uint8> p) const {
    return go::call(*this, &ReadWriteSeeker_methods::Read, p);
  }
  std::tuple<go::int64, go::error> Seek(go::int64 offset, go::int_ whence) const {
    return go::call(*this, &ReadWriteSeeker_methods::Seek, offset, whence);
  }
  std::tuple<go::int_, go::error> Write(go::slice<go::uint8> p) const {
    return go::call(*this, &ReadWriteSeeker_methods::Write, p);
  }
};
extern const go::type_desc ReadWriteSeeker_type;

// type ReaderAt interface { ReadAt(p []byte, off int64) (n int, err error) }
struct ReaderAt_methods : go::itab {
  static constexpr std::string_view names[] = {"ReadAt"};
  static constexpr std::string_view sigs[] = {"func([]uint8, int64) (int, error)"};
  std::tuple<go::int_, go::error> (*ReadAt)(void* self, go::slice<go::uint8>, go::int64);
};
struct ReaderAt : go::iface<ReaderAt_methods> {
  using go::iface<ReaderAt_methods>::iface;
  std::tuple<go::int_, go::error> ReadAt(go::slice<go::uint8> p, go::int64 off) const {
    return go::call(*this, &ReaderAt_methods::ReadAt, p, off);
  }
};
extern const go::type_desc ReaderAt_type;

// type WriterAt interface { WriteAt(p []byte, off int64) (n int, err error) }
struct WriterAt_methods : go::itab {
  static constexpr std::string_view names[] = {"WriteAt"};
  static constexpr std::string_view sigs[] = {"func([]uint8, int64) (int, error)"};
  std::tuple<go::int_, go::error> (*WriteAt)(void* self, go::slice<go::uint8>, go::int64);
};
struct WriterAt : go::iface<WriterAt_methods> {
  using go::iface<WriterAt_methods>::iface;
  std::tuple<go::int_, go::error> WriteAt(go::slice<go::uint8> p, go::int64 off) const {
    return go::call(*this, &WriterAt_methods::WriteAt, p, off);
  }
};
extern const go::type_desc WriterAt_type;

// type ByteScanner interface { ByteReader; UnreadByte() error }
struct ByteScanner_methods : go::itab {
  static constexpr std::string_view names[] = {"ReadByte", "UnreadByte"};
  static constexpr std::string_view sigs[] = {"func() (uint8, error)", "func() error"};
  std::tuple<go::uint8, go::error> (*ReadByte)(void* self);
  go::error (*UnreadByte)(void* self);
};
struct ByteScanner : go::iface<ByteScanner_methods> {
  using go::iface<ByteScanner_methods>::iface;
  std::tuple<go::uint8, go::error> ReadByte() const {
    return go::call(*this, &ByteScanner_methods::ReadByte);
  }
  go::error UnreadByte() const { return go::call(*this, &ByteScanner_methods::UnreadByte); }
};
extern const go::type_desc ByteScanner_type;

// type ByteWriter interface { WriteByte(c byte) error }
struct ByteWriter_methods : go::itab {
  static constexpr std::string_view names[] = {"WriteByte"};
  static constexpr std::string_view sigs[] = {"func(uint8) error"};
  go::error (*WriteByte)(void* self, go::uint8);
};
struct ByteWriter : go::iface<ByteWriter_methods> {
  using go::iface<ByteWriter_methods>::iface;
  go::error WriteByte(go::uint8 c) const {
    return go::call(*this, &ByteWriter_methods::WriteByte, c);
  }
};
extern const go::type_desc ByteWriter_type;

// type RuneReader interface { ReadRune() (r rune, size int, err error) }
struct RuneReader_methods : go::itab {
  static constexpr std::string_view names[] = {"ReadRune"};
  static constexpr std::string_view sigs[] = {"func() (int32, int, error)"};
  std::tuple<go::int32, go::int_, go::error> (*ReadRune)(void* self);
};
struct RuneReader : go::iface<RuneReader_methods> {
  using go::iface<RuneReader_methods>::iface;
  std::tuple<go::int32, go::int_, go::error> ReadRune() const {
    return go::call(*this, &RuneReader_methods::ReadRune);
  }
};
extern const go::type_desc RuneReader_type;

// type RuneScanner interface { RuneReader; UnreadRune() error }
struct RuneScanner_methods : go::itab {
  static constexpr std::string_view names[] = {"ReadRune", "UnreadRune"};
  static constexpr std::string_view sigs[] = {"func() (int32, int, error)", "func() error"};
  std::tuple<go::int32, go::int_, go::error> (*ReadRune)(void* self);
  go::error (*UnreadRune)(void* self);
};
struct RuneScanner : go::iface<RuneScanner_methods> {
  using go::iface<RuneScanner_methods>::iface;
  std::tuple<go::int32, go::int_, go::error> ReadRune() const {
    return go::call(*this, &RuneScanner_methods::ReadRune);
  }
  go::error UnreadRune() const { return go::call(*this, &RuneScanner_methods::UnreadRune); }
};
extern const go::type_desc RuneScanner_type;

// ---- Functions (io.go)

std::tuple<go::int_, go::error> ReadAtLeast(Reader r, go::slice<go::uint8> buf, go::int_ min);
std::tuple<go::int_, go::error> ReadFull(Reader r, go::slice<go::uint8> buf);
std::tuple<go::int64, go::error> CopyN(Writer dst, Reader src, go::int64 n);
std::tuple<go::int64, go::error> Copy(Writer dst, Reader src);
// Panics "empty buffer in CopyBuffer" when buf is non-nil and empty.
std::tuple<go::int64, go::error> CopyBuffer(Writer dst, Reader src, go::slice<go::uint8> buf);
std::tuple<go::slice<go::uint8>, go::error> ReadAll(Reader r);

// ---- LimitedReader: reads from R, at most N bytes more.

struct LimitedReader {
  Reader R{};
  go::int64 N = 0;
  friend bool operator==(const LimitedReader&, const LimitedReader&) = default;
};
const go::type_desc* LimitedReader_desc();
Reader LimitReader(Reader r, go::int64 n);
std::tuple<go::int_, go::error> LimitedReader_Read(go::ptr<LimitedReader> l,
                                                   go::slice<go::uint8> p);

// ---- SectionReader: Read, Seek and ReadAt on a section of a ReaderAt.

struct SectionReader {
  ReaderAt r{};
  go::int64 base = 0;
  go::int64 off = 0;
  go::int64 limit = 0;
  friend bool operator==(const SectionReader&, const SectionReader&) = default;
};
const go::type_desc* SectionReader_desc();
go::ptr<SectionReader> NewSectionReader(ReaderAt r, go::int64 off, go::int64 n);
std::tuple<go::int_, go::error> SectionReader_Read(go::ptr<SectionReader> s,
                                                   go::slice<go::uint8> p);
std::tuple<go::int64, go::error> SectionReader_Seek(go::ptr<SectionReader> s, go::int64 offset,
                                                    go::int_ whence);
std::tuple<go::int_, go::error> SectionReader_ReadAt(go::ptr<SectionReader> s,
                                                     go::slice<go::uint8> p, go::int64 off);
go::int64 SectionReader_Size(go::ptr<SectionReader> s);

// ---- TeeReader, Discard, NopCloser, MultiReader, MultiWriter (their types are unexported:
// src/io.cpp, src/io_multi.cpp).

Reader TeeReader(Reader r, Writer w);
extern Writer Discard;
ReadCloser NopCloser(Reader r);

// MultiReader and MultiWriter are variadic: the emitter passes a runtime package's `...I`
// arguments one by one (converted to I, or raw when their C++ type names their Go type), and
// `f(s...)` as `go::io::spread{s}`.
template <class T>
struct spread {
  go::slice<T> args;
};
template <class T>
spread(go::slice<T>) -> spread<T>;

Reader MultiReader(spread<Reader> readers);
Writer MultiWriter(spread<Writer> writers);
template <class... A>
Reader MultiReader(const A&... a) {
  return MultiReader(spread<Reader>{go::slice<Reader>{Reader(a)...}});
}
template <class... A>
Writer MultiWriter(const A&... a) {
  return MultiWriter(spread<Writer>{go::slice<Writer>{Writer(a)...}});
}

// ---- Pipe (pipe.go): a synchronous in-memory pipe over the runtime's channels.

struct pipe;  // src/io_pipe.cpp
struct PipeReader {
  pipe* p = nullptr;
  friend bool operator==(const PipeReader&, const PipeReader&) = default;
};
struct PipeWriter {
  pipe* p = nullptr;
  friend bool operator==(const PipeWriter&, const PipeWriter&) = default;
};
const go::type_desc* PipeReader_desc();
const go::type_desc* PipeWriter_desc();
std::tuple<go::ptr<PipeReader>, go::ptr<PipeWriter>> Pipe();
std::tuple<go::int_, go::error> PipeReader_Read(go::ptr<PipeReader> r, go::slice<go::uint8> data);
go::error PipeReader_Close(go::ptr<PipeReader> r);
go::error PipeReader_CloseWithError(go::ptr<PipeReader> r, go::error err);
std::tuple<go::int_, go::error> PipeWriter_Write(go::ptr<PipeWriter> w, go::slice<go::uint8> data);
go::error PipeWriter_Close(go::ptr<PipeWriter> w);
go::error PipeWriter_CloseWithError(go::ptr<PipeWriter> w, go::error err);

// ---- Errors

extern go::error ErrShortWrite;
extern go::error EOF_;  // io.EOF (EOF is a C macro: the naming rule appends _)
extern go::error ErrUnexpectedEOF;
extern go::error ErrNoProgress;
extern go::error ErrShortBuffer;
extern go::error ErrClosedPipe;

}  // namespace go::io

template <>
struct go::detail::type_of_impl<go::io::Writer> : go::detail::basic_type_of<&go::io::Writer_type> {
};
template <>
struct go::detail::type_of_impl<go::io::Reader> : go::detail::basic_type_of<&go::io::Reader_type> {
};
template <>
struct go::detail::type_of_impl<go::io::ReaderFrom>
    : go::detail::basic_type_of<&go::io::ReaderFrom_type> {};
template <>
struct go::detail::type_of_impl<go::io::WriterTo>
    : go::detail::basic_type_of<&go::io::WriterTo_type> {};
template <>
struct go::detail::type_of_impl<go::io::StringWriter>
    : go::detail::basic_type_of<&go::io::StringWriter_type> {};
template <>
struct go::detail::type_of_impl<go::io::ByteReader>
    : go::detail::basic_type_of<&go::io::ByteReader_type> {};
template <>
struct go::detail::type_of_impl<go::io::Closer> : go::detail::basic_type_of<&go::io::Closer_type> {
};
template <>
struct go::detail::type_of_impl<go::io::WriteCloser>
    : go::detail::basic_type_of<&go::io::WriteCloser_type> {};
template <>
struct go::detail::type_of_impl<go::io::Seeker> : go::detail::basic_type_of<&go::io::Seeker_type> {
};
template <>
struct go::detail::type_of_impl<go::io::ReadWriter>
    : go::detail::basic_type_of<&go::io::ReadWriter_type> {};
template <>
struct go::detail::type_of_impl<go::io::ReadCloser>
    : go::detail::basic_type_of<&go::io::ReadCloser_type> {};
template <>
struct go::detail::type_of_impl<go::io::ReadWriteCloser>
    : go::detail::basic_type_of<&go::io::ReadWriteCloser_type> {};
template <>
struct go::detail::type_of_impl<go::io::ReadSeeker>
    : go::detail::basic_type_of<&go::io::ReadSeeker_type> {};
template <>
struct go::detail::type_of_impl<go::io::ReadSeekCloser>
    : go::detail::basic_type_of<&go::io::ReadSeekCloser_type> {};
template <>
struct go::detail::type_of_impl<go::io::WriteSeeker>
    : go::detail::basic_type_of<&go::io::WriteSeeker_type> {};
template <>
struct go::detail::type_of_impl<go::io::ReadWriteSeeker>
    : go::detail::basic_type_of<&go::io::ReadWriteSeeker_type> {};
template <>
struct go::detail::type_of_impl<go::io::ReaderAt>
    : go::detail::basic_type_of<&go::io::ReaderAt_type> {};
template <>
struct go::detail::type_of_impl<go::io::WriterAt>
    : go::detail::basic_type_of<&go::io::WriterAt_type> {};
template <>
struct go::detail::type_of_impl<go::io::ByteScanner>
    : go::detail::basic_type_of<&go::io::ByteScanner_type> {};
template <>
struct go::detail::type_of_impl<go::io::ByteWriter>
    : go::detail::basic_type_of<&go::io::ByteWriter_type> {};
template <>
struct go::detail::type_of_impl<go::io::RuneReader>
    : go::detail::basic_type_of<&go::io::RuneReader_type> {};
template <>
struct go::detail::type_of_impl<go::io::RuneScanner>
    : go::detail::basic_type_of<&go::io::RuneScanner_type> {};
template <>
struct go::detail::type_of_impl<go::io::LimitedReader> {
  static const go::type_desc* get() { return go::io::LimitedReader_desc(); }
};
template <>
struct go::detail::type_of_impl<go::io::SectionReader> {
  static const go::type_desc* get() { return go::io::SectionReader_desc(); }
};
template <>
struct go::detail::type_of_impl<go::io::PipeReader> {
  static const go::type_desc* get() { return go::io::PipeReader_desc(); }
};
template <>
struct go::detail::type_of_impl<go::io::PipeWriter> {
  static const go::type_desc* get() { return go::io::PipeWriter_desc(); }
};
