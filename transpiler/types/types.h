// The Go type system as the checker builds it: basic, pointer, slice, array, map, chan, struct,
// signature, interface, named, tuple and type-parameter types, and the objects (variables,
// constants, type names, functions, packages, builtins) that declarations introduce.
//
// Types and objects live in the Universe/Package arenas for the whole translation and are referred
// to by plain pointers. Composite types are not canonicalized: identity is types::identical().
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "syntax/ast.h"
#include "types/constant.h"

namespace go2cpp::types {

using syntax::Pos;

enum class BasicKind : uint8_t {
  Invalid,
  Bool,
  Int,
  Int8,
  Int16,
  Int32,
  Int64,
  Uint,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Uintptr,
  Float32,
  Float64,
  Complex64,
  Complex128,
  String,
  UnsafePointer,
  UntypedBool,
  UntypedInt,
  UntypedRune,
  UntypedFloat,
  UntypedComplex,
  UntypedString,
  UntypedNil,
};

enum class TypeKind : uint8_t {
  Basic,
  Pointer,
  Slice,
  Array,
  Map,
  Chan,
  Struct,
  Signature,
  Interface,
  Named,
  Tuple,
  TypeParam,
};

struct Type {
  TypeKind kind;
  explicit Type(TypeKind k) : kind(k) {}
  virtual ~Type() = default;
  template <class T>
  const T* as() const {
    return kind == T::Kind ? static_cast<const T*>(this) : nullptr;
  }
  template <class T>
  T* as() {
    return kind == T::Kind ? static_cast<T*>(this) : nullptr;
  }
};

struct Object;
struct Var;
struct Func;
struct TypeName;
class Scope;
struct Package;

struct Basic : Type {
  static constexpr TypeKind Kind = TypeKind::Basic;
  BasicKind basic;
  std::string name;  // "int", "byte", "untyped int", ...
  Basic(BasicKind k, std::string n) : Type(Kind), basic(k), name(std::move(n)) {}
};

struct Pointer : Type {
  static constexpr TypeKind Kind = TypeKind::Pointer;
  Type* elem;
  explicit Pointer(Type* e) : Type(Kind), elem(e) {}
};

struct Slice : Type {
  static constexpr TypeKind Kind = TypeKind::Slice;
  Type* elem;
  explicit Slice(Type* e) : Type(Kind), elem(e) {}
};

struct Array : Type {
  static constexpr TypeKind Kind = TypeKind::Array;
  Type* elem;
  int64_t len;
  Array(Type* e, int64_t n) : Type(Kind), elem(e), len(n) {}
};

struct Map : Type {
  static constexpr TypeKind Kind = TypeKind::Map;
  Type* key;
  Type* elem;
  Map(Type* k, Type* e) : Type(Kind), key(k), elem(e) {}
};

struct Chan : Type {
  static constexpr TypeKind Kind = TypeKind::Chan;
  syntax::ChanDir dir;
  Type* elem;
  Chan(syntax::ChanDir d, Type* e) : Type(Kind), dir(d), elem(e) {}
};

struct Struct : Type {
  static constexpr TypeKind Kind = TypeKind::Struct;
  std::vector<Var*> fields;
  std::vector<std::string> tags;
  Struct() : Type(Kind) {}
};

struct Tuple : Type {
  static constexpr TypeKind Kind = TypeKind::Tuple;
  std::vector<Var*> vars;
  Tuple() : Type(Kind) {}
  size_t size() const { return vars.size(); }
};

struct TypeParam;

struct Signature : Type {
  static constexpr TypeKind Kind = TypeKind::Signature;
  std::vector<TypeParam*> tparams;  // a generic function's own type parameters
  Var* recv = nullptr;
  Tuple* params = nullptr;
  Tuple* results = nullptr;
  bool variadic = false;  // the last parameter is ...T; its type is recorded as []T
  Signature() : Type(Kind) {}
};

// One term of a type set: T, or ~T (every type whose underlying type is T).
struct Term {
  bool tilde = false;
  Type* type = nullptr;
};

struct Interface : Type {
  static constexpr TypeKind Kind = TypeKind::Interface;
  std::vector<Func*> methods;       // explicitly declared
  std::vector<Type*> embeddeds;     // embedded interfaces / type-set elements
  std::vector<Func*> all_methods;   // complete method set, sorted by name (after completion)
  bool complete = false;
  bool is_comparable = false;       // the predeclared `comparable`
  bool has_type_set = false;        // has type terms: usable only as a constraint
  // The type terms of this interface's own union elements, one vector per element (a | b, ~T,
  // or a plain non-interface type); and, after completion, the type set's terms: empty with
  // has_type_set false means every type, empty with has_type_set true the empty set.
  std::vector<std::vector<Term>> unions;
  std::vector<Term> terms;
  bool implicit = false;  // [T ~int | ~float64]: printed as its terms
  bool is_any = false;    // the predeclared any
  Interface() : Type(Kind) {}
};

struct Named : Type {
  static constexpr TypeKind Kind = TypeKind::Named;
  TypeName* obj = nullptr;
  Type* underlying = nullptr;  // never a Named
  std::vector<Func*> methods;
  // A generic type has type parameters; an instance of one (List[int]) has the generic type as
  // `orig` and its type arguments, its underlying type and methods substituted (generic.cpp).
  std::vector<TypeParam*> tparams;
  std::vector<Type*> targs;
  Named* orig = nullptr;
  bool expanded = false;  // the instance's underlying type has been substituted
  Named() : Type(Kind) {}
};

struct TypeParam : Type {
  static constexpr TypeKind Kind = TypeKind::TypeParam;
  TypeName* obj = nullptr;
  Type* constraint = nullptr;
  int index = 0;
  TypeParam() : Type(Kind) {}
};

// ---------------------------------------------------------------------------------------------
// Objects

enum class ObjKind : uint8_t { Var, Const, TypeName, Func, PkgName, Builtin, Nil, Label };

enum class BuiltinId : uint8_t {
  Append,
  Cap,
  Clear,
  Close,
  Complex,
  Copy,
  Delete,
  Imag,
  Len,
  Make,
  Max,
  Min,
  New,
  Panic,
  Print,
  Println,
  Real,
  Recover,
  // package unsafe's functions, builtins as in go/types
  Sizeof,
  Alignof,
  Offsetof,
  Add,
  Slice,
  String,
  StringData,
  SliceData,
};

struct Object {
  ObjKind kind;
  std::string name;
  Type* type = nullptr;
  Pos pos;
  Package* pkg = nullptr;  // null for universe objects
  Scope* parent = nullptr;
  bool exported() const { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }
  Object(ObjKind k, std::string n) : kind(k), name(std::move(n)) {}
  virtual ~Object() = default;
  template <class T>
  T* as() {
    return kind == T::Kind ? static_cast<T*>(this) : nullptr;
  }
  template <class T>
  const T* as() const {
    return kind == T::Kind ? static_cast<const T*>(this) : nullptr;
  }
};

struct Var : Object {
  static constexpr ObjKind Kind = ObjKind::Var;
  bool is_field = false;
  bool embedded = false;
  bool is_param = false;
  bool is_package_level = false;
  bool used = false;
  Var(std::string n) : Object(Kind, std::move(n)) {}
};

struct Const : Object {
  static constexpr ObjKind Kind = ObjKind::Const;
  constant::Value val;
  Const(std::string n) : Object(Kind, std::move(n)) {}
};

struct TypeName : Object {
  static constexpr ObjKind Kind = ObjKind::TypeName;
  bool is_alias = false;
  TypeName(std::string n) : Object(Kind, std::move(n)) {}
};

struct Func : Object {
  static constexpr ObjKind Kind = ObjKind::Func;
  const syntax::FuncDecl* decl = nullptr;  // null for interface methods and imported stubs
  Func* origin = nullptr;  // a method of a generic type's instance: the generic method
  bool has_body = false;
  Func(std::string n) : Object(Kind, std::move(n)) {}
  Signature* sig() const { return static_cast<Signature*>(type); }
};

struct PkgName : Object {
  static constexpr ObjKind Kind = ObjKind::PkgName;
  Package* imported = nullptr;
  bool used = false;
  PkgName(std::string n) : Object(Kind, std::move(n)) {}
};

struct Builtin : Object {
  static constexpr ObjKind Kind = ObjKind::Builtin;
  BuiltinId id;
  Builtin(std::string n, BuiltinId i) : Object(Kind, std::move(n)), id(i) {}
};

struct Nil : Object {
  static constexpr ObjKind Kind = ObjKind::Nil;
  Nil() : Object(Kind, "nil") {}
};

struct Label : Object {
  static constexpr ObjKind Kind = ObjKind::Label;
  bool used = false;
  Label(std::string n) : Object(Kind, std::move(n)) {}
};

// A lexical scope: names to objects, with a parent chain up to the universe.
class Scope {
 public:
  Scope(Scope* parent, std::string comment) : parent_(parent), comment_(std::move(comment)) {}
  Scope* parent() const { return parent_; }
  Object* lookup_local(const std::string& name) const;
  // Looks name up through the parent chain; `scope_out` receives the scope that has it.
  Object* lookup(const std::string& name, Scope** scope_out = nullptr) const;
  // Inserts obj; returns the existing object of that name instead if there is one.
  Object* insert(Object* obj);
  const std::vector<Object*>& objects() const { return ordered_; }
  bool is_func_scope = false;

 private:
  Scope* parent_;
  std::string comment_;
  std::unordered_map<std::string, Object*> names_;
  std::vector<Object*> ordered_;
};

// A Go package: its path and name, its scope, and — for packages provided by the runtime (fmt,
// os, ...) — whether calls into it go to the support library.
struct Package {
  std::string path;  // import path: "main", "fmt", "example.com/m/geom"
  std::string name;
  Scope* scope = nullptr;
  bool is_runtime = false;  // declared by a .go stub in support-lib/go/, implemented in C++
  bool missing = false;     // an import that could not be found: uses of it are not reported
};

// Owns every type, object and scope of one translation.
class Arena {
 public:
  template <class T, class... A>
  T* make(A&&... args) {
    auto p = std::make_unique<T>(std::forward<A>(args)...);
    T* raw = p.get();
    if constexpr (std::is_base_of_v<Type, T>) {
      types_.push_back(std::move(p));
    } else if constexpr (std::is_base_of_v<Object, T>) {
      objects_.push_back(std::move(p));
    } else if constexpr (std::is_same_v<T, Scope>) {
      scopes_.push_back(std::move(p));
    } else {
      static_assert(std::is_same_v<T, Package>);
      packages_.push_back(std::move(p));
    }
    return raw;
  }

 private:
  std::vector<std::unique_ptr<Type>> types_;
  std::vector<std::unique_ptr<Object>> objects_;
  std::vector<std::unique_ptr<Scope>> scopes_;
  std::vector<std::unique_ptr<Package>> packages_;
};

}  // namespace go2cpp::types
