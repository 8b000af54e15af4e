// Package bufio stand-in (include/go/bufio.h), after Go 1.19's bufio/scan.go and bufio.go.
#include "go/bufio.h"

#include <cstring>

#include "go/errors.h"
#include "go/gc.h"
#include "go/iface.h"
#include "go/panic.h"
#include "unicode_class.h"

namespace go::bufio {

go::error ErrTooLong = go::errors::New("bufio.Scanner: token too long");
go::error ErrFinalToken = go::errors::New("final token");

namespace {

constexpr go::int_ kDefaultBufSize = 4096;
constexpr go::int_ kStartBufSize = 4096;

using split_result = std::tuple<go::int_, go::slice<go::uint8>, go::error>;

template <class T>
type_desc opaque_struct(const char* name) {
  type_desc d;
  d.kind = kind::struct_;
  d.name = name;
  d.pkg_path = "bufio";
  d.named = true;
  d.has_pointers = true;
  d.size = sizeof(T);
  d.align = alignof(T);
  return d;
}

const type_desc* reader_ptr_desc();
const type_desc* writer_ptr_desc();

void set_err(Scanner& s, const go::error& err) {
  if (s.err == nullptr || static_cast<const go::any&>(s.err) == static_cast<const go::any&>(go::io::EOF_)) {
    s.err = err;
  }
}

bool is_space(int32_t r) { return go::detail::unicode_is_space(r); }

go::slice<go::uint8> drop_cr(go::slice<go::uint8> data) {
  if (data.len() > 0 && data[data.len() - 1] == '\r') return data.slice(0, data.len() - 1);
  return data;
}

go::decoded_rune decode(const go::slice<go::uint8>& p, go::int_ i) {
  return go::decode_rune(go::string(p.data(), p.len()), i);
}

void reader_fill(Reader& b) {
  if (b.r > 0) {
    go::copy(b.buf, b.buf.slice(b.r, b.w));
    b.w -= b.r;
    b.r = 0;
  }
  for (int i = 100; i > 0; i--) {
    auto [n, err] = b.rd.Read(b.buf.slice(b.w, b.buf.len()));
    if (n < 0) go::panic(go::any(go::string("bufio: reader returned negative count from Read")));
    b.w += n;
    if (err != nullptr) {
      b.err = err;
      return;
    }
    if (n > 0) return;
  }
  b.err = go::io::ErrNoProgress;
}

go::error reader_read_err(Reader& b) {
  go::error err = b.err;
  b.err = nullptr;
  return err;
}

}  // namespace

const type_desc Scanner_type = opaque_struct<Scanner>("bufio.Scanner");
const type_desc Reader_type = [] {
  type_desc d = opaque_struct<Reader>("bufio.Reader");
  d.ptr_desc = &reader_ptr_desc;
  return d;
}();
const type_desc Writer_type = [] {
  type_desc d = opaque_struct<Writer>("bufio.Writer");
  d.ptr_desc = &writer_ptr_desc;
  return d;
}();

namespace {

const type_desc* reader_ptr_desc() {
  static type_desc desc;
  static bool done = false;
  if (!done) {
    done = true;
    desc = plain_pointer_desc(&Reader_type);
    static const method_entry methods[] = {
        {"Read", erase_method(+[](void* self, go::slice<go::uint8> p) { return Reader_Read(*static_cast<go::ptr<Reader>*>(self), p); })},
        {"ReadByte", erase_method(+[](void* self) { return Reader_ReadByte(*static_cast<go::ptr<Reader>*>(self)); })},
        {"ReadBytes", erase_method(+[](void* self, go::uint8 d) { return Reader_ReadBytes(*static_cast<go::ptr<Reader>*>(self), d); })},
        {"ReadRune", erase_method(+[](void* self) { return Reader_ReadRune(*static_cast<go::ptr<Reader>*>(self)); })},
        {"ReadString", erase_method(+[](void* self, go::uint8 d) { return Reader_ReadString(*static_cast<go::ptr<Reader>*>(self), d); })},
    };
    desc.methods = methods;
    desc.num_methods = 5;
  }
  return &desc;
}

const type_desc* writer_ptr_desc() {
  static type_desc desc;
  static bool done = false;
  if (!done) {
    done = true;
    desc = plain_pointer_desc(&Writer_type);
    static const method_entry methods[] = {
        {"Buffered", erase_method(+[](void* self) { return Writer_Buffered(*static_cast<go::ptr<Writer>*>(self)); })},
        {"Flush", erase_method(+[](void* self) { return Writer_Flush(*static_cast<go::ptr<Writer>*>(self)); })},
        {"Write", erase_method(+[](void* self, go::slice<go::uint8> p) { return Writer_Write(*static_cast<go::ptr<Writer>*>(self), p); })},
        {"WriteByte", erase_method(+[](void* self, go::uint8 c) { return Writer_WriteByte(*static_cast<go::ptr<Writer>*>(self), c); })},
        {"WriteRune", erase_method(+[](void* self, go::int32 r) { return Writer_WriteRune(*static_cast<go::ptr<Writer>*>(self), r); })},
        {"WriteString", erase_method(+[](void* self, go::string s) { return Writer_WriteString(*static_cast<go::ptr<Writer>*>(self), s); })},
    };
    desc.methods = methods;
    desc.num_methods = 6;
  }
  return &desc;
}

}  // namespace

// ---- Scanner

go::ptr<Scanner> NewScanner(const go::io::Reader& r) {
  Scanner* s = go::gc_new<Scanner>();
  s->r = r;
  s->split = SplitFunc(&ScanLines);
  return s;
}

bool Scanner_Scan(go::ptr<Scanner> sp) {
  Scanner& s = *sp;
  if (s.done) return false;
  s.scan_called = true;
  for (;;) {
    if (s.end > s.start || s.err != nullptr) {
      auto [advance, token, err] = s.split(s.buf.slice(s.start, s.end), s.err != nullptr);
      if (err != nullptr) {
        if (static_cast<const go::any&>(err) == static_cast<const go::any&>(ErrFinalToken)) {
          s.token = token;
          s.done = true;
          return true;
        }
        set_err(s, err);
        return false;
      }
      if (advance < 0) {
        set_err(s, go::errors::New("bufio.Scanner: SplitFunc returns negative advance count"));
        return false;
      }
      if (advance > s.end - s.start) {
        set_err(s, go::errors::New("bufio.Scanner: SplitFunc returns advance count beyond input"));
        return false;
      }
      s.start += advance;
      s.token = token;
      if (token.data() != nullptr) {
        if (s.err == nullptr || advance > 0) {
          s.empties = 0;
        } else if (++s.empties > 100) {
          go::panic(go::any(go::string("bufio.Scan: too many empty tokens without progressing")));
        }
        return true;
      }
    }
    if (s.err != nullptr) {
      s.start = 0;
      s.end = 0;
      return false;
    }
    // Move the data to the start of the buffer, grow it when full, then read more.
    if (s.start > 0 && (s.end == s.buf.len() || s.start > s.buf.len() / 2)) {
      go::copy(s.buf, s.buf.slice(s.start, s.end));
      s.end -= s.start;
      s.start = 0;
    }
    if (s.end == s.buf.len()) {
      if (s.buf.len() >= s.max_token_size || s.buf.len() > (int64_t{1} << 62) / 2) {
        set_err(s, ErrTooLong);
        return false;
      }
      go::int_ new_size = s.buf.len() * 2;
      if (new_size == 0) new_size = kStartBufSize;
      if (new_size > s.max_token_size) new_size = s.max_token_size;
      go::slice<go::uint8> nb = go::make_slice<go::uint8>(new_size);
      go::copy(nb, s.buf.slice(s.start, s.end));
      s.end -= s.start;
      s.start = 0;
      s.buf = nb;
    }
    for (int loop = 0;;) {
      auto [n, err] = s.r.Read(s.buf.slice(s.end, s.buf.len()));
      if (n < 0 || s.buf.len() - s.end < n) {
        set_err(s, go::errors::New("bufio.Scanner: Read returned impossible count"));
        break;
      }
      s.end += n;
      if (err != nullptr) {
        set_err(s, err);
        break;
      }
      if (n > 0) {
        s.empties = 0;
        break;
      }
      if (++loop > 100) {
        set_err(s, go::io::ErrNoProgress);
        break;
      }
    }
  }
}

go::string Scanner_Text(go::ptr<Scanner> s) {
  return go::string::from_bytes(s->token.data(), s->token.len());
}
go::slice<go::uint8> Scanner_Bytes(go::ptr<Scanner> s) { return s->token; }
go::error Scanner_Err(go::ptr<Scanner> s) {
  if (static_cast<const go::any&>(s->err) == static_cast<const go::any&>(go::io::EOF_)) return nullptr;
  return s->err;
}
void Scanner_Split(go::ptr<Scanner> s, const SplitFunc& split) {
  if (s->scan_called) go::panic(go::any(go::string("Split called after Scan")));
  s->split = split;
}
void Scanner_Buffer(go::ptr<Scanner> s, go::slice<go::uint8> buf, go::int_ max) {
  if (s->scan_called) go::panic(go::any(go::string("Buffer called after Scan")));
  s->buf = buf.slice(0, buf.cap());
  s->max_token_size = max;
}

split_result ScanLines(go::slice<go::uint8> data, bool at_eof) {
  if (at_eof && data.len() == 0) return {0, go::slice<go::uint8>(), nullptr};
  for (go::int_ i = 0; i < data.len(); ++i) {
    if (data[i] == '\n') return {i + 1, drop_cr(data.slice(0, i)), nullptr};
  }
  if (at_eof) return {data.len(), drop_cr(data), nullptr};
  return {0, go::slice<go::uint8>(), nullptr};
}

split_result ScanWords(go::slice<go::uint8> data, bool at_eof) {
  go::int_ start = 0;
  while (start < data.len()) {
    go::decoded_rune d = decode(data, start);
    if (!is_space(d.r)) break;
    start += d.size;
  }
  for (go::int_ i = start; i < data.len();) {
    go::decoded_rune d = decode(data, i);
    if (is_space(d.r)) return {i + d.size, data.slice(start, i), nullptr};
    i += d.size;
  }
  if (at_eof && data.len() > start) return {data.len(), data.slice_from(start), nullptr};
  return {start, go::slice<go::uint8>(), nullptr};
}

split_result ScanRunes(go::slice<go::uint8> data, bool at_eof) {
  if (at_eof && data.len() == 0) return {0, go::slice<go::uint8>(), nullptr};
  if (data[0] < 0x80) return {1, data.slice(0, 1), nullptr};
  go::decoded_rune d = decode(data, 0);
  if (d.size > 1) return {d.size, data.slice(0, d.size), nullptr};
  // An invalid byte, or an encoding cut short: wait for more unless at EOF.
  if (!at_eof) {
    go::string s(data.data(), data.len());
    uint8_t c = data[0];
    go::int_ need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    bool prefix = c >= 0xC2 && c <= 0xF4 && data.len() < need;
    for (go::int_ i = 1; prefix && i < data.len(); ++i) prefix = (data[i] & 0xC0) == 0x80;
    if (prefix) return {0, go::slice<go::uint8>(), nullptr};
  }
  static const uint8_t error_rune[] = {0xEF, 0xBF, 0xBD};
  go::slice<go::uint8> tok = go::make_slice<go::uint8>(3);
  std::memcpy(tok.data(), error_rune, 3);
  return {1, tok, nullptr};
}

split_result ScanBytes(go::slice<go::uint8> data, bool at_eof) {
  if (at_eof && data.len() == 0) return {0, go::slice<go::uint8>(), nullptr};
  return {1, data.slice(0, 1), nullptr};
}

// ---- Reader

go::ptr<Reader> NewReader(const go::io::Reader& rd) {
  Reader* b = go::gc_new<Reader>();
  b->buf = go::make_slice<go::uint8>(kDefaultBufSize);
  b->rd = rd;
  return b;
}

std::tuple<go::slice<go::uint8>, go::error> Reader_ReadBytes(go::ptr<Reader> bp, go::uint8 delim) {
  Reader& b = *bp;
  go::slice<go::uint8> out;
  for (;;) {
    for (go::int_ i = b.r; i < b.w; ++i) {
      if (b.buf[i] == delim) {
        out = go::append_slice(out, b.buf.slice(b.r, i + 1));
        b.r = i + 1;
        if (out.data() == nullptr) out = go::make_slice<go::uint8>(0);
        return {out, nullptr};
      }
    }
    out = go::append_slice(out, b.buf.slice(b.r, b.w));
    b.r = b.w;
    if (b.err != nullptr) {
      if (out.data() == nullptr) out = go::make_slice<go::uint8>(0);
      return {out, reader_read_err(b)};
    }
    reader_fill(b);
  }
}

std::tuple<go::string, go::error> Reader_ReadString(go::ptr<Reader> b, go::uint8 delim) {
  auto [bytes, err] = Reader_ReadBytes(b, delim);
  return {go::string::from_bytes(bytes.data(), bytes.len()), err};
}

std::tuple<go::uint8, go::error> Reader_ReadByte(go::ptr<Reader> bp) {
  Reader& b = *bp;
  while (b.r == b.w) {
    if (b.err != nullptr) return {0, reader_read_err(b)};
    reader_fill(b);
  }
  return {b.buf[b.r++], nullptr};
}

std::tuple<go::int32, go::int_, go::error> Reader_ReadRune(go::ptr<Reader> bp) {
  Reader& b = *bp;
  while (b.r + 4 > b.w && b.err == nullptr && b.w - b.r < b.buf.len()) {
    go::int_ before = b.w - b.r;
    reader_fill(b);
    if (b.w - b.r == before && b.err == nullptr) break;
  }
  if (b.r == b.w) return {0, 0, reader_read_err(b)};
  go::decoded_rune d = decode(b.buf.slice(b.r, b.w), 0);
  b.r += d.size;
  return {d.r, d.size, nullptr};
}

std::tuple<go::int_, go::error> Reader_Read(go::ptr<Reader> bp, go::slice<go::uint8> p) {
  Reader& b = *bp;
  if (p.len() == 0) return {0, b.r < b.w ? go::error() : reader_read_err(b)};
  if (b.r == b.w) {
    if (b.err != nullptr) return {0, reader_read_err(b)};
    reader_fill(b);
    if (b.r == b.w) return {0, reader_read_err(b)};
  }
  go::int_ n = go::copy(p, b.buf.slice(b.r, b.w));
  b.r += n;
  return {n, nullptr};
}

// ---- Writer

go::ptr<Writer> NewWriter(const go::io::Writer& w) {
  Writer* b = go::gc_new<Writer>();
  b->buf = go::make_slice<go::uint8>(kDefaultBufSize);
  b->wr = w;
  return b;
}

go::error Writer_Flush(go::ptr<Writer> bp) {
  Writer& b = *bp;
  if (b.err != nullptr) return b.err;
  if (b.n == 0) return nullptr;
  auto [n, err] = b.wr.Write(b.buf.slice(0, b.n));
  if (n < b.n && err == nullptr) err = go::errors::New("short write");
  if (err != nullptr) {
    if (n > 0 && n < b.n) go::copy(b.buf.slice(0, b.n - n), b.buf.slice(n, b.n));
    b.n -= n;
    b.err = err;
    return err;
  }
  b.n = 0;
  return nullptr;
}

go::int_ Writer_Buffered(go::ptr<Writer> b) { return b->n; }

std::tuple<go::int_, go::error> Writer_Write(go::ptr<Writer> bp, go::slice<go::uint8> p) {
  Writer& b = *bp;
  go::int_ nn = 0;
  while (p.len() > b.buf.len() - b.n && b.err == nullptr) {
    go::int_ n;
    if (b.n == 0) {
      auto [wn, err] = b.wr.Write(p);
      n = wn;
      b.err = err;
    } else {
      n = go::copy(b.buf.slice_from(b.n), p);
      b.n += n;
      Writer_Flush(bp);
    }
    nn += n;
    p = p.slice_from(n);
  }
  if (b.err != nullptr) return {nn, b.err};
  go::int_ n = go::copy(b.buf.slice_from(b.n), p);
  b.n += n;
  return {nn + n, nullptr};
}

std::tuple<go::int_, go::error> Writer_WriteString(go::ptr<Writer> bp, go::string s) {
  go::slice<go::uint8> bytes = go::append_string(go::slice<go::uint8>(), s);
  return Writer_Write(bp, bytes);
}

go::error Writer_WriteByte(go::ptr<Writer> bp, go::uint8 c) {
  Writer& b = *bp;
  if (b.err != nullptr) return b.err;
  if (b.buf.len() - b.n <= 0 && Writer_Flush(bp) != nullptr) return b.err;
  b.buf[b.n++] = c;
  return nullptr;
}

std::tuple<go::int_, go::error> Writer_WriteRune(go::ptr<Writer> bp, go::int32 r) {
  uint8_t tmp[4];
  int n = go::encode_rune(tmp, r);
  go::slice<go::uint8> bytes = go::make_slice<go::uint8>(n);
  std::memcpy(bytes.data(), tmp, static_cast<std::size_t>(n));
  return Writer_Write(bp, bytes);
}

}  // namespace go::bufio
