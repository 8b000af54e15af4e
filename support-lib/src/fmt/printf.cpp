// Print, Println and Printf's format-string interpreter (Go's doPrint, doPrintln, doPrintf).
//
// A directive is '%', flags (# 0 + - space), an optional [n] argument index, a width (digits
// or '*'), an optional '.' precision (digits or '*', each with its own optional [n]), another
// optional [n], and the verb (one UTF-8 rune). Widths and precisions above 10^6 are treated as
// absent. The complaints are Go's: %!(BADWIDTH), %!(BADPREC), %!v(BADINDEX), %!d(MISSING),
// %!(NOVERB), and %!(EXTRA type=value, ...) for unused operands unless indexes reordered them.
#include "printer.h"
#include "utf8.h"

namespace go::fmt::detail {
namespace {

constexpr int too_large_limit = 1000000;  // Go's tooLarge: |n| > 1e6 is no number

bool too_large(int64_t x) { return x > too_large_limit || x < -too_large_limit; }

struct parsed_num {
  int num = 0;
  bool is_num = false;
  size_t next = 0;
};

// Go's parsenum: digits of s[start, end).
parsed_num parse_num(std::string_view s, size_t start, size_t end) {
  parsed_num r;
  if (start >= end) {
    r.next = end;
    return r;
  }
  for (r.next = start; r.next < end && s[r.next] >= '0' && s[r.next] <= '9'; r.next++) {
    if (too_large(r.num)) return {0, false, end};  // overflow: a crazy long number
    r.num = r.num * 10 + (s[r.next] - '0');
    r.is_num = true;
  }
  return r;
}

struct int_arg {
  int num = 0;
  bool is_int = false;
  int64_t next_arg = 0;
};

// Go's intFromArg: the operand for a '*' width or precision, if it is an integer that fits.
int_arg int_from_arg(const any* args, int64_t n, int64_t arg_num) {
  int_arg r;
  r.next_arg = arg_num;
  if (arg_num >= n) return r;
  const any& a = args[arg_num];
  if (a.type != nullptr) {
    const kind k = a.type->kind;
    int64_t v = 0;
    bool ok = true;
    switch (k) {
      case kind::int_:
      case kind::int64: v = *static_cast<const int64_t*>(a.data); break;
      case kind::int8: v = *static_cast<const int8_t*>(a.data); break;
      case kind::int16: v = *static_cast<const int16_t*>(a.data); break;
      case kind::int32: v = *static_cast<const int32_t*>(a.data); break;
      case kind::uint8: v = *static_cast<const uint8_t*>(a.data); break;
      case kind::uint16: v = *static_cast<const uint16_t*>(a.data); break;
      case kind::uint32: v = *static_cast<const uint32_t*>(a.data); break;
      case kind::uint:
      case kind::uint64:
      case kind::uintptr: {
        const uint64_t u = *static_cast<const uint64_t*>(a.data);
        ok = static_cast<int64_t>(u) >= 0;
        v = static_cast<int64_t>(u);
        break;
      }
      default: ok = false;
    }
    if (ok && !too_large(v)) {
      r.num = static_cast<int>(v);
      r.is_int = true;
    }
  }
  r.next_arg = arg_num + 1;
  return r;
}

struct arg_index {
  int64_t arg_num;
  size_t next;
  bool found;
};

}  // namespace

void printer::do_printf(std::string_view format, const any* args, int64_t n) {
  const size_t end = format.size();
  int64_t arg_num = 0;
  bool after_index = false;  // the previous item was an index like [3]
  reordered_ = false;

  // Go's argNumber: an optional [n] at i; on a bad index marks good_arg_num_ false.
  auto arg_number = [&](int64_t current, size_t i) -> arg_index {
    if (i >= end || format[i] != '[') return {current, i, false};
    reordered_ = true;
    // parseArgNumber: the index between '[' and ']' (1-based in the format).
    int64_t index = 0;
    size_t wid = 1;
    bool ok = false;
    if (end - i >= 3) {
      for (size_t j = i + 1; j < end; j++) {
        if (format[j] == ']') {
          const parsed_num pn = parse_num(format, i + 1, j);
          if (!pn.is_num || pn.next != j) {
            wid = j - i + 1;
            ok = false;
          } else {
            index = pn.num - 1;
            wid = j - i + 1;
            ok = true;
          }
          break;
        }
      }
    }
    if (ok && index >= 0 && index < n) return {index, i + wid, true};
    good_arg_num_ = false;
    return {current, i + wid, ok};
  };

  size_t i = 0;
  while (i < end) {
    good_arg_num_ = true;
    const size_t last = i;
    while (i < end && format[i] != '%') i++;
    if (i > last) buf_.append(format.substr(last, i - last));
    if (i >= end) break;
    i++;  // skip '%'

    fmt_.clear_flags();
    bool simple_done = false;
    for (; i < end; i++) {
      const char c = format[i];
      if (c == '#') {
        fmt_.flags.sharp = true;
      } else if (c == '0') {
        fmt_.flags.zero = !fmt_.flags.minus;  // only pad with zeros on the left
      } else if (c == '+') {
        fmt_.flags.plus = true;
      } else if (c == '-') {
        fmt_.flags.minus = true;
        fmt_.flags.zero = false;
      } else if (c == ' ') {
        fmt_.flags.space = true;
      } else {
        // Fast path: a lowercase verb right after the flags.
        if (c >= 'a' && c <= 'z' && arg_num < n) {
          if (c == 'v') {
            fmt_.flags.sharp_v = fmt_.flags.sharp;
            fmt_.flags.sharp = false;
            fmt_.flags.plus_v = fmt_.flags.plus;
            fmt_.flags.plus = false;
          }
          print_arg(args[arg_num], static_cast<char32_t>(c));
          arg_num++;
          i++;
          simple_done = true;
        }
        break;
      }
    }
    if (simple_done) continue;

    arg_index ai = arg_number(arg_num, i);
    arg_num = ai.arg_num;
    i = ai.next;
    after_index = ai.found;

    if (i < end && format[i] == '*') {
      i++;
      const int_arg w = int_from_arg(args, n, arg_num);
      fmt_.wid = w.num;
      fmt_.flags.wid_present = w.is_int;
      arg_num = w.next_arg;
      if (!fmt_.flags.wid_present) buf_ += "%!(BADWIDTH)";
      if (fmt_.wid < 0) {  // a negative width means '-'
        fmt_.wid = -fmt_.wid;
        fmt_.flags.minus = true;
        fmt_.flags.zero = false;
      }
      after_index = false;
    } else {
      const parsed_num pn = parse_num(format, i, end);
      fmt_.wid = pn.num;
      fmt_.flags.wid_present = pn.is_num;
      i = pn.next;
      if (after_index && fmt_.flags.wid_present) good_arg_num_ = false;  // "%[3]2d"
    }

    if (i + 1 < end && format[i] == '.') {
      i++;
      if (after_index) good_arg_num_ = false;  // "%[3].2d"
      ai = arg_number(arg_num, i);
      arg_num = ai.arg_num;
      i = ai.next;
      after_index = ai.found;
      if (i < end && format[i] == '*') {
        i++;
        const int_arg p = int_from_arg(args, n, arg_num);
        fmt_.prec = p.num;
        fmt_.flags.prec_present = p.is_int;
        arg_num = p.next_arg;
        if (fmt_.prec < 0) {  // a negative precision is no precision
          fmt_.prec = 0;
          fmt_.flags.prec_present = false;
        }
        if (!fmt_.flags.prec_present) buf_ += "%!(BADPREC)";
        after_index = false;
      } else {
        const parsed_num pn = parse_num(format, i, end);
        fmt_.prec = pn.num;
        fmt_.flags.prec_present = pn.is_num;
        i = pn.next;
        if (!fmt_.flags.prec_present) {  // "%.d" is precision 0
          fmt_.prec = 0;
          fmt_.flags.prec_present = true;
        }
      }
    }

    if (!after_index) {
      ai = arg_number(arg_num, i);
      arg_num = ai.arg_num;
      i = ai.next;
      after_index = ai.found;
    }

    if (i >= end) {
      buf_ += "%!(NOVERB)";
      break;
    }

    char32_t verb = static_cast<unsigned char>(format[i]);
    size_t size = 1;
    if (verb >= 0x80) {
      const decoded_rune d = decode_rune(format.substr(i));
      verb = d.r;
      size = static_cast<size_t>(d.width);
    }
    i += size;

    if (verb == '%') {  // absorbs no operand and ignores width and precision
      buf_.push_back('%');
    } else if (!good_arg_num_) {
      buf_ += "%!";
      write_rune(verb);
      buf_ += "(BADINDEX)";
    } else if (arg_num >= n) {
      buf_ += "%!";
      write_rune(verb);
      buf_ += "(MISSING)";
    } else {
      if (verb == 'v') {
        fmt_.flags.sharp_v = fmt_.flags.sharp;
        fmt_.flags.sharp = false;
        fmt_.flags.plus_v = fmt_.flags.plus;
        fmt_.flags.plus = false;
      }
      print_arg(args[arg_num], verb);
      arg_num++;
    }
  }

  if (!reordered_ && arg_num < n) {
    fmt_.clear_flags();
    buf_ += "%!(EXTRA ";
    for (int64_t k = arg_num; k < n; k++) {
      if (k > arg_num) buf_ += ", ";
      if (args[k].type == nullptr) {
        buf_ += "<nil>";
      } else {
        buf_.append(args[k].type->name);
        buf_.push_back('=');
        print_arg(args[k], 'v');
      }
    }
    buf_.push_back(')');
  }
}

void printer::do_print(const any* args, int64_t n) {
  bool prev_string = false;
  for (int64_t k = 0; k < n; k++) {
    const bool is_string = args[k].type != nullptr && args[k].type->kind == kind::string;
    // Operands are separated by a space when neither side is a string.
    if (k > 0 && !is_string && !prev_string) buf_.push_back(' ');
    fmt_.clear_flags();
    print_arg(args[k], 'v');
    prev_string = is_string;
  }
}

void printer::do_println(const any* args, int64_t n) {
  for (int64_t k = 0; k < n; k++) {
    if (k > 0) buf_.push_back(' ');
    fmt_.clear_flags();
    print_arg(args[k], 'v');
  }
  buf_.push_back('\n');
}

}  // namespace go::fmt::detail
