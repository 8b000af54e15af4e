// The printer: Go's fmt "pp" — one Print/Printf call's output buffer, its formatter state, and
// the walk over arguments by their runtime type descriptors (go/type.h).
//
// An argument is a go::any; a value inside it is a (descriptor, pointer to the bytes) pair,
// read through the layouts type.h guarantees. print_arg handles a top-level operand (nil, %T,
// %p, []byte's own %#v spelling, String()/Error() methods); print_value prints any value by
// kind, recursing into arrays, slices, maps (keys sorted as internal/fmtsort does), structs,
// interfaces and pointers, and complains Go's way (%!verb(type=value)) about bad verbs.
// Implemented in print_value.cpp, map_sort.cpp and printf.cpp.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "formatter.h"
#include "go/any.h"
#include "go/panic.h"
#include "go/type.h"

namespace go::fmt::detail {

// A value somewhere inside an argument.
struct value_ref {
  const type_desc* type = nullptr;  // null: invalid (a nil interface's content)
  const void* data = nullptr;
  // reflect's CanInterface: false below an unexported struct field, where Go does not call
  // String()/Error().
  bool exported = true;
};

class printer {
 public:
  printer() : fmt_(buf_) {}

  void do_print(const any* args, int64_t n);
  void do_println(const any* args, int64_t n);
  void do_printf(std::string_view format, const any* args, int64_t n);

  std::string& output() { return buf_; }

  // Errorf: %w accepts one error operand, remembered here (Go's p.wrapErrs, p.wrappedErr).
  bool wrap_errs = false;
  bool has_wrapped = false;
  any wrapped;

  // One operand at the top level (also used by Print/Println and EXTRA reports).
  void print_arg(const any& arg, char32_t verb);
  void print_value(value_ref v, char32_t verb, int depth);

  // fmt.State, for a Formatter's Format method.
  bool flag(go::int_ c) const;
  std::tuple<go::int_, bool> width() const;
  std::tuple<go::int_, bool> precision() const;
  void write(std::string_view bytes);

 private:
  bool handle_methods(value_ref v, char32_t verb);
  void call_method(value_ref v, go::string (*method)(const void*), std::string_view name, char32_t verb);
  void method_panicked(value_ref v, const go::panic_error& e, std::string_view name, char32_t verb);
  bool call_formatter(value_ref v, char32_t verb);
  void bad_verb(char32_t verb);
  void write_rune(char32_t r);

  void fmt_bool(bool v, char32_t verb);
  void fmt_0x64(uint64_t v, bool leading_0x);
  void fmt_integer(uint64_t v, bool is_signed, char32_t verb);
  void fmt_float(double v, int size, char32_t verb);
  void fmt_complex(double re, double im, int size, char32_t verb);
  void fmt_string(std::string_view s, char32_t verb);
  void fmt_bytes(std::string_view bytes, bool is_nil, char32_t verb, std::string_view type_name, value_ref v);
  void fmt_pointer(value_ref v, char32_t verb);
  void print_map(value_ref v, char32_t verb, int depth);
  void print_struct(value_ref v, char32_t verb, int depth);
  void print_list(value_ref v, char32_t verb, int depth);

  std::string buf_;
  formatter fmt_;
  // What bad_verb reports: the top-level operand (from print_arg) or the value being printed.
  bool have_arg_ = false;
  any arg_;
  value_ref value_;
  bool erroring_ = false;   // inside a %!verb(...) report: no methods
  bool panicking_ = false;  // printing a method's panic value: a second panic propagates
  bool reordered_ = false;
  bool good_arg_num_ = true;
};

// The map's entries in Go's fmt order (internal/fmtsort): map_sort.cpp.
struct map_entry_ref {
  const void* key;
  const void* value;
};
std::vector<map_entry_ref> sorted_map_entries(const type_desc* map_type, const void* map);

}  // namespace go::fmt::detail
