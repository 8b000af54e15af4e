// Package io: Go 1.19's io.go in C++ (include/go/io.h) — the descriptors of its interface types,
// its errors, ReadAtLeast, ReadFull, Copy, CopyN, CopyBuffer (with Go's WriterTo/ReaderFrom fast
// paths and its buffer sizing for a *LimitedReader), ReadAll (Go's growth through append),
// LimitedReader, SectionReader, TeeReader, Discard and NopCloser. Each function follows Go's
// statement by statement, so results, errors and the order of calls on the caller's readers and
// writers are Go's. multi.go is src/io_multi.cpp, pipe.go src/io_pipe.cpp.
#include "go/io.h"

#include <cstddef>

#include "go/assert.h"
#include "go/errors.h"
#include "go/panic.h"
#include "go/string.h"
#include "io_internal.h"

namespace go::io {

const go::type_desc Writer_type = go::interface_desc<Writer>("io.Writer", "io", true);
const go::type_desc Reader_type = go::interface_desc<Reader>("io.Reader", "io", true);
const go::type_desc ReaderFrom_type = go::interface_desc<ReaderFrom>("io.ReaderFrom", "io", true);
const go::type_desc WriterTo_type = go::interface_desc<WriterTo>("io.WriterTo", "io", true);
const go::type_desc StringWriter_type =
    go::interface_desc<StringWriter>("io.StringWriter", "io", true);
const go::type_desc ByteReader_type = go::interface_desc<ByteReader>("io.ByteReader", "io", true);
const go::type_desc Closer_type = go::interface_desc<Closer>("io.Closer", "io", true);
const go::type_desc WriteCloser_type =
    go::interface_desc<WriteCloser>("io.WriteCloser", "io", true);
const go::type_desc Seeker_type = go::interface_desc<Seeker>("io.Seeker", "io", true);
const go::type_desc ReadWriter_type = go::interface_desc<ReadWriter>("io.ReadWriter", "io", true);
const go::type_desc ReadCloser_type = go::interface_desc<ReadCloser>("io.ReadCloser", "io", true);
const go::type_desc ReadWriteCloser_type =
    go::interface_desc<ReadWriteCloser>("io.ReadWriteCloser", "io", true);
const go::type_desc ReadSeeker_type = go::interface_desc<ReadSeeker>("io.ReadSeeker", "io", true);
const go::type_desc ReadSeekCloser_type =
    go::interface_desc<ReadSeekCloser>("io.ReadSeekCloser", "io", true);
const go::type_desc WriteSeeker_type =
    go::interface_desc<WriteSeeker>("io.WriteSeeker", "io", true);
const go::type_desc ReadWriteSeeker_type =
    go::interface_desc<ReadWriteSeeker>("io.ReadWriteSeeker", "io", true);
const go::type_desc ReaderAt_type = go::interface_desc<ReaderAt>("io.ReaderAt", "io", true);
const go::type_desc WriterAt_type = go::interface_desc<WriterAt>("io.WriterAt", "io", true);
const go::type_desc ByteScanner_type =
    go::interface_desc<ByteScanner>("io.ByteScanner", "io", true);
const go::type_desc ByteWriter_type = go::interface_desc<ByteWriter>("io.ByteWriter", "io", true);
const go::type_desc RuneReader_type = go::interface_desc<RuneReader>("io.RuneReader", "io", true);
const go::type_desc RuneScanner_type =
    go::interface_desc<RuneScanner>("io.RuneScanner", "io", true);

go::error ErrShortWrite = go::errors::New("short write");
go::error EOF_ = go::errors::New("EOF");
go::error ErrUnexpectedEOF = go::errors::New("unexpected EOF");
go::error ErrNoProgress = go::errors::New("multiple Read calls return no data or error");
go::error ErrShortBuffer = go::errors::New("short buffer");

namespace detail {
go::error errInvalidWrite = go::errors::New("invalid write result");
}

namespace {
go::error errWhence = go::errors::New("Seek: invalid whence");
go::error errOffset = go::errors::New("Seek: invalid offset");
}  // namespace

namespace detail {

type_desc named_struct_desc(std::string_view name, std::size_t size, std::size_t align,
                            const struct_field* fields, int64_t num_fields,
                            const type_desc* (*ptr_desc)()) {
  type_desc d;
  d.kind = kind::struct_;
  d.name = name;
  d.pkg_path = "io";
  d.named = true;
  d.has_pointers = true;
  d.size = size;
  d.align = align;
  d.fields = fields;
  d.num_fields = num_fields;
  d.ptr_desc = ptr_desc;
  return d;
}

type_desc pointer_with_methods(const type_desc* elem, const method_entry* methods, int64_t n) {
  type_desc d = plain_pointer_desc(elem);
  d.methods = methods;
  d.num_methods = n;
  return d;
}

}  // namespace detail

std::tuple<go::int_, go::error> WriteString(Writer w, go::string s) {
  auto [sw, ok] = go::assert_iface_ok<StringWriter>(w);
  if (ok) return sw.WriteString(s);
  return w.Write(go::bytes_from_string(s));
}

std::tuple<go::int_, go::error> ReadAtLeast(Reader r, go::slice<go::uint8> buf, go::int_ min) {
  if (buf.len() < min) return {0, ErrShortBuffer};
  go::int_ n = 0;
  go::error err;
  while (n < min && err == nullptr) {
    go::int_ nn = 0;
    std::tie(nn, err) = r.Read(buf.slice_from(n));
    n += nn;
  }
  if (n >= min) {
    err = nullptr;
  } else if (n > 0 && err == EOF_) {
    err = ErrUnexpectedEOF;
  }
  return {n, err};
}

std::tuple<go::int_, go::error> ReadFull(Reader r, go::slice<go::uint8> buf) {
  return ReadAtLeast(r, buf, buf.len());
}

std::tuple<go::int64, go::error> CopyN(Writer dst, Reader src, go::int64 n) {
  auto [written, err] = Copy(dst, LimitReader(src, n));
  if (written == n) return {n, nullptr};
  if (written < n && err == nullptr) err = EOF_;
  return {written, err};
}

std::tuple<go::int64, go::error> Copy(Writer dst, Reader src) {
  return detail::copy_buffer(dst, src, nullptr);
}

std::tuple<go::int64, go::error> CopyBuffer(Writer dst, Reader src, go::slice<go::uint8> buf) {
  if (buf != nullptr && buf.len() == 0) go::panic(go::any("empty buffer in CopyBuffer"));
  return detail::copy_buffer(dst, src, buf);
}

namespace detail {

std::tuple<go::int64, go::error> copy_buffer(Writer dst, Reader src, go::slice<go::uint8> buf) {
  // If the reader has a WriteTo method, use it to do the copy; similarly, if the writer has a
  // ReadFrom method.
  if (auto [wt, ok] = go::assert_iface_ok<WriterTo>(src); ok) return wt.WriteTo(dst);
  if (auto [rt, ok] = go::assert_iface_ok<ReaderFrom>(dst); ok) return rt.ReadFrom(src);
  if (buf == nullptr) {
    go::int_ size = 32 * 1024;
    if (go::dynamic_type(src) == go::type_of<go::ptr<LimitedReader>>()) {
      const go::any& a = src;
      go::ptr<LimitedReader> l = *static_cast<go::ptr<LimitedReader>*>(a.data);
      if (size > l->N) size = l->N < 1 ? 1 : l->N;
    }
    buf = go::make_slice<go::uint8>(size);
  }
  go::int64 written = 0;
  go::error err;
  for (;;) {
    auto [nr, er] = src.Read(buf);
    if (nr > 0) {
      auto [nw, ew] = dst.Write(buf.slice(0, nr));
      if (nw < 0 || nr < nw) {
        nw = 0;
        if (ew == nullptr) ew = errInvalidWrite;
      }
      written += nw;
      if (ew != nullptr) {
        err = ew;
        break;
      }
      if (nr != nw) {
        err = ErrShortWrite;
        break;
      }
    }
    if (er != nullptr) {
      if (er != EOF_) err = er;
      break;
    }
  }
  return {written, err};
}

}  // namespace detail

std::tuple<go::slice<go::uint8>, go::error> ReadAll(Reader r) {
  go::slice<go::uint8> b = go::make_slice<go::uint8>(0, 512);
  for (;;) {
    if (b.len() == b.cap()) {
      // Add more capacity (let append pick how much).
      b = go::append(b, go::uint8(0)).slice(0, b.len());
    }
    auto [n, err] = r.Read(b.slice(b.len(), b.cap()));
    b = b.slice(0, b.len() + n);
    if (err != nullptr) {
      if (err == EOF_) err = nullptr;
      return {b, err};
    }
  }
}

// ---- LimitedReader

namespace {

const type_desc* limited_reader_ptr_desc();

const struct_field limited_reader_fields[] = {
    {"R", &Reader_type, offsetof(LimitedReader, R), false, true},
    {"N", &int64_type, offsetof(LimitedReader, N), false, true},
};
const type_desc limited_reader_type = detail::named_struct_desc<LimitedReader>(
    "io.LimitedReader", limited_reader_fields, 2, &limited_reader_ptr_desc);

const type_desc* limited_reader_ptr_desc() {
  static const method_entry methods[] = {
      {"Read", erase_method(+[](void* self, go::slice<go::uint8> p) {
         return LimitedReader_Read(*static_cast<go::ptr<LimitedReader>*>(self), p);
       })},
  };
  static const type_desc d = detail::pointer_with_methods(&limited_reader_type, methods, 1);
  return &d;
}

}  // namespace

const go::type_desc* LimitedReader_desc() {
  return &limited_reader_type;
}

Reader LimitReader(Reader r, go::int64 n) {
  go::ptr<LimitedReader> l = gc_new<LimitedReader>();
  l->R = r;
  l->N = n;
  return Reader(limited_reader_ptr_desc(), l);
}

std::tuple<go::int_, go::error> LimitedReader_Read(go::ptr<LimitedReader> l,
                                                   go::slice<go::uint8> p) {
  if (l->N <= 0) return {0, EOF_};
  if (p.len() > l->N) p = p.slice(0, l->N);
  auto [n, err] = l->R.Read(p);
  l->N -= n;
  return {n, err};
}

// ---- SectionReader

namespace {

const type_desc* section_reader_ptr_desc();

const struct_field section_reader_fields[] = {
    {"r", &ReaderAt_type, offsetof(SectionReader, r), false, false},
    {"base", &int64_type, offsetof(SectionReader, base), false, false},
    {"off", &int64_type, offsetof(SectionReader, off), false, false},
    {"limit", &int64_type, offsetof(SectionReader, limit), false, false},
};
const type_desc section_reader_type = detail::named_struct_desc<SectionReader>(
    "io.SectionReader", section_reader_fields, 4, &section_reader_ptr_desc);

const type_desc* section_reader_ptr_desc() {
  using P = go::ptr<SectionReader>;
  static const method_entry methods[] = {
      {"Read", erase_method(+[](void* self, go::slice<go::uint8> p) {
         return SectionReader_Read(*static_cast<P*>(self), p);
       })},
      {"ReadAt", erase_method(+[](void* self, go::slice<go::uint8> p, go::int64 off) {
         return SectionReader_ReadAt(*static_cast<P*>(self), p, off);
       })},
      {"Seek", erase_method(+[](void* self, go::int64 offset, go::int_ whence) {
         return SectionReader_Seek(*static_cast<P*>(self), offset, whence);
       })},
      {"Size",
       erase_method(+[](void* self) { return SectionReader_Size(*static_cast<P*>(self)); })},
  };
  static const type_desc d = detail::pointer_with_methods(&section_reader_type, methods, 4);
  return &d;
}

}  // namespace

const go::type_desc* SectionReader_desc() {
  return &section_reader_type;
}

go::ptr<SectionReader> NewSectionReader(ReaderAt r, go::int64 off, go::int64 n) {
  constexpr go::int64 maxint64 = INT64_MAX;
  go::int64 remaining = off <= maxint64 - n ? n + off : maxint64;
  go::ptr<SectionReader> s = gc_new<SectionReader>();
  s->r = r;
  s->base = off;
  s->off = off;
  s->limit = remaining;
  return s;
}

std::tuple<go::int_, go::error> SectionReader_Read(go::ptr<SectionReader> s,
                                                   go::slice<go::uint8> p) {
  if (s->off >= s->limit) return {0, EOF_};
  if (go::int64 max = s->limit - s->off; p.len() > max) p = p.slice(0, max);
  auto [n, err] = s->r.ReadAt(p, s->off);
  s->off += n;
  return {n, err};
}

std::tuple<go::int64, go::error> SectionReader_Seek(go::ptr<SectionReader> s, go::int64 offset,
                                                    go::int_ whence) {
  switch (whence) {
    case 0:
      offset += s->base;
      break;  // SeekStart
    case 1:
      offset += s->off;
      break;  // SeekCurrent
    case 2:
      offset += s->limit;
      break;  // SeekEnd
    default:
      return {0, errWhence};
  }
  if (offset < s->base) return {0, errOffset};
  s->off = offset;
  return {offset - s->base, nullptr};
}

std::tuple<go::int_, go::error> SectionReader_ReadAt(go::ptr<SectionReader> s,
                                                     go::slice<go::uint8> p, go::int64 off) {
  if (off < 0 || off >= s->limit - s->base) return {0, EOF_};
  off += s->base;
  if (go::int64 max = s->limit - off; p.len() > max) {
    p = p.slice(0, max);
    auto [n, err] = s->r.ReadAt(p, off);
    if (err == nullptr) err = EOF_;
    return {n, err};
  }
  return s->r.ReadAt(p, off);
}

go::int64 SectionReader_Size(go::ptr<SectionReader> s) {
  return s->limit - s->base;
}

// ---- teeReader

namespace {

struct teeReader {
  Reader r{};
  Writer w{};
};

std::tuple<go::int_, go::error> tee_read(go::ptr<teeReader> t, go::slice<go::uint8> p) {
  auto [n, err] = t->r.Read(p);
  if (n > 0) {
    if (auto [wn, werr] = t->w.Write(p.slice(0, n)); werr != nullptr) return {wn, werr};
  }
  return {n, err};
}

const type_desc* tee_reader_ptr_desc();
const struct_field tee_reader_fields[] = {
    {"r", &Reader_type, offsetof(teeReader, r), false, false},
    {"w", &Writer_type, offsetof(teeReader, w), false, false},
};
const type_desc tee_reader_type =
    detail::named_struct_desc("io.teeReader", sizeof(teeReader), alignof(teeReader),
                              tee_reader_fields, 2, &tee_reader_ptr_desc);

const type_desc* tee_reader_ptr_desc() {
  static const method_entry methods[] = {
      {"Read", erase_method(+[](void* self, go::slice<go::uint8> p) {
         return tee_read(*static_cast<go::ptr<teeReader>*>(self), p);
       })},
  };
  static const type_desc d = detail::pointer_with_methods(&tee_reader_type, methods, 1);
  return &d;
}

}  // namespace

Reader TeeReader(Reader r, Writer w) {
  go::ptr<teeReader> t = gc_new<teeReader>();
  t->r = r;
  t->w = w;
  return Reader(tee_reader_ptr_desc(), t);
}

// ---- discard: Discard's type, struct{} with value methods.

namespace {

struct discard {};

// blackHolePool: one 8 KiB buffer that ReadFrom reuses. Go's is a sync.Pool; goroutines here
// only switch at blocking operations, so taking the buffer out while a Read runs is the same.
go::slice<go::uint8> black_hole;

std::tuple<go::int64, go::error> discard_read_from(Reader r) {
  go::slice<go::uint8> buf = black_hole;
  black_hole = nullptr;
  if (buf == nullptr) buf = go::make_slice<go::uint8>(8192);
  go::int64 n = 0;
  for (;;) {
    auto [read_size, err] = r.Read(buf);
    n += read_size;
    if (err != nullptr) {
      black_hole = buf;
      if (err == EOF_) return {n, nullptr};
      return {n, err};
    }
  }
}

bool equal_empty(const type_desc*, const void*, const void*) {
  return true;
}
uint64_t hash_empty(const type_desc*, const void*, uint64_t seed) {
  return seed;
}

const method_entry discard_methods[] = {
    {"ReadFrom", erase_method(+[](void*, Reader r) { return discard_read_from(r); })},
    {"Write", erase_method(+[](void*, go::slice<go::uint8> p) {
       return std::tuple<go::int_, go::error>{p.len(), nullptr};
     })},
    {"WriteString", erase_method(+[](void*, go::string s) {
       return std::tuple<go::int_, go::error>{s.len(), nullptr};
     })},
};

const type_desc discard_type = [] {
  type_desc d;
  d.kind = kind::struct_;
  d.name = "io.discard";
  d.pkg_path = "io";
  d.named = true;
  d.size = 0;
  d.align = 1;
  d.equal = &equal_empty;
  d.hash = &hash_empty;
  d.methods = discard_methods;
  d.num_methods = 3;
  return d;
}();

}  // namespace

Writer Discard = Writer(&discard_type, discard{});

// ---- nopCloser and nopCloserWriterTo: struct{ Reader } with Close (and WriteTo).

namespace {

struct nopCloser {
  Reader reader{};
};

bool equal_nop_closer(const type_desc*, const void* a, const void* b) {
  return go::any(static_cast<const nopCloser*>(a)->reader) ==
         go::any(static_cast<const nopCloser*>(b)->reader);
}

const struct_field nop_closer_fields[] = {{"Reader", &Reader_type, 0, true, true}};

const method_entry nop_closer_methods[] = {
    {"Close", erase_method(+[](void*) { return go::error(); })},
    {"Read", erase_method(+[](void* self, go::slice<go::uint8> p) {
       return static_cast<nopCloser*>(self)->reader.Read(p);
     })},
    {"WriteTo", erase_method(+[](void* self, Writer w) {
       return go::assert_iface<WriterTo>(static_cast<nopCloser*>(self)->reader, &WriterTo_type)
           .WriteTo(w);
     })},
};

type_desc nop_closer_desc(std::string_view name, int64_t num_methods) {
  type_desc d;
  d.kind = kind::struct_;
  d.name = name;
  d.pkg_path = "io";
  d.named = true;
  d.has_pointers = true;
  d.size = sizeof(nopCloser);
  d.align = alignof(nopCloser);
  d.fields = nop_closer_fields;
  d.num_fields = 1;
  d.equal = &equal_nop_closer;
  d.methods = nop_closer_methods;
  d.num_methods = num_methods;
  return d;
}

const type_desc nop_closer_type = nop_closer_desc("io.nopCloser", 2);
const type_desc nop_closer_writer_to_type = nop_closer_desc("io.nopCloserWriterTo", 3);

}  // namespace

ReadCloser NopCloser(Reader r) {
  if (go::implements<WriterTo>(r)) return ReadCloser(&nop_closer_writer_to_type, nopCloser{r});
  return ReadCloser(&nop_closer_type, nopCloser{r});
}

}  // namespace go::io
