// Builds the universe scope once per translation.
#include "types/universe.h"

namespace go2cpp::types {

namespace {

struct BasicName {
  BasicKind kind;
  const char* name;
};

constexpr BasicName kBasics[] = {
    {BasicKind::Invalid, "invalid type"},
    {BasicKind::Bool, "bool"},
    {BasicKind::Int, "int"},
    {BasicKind::Int8, "int8"},
    {BasicKind::Int16, "int16"},
    {BasicKind::Int32, "int32"},
    {BasicKind::Int64, "int64"},
    {BasicKind::Uint, "uint"},
    {BasicKind::Uint8, "uint8"},
    {BasicKind::Uint16, "uint16"},
    {BasicKind::Uint32, "uint32"},
    {BasicKind::Uint64, "uint64"},
    {BasicKind::Uintptr, "uintptr"},
    {BasicKind::Float32, "float32"},
    {BasicKind::Float64, "float64"},
    {BasicKind::Complex64, "complex64"},
    {BasicKind::Complex128, "complex128"},
    {BasicKind::String, "string"},
    {BasicKind::UnsafePointer, "unsafe.Pointer"},
    {BasicKind::UntypedBool, "untyped bool"},
    {BasicKind::UntypedInt, "untyped int"},
    {BasicKind::UntypedRune, "untyped rune"},
    {BasicKind::UntypedFloat, "untyped float"},
    {BasicKind::UntypedComplex, "untyped complex"},
    {BasicKind::UntypedString, "untyped string"},
    {BasicKind::UntypedNil, "untyped nil"},
};

struct BuiltinName {
  BuiltinId id;
  const char* name;
};

constexpr BuiltinName kBuiltins[] = {
    {BuiltinId::Append, "append"}, {BuiltinId::Cap, "cap"},         {BuiltinId::Clear, "clear"},
    {BuiltinId::Close, "close"},   {BuiltinId::Complex, "complex"}, {BuiltinId::Copy, "copy"},
    {BuiltinId::Delete, "delete"}, {BuiltinId::Imag, "imag"},       {BuiltinId::Len, "len"},
    {BuiltinId::Make, "make"},     {BuiltinId::Max, "max"},         {BuiltinId::Min, "min"},
    {BuiltinId::New, "new"},       {BuiltinId::Panic, "panic"},     {BuiltinId::Print, "print"},
    {BuiltinId::Println, "println"}, {BuiltinId::Real, "real"},     {BuiltinId::Recover, "recover"},
};

constexpr BuiltinName kUnsafeBuiltins[] = {
    {BuiltinId::Sizeof, "Sizeof"},   {BuiltinId::Alignof, "Alignof"},
    {BuiltinId::Offsetof, "Offsetof"}, {BuiltinId::Add, "Add"},
    {BuiltinId::Slice, "Slice"},     {BuiltinId::String, "String"},
    {BuiltinId::StringData, "StringData"}, {BuiltinId::SliceData, "SliceData"},
};

}  // namespace

Universe::Universe(Arena& arena) {
  scope_ = arena.make<Scope>(nullptr, "universe");
  for (const BasicName& b : kBasics) {
    Basic* t = arena.make<Basic>(b.kind, b.name);
    basics_.push_back(t);
    bool declared = b.kind != BasicKind::Invalid && b.kind != BasicKind::UnsafePointer &&
                    b.kind < BasicKind::UntypedBool;
    if (declared) {
      auto* tn = arena.make<TypeName>(b.name);
      tn->type = t;
      scope_->insert(tn);
    }
  }
  byte_ = arena.make<Basic>(BasicKind::Uint8, "byte");
  rune_ = arena.make<Basic>(BasicKind::Int32, "rune");
  for (Basic* alias : {byte_, rune_}) {
    auto* tn = arena.make<TypeName>(alias->name);
    tn->type = alias;
    tn->is_alias = true;
    scope_->insert(tn);
  }

  // type error interface { Error() string }
  {
    auto* named = arena.make<Named>();
    auto* tn = arena.make<TypeName>("error");
    tn->type = named;
    named->obj = tn;
    auto* iface = arena.make<Interface>();
    auto* sig = arena.make<Signature>();
    sig->params = arena.make<Tuple>();
    sig->results = arena.make<Tuple>();
    auto* result = arena.make<Var>("");
    result->type = basic(BasicKind::String);
    sig->results->vars.push_back(result);
    auto* m = arena.make<Func>("Error");
    m->type = sig;
    iface->methods.push_back(m);
    iface->all_methods.push_back(m);
    iface->complete = true;
    named->underlying = iface;
    error_ = named;
    scope_->insert(tn);
  }
  // type any = interface{}
  {
    auto* iface = arena.make<Interface>();
    iface->complete = true;
    iface->is_any = true;  // printed as `any`, as types2 does for the predeclared alias
    any_ = iface;
    auto* tn = arena.make<TypeName>("any");
    tn->type = iface;
    tn->is_alias = true;
    scope_->insert(tn);
  }
  // type comparable interface{ comparable }
  {
    auto* named = arena.make<Named>();
    auto* tn = arena.make<TypeName>("comparable");
    tn->type = named;
    named->obj = tn;
    auto* iface = arena.make<Interface>();
    iface->complete = true;
    iface->is_comparable = true;
    named->underlying = iface;
    comparable_ = named;
    scope_->insert(tn);
  }

  for (auto [name, value] : {std::pair{"true", true}, std::pair{"false", false}}) {
    auto* c = arena.make<Const>(name);
    c->type = basic(BasicKind::UntypedBool);
    c->val = constant::Value::make_bool(value);
    scope_->insert(c);
  }
  iota_ = arena.make<Const>("iota");
  iota_->type = basic(BasicKind::UntypedInt);
  iota_->val = constant::Value::make_int64(0);
  scope_->insert(iota_);

  nil_ = arena.make<Nil>();
  nil_->type = basic(BasicKind::UntypedNil);
  scope_->insert(nil_);

  // package unsafe: the type Pointer and the functions the spec lists, as builtins.
  unsafe_ = arena.make<Package>();
  unsafe_->path = "unsafe";
  unsafe_->name = "unsafe";
  unsafe_->scope = arena.make<Scope>(nullptr, "package unsafe");
  {
    auto* tn = arena.make<TypeName>("Pointer");
    tn->type = basic(BasicKind::UnsafePointer);
    tn->pkg = unsafe_;
    unsafe_->scope->insert(tn);
  }
  for (const BuiltinName& b : kUnsafeBuiltins) {
    auto* fn = arena.make<Builtin>(b.name, b.id);
    fn->pkg = unsafe_;
    unsafe_->scope->insert(fn);
  }

  for (const BuiltinName& b : kBuiltins) {
    auto* obj = arena.make<Builtin>(b.name, b.id);
    obj->type = basic(BasicKind::Invalid);
    scope_->insert(obj);
  }
}

}  // namespace go2cpp::types
