// fmt's Scan family, after Go 1.19's fmt/scan.go: Scan/Scanln/Scanf read os.Stdin one byte at a
// time (Go reads it unbuffered too), Sscan* a string, Fscan* any io.Reader. Operands are
// pointers boxed in go::any; values are parsed as Go's ss does (base prefixes for %v, overflow
// checks, "expected integer", "unexpected newline", EOF and io.ErrUnexpectedEOF).
#include <cstring>
#include <string>
#include <tuple>

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

bool is_eof(const go::error& err) {
  return static_cast<const go::any&>(err) == static_cast<const go::any&>(go::io::EOF_);
}

// What a rune source gives: Go's io.RuneReader results.
using rune_result = std::tuple<int32_t, go::int_, go::error>;

// The input as an io.RuneScanner (Go's ss.rs).
class source {
 public:
  virtual ~source() = default;
  virtual rune_result read_rune() = 0;
  virtual void unread_rune() = 0;
};

// Sscan*'s string.
class string_source : public source {
 public:
  explicit string_source(const go::string& s) : s_(s) {}
  rune_result read_rune() override {
    if (i_ >= s_.len()) return {0, 0, go::io::EOF_};
    go::decoded_rune d = go::decode_rune(s_, i_);
    last_ = i_;
    i_ += d.size;
    return {d.r, d.size, nullptr};
  }
  void unread_rune() override {
    if (last_ >= 0) i_ = last_;
    last_ = -1;
  }

 private:
  go::string s_;
  int64_t i_ = 0;
  int64_t last_ = -1;
};

// A reader that is an io.RuneScanner (strings.Reader, bufio.Reader, a ScanState passed on to
// Fscan from a Scan method): its own ReadRune and UnreadRune, as Go's newScanState takes it.
class rune_scanner_source : public source {
 public:
  explicit rune_scanner_source(go::io::RuneScanner rs) : rs_(rs) {}
  rune_result read_rune() override {
    auto [r, size, err] = rs_.ReadRune();
    return {r, size, err};
  }
  void unread_rune() override { rs_.UnreadRune(); }

 private:
  go::io::RuneScanner rs_;
};

// Go's utf8.FullRune: whether p[:n] holds a whole encoding (or an invalid one, which is whole
// as a one-byte error).
bool full_rune(const uint8_t* p, int n) {
  if (n == 0) return false;
  const uint8_t c = p[0];
  const int need = c < 0xC2 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 1;
  if (n >= need) return true;
  for (int i = 1; i < n; ++i) {
    uint8_t lo = 0x80, hi = 0xBF;
    if (i == 1) {
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    }
    if (p[i] < lo || p[i] > hi) return true;
  }
  return false;
}

// Any other io.Reader, read a byte at a time (Go's readRune: it reads no further than the
// operands need).
class reader_source : public source {
 public:
  explicit reader_source(const go::io::Reader& r) : r_(r) {}
  rune_result read_rune() override {
    if (peek_ >= 0) {
      const int32_t r = peek_;
      peek_ = ~peek_;
      uint8_t b[4];
      return {r, go::encode_rune(b, r), nullptr};
    }
    uint8_t buf[4];
    go::error err = read_byte(buf[0]);
    if (err != nullptr) return {0, 0, err};
    if (buf[0] < 0x80) {
      peek_ = ~static_cast<int32_t>(buf[0]);
      return {buf[0], 1, nullptr};
    }
    int n = 1;
    while (!full_rune(buf, n)) {
      err = read_byte(buf[n]);
      if (err != nullptr) {
        if (is_eof(err)) break;
        return {0, 0, err};
      }
      ++n;
    }
    go::decoded_rune d = go::decode_rune(go::string(buf, n), 0);
    for (int64_t i = d.size; i < n; ++i) pending_[pending_n_++] = buf[i];  // for the next read
    peek_ = ~d.r;
    return {d.r, d.size, nullptr};
  }
  void unread_rune() override {
    if (peek_ < 0) peek_ = ~peek_;
  }

 private:
  go::error read_byte(uint8_t& b) {
    if (pending_n_ > 0) {
      b = pending_[0];
      std::memmove(pending_, pending_ + 1, static_cast<size_t>(--pending_n_));
      return nullptr;
    }
    go::slice<go::uint8> one = go::make_slice<go::uint8>(1);
    auto [n, err] = r_.Read(one);
    if (n == 1) {
      b = one[0];
      return nullptr;
    }
    if (err != nullptr) return err;
    return go::io::ErrNoProgress;  // Go's readByte: a Read of nothing and no error
  }
  go::io::Reader r_;
  int32_t peek_ = -1;  // the rune read last, bit-flipped (~r) until unread
  uint8_t pending_[4];
  int pending_n_ = 0;
};

bool is_space(int32_t r) { return r >= 0 && go::detail::unicode_is_space(r); }

// Go's *ss: the scanner of one Scan* call. A Scanner's Scan method sees it as its fmt.ScanState.
class ss {
 public:
  ss(source& src, bool nl_is_space, bool nl_is_end)
      : src_(src), nl_is_space_(nl_is_space), nl_is_end_(nl_is_end) {}

  // Go's ss.ReadRune: io.EOF past the end, past the operand's width, and (Scanln) after a
  // newline until it is unread.
  rune_result read_rune() {
    if (at_eof_ || count_ >= arg_limit_) return {0, 0, go::io::EOF_};
    auto [r, size, err] = src_.read_rune();
    if (err == nullptr) {
      ++count_;
      if (nl_is_end_ && r == '\n') at_eof_ = true;
    } else if (is_eof(err)) {
      at_eof_ = true;
    }
    return {r, size, err};
  }
  int32_t get_rune() {
    auto [r, size, err] = read_rune();
    if (err != nullptr) {
      if (is_eof(err)) return kEOF;
      throw scan_error{err};
    }
    return r;
  }
  void unread_rune() {
    src_.unread_rune();
    at_eof_ = false;
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
  // Go's ss.token: runes satisfying f (all but spaces when f is nil), after spaces if asked.
  go::slice<go::uint8> token(bool skip, const go::func<bool(go::rune)>& f) {
    if (skip) skip_space();
    std::string tok;
    for (;;) {
      const int32_t r = get_rune();
      if (r == kEOF) break;
      if (f == nullptr ? is_space(r) : !f(r)) {
        unread_rune();
        break;
      }
      append_rune(tok, r);
    }
    go::slice<go::uint8> out = go::make_slice<go::uint8>(static_cast<go::int_>(tok.size()));
    if (!tok.empty()) std::memcpy(out.data(), tok.data(), tok.size());
    return out;
  }
  // Go's ss.Width: the operand's width from a Scanf format, if it has one.
  std::tuple<go::int_, bool> width() const {
    if (max_wid_ == kHugeWid) return {0, false};
    return {max_wid_, true};
  }

  void scan_one(int32_t verb, const go::any& arg);
  bool call_scanner(int32_t verb, const go::any& arg);
  int64_t do_scan(const go::any* args, int64_t n, go::error& err);
  int64_t do_scanf(std::string_view format, const go::any* args, int64_t n, go::error& err);

  static constexpr int64_t kHugeWid = 1 << 30;
  int64_t arg_limit_ = INT64_MAX;
  int64_t max_wid_ = kHugeWid;
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
  bool at_eof_ = false;
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

// fmt.scanError, the value Go's ss panics with (in SkipSpace, called by a Scan method) and its
// doScan recovers.
struct scan_error_value {
  go::error err;
};
const type_desc scan_error_type = [] {
  type_desc d;
  d.kind = kind::struct_;
  d.name = "fmt.scanError";
  d.pkg_path = "fmt";
  d.named = true;
  d.size = sizeof(scan_error_value);
  d.align = alignof(scan_error_value);
  return d;
}();

// *fmt.ss, the scanner as a fmt.ScanState: a value of it holds an ss*.
ss* state_ss(void* self) { return *static_cast<ss**>(self); }

std::tuple<go::int_, go::error> state_read(void*, go::slice<go::uint8>) {
  return {0, go::errors::New("ScanState's Read should not be called. Use ReadRune")};
}
std::tuple<go::rune, go::int_, go::error> state_read_rune(void* self) {
  return state_ss(self)->read_rune();
}
go::error state_unread_rune(void* self) {
  state_ss(self)->unread_rune();
  return nullptr;
}
void state_skip_space(void* self) {
  try {
    state_ss(self)->skip_space();
  } catch (const scan_error& e) {
    go::panic(go::any(&scan_error_type, scan_error_value{e.err}));
  }
}
std::tuple<go::slice<go::uint8>, go::error> state_token(void* self, bool skip,
                                                        go::func<bool(go::rune)> f) {
  try {
    return {state_ss(self)->token(skip, f), nullptr};
  } catch (const scan_error& e) {
    return {nullptr, e.err};
  }
}
std::tuple<go::int_, bool> state_width(void* self) { return state_ss(self)->width(); }

const type_desc ss_type = [] {
  type_desc d;
  d.kind = kind::struct_;
  d.name = "fmt.ss";
  d.pkg_path = "fmt";
  d.named = true;
  d.size = sizeof(ss);
  d.align = alignof(ss);
  return d;
}();

const method_entry ss_methods[] = {
    {"Read", erase_method(&state_read), "func([]uint8) (int, error)"},
    {"ReadRune", erase_method(&state_read_rune), "func() (int32, int, error)"},
    {"SkipSpace", erase_method(&state_skip_space), "func()"},
    {"Token", erase_method(&state_token), "func(bool, func(int32) bool) ([]uint8, error)"},
    {"UnreadRune", erase_method(&state_unread_rune), "func() error"},
    {"Width", erase_method(&state_width), "func() (int, bool)"},
};

const type_desc ss_ptr_type = [] {
  type_desc d = plain_pointer_desc(&ss_type);
  d.methods = ss_methods;
  d.num_methods = std::size(ss_methods);
  return d;
}();

// Go's scanOne starts here: an operand whose type is a Scanner scans itself, with this ss as its
// ScanState; its io.EOF is io.ErrUnexpectedEOF.
bool ss::call_scanner(int32_t verb, const go::any& arg) {
  if (arg.type == nullptr) return false;
  const Scanner_methods* tab = itab_for<Scanner_methods>(arg.type);
  if (tab == nullptr) return false;
  ss* self = this;
  ScanState state(iface_parts, itab_for<ScanState_methods>(&ss_ptr_type), &self);
  go::error err;
  try {
    err = tab->Scan(const_cast<void*>(arg.data), state, static_cast<go::rune>(verb));
  } catch (const go::panic_error& e) {
    if (e.value.type != &scan_error_type) throw;
    throw scan_error{static_cast<const scan_error_value*>(e.value.data)->err};
  }
  if (err != nullptr) {
    if (is_eof(err)) err = go::io::ErrUnexpectedEOF;
    throw scan_error{err};
  }
  return true;
}

void ss::scan_one(int32_t verb, const go::any& arg) {
  buf_.clear();
  if (call_scanner(verb, arg)) return;
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
      max_wid_ = wid ? width : kHugeWid;
      arg_limit_ = wid ? count_ + width : INT64_MAX;
      if (done >= n) {
        error_string("too few operands for format '%" + std::string(format.substr(i - static_cast<size_t>(vd.size))) + "'");
      }
      scan_one(c, args[done]);
      ++done;
      arg_limit_ = INT64_MAX;
      max_wid_ = kHugeWid;
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
  const go::any& v = r;
  if (const auto* tab = v.type ? itab_for<go::io::RuneScanner_methods>(v.type) : nullptr) {
    rune_scanner_source src(go::io::RuneScanner(iface_parts, tab, v.data));
    return run_scan(src, !ln, ln, args, n);
  }
  reader_source src(r);
  return run_scan(src, !ln, ln, args, n);
}
write_result fscanf(const go::io::Reader& r, const go::string& format, const go::any* args, int64_t n) {
  const go::any& v = r;
  if (const auto* tab = v.type ? itab_for<go::io::RuneScanner_methods>(v.type) : nullptr) {
    rune_scanner_source src(go::io::RuneScanner(iface_parts, tab, v.data));
    return run_scanf(src, format, args, n);
  }
  reader_source src(r);
  return run_scanf(src, format, args, n);
}

}  // namespace go::fmt::detail
