// Package io: Go 1.19's multi.go in C++ — MultiReader (a *multiReader that drops each reader at
// its EOF, flattens a trailing nested *multiReader, and has WriteTo sharing one 32 KiB buffer
// with nested ones) and MultiWriter (a *multiWriter, flattening *multiWriter arguments, with
// WriteString).
#include <cstddef>

#include "go/assert.h"
#include "go/io.h"
#include "io_internal.h"

namespace go::io {

namespace {

struct eofReader {};

const method_entry eof_reader_methods[] = {
    {"Read", erase_method(+[](void*, go::slice<go::uint8>) {
       return std::tuple<go::int_, go::error>{0, EOF_};
     })},
};

bool equal_empty(const type_desc*, const void*, const void*) {
  return true;
}
uint64_t hash_empty(const type_desc*, const void*, uint64_t seed) {
  return seed;
}

const type_desc eof_reader_type = [] {
  type_desc d;
  d.kind = kind::struct_;
  d.name = "io.eofReader";
  d.pkg_path = "io";
  d.named = true;
  d.size = 0;
  d.align = 1;
  d.equal = &equal_empty;
  d.hash = &hash_empty;
  d.methods = eof_reader_methods;
  d.num_methods = 1;
  return d;
}();

struct multiReader {
  go::slice<Reader> readers{};
};

const type_desc* multi_reader_ptr_desc();

// Built on first use: its field's descriptor comes from slice_of, which must not run during
// static initialization.
const type_desc* multi_reader_desc() {
  static const struct_field fields[] = {
      {"readers", go::slice_of(&Reader_type), offsetof(multiReader, readers), false, false},
  };
  static const type_desc d =
      detail::named_struct_desc("io.multiReader", sizeof(multiReader), alignof(multiReader), fields,
                                1, &multi_reader_ptr_desc);
  return &d;
}

// The *multiReader in r, or null when r holds another type.
multiReader* as_multi_reader(const Reader& r) {
  const go::any& a = r;
  if (a.type != multi_reader_ptr_desc()) return nullptr;
  return static_cast<go::ptr<multiReader>*>(a.data)->get();
}

std::tuple<go::int_, go::error> multi_read(go::ptr<multiReader> mr, go::slice<go::uint8> p) {
  while (mr->readers.len() > 0) {
    // Optimization to flatten nested multiReaders (Issue 13558).
    if (mr->readers.len() == 1) {
      if (multiReader* r = as_multi_reader(mr->readers[0])) {
        mr->readers = r->readers;
        continue;
      }
    }
    auto [n, err] = mr->readers[0].Read(p);
    if (err == EOF_) {
      // Use eofReader instead of nil to avoid nil panic after performing flatten (Issue 18232).
      mr->readers[0] = Reader(&eof_reader_type, eofReader{});  // permit earlier GC
      mr->readers = mr->readers.slice_from(1);
    }
    if (n > 0 || err != EOF_) {
      if (err == EOF_ && mr->readers.len() > 0) {
        // Don't return EOF yet. More readers remain.
        err = nullptr;
      }
      return {n, err};
    }
  }
  return {0, EOF_};
}

std::tuple<go::int64, go::error> write_to_with_buffer(go::ptr<multiReader> mr, Writer w,
                                                      go::slice<go::uint8> buf) {
  go::int64 sum = 0;
  go::slice<Reader> readers = mr->readers;  // Go's range evaluates the slice once
  for (go::int_ i = 0; i < readers.len(); ++i) {
    Reader r = readers[i];
    go::int64 n = 0;
    go::error err;
    if (multiReader* sub = as_multi_reader(r)) {  // reuse buffer with nested multiReaders
      std::tie(n, err) = write_to_with_buffer(sub, w, buf);
    } else {
      std::tie(n, err) = detail::copy_buffer(w, r, buf);
    }
    sum += n;
    if (err != nullptr) {
      mr->readers = mr->readers.slice_from(i);  // permit resume / retry after error
      return {sum, err};
    }
    mr->readers[i] = nullptr;  // permit early GC
  }
  mr->readers = nullptr;
  return {sum, nullptr};
}

const type_desc* multi_reader_ptr_desc() {
  using P = go::ptr<multiReader>;
  static const method_entry methods[] = {
      {"Read", erase_method(+[](void* self, go::slice<go::uint8> p) {
         return multi_read(*static_cast<P*>(self), p);
       })},
      {"WriteTo", erase_method(+[](void* self, Writer w) {
         return write_to_with_buffer(*static_cast<P*>(self), w,
                                     go::make_slice<go::uint8>(1024 * 32));
       })},
  };
  static const type_desc d = detail::pointer_with_methods(multi_reader_desc(), methods, 2);
  return &d;
}

struct multiWriter {
  go::slice<Writer> writers{};
};

const type_desc* multi_writer_ptr_desc();

// Built on first use: its field's descriptor comes from slice_of, which must not run during
// static initialization.
const type_desc* multi_writer_desc() {
  static const struct_field fields[] = {
      {"writers", go::slice_of(&Writer_type), offsetof(multiWriter, writers), false, false},
  };
  static const type_desc d =
      detail::named_struct_desc("io.multiWriter", sizeof(multiWriter), alignof(multiWriter), fields,
                                1, &multi_writer_ptr_desc);
  return &d;
}

std::tuple<go::int_, go::error> multi_write(go::ptr<multiWriter> t, go::slice<go::uint8> p) {
  for (const Writer& w : t->writers) {
    auto [n, err] = w.Write(p);
    if (err != nullptr) return {n, err};
    if (n != p.len()) return {n, ErrShortWrite};
  }
  return {p.len(), nullptr};
}

std::tuple<go::int_, go::error> multi_write_string(go::ptr<multiWriter> t, go::string s) {
  go::slice<go::uint8> p;  // lazily initialized if/when needed
  for (const Writer& w : t->writers) {
    go::int_ n = 0;
    go::error err;
    if (auto [sw, ok] = go::assert_iface_ok<StringWriter>(w); ok) {
      std::tie(n, err) = sw.WriteString(s);
    } else {
      if (p == nullptr) p = go::bytes_from_string(s);
      std::tie(n, err) = w.Write(p);
    }
    if (err != nullptr) return {n, err};
    if (n != s.len()) return {n, ErrShortWrite};
  }
  return {s.len(), nullptr};
}

const type_desc* multi_writer_ptr_desc() {
  using P = go::ptr<multiWriter>;
  static const method_entry methods[] = {
      {"Write", erase_method(+[](void* self, go::slice<go::uint8> p) {
         return multi_write(*static_cast<P*>(self), p);
       })},
      {"WriteString", erase_method(+[](void* self, go::string s) {
         return multi_write_string(*static_cast<P*>(self), s);
       })},
  };
  static const type_desc d = detail::pointer_with_methods(multi_writer_desc(), methods, 2);
  return &d;
}

}  // namespace

Reader MultiReader(spread<Reader> readers) {
  go::slice<Reader> r = go::make_slice<Reader>(readers.args.len());
  go::copy(r, readers.args);
  go::ptr<multiReader> mr = gc_new<multiReader>();
  mr->readers = r;
  return Reader(multi_reader_ptr_desc(), mr);
}

Writer MultiWriter(spread<Writer> writers) {
  go::slice<Writer> all = go::make_slice<Writer>(0, writers.args.len());
  for (const Writer& w : writers.args) {
    const go::any& a = w;
    if (a.type == multi_writer_ptr_desc()) {
      all = go::append_slice(all, (*static_cast<go::ptr<multiWriter>*>(a.data))->writers);
    } else {
      all = go::append(all, w);
    }
  }
  go::ptr<multiWriter> mw = gc_new<multiWriter>();
  mw->writers = all;
  return Writer(multi_writer_ptr_desc(), mw);
}

}  // namespace go::io
