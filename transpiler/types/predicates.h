// Questions about types that the spec asks everywhere: underlying types, kinds, identity,
// comparability, default types of untyped constants, and type strings for diagnostics.
#pragma once

#include <string>

#include "types/types.h"

namespace go2cpp::types {

// The underlying type: for a Named its underlying, otherwise the type itself.
const Type* under(const Type* t);
Type* under(Type* t);

// Basic-kind predicates on the underlying type (false for non-basic types).
bool is_boolean(const Type* t);
bool is_integer(const Type* t);
bool is_unsigned(const Type* t);
bool is_float(const Type* t);
bool is_complex(const Type* t);
bool is_numeric(const Type* t);
bool is_string(const Type* t);
bool is_untyped(const Type* t);
bool is_typed(const Type* t);
bool is_const_type(const Type* t);  // boolean, numeric or string
bool is_interface(const Type* t);
bool is_invalid(const Type* t);
BasicKind basic_kind(const Type* t);  // Invalid when not basic

bool identical(const Type* a, const Type* b);
bool comparable(const Type* t);   // == is allowed on values of t (may panic for interfaces)
bool is_ordered(const Type* t);   // < is allowed
bool has_nil(const Type* t);      // nil is assignable to t

// The default type of an untyped constant kind (untyped int → int, ...); t itself otherwise.
Type* default_type(Type* t, const class Universe& u);

// go/types-style type string, as gc prints types in messages ("[]int", "map[string]int",
// "func(x int) string", "struct{X int}", "main.Point" — qualified by package name unless the
// package is `local`).
std::string type_string(const Type* t, const Package* local = nullptr);

// The name of a basic type as the constant package expects it ("int", "uint8", ...).
const char* constant_type_name(BasicKind k);

}  // namespace go2cpp::types
