// Go's constant values with exact arithmetic, after the model of Go's go/constant package.
//
// A Value is an immutable handle: bools are held inline, everything else in one shared payload,
// so copies are cheap. Every number — Int, Float, and both parts of a Complex — is an exact
// normalized rational (types/constant_rat.h); the Kind alone says whether it is an untyped int,
// float or complex constant. Unlike gc, which switches to 512-bit binary floats for huge
// exponents, go2cpp stays exact and instead caps literal exponents and result sizes (see the
// tuning block in constant.cpp); past the caps a result is Unknown.
//
// The implementation is split by concern: constant.cpp (values, queries, kind conversions),
// constant_literal.cpp (Go literal syntax), constant_ops.cpp (arithmetic, shifts, comparison),
// constant_format.cpp (to_string in gc's message style), constant_represent.cpp (representability).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "types/bigint.h"
#include "types/constant_rat.h"

namespace go2cpp::types::constant {

enum class Kind { Unknown, Bool, String, Int, Float, Complex };

class Value {
 public:
  Value() = default;  // Unknown
  static Value make_bool(bool b);
  static Value make_string(std::string s);  // bytes, any content
  static Value make_int64(int64_t v);
  static Value make_uint64(uint64_t v);
  static Value make_float64(double d);  // exact value of the double; Unknown for ±Inf/NaN; -0 is 0
  // Parses a Go literal exactly as written in source. kind_hint: "int", "float", "imag", "rune",
  // "string". Returns Unknown with *error (if non-null) set to gc's message on a malformed literal.
  static Value from_literal(std::string_view kind_hint, std::string_view text, std::string* error);

  // Additions beyond go/constant's factories: exact big values.
  static Value make_int(BigInt v);
  static Value make_float(Rat v);  // Float kind (even when integral)

  Kind kind() const { return kind_; }
  bool is_unknown() const { return kind_ == Kind::Unknown; }
  bool bool_val() const { return bool_; }
  const std::string& string_val() const;

  // Exactness queries
  bool is_int() const;  // Int kind, or Float/Complex with integral value and zero imag
  std::optional<int64_t> int64_val()
      const;  // exact only (any numeric kind with an integral real value)
  std::optional<uint64_t> uint64_val() const;  // exact only
  double float64_val() const;  // correctly rounded, ±Inf if too large (real part for Complex)
  float float32_val() const;   // correctly rounded directly from the exact value
  Value real() const;          // Complex: the real part (Int or Float); int/float: itself
  Value imag() const;          // Complex: the imaginary part (Int or Float); int/float: Int 0
  // -1, 0 or +1 for Int and Float; for Complex 0 if zero else 1 (as go/constant's Sign).
  int sign() const;
  // Bits in |x| for Int kind (go/constant's BitLen); the checker rejects untyped ints over 512.
  uint64_t bit_len() const;
  // The exact parts (zero for non-numeric kinds).
  const Rat& real_rat() const;
  const Rat& imag_rat() const;

  std::string to_string() const;     // as gc shows constants inside messages (go/constant String)
  std::string exact_string() const;  // ints in decimal; floats as n/d (or n when integral)

 private:
  struct Payload {
    std::string str;
    Rat re, im;
    // For Complex: whether each part is an Int (go/constant keeps the parts as Values of their
    // own kinds, which shows in messages: (1000000 + 2i) but (1e+06 + 2i) for 1e6 + 2i).
    bool re_int = false, im_int = false;
  };
  Kind kind_ = Kind::Unknown;
  bool bool_ = false;
  std::shared_ptr<const Payload> p_;

  static Value numeric(Kind k, Rat re, Rat im = Rat());
  friend Value make_complex(const Value& re, const Value& im);
};

// Conversions between constant kinds (no representability check). to_int returns Unknown if the
// value is not integral (or is a Float of magnitude >= 2^4096, as go/constant refuses to build it).
Value to_int(const Value& x);
Value to_float(const Value& x);  // Unknown for a Complex with nonzero imaginary part
Value to_complex(const Value& x);
Value make_complex(const Value& re, const Value& im);

// Arithmetic. op is one of "+","-","*","/","%","&","|","^","&^" (binary; also "&&","||" on bools
// and "+" on strings), "+","-","^","!" (unary). For unary "^" on unsigned types pass the bit
// width in prec (0 = untyped/signed: ^x = -x-1). integer_division=true makes "/" truncate (Go's
// int constant division). Division by zero, mismatched kinds and oversized results give Unknown.
Value binary_op(const Value& x, std::string_view op, const Value& y, bool integer_division);
Value unary_op(std::string_view op, const Value& x, unsigned prec);
// x must be integral; ">>" rounds toward negative infinity. Unknown if x << count would be absurd.
Value shift(const Value& x, std::string_view op /* "<<" or ">>" */, uint64_t count);
// == != < <= > >= ; false for Unknown or mismatched operands.
bool compare(const Value& x, std::string_view op, const Value& y);

// Representability, per the Go spec, for basic types by name: "int","int8",…,"uint64","uintptr",
// "byte","rune","float32","float64","complex64","complex128","bool","string", and the untyped
// kinds "untyped int", "untyped rune", "untyped float", "untyped complex", "untyped bool",
// "untyped string" (int/uint/uintptr are 64-bit). On success sets *rounded (if non-null) to the
// value rounded to the type (floats to float32/float64 precision, ints converted to Int kind).
// Floats overflowing the type are not representable.
bool representable(const Value& x, std::string_view basic_type, Value* rounded);

}  // namespace go2cpp::types::constant
