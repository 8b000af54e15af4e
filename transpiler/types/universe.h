// The universe scope: predeclared types (bool, int, ..., error, any, comparable), constants
// (true, false, iota), nil, and the builtin functions.
#pragma once

#include "types/types.h"

namespace go2cpp::types {

class Universe {
 public:
  explicit Universe(Arena& arena);

  Scope* scope() const { return scope_; }
  Basic* basic(BasicKind k) const { return basics_[static_cast<size_t>(k)]; }
  Basic* byte_type() const { return byte_; }
  Basic* rune_type() const { return rune_; }
  Type* error_type() const { return error_; }
  Type* any_type() const { return any_; }
  Type* comparable_type() const { return comparable_; }
  Const* iota() const { return iota_; }
  Nil* nil() const { return nil_; }
  // Package unsafe: Pointer and its builtin functions (Sizeof, Offsetof, ...), made here
  // because, as in go/types, it is not read from any source file.
  Package* unsafe() const { return unsafe_; }

 private:
  Scope* scope_;
  std::vector<Basic*> basics_;
  Basic* byte_;
  Basic* rune_;
  Type* error_;
  Type* any_;
  Type* comparable_;
  Const* iota_;
  Nil* nil_;
  Package* unsafe_;
};

}  // namespace go2cpp::types
