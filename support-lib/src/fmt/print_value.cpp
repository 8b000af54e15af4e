// Printing one operand by its type descriptor: Go's printArg, printValue, handleMethods,
// badVerb and the per-kind fmt* dispatchers of print.go.
//
// Each kind has a fixed set of verbs; any other verb gives %!verb(type=value). Composite values
// recurse with depth + 1: only at depth 0 does a non-nil pointer to an array, slice, struct or
// map print as &value (deeper pointers print as hex). From depth 1 on, a value whose type has
// Error() or String() prints through it for %v %s %x %X %q — unless it sits below an unexported
// struct field, where Go's reflection may not call methods.
#include <complex>
#include <cstring>

#include "go/fmt.h"
#include "go/iface.h"
#include "go/panic.h"
#include "printer.h"
#include "utf8.h"

namespace go::fmt::detail {
namespace {

struct string_header {
  const uint8_t* data;
  int64_t len;
};

template <class T>
T load(const void* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

std::string_view view_of(const void* p) {
  const auto s = load<string_header>(p);
  return {reinterpret_cast<const char*>(s.data), static_cast<size_t>(s.len)};
}

bool is_signed_int(kind k) { return k >= kind::int_ && k <= kind::int64; }
bool is_unsigned_int(kind k) { return k >= kind::uint && k <= kind::uintptr; }

int64_t load_int(const type_desc* t, const void* p) {
  switch (t->kind) {
    case kind::int8: return load<int8_t>(p);
    case kind::int16: return load<int16_t>(p);
    case kind::int32: return load<int32_t>(p);
    default: return load<int64_t>(p);
  }
}

uint64_t load_uint(const type_desc* t, const void* p) {
  switch (t->kind) {
    case kind::uint8: return load<uint8_t>(p);
    case kind::uint16: return load<uint16_t>(p);
    case kind::uint32: return load<uint32_t>(p);
    default: return load<uint64_t>(p);
  }
}

// The word a pointer-shaped value (pointer, map, chan, func, unsafe.Pointer, a slice's data)
// starts with: what %p and %v print for it.
uintptr_t load_pointer(const void* p) { return load<uintptr_t>(p); }

}  // namespace

void printer::write_rune(char32_t r) { append_rune(buf_, static_cast<int64_t>(r)); }

void printer::bad_verb(char32_t verb) {
  erroring_ = true;
  buf_ += "%!";
  write_rune(verb);
  buf_.push_back('(');
  if (have_arg_ && arg_.type != nullptr) {
    buf_.append(arg_.type->name);
    buf_.push_back('=');
    print_arg(arg_, 'v');
  } else if (value_.type != nullptr) {
    buf_.append(value_.type->name);
    buf_.push_back('=');
    print_value(value_, 'v', 0);
  } else {
    buf_ += "<nil>";
  }
  buf_.push_back(')');
  erroring_ = false;
}

// Reports a panic out of v's method `name` as Go's catchPanic does: "<nil>" for a nil pointer
// receiver, else %!verb(PANIC=Name method: value). A panic while printing that value propagates.
void printer::method_panicked(value_ref v, const go::panic_error& e, std::string_view name,
                              char32_t verb) {
  if (v.type->kind == kind::pointer && load_pointer(v.data) == 0) {
    buf_ += "<nil>";
    return;
  }
  if (panicking_) throw;
  const fmt_flags old_flags = fmt_.flags;
  fmt_.clear_flags();
  buf_ += "%!";
  write_rune(verb);
  buf_ += "(PANIC=";
  buf_.append(name);
  buf_ += " method: ";
  panicking_ = true;
  print_arg(e.value, 'v');
  panicking_ = false;
  buf_.push_back(')');
  fmt_.flags = old_flags;
}

// Prints the result of v's Error() or String(), or reports its panic.
void printer::call_method(value_ref v, go::string (*method)(const void*), std::string_view name, char32_t verb) {
  go::string s;
  try {
    s = method(v.data);
  } catch (const go::panic_error& e) {
    method_panicked(v, e, name, verb);
    return;
  }
  if (name == "GoString") {
    fmt_.fmt_s(s.view());
  } else {
    fmt_string(s.view(), verb);
  }
}

namespace {

// *fmt.pp, the printer as a fmt.State (Go's own pp implements State the same way): a value of
// it holds a printer*, and its methods read the current operand's flags and append to the output.
printer* state_printer(void* self) { return *static_cast<printer**>(self); }

bool state_flag(void* self, go::int_ c) { return state_printer(self)->flag(c); }
std::tuple<go::int_, bool> state_width(void* self) { return state_printer(self)->width(); }
std::tuple<go::int_, bool> state_precision(void* self) { return state_printer(self)->precision(); }
std::tuple<go::int_, go::error> state_write(void* self, go::slice<go::uint8> b) {
  state_printer(self)->write(std::string_view(reinterpret_cast<const char*>(b.data()),
                                              static_cast<size_t>(b.len())));
  return {b.len(), nullptr};
}
std::tuple<go::int_, go::error> state_write_string(void* self, go::string s) {
  state_printer(self)->write(s.view());
  return {s.len(), nullptr};
}

const type_desc pp_type = [] {
  type_desc d;
  d.kind = kind::struct_;
  d.name = "fmt.pp";
  d.pkg_path = "fmt";
  d.named = true;
  d.size = sizeof(printer);
  d.align = alignof(printer);
  return d;
}();

const method_entry pp_methods[] = {
    {"Flag", erase_method(&state_flag), "func(int) bool"},
    {"Precision", erase_method(&state_precision), "func() (int, bool)"},
    {"Width", erase_method(&state_width), "func() (int, bool)"},
    {"Write", erase_method(&state_write), "func([]uint8) (int, error)"},
    {"WriteString", erase_method(&state_write_string), "func(string) (int, error)"},
};

const type_desc pp_ptr_type = [] {
  type_desc d = plain_pointer_desc(&pp_type);
  d.methods = pp_methods;
  d.num_methods = std::size(pp_methods);
  return d;
}();

}  // namespace

bool printer::flag(go::int_ c) const {
  switch (c) {
    case '-': return fmt_.flags.minus;
    case '+': return fmt_.flags.plus || fmt_.flags.plus_v;
    case '#': return fmt_.flags.sharp || fmt_.flags.sharp_v;
    case ' ': return fmt_.flags.space;
    case '0': return fmt_.flags.zero;
    default: return false;
  }
}

std::tuple<go::int_, bool> printer::width() const { return {fmt_.wid, fmt_.flags.wid_present}; }
std::tuple<go::int_, bool> printer::precision() const {
  return {fmt_.prec, fmt_.flags.prec_present};
}
void printer::write(std::string_view bytes) { buf_.append(bytes); }

// v's Format method, when its type has one (Go's Formatter, checked before every other method):
// called with this printer as its fmt.State.
bool printer::call_formatter(value_ref v, char32_t verb) {
  const Formatter_methods* tab = itab_for<Formatter_methods>(v.type);
  if (tab == nullptr) return false;
  printer* self = this;
  State state(iface_parts, itab_for<State_methods>(&pp_ptr_type), &self);
  try {
    tab->Format(const_cast<void*>(v.data), state, static_cast<go::rune>(verb));
  } catch (const go::panic_error& e) {
    method_panicked(v, e, "Format", verb);
  }
  return true;
}

bool printer::handle_methods(value_ref v, char32_t verb) {
  if (erroring_ || v.type == nullptr) return false;
  if (verb == 'w') {
    // Only Errorf wraps errors, one per call; everywhere else %w is a bad verb.
    if (!wrap_errs || has_wrapped || v.type->error_method == nullptr) {
      wrap_errs = false;
      has_wrapped = false;
      bad_verb(verb);
      return true;
    }
    has_wrapped = true;
    wrapped.type = v.type;
    wrapped.data = const_cast<void*>(v.data);
    verb = 'v';
  }
  if (call_formatter(v, verb)) return true;
  if (fmt_.flags.sharp_v) {
    if (v.type->gostring_method == nullptr) return false;
    call_method(v, v.type->gostring_method, "GoString", verb);  // printed unadorned
    return true;
  }
  switch (verb) {
    case 'v':
    case 's':
    case 'x':
    case 'X':
    case 'q':
      if (v.type->error_method != nullptr) {
        call_method(v, v.type->error_method, "Error", verb);
        return true;
      }
      if (v.type->string_method != nullptr) {
        call_method(v, v.type->string_method, "String", verb);
        return true;
      }
      return false;
    default:
      return false;
  }
}

void printer::fmt_bool(bool v, char32_t verb) {
  if (verb == 't' || verb == 'v') {
    fmt_.fmt_boolean(v);
  } else {
    bad_verb(verb);
  }
}

void printer::fmt_0x64(uint64_t v, bool leading_0x) {
  const bool sharp = fmt_.flags.sharp;
  fmt_.flags.sharp = leading_0x;
  fmt_.fmt_integer(v, 16, false, 'v', lower_digits);
  fmt_.flags.sharp = sharp;
}

void printer::fmt_integer(uint64_t v, bool is_signed, char32_t verb) {
  switch (verb) {
    case 'v':
      if (fmt_.flags.sharp_v && !is_signed) {
        fmt_0x64(v, true);
      } else {
        fmt_.fmt_integer(v, 10, is_signed, verb, lower_digits);
      }
      return;
    case 'd': fmt_.fmt_integer(v, 10, is_signed, verb, lower_digits); return;
    case 'b': fmt_.fmt_integer(v, 2, is_signed, verb, lower_digits); return;
    case 'o':
    case 'O': fmt_.fmt_integer(v, 8, is_signed, verb, lower_digits); return;
    case 'x': fmt_.fmt_integer(v, 16, is_signed, verb, lower_digits); return;
    case 'X': fmt_.fmt_integer(v, 16, is_signed, verb, upper_digits); return;
    case 'c': fmt_.fmt_c(v); return;
    case 'q': fmt_.fmt_qc(v); return;
    case 'U': fmt_.fmt_unicode(v); return;
    default: bad_verb(verb);
  }
}

void printer::fmt_float(double v, int size, char32_t verb) {
  switch (verb) {
    case 'v': fmt_.fmt_float(v, size, 'g', -1); return;
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X': fmt_.fmt_float(v, size, static_cast<char>(verb), -1); return;
    case 'f':
    case 'e':
    case 'E': fmt_.fmt_float(v, size, static_cast<char>(verb), 6); return;
    case 'F': fmt_.fmt_float(v, size, 'f', 6); return;
    default: bad_verb(verb);
  }
}

void printer::fmt_complex(double re, double im, int size, char32_t verb) {
  switch (verb) {
    case 'v':
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X':
    case 'f':
    case 'F':
    case 'e':
    case 'E': {
      const bool old_plus = fmt_.flags.plus;
      buf_.push_back('(');
      fmt_float(re, size / 2, verb);
      fmt_.flags.plus = true;  // the imaginary part always has a sign
      fmt_float(im, size / 2, verb);
      buf_ += "i)";
      fmt_.flags.plus = old_plus;
      return;
    }
    default: bad_verb(verb);
  }
}

void printer::fmt_string(std::string_view s, char32_t verb) {
  switch (verb) {
    case 'v':
      if (fmt_.flags.sharp_v) {
        fmt_.fmt_q(s);
      } else {
        fmt_.fmt_s(s);
      }
      return;
    case 's': fmt_.fmt_s(s); return;
    case 'x': fmt_.fmt_sx(s, lower_digits); return;
    case 'X': fmt_.fmt_sx(s, upper_digits); return;
    case 'q': fmt_.fmt_q(s); return;
    default: bad_verb(verb);
  }
}

void printer::fmt_bytes(std::string_view bytes, bool is_nil, char32_t verb, std::string_view type_name, value_ref v) {
  switch (verb) {
    case 'v':
    case 'd':
      if (fmt_.flags.sharp_v) {
        buf_.append(type_name);
        if (is_nil) {
          buf_ += "(nil)";
          return;
        }
        buf_.push_back('{');
        for (size_t i = 0; i < bytes.size(); i++) {
          if (i > 0) buf_ += ", ";
          fmt_0x64(static_cast<unsigned char>(bytes[i]), true);
        }
        buf_.push_back('}');
      } else {
        buf_.push_back('[');
        for (size_t i = 0; i < bytes.size(); i++) {
          if (i > 0) buf_.push_back(' ');
          fmt_.fmt_integer(static_cast<unsigned char>(bytes[i]), 10, false, verb, lower_digits);
        }
        buf_.push_back(']');
      }
      return;
    case 's': fmt_.fmt_s(bytes); return;
    case 'x': fmt_.fmt_sx(bytes, lower_digits); return;
    case 'X': fmt_.fmt_sx(bytes, upper_digits); return;
    case 'q': fmt_.fmt_q(bytes); return;
    default: print_value(v, verb, 0);
  }
}

void printer::fmt_pointer(value_ref v, char32_t verb) {
  switch (v.type->kind) {
    case kind::chan:
    case kind::func:
    case kind::map:
    case kind::pointer:
    case kind::slice:
    case kind::unsafe_pointer: break;
    default: bad_verb(verb); return;
  }
  const uintptr_t u = load_pointer(v.data);
  switch (verb) {
    case 'v':
      if (fmt_.flags.sharp_v) {
        buf_.push_back('(');
        buf_.append(v.type->name);
        buf_ += ")(";
        if (u == 0) {
          buf_ += "nil";
        } else {
          fmt_0x64(u, true);
        }
        buf_.push_back(')');
      } else if (u == 0) {
        fmt_.pad("<nil>");
      } else {
        fmt_0x64(u, !fmt_.flags.sharp);
      }
      return;
    case 'p': fmt_0x64(u, !fmt_.flags.sharp); return;
    case 'b':
    case 'o':
    case 'd':
    case 'x':
    case 'X': fmt_integer(u, false, verb); return;
    default: bad_verb(verb);
  }
}

void printer::print_arg(const any& arg, char32_t verb) {
  arg_ = arg;
  have_arg_ = true;
  value_ = {};
  if (arg.type == nullptr) {
    if (verb == 'T' || verb == 'v') {
      fmt_.pad("<nil>");
    } else {
      bad_verb(verb);
    }
    return;
  }
  const value_ref v{arg.type, arg.data, true};
  if (verb == 'T') {
    fmt_.fmt_s(arg.type->name);
    return;
  }
  if (verb == 'p') {
    fmt_pointer(v, 'p');
    return;
  }
  // A reflect.Value prints the value it holds (print.go's case reflect.Value): its methods when
  // it can be extracted, else printValue at depth 0. Its layout is {type, storage, flags}.
  if (arg.type == go::detail::reflect_value_type && arg.type != nullptr) {
    struct reflect_value {
      const type_desc* typ;
      void* ptr;
      uint64_t flag;
    };
    const auto rv = load<reflect_value>(arg.data);
    const bool exported = (rv.flag & 2) == 0;  // reflect's flag_ro
    const value_ref held{rv.typ, rv.ptr, exported};
    if (rv.typ != nullptr && exported) {
      arg_.type = rv.typ;
      arg_.data = rv.ptr;
      if (rv.typ->kind == kind::interface) arg_ = *static_cast<const any*>(rv.ptr);
      if (arg_.type != nullptr && handle_methods(value_ref{arg_.type, arg_.data, true}, verb)) return;
    }
    return print_value(held, verb, 0);
  }
  // Go's print.go has a case for the unnamed []byte, spelled "[]byte" by %#v.
  if (arg.type == slice_of(&uint8_type)) {
    const auto h = load<slice_header>(arg.data);
    fmt_bytes(std::string_view(static_cast<const char*>(h.data), static_cast<size_t>(h.len)), h.data == nullptr, verb,
              "[]byte", v);
    return;
  }
  if (!handle_methods(v, verb)) print_value(v, verb, 0);
}

void printer::print_value(value_ref v, char32_t verb, int depth) {
  if (depth > 0 && v.type != nullptr && v.exported) {
    arg_ = any();
    arg_.type = v.type;
    arg_.data = const_cast<void*>(v.data);
    have_arg_ = true;
    if (handle_methods(v, verb)) return;
  }
  have_arg_ = false;
  value_ = v;

  if (v.type == nullptr) {
    if (depth == 0) {
      buf_ += "<invalid reflect.Value>";
    } else if (verb == 'v') {
      buf_ += "<nil>";
    } else {
      bad_verb(verb);
    }
    return;
  }
  const type_desc* t = v.type;
  const kind k = t->kind;
  if (is_signed_int(k)) return fmt_integer(static_cast<uint64_t>(load_int(t, v.data)), true, verb);
  if (is_unsigned_int(k)) return fmt_integer(load_uint(t, v.data), false, verb);
  switch (k) {
    case kind::bool_: return fmt_bool(load<bool>(v.data), verb);
    case kind::float32: return fmt_float(static_cast<double>(load<float>(v.data)), 32, verb);
    case kind::float64: return fmt_float(load<double>(v.data), 64, verb);
    case kind::complex64: {
      const auto c = load<std::complex<float>>(v.data);
      return fmt_complex(c.real(), c.imag(), 64, verb);
    }
    case kind::complex128: {
      const auto c = load<std::complex<double>>(v.data);
      return fmt_complex(c.real(), c.imag(), 128, verb);
    }
    case kind::string: return fmt_string(view_of(v.data), verb);
    case kind::map: return print_map(v, verb, depth);
    case kind::struct_: return print_struct(v, verb, depth);
    case kind::interface: {
      const auto* inner = static_cast<const any*>(v.data);
      if (inner->type == nullptr) {
        if (fmt_.flags.sharp_v) {
          buf_.append(t->name);
          buf_ += "(nil)";
        } else {
          buf_ += "<nil>";
        }
        return;
      }
      return print_value({inner->type, inner->data, v.exported}, verb, depth + 1);
    }
    case kind::array:
    case kind::slice: return print_list(v, verb, depth);
    case kind::pointer:
      if (depth == 0) {
        const void* target = reinterpret_cast<const void*>(load_pointer(v.data));
        const kind ek = t->elem->kind;
        if (target != nullptr && (ek == kind::array || ek == kind::slice || ek == kind::struct_ || ek == kind::map)) {
          buf_.push_back('&');
          return print_value({t->elem, target, v.exported}, verb, depth + 1);
        }
      }
      return fmt_pointer(v, verb);
    case kind::chan:
    case kind::func:
    case kind::unsafe_pointer: return fmt_pointer(v, verb);
    default:
      buf_.push_back('?');
      buf_.append(t->name);
      buf_.push_back('?');
  }
}

void printer::print_list(value_ref v, char32_t verb, int depth) {
  const type_desc* t = v.type;
  const bool is_slice = t->kind == kind::slice;
  const auto* base = static_cast<const char*>(v.data);
  int64_t len = t->len;
  bool is_nil = false;
  if (is_slice) {
    const auto h = load<slice_header>(v.data);
    base = static_cast<const char*>(h.data);
    len = h.len;
    is_nil = h.data == nullptr;
  }
  if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && t->elem->kind == kind::uint8) {
    return fmt_bytes(std::string_view(base, static_cast<size_t>(len)), is_nil, verb, t->name, v);
  }
  const auto stride = static_cast<int64_t>(t->elem->size);
  if (fmt_.flags.sharp_v) {
    buf_.append(t->name);
    if (is_slice && is_nil) {
      buf_ += "(nil)";
      return;
    }
    buf_.push_back('{');
    for (int64_t i = 0; i < len; i++) {
      if (i > 0) buf_ += ", ";
      print_value({t->elem, base + i * stride, v.exported}, verb, depth + 1);
    }
    buf_.push_back('}');
  } else {
    buf_.push_back('[');
    for (int64_t i = 0; i < len; i++) {
      if (i > 0) buf_.push_back(' ');
      print_value({t->elem, base + i * stride, v.exported}, verb, depth + 1);
    }
    buf_.push_back(']');
  }
}

void printer::print_struct(value_ref v, char32_t verb, int depth) {
  const type_desc* t = v.type;
  if (fmt_.flags.sharp_v) buf_.append(t->name);
  buf_.push_back('{');
  for (int64_t i = 0; i < t->num_fields; i++) {
    const struct_field& f = t->fields[i];
    if (i > 0) {
      if (fmt_.flags.sharp_v) {
        buf_ += ", ";
      } else {
        buf_.push_back(' ');
      }
    }
    if ((fmt_.flags.plus_v || fmt_.flags.sharp_v) && !f.name.empty()) {
      buf_.append(f.name);
      buf_.push_back(':');
    }
    value_ref field{f.type, static_cast<const char*>(v.data) + f.offset, v.exported && f.exported};
    // Go's getField: a non-nil interface field prints as its dynamic value.
    if (f.type->kind == kind::interface) {
      const auto* inner = static_cast<const any*>(field.data);
      if (inner->type != nullptr) field = {inner->type, inner->data, field.exported};
    }
    print_value(field, verb, depth + 1);
  }
  buf_.push_back('}');
}

void printer::print_map(value_ref v, char32_t verb, int depth) {
  const type_desc* t = v.type;
  if (fmt_.flags.sharp_v) {
    buf_.append(t->name);
    if (load_pointer(v.data) == 0) {
      buf_ += "(nil)";
      return;
    }
    buf_.push_back('{');
  } else {
    buf_ += "map[";
  }
  const std::vector<map_entry_ref> entries = sorted_map_entries(t, v.data);
  for (size_t i = 0; i < entries.size(); i++) {
    if (i > 0) {
      if (fmt_.flags.sharp_v) {
        buf_ += ", ";
      } else {
        buf_.push_back(' ');
      }
    }
    print_value({t->key, entries[i].key, v.exported}, verb, depth + 1);
    buf_.push_back(':');
    print_value({t->elem, entries[i].value, v.exported}, verb, depth + 1);
  }
  buf_.push_back(fmt_.flags.sharp_v ? '}' : ']');
}

}  // namespace go::fmt::detail
