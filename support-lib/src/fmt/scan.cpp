// fmt's Scan family, after Go 1.19's fmt/scan.go: Scan/Scanln/Scanf read os.Stdin one byte at a
// time (Go reads it unbuffered too), Sscan* a string, Fscan* any io.Reader. Operands are
// pointers boxed in go::any; values are parsed as Go's ss does (base prefixes for %v, overflow
// checks, "expected integer", "unexpected newline", EOF and io.ErrUnexpectedEOF).
#include <cstring>
#include <string>

#include "go/errors.h"
#include "go/fmt.h"
#include "go/io.h"
#include "go/os.h"
#include "go/strconv.h"
#include "../unicode_class.h"

namespace go::fmt::detail {

namespace {

constexpr int32_t kEOF = -1;

struct scan_error {
  go::error err;
};
struct scan_eof {};  // Go's panic(io.EOF): out of input before an operand

class source {
 public:
  virtual ~source() = default;
  virtual int32_t read_rune() = 0;  // kEOF at the end
};

class string_source : public source {
 public:
  explicit string_source(const go::string& s) : s_(s) {}
  int32_t read_rune() override {
    if (i_ >= s_.len()) return kEOF;
    go::decoded_rune d = go::decode_rune(s_, i_);
    i_ += d.size;
    return d.r;
  }

 private:
  go::string s_;
  int64_t i_ = 0;
};

class reader_source : public source {
 public:
  explicit reader_source(const go::io::Reader& r) : r_(r) {}
  int32_t read_rune() override {
    uint8_t buf[4];
    if (!read_byte(buf[0])) return kEOF;
    int n = buf[0] < 0x80 ? 1 : buf[0] >= 0xF0 ? 4 : buf[0] >= 0xE0 ? 3 : buf[0] >= 0xC0 ? 2 : 1;
    int got = 1;
    while (got < n && read_byte(buf[got])) ++got;
    go::decoded_rune d = go::decode_rune(go::string(buf, got), 0);
    return d.r;  // a cut-short or invalid sequence decodes as U+FFFD, as Go's readRune does
  }

 private:
  bool read_byte(uint8_t& b) {
    go::slice<go::uint8> one = go::make_slice<go::uint8>(1);
    for (int tries = 0; tries < 100; ++tries) {
      auto [n, err] = r_.Read(one);
      if (n == 1) {
        b = one[0];
        return true;
      }
      if (err != nullptr) {
        if (static_cast<const go::any&>(err) == static_cast<const go::any&>(go::io::EOF_)) return false;
        throw scan_error{err};
      }
    }
    throw scan_error{go::io::ErrNoProgress};
  }
  go::io::Reader r_;
};

bool is_space(int32_t r) { return r >= 0 && go::detail::unicode_is_space(r); }

class ss {
 public:
  ss(source& src, bool nl_is_space, bool nl_is_end)
      : src_(src), nl_is_space_(nl_is_space), nl_is_end_(nl_is_end) {}

  int32_t get_rune() {
    if (count_ >= arg_limit_) return kEOF;
    int32_t r;
    if (have_peek_) {
      have_peek_ = false;
      r = peek_;
    } else {
      r = src_.read_rune();
    }
    if (r == kEOF) {
      peek_ = kEOF;
      return kEOF;
    }
    last_ = r;
    ++count_;
    return r;
  }
  void unread_rune() {
    have_peek_ = true;
    peek_ = last_;
    --count_;
  }
  int32_t must_read_rune() {
    int32_t r = get_rune();
    if (r == kEOF) throw scan_error{go::io::ErrUnexpectedEOF};
    return r;
  }
  [[noreturn]] void error_string(const std::string& msg) {
    throw scan_error{go::errors::New(go::string::from_view(msg))};
  }
  bool consume(std::string_view ok, bool accept) {
    int32_t r = get_rune();
    if (r == kEOF) return false;
    if (r < 0x80 && ok.find(static_cast<char>(r)) != std::string_view::npos) {
      if (accept) buf_ += static_cast<char>(r);
      return true;
    }
    unread_rune();
    return false;
  }
  bool accept(std::string_view ok) { return consume(ok, true); }
  bool peek(std::string_view ok) {
    int32_t r = get_rune();
    if (r != kEOF) unread_rune();
    return r != kEOF && r < 0x80 && ok.find(static_cast<char>(r)) != std::string_view::npos;
  }
  void not_eof() {
    int32_t r = get_rune();
    if (r == kEOF) throw scan_eof{};
    unread_rune();
  }
  void skip_space() {
    for (;;) {
      int32_t r = get_rune();
      if (r == kEOF) return;
      if (r == '\r' && peek("\n")) continue;
      if (r == '\n') {
        if (nl_is_space_) continue;
        error_string("unexpected newline");
      }
      if (!is_space(r)) {
        unread_rune();
        return;
      }
    }
  }

  void scan_one(int32_t verb, const go::any& arg);
  int64_t do_scan(const go::any* args, int64_t n, go::error& err);
  int64_t do_scanf(std::string_view format, const go::any* args, int64_t n, go::error& err);

  int64_t arg_limit_ = INT64_MAX;
  int64_t count_ = 0;

 private:
  int64_t scan_int(int32_t verb, int bits);
  uint64_t scan_uint(int32_t verb, int bits);
  std::string scan_number(std::string_view digits, bool have_digits) {
    if (!have_digits) {
      not_eof();
      if (!accept(digits)) error_string("expected integer");
    }
    while (accept(digits)) {
    }
    return buf_;
  }
  int base_of(int32_t verb, std::string& digits) {
    switch (verb) {
      case 'b': digits = "01"; return 2;
      case 'o': digits = "01234567"; return 8;
      case 'x': case 'X': case 'U': digits = "0123456789aAbBcCdDeEfF"; return 16;
      default: digits = "0123456789"; return 10;
    }
  }
  void base_prefix(int& base, std::string& digits, bool& zero) {
    if (!peek("0")) {
      base = 0;
      digits = "0123456789_";
      zero = false;
      return;
    }
    accept("0");
    zero = true;
    base = 0;
    if (peek("bB")) {
      consume("bB", true);
      digits = "01_";
    } else if (peek("oO")) {
      consume("oO", true);
      digits = "01234567_";
    } else if (peek("xX")) {
      consume("xX", true);
      digits = "0123456789aAbBcCdDeEfF_";
    } else {
      digits = "01234567_";
    }
  }
  std::string float_token();
  static void append_rune(std::string& out, int32_t r);
  go::string quoted_string();
  go::string hex_string();
  double convert_float(const std::string& tok, int bits);

  source& src_;
  bool nl_is_space_;
  bool nl_is_end_;
  bool have_peek_ = false;
  int32_t peek_ = 0;
  int32_t last_ = 0;
  std::string buf_;
};

int64_t ss::scan_int(int32_t verb, int bits) {
  if (verb == 'c') {
    int32_t r = get_rune();
    if (r == kEOF) throw scan_eof{};
    return r;
  }
  skip_space();
  not_eof();
  std::string digits;
  int base = base_of(verb, digits);
  bool have = false;
  accept("+-");
  if (verb == 'v') base_prefix(base, digits, have);
  std::string tok = scan_number(digits, have);
  auto [i, err] = go::strconv::ParseInt(go::string::from_view(tok), base, 64);
  if (err != nullptr) throw scan_error{err};
  int shift = 64 - bits;
  int64_t x = static_cast<int64_t>(static_cast<uint64_t>(i) << shift) >> shift;
  if (x != i) error_string("integer overflow on token " + tok);
  return i;
}

uint64_t ss::scan_uint(int32_t verb, int bits) {
  if (verb == 'c') {
    int32_t r = get_rune();
    if (r == kEOF) throw scan_eof{};
    return static_cast<uint64_t>(r);
  }
  skip_space();
  not_eof();
  std::string digits;
  int base = base_of(verb, digits);
  bool have = false;
  if (verb == 'v') base_prefix(base, digits, have);
  std::string tok = scan_number(digits, have);
  auto [i, err] = go::strconv::ParseUint(go::string::from_view(tok), base, 64);
  if (err != nullptr) throw scan_error{err};
  int shift = 64 - bits;
  uint64_t x = (i << shift) >> shift;
  if (x != i) error_string("unsigned integer overflow on token " + tok);
  return i;
}

std::string ss::float_token() {
  buf_.clear();
  if (accept("nN") && accept("aA") && accept("nN")) return buf_;
  accept("+-");
  if (accept("iI") && accept("nN") && accept("fF")) return buf_;
  std::string digits = "0123456789_", exp = "eEpP";
  if (accept("0") && accept("xX")) {
    digits = "0123456789aAbBcCdDeEfF_";
    exp = "pP";
  }
  while (accept(digits)) {
  }
  if (accept(".")) {
    while (accept(digits)) {
    }
  }
  if (accept(exp)) {
    accept("+-");
    while (accept("0123456789_")) {
    }
  }
  return buf_;
}

double ss::convert_float(const std::string& tok, int bits) {
  auto [f, err] = go::strconv::ParseFloat(go::string::from_view(tok), bits);
  if (err != nullptr) throw scan_error{err};
  return f;
}

void ss::append_rune(std::string& out, int32_t r) {
  uint8_t b[4];
  const int n = go::encode_rune(b, r);
  out.append(reinterpret_cast<const char*>(b), static_cast<size_t>(n));
}

// Go's quotedString: a back-quoted string up to the closing quote, or a double-quoted one with
// its escapes undone by strconv.Unquote.
go::string ss::quoted_string() {
  not_eof();
  const int32_t quote = get_rune();
  std::string out;
  if (quote == '`') {
    for (;;) {
      const int32_t r = must_read_rune();
      if (r == quote) break;
      append_rune(out, r);
    }
    return go::string::from_view(out);
  }
  if (quote != '"') error_string("expected quoted string");
  out += '"';
  for (;;) {
    const int32_t r = must_read_rune();
    append_rune(out, r);
    if (r == '\\') {
      append_rune(out, must_read_rune());  // only the character right after a backslash can be a quote
    } else if (r == '"') {
      break;
    }
  }
  auto [result, err] = go::strconv::Unquote(go::string::from_view(out));
  if (err != nullptr) throw scan_error{err};
  return result;
}

// Go's hexString: pairs of hex digits up to the first non-hex rune.
go::string ss::hex_string() {
  not_eof();
  auto hex_digit = [](int32_t r, int& v) {
    if (r >= '0' && r <= '9') v = r - '0';
    else if (r >= 'a' && r <= 'f') v = r - 'a' + 10;
    else if (r >= 'A' && r <= 'F') v = r - 'A' + 10;
    else return false;
    return true;
  };
  std::string out;
  for (;;) {
    const int32_t r1 = get_rune();
    if (r1 == kEOF) break;
    int v1 = 0, v2 = 0;
    if (!hex_digit(r1, v1)) {
      unread_rune();
      break;
    }
    if (!hex_digit(must_read_rune(), v2)) error_string("illegal hex digit");
    out += static_cast<char>(v1 << 4 | v2);
  }
  if (out.empty()) error_string("no hex data for %x string");
  return go::string::from_view(out);
}

void ss::scan_one(int32_t verb, const go::any& arg) {
  buf_.clear();
  if (arg.type == nullptr || arg.type->kind != go::kind::pointer) {
    error_string("can't scan type: " + std::string(arg.type ? arg.type->name : "<nil>"));
  }
  void* p = *static_cast<void* const*>(arg.data);
  const go::type_desc* t = arg.type->elem;
  switch (t->kind) {
    case go::kind::bool_: {
      skip_space();
      not_eof();
      int32_t r = get_rune();
      bool v = false;
      switch (r) {
        case '0': v = false; break;
        case '1': v = true; break;
        case 't': case 'T':
          if (accept("rR") && (!accept("uU") || !accept("eE"))) error_string("syntax error scanning boolean");
          v = true;
          break;
        case 'f': case 'F':
          if (accept("aA") && (!accept("lL") || !accept("sS") || !accept("eE"))) {
            error_string("syntax error scanning boolean");
          }
          v = false;
          break;
        default:
          error_string("syntax error scanning boolean");
      }
      *static_cast<bool*>(p) = v;
      return;
    }
    case go::kind::int_: case go::kind::int64: *static_cast<int64_t*>(p) = scan_int(verb, 64); return;
    case go::kind::int8: *static_cast<int8_t*>(p) = static_cast<int8_t>(scan_int(verb, 8)); return;
    case go::kind::int16: *static_cast<int16_t*>(p) = static_cast<int16_t>(scan_int(verb, 16)); return;
    case go::kind::int32: *static_cast<int32_t*>(p) = static_cast<int32_t>(scan_int(verb, 32)); return;
    case go::kind::uint: case go::kind::uint64: case go::kind::uintptr:
      *static_cast<uint64_t*>(p) = scan_uint(verb, 64);
      return;
    case go::kind::uint8: *static_cast<uint8_t*>(p) = static_cast<uint8_t>(scan_uint(verb, 8)); return;
    case go::kind::uint16: *static_cast<uint16_t*>(p) = static_cast<uint16_t>(scan_uint(verb, 16)); return;
    case go::kind::uint32: *static_cast<uint32_t*>(p) = static_cast<uint32_t>(scan_uint(verb, 32)); return;
    case go::kind::float32:
    case go::kind::float64: {
      std::string_view ok = "beEfFgGv";
      if (ok.find(static_cast<char>(verb)) == std::string_view::npos) {
        error_string(std::string("bad verb '%") + static_cast<char>(verb) + "' for " + std::string(t->name));
      }
      skip_space();
      not_eof();
      double f = convert_float(float_token(), t->kind == go::kind::float32 ? 32 : 64);
      if (t->kind == go::kind::float32) {
        *static_cast<float*>(p) = static_cast<float>(f);
      } else {
        *static_cast<double*>(p) = f;
      }
      return;
    }
    case go::kind::string: {
      std::string_view ok = "svqxX";
      if (ok.find(static_cast<char>(verb)) == std::string_view::npos) {
        error_string(std::string("bad verb '%") + static_cast<char>(verb) + "' for string");
      }
      skip_space();
      not_eof();
      if (verb == 'q') {
        *static_cast<go::string*>(p) = quoted_string();
      } else if (verb == 'x' || verb == 'X') {
        *static_cast<go::string*>(p) = hex_string();
      } else {
        std::string tok;
        for (;;) {
          int32_t r = get_rune();
          if (r == kEOF) break;
          if (is_space(r)) {
            unread_rune();
            break;
          }
          append_rune(tok, r);
        }
        *static_cast<go::string*>(p) = go::string::from_view(tok);
      }
      return;
    }
    default:
      error_string("can't scan type: " + std::string(arg.type->name));
  }
}

int64_t ss::do_scan(const go::any* args, int64_t n, go::error& err) {
  int64_t done = 0;
  try {
    for (int64_t i = 0; i < n; ++i) {
      scan_one('v', args[i]);
      ++done;
    }
    if (nl_is_end_) {
      for (;;) {
        int32_t r = get_rune();
        if (r == '\n' || r == kEOF) break;
        if (!is_space(r)) error_string("expected newline");
      }
    }
  } catch (const scan_error& e) {
    err = e.err;
  } catch (const scan_eof&) {
    err = go::io::EOF_;
  }
  return done;
}

int64_t ss::do_scanf(std::string_view format, const go::any* args, int64_t n, go::error& err) {
  int64_t done = 0;
  auto advance = [&](size_t at) -> int64_t {
    size_t i = at;
    while (i < format.size()) {
      go::decoded_rune fd = go::decode_rune(go::string::from_view(format.substr(i)), 0);
      int32_t fmtc = fd.r;
      size_t w = static_cast<size_t>(fd.size);
      if (is_space(fmtc)) {
        int newlines = 0;
        bool trailing = false;
        while (is_space(fmtc) && i < format.size()) {
          if (fmtc == '\n') {
            ++newlines;
            trailing = false;
          } else {
            trailing = true;
          }
          i += w;
          if (i < format.size()) {
            go::decoded_rune d2 = go::decode_rune(go::string::from_view(format.substr(i)), 0);
            fmtc = d2.r;
            w = static_cast<size_t>(d2.size);
          }
        }
        for (int j = 0; j < newlines; ++j) {
          int32_t inputc = get_rune();
          while (is_space(inputc) && inputc != '\n') inputc = get_rune();
          if (inputc != '\n' && inputc != kEOF) error_string("newline in format does not match input");
        }
        if (trailing) {
          int32_t inputc = get_rune();
          if (newlines == 0) {
            if (!is_space(inputc) && inputc != kEOF) error_string("expected space in input to match format");
            if (inputc == '\n') error_string("newline in input does not match format");
          }
          while (is_space(inputc) && inputc != '\n') inputc = get_rune();
          if (inputc != kEOF) unread_rune();
        }
        continue;
      }
      if (fmtc == '%') {
        if (i + w == format.size()) error_string("missing verb: % at end of format string");
        if (format[i + w] != '%') return static_cast<int64_t>(i - at);
        i += w;
      }
      int32_t inputc = must_read_rune();
      if (fmtc != inputc) {
        unread_rune();
        return -1;
      }
      i += w;
    }
    return static_cast<int64_t>(i - at);
  };
  try {
    size_t end = format.size();
    for (size_t i = 0; i < end;) {
      int64_t w = advance(i);
      if (w > 0) {
        i += static_cast<size_t>(w);
        continue;
      }
      if (format[i] != '%') {
        if (w < 0) error_string("input does not match format");
        break;
      }
      ++i;
      int64_t width = 0;
      bool wid = false;
      while (i < end && format[i] >= '0' && format[i] <= '9') {
        width = width * 10 + (format[i] - '0');
        wid = true;
        ++i;
      }
      if (i >= end) break;
      go::decoded_rune vd = go::decode_rune(go::string::from_view(format.substr(i)), 0);
      int32_t c = vd.r;
      i += static_cast<size_t>(vd.size);
      if (c != 'c') skip_space();
      if (c == '%') {
        skip_space();
        not_eof();
        if (!accept("%")) error_string("missing literal %");
        continue;
      }
      arg_limit_ = wid ? count_ + width : INT64_MAX;
      if (done >= n) {
        error_string("too few operands for format '%" + std::string(format.substr(i - static_cast<size_t>(vd.size))) + "'");
      }
      scan_one(c, args[done]);
      ++done;
      arg_limit_ = INT64_MAX;
    }
    if (done < n) error_string("too many operands");
  } catch (const scan_error& e) {
    err = e.err;
  } catch (const scan_eof&) {
    err = go::io::EOF_;
  }
  return done;
}

go::io::Reader stdin_reader() { return go::io::Reader(go::os::Stdin); }

write_result run_scan(source& src, bool nl_is_space, bool nl_is_end, const go::any* args, int64_t n) {
  ss s(src, nl_is_space, nl_is_end);
  go::error err;
  int64_t done = s.do_scan(args, n, err);
  return {done, err};
}

write_result run_scanf(source& src, const go::string& format, const go::any* args, int64_t n) {
  ss s(src, false, false);
  go::error err;
  int64_t done = s.do_scanf(format.view(), args, n, err);
  return {done, err};
}

}  // namespace

write_result scan(const go::any* args, int64_t n, bool ln) {
  reader_source src(stdin_reader());
  return run_scan(src, !ln, ln, args, n);
}
write_result scanf(const go::string& format, const go::any* args, int64_t n) {
  reader_source src(stdin_reader());
  return run_scanf(src, format, args, n);
}
write_result sscan(const go::string& str, const go::any* args, int64_t n, bool ln) {
  string_source src(str);
  return run_scan(src, !ln, ln, args, n);
}
write_result sscanf(const go::string& str, const go::string& format, const go::any* args, int64_t n) {
  string_source src(str);
  return run_scanf(src, format, args, n);
}
write_result fscan(const go::io::Reader& r, const go::any* args, int64_t n, bool ln) {
  reader_source src(r);
  return run_scan(src, !ln, ln, args, n);
}
write_result fscanf(const go::io::Reader& r, const go::string& format, const go::any* args, int64_t n) {
  reader_source src(r);
  return run_scanf(src, format, args, n);
}

}  // namespace go::fmt::detail
