// The typed AST: what the checker learned about each node, in side tables keyed by node (the way
// go/types' Info works), so the syntax tree itself stays as the parser built it.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "syntax/ast.h"
#include "types/types.h"

namespace go2cpp::types {

// What kind of thing an expression denotes.
enum class Mode : uint8_t {
  Invalid,   // an error was reported
  NoValue,   // a call without results
  Builtin,   // a builtin function name
  TypeExpr,  // a type
  Constant,  // a constant (value in TypeAndValue::value)
  Variable,  // an addressable value
  MapIndex,  // m[k]: assignable, not addressable
  Value,     // any other value
  CommaOk,   // a value that may be used in a v, ok form (map index, type assertion, receive)
};

struct TypeAndValue {
  Mode mode = Mode::Invalid;
  Type* type = nullptr;
  constant::Value value;
};

// x.f resolved: a field (through embedded fields `path`), a method value, a method expression,
// or a qualified identifier (kind Qualified; obj is the package member).
struct Selection {
  enum class Kind : uint8_t { FieldVal, MethodVal, MethodExpr, Qualified };
  Kind kind = Kind::FieldVal;
  Object* obj = nullptr;
  Type* recv = nullptr;           // the type of x
  std::vector<int> path;          // field indices from x's struct down to the selected member
  bool indirect = false;          // a pointer was followed on the way
};

// A package-level variable initialization, in the order Go runs them.
struct Initializer {
  std::vector<Var*> lhs;
  const syntax::Expr* rhs = nullptr;
};

// A use of a generic function or type with its type arguments (explicit or inferred), keyed by
// the identifier that names it, as go/types' Info.Instances.
struct Instance {
  std::vector<Type*> targs;
  Type* type = nullptr;  // the instantiated signature or named type
};

class Context;

struct Info {
  std::unordered_map<const syntax::Ident*, Instance> instances;
  // Instantiation: substitution and the cache of instances (generic.h); the emitter stencils.
  std::shared_ptr<Context> context;
  std::unordered_map<const syntax::Expr*, TypeAndValue> types;
  std::unordered_map<const syntax::Ident*, Object*> defs;
  std::unordered_map<const syntax::Ident*, Object*> uses;
  // Objects declared without an identifier of their own: the per-clause variable of a type
  // switch (keyed by the CaseClause), unnamed results (keyed by the Field).
  std::unordered_map<const void*, Object*> implicits;
  std::unordered_map<const syntax::SelectorExpr*, Selection> selections;
  // Each function declaration's and literal's object or signature.
  std::unordered_map<const syntax::Node*, Signature*> func_sigs;
  std::vector<Initializer> init_order;

  const TypeAndValue* type_and_value(const syntax::Expr* e) const {
    auto it = types.find(e);
    return it == types.end() ? nullptr : &it->second;
  }
  Type* type_of(const syntax::Expr* e) const {
    const TypeAndValue* tv = type_and_value(e);
    return tv ? tv->type : nullptr;
  }
  Object* object_of(const syntax::Ident* id) const {
    if (auto it = defs.find(id); it != defs.end()) return it->second;
    if (auto it = uses.find(id); it != uses.end()) return it->second;
    return nullptr;
  }
};

// Resolves an import path to a checked package, or reports why it can't and returns null.
using Importer = std::function<Package*(const std::string& path)>;

}  // namespace go2cpp::types
