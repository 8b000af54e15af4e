// Type predicates and identity, following the Go spec's definitions.
#include "types/predicates.h"

#include <vector>

#include "types/generic.h"
#include "types/universe.h"

namespace go2cpp::types {

// A type parameter's underlying type is its core type when it has one (so indexing, ranging
// and calling work on ~[]E, func(T) R, ...); otherwise the type parameter itself, whose
// operations the predicates below decide term by term.
const Type* under(const Type* t) {
  if (const Named* n = t->as<Named>()) return n->underlying;
  if (const TypeParam* tp = t->as<TypeParam>()) {
    if (const Type* core = core_type(tp)) return core;
  }
  return t;
}
Type* under(Type* t) {
  if (Named* n = t->as<Named>()) return n->underlying;
  if (TypeParam* tp = t->as<TypeParam>()) {
    if (Type* core = core_type(tp)) return core;
  }
  return t;
}

BasicKind basic_kind(const Type* t) {
  if (const Basic* b = under(t)->as<Basic>()) return b->basic;
  return BasicKind::Invalid;
}

namespace {

// For a type parameter without a core type: whether every term of its type set satisfies pred
// (false for an empty set of terms, i.e. any type).
template <class P>
bool all_terms(const Type* t, P pred) {
  const TypeParam* tp = under(t)->as<TypeParam>();
  if (tp == nullptr) return false;
  const Interface* it = constraint_interface(tp->constraint);
  if (it == nullptr || it->terms.empty()) return false;
  for (const Term& term : it->terms) {
    if (!pred(term.type)) return false;
  }
  return true;
}

}  // namespace

bool is_boolean(const Type* t) {
  BasicKind k = basic_kind(t);
  return k == BasicKind::Bool || k == BasicKind::UntypedBool || all_terms(t, is_boolean);
}
bool is_integer(const Type* t) {
  BasicKind k = basic_kind(t);
  return (k >= BasicKind::Int && k <= BasicKind::Uintptr) || k == BasicKind::UntypedInt ||
         k == BasicKind::UntypedRune || all_terms(t, is_integer);
}
bool is_unsigned(const Type* t) {
  BasicKind k = basic_kind(t);
  return (k >= BasicKind::Uint && k <= BasicKind::Uintptr) || all_terms(t, is_unsigned);
}
bool is_float(const Type* t) {
  BasicKind k = basic_kind(t);
  return k == BasicKind::Float32 || k == BasicKind::Float64 || k == BasicKind::UntypedFloat ||
         all_terms(t, is_float);
}
bool is_complex(const Type* t) {
  BasicKind k = basic_kind(t);
  return k == BasicKind::Complex64 || k == BasicKind::Complex128 ||
         k == BasicKind::UntypedComplex || all_terms(t, is_complex);
}
bool is_numeric(const Type* t) {
  return is_integer(t) || is_float(t) || is_complex(t) || all_terms(t, is_numeric);
}
bool is_string(const Type* t) {
  BasicKind k = basic_kind(t);
  return k == BasicKind::String || k == BasicKind::UntypedString || all_terms(t, is_string);
}
bool is_untyped(const Type* t) {
  const Basic* b = t->as<Basic>();
  return b != nullptr && b->basic >= BasicKind::UntypedBool;
}
bool is_typed(const Type* t) { return !is_untyped(t); }
bool is_const_type(const Type* t) {
  if (t->kind == TypeKind::TypeParam) return false;
  return is_boolean(t) || is_numeric(t) || is_string(t);
}
bool is_interface(const Type* t) { return under(t)->kind == TypeKind::Interface; }
bool is_invalid(const Type* t) {
  const Basic* b = t->as<Basic>();
  return b != nullptr && b->basic == BasicKind::Invalid;
}

static bool identical_tuples(const Tuple* a, const Tuple* b) {
  if (a == b) return true;
  size_t na = a ? a->size() : 0, nb = b ? b->size() : 0;
  if (na != nb) return false;
  for (size_t i = 0; i < na; ++i) {
    if (!identical(a->vars[i]->type, b->vars[i]->type)) return false;
  }
  return true;
}

bool identical(const Type* a, const Type* b) {
  if (a == b) return true;
  if (a == nullptr || b == nullptr || a->kind != b->kind) return false;
  switch (a->kind) {
    case TypeKind::Basic:
      return a->as<Basic>()->basic == b->as<Basic>()->basic;
    case TypeKind::Pointer:
      return identical(a->as<Pointer>()->elem, b->as<Pointer>()->elem);
    case TypeKind::Slice:
      return identical(a->as<Slice>()->elem, b->as<Slice>()->elem);
    case TypeKind::Array:
      return a->as<Array>()->len == b->as<Array>()->len &&
             identical(a->as<Array>()->elem, b->as<Array>()->elem);
    case TypeKind::Map:
      return identical(a->as<Map>()->key, b->as<Map>()->key) &&
             identical(a->as<Map>()->elem, b->as<Map>()->elem);
    case TypeKind::Chan:
      return a->as<Chan>()->dir == b->as<Chan>()->dir &&
             identical(a->as<Chan>()->elem, b->as<Chan>()->elem);
    case TypeKind::Struct: {
      const Struct* x = a->as<Struct>();
      const Struct* y = b->as<Struct>();
      if (x->fields.size() != y->fields.size()) return false;
      for (size_t i = 0; i < x->fields.size(); ++i) {
        const Var* f = x->fields[i];
        const Var* g = y->fields[i];
        if (f->name != g->name || f->embedded != g->embedded || !identical(f->type, g->type))
          return false;
        if (!f->exported() && f->pkg != g->pkg) return false;
        if (x->tags.size() > i && y->tags.size() > i && x->tags[i] != y->tags[i]) return false;
      }
      return true;
    }
    case TypeKind::Signature: {
      const Signature* x = a->as<Signature>();
      const Signature* y = b->as<Signature>();
      return x->variadic == y->variadic && identical_tuples(x->params, y->params) &&
             identical_tuples(x->results, y->results);
    }
    case TypeKind::Tuple:
      return identical_tuples(a->as<Tuple>(), b->as<Tuple>());
    case TypeKind::Interface: {
      const Interface* x = a->as<Interface>();
      const Interface* y = b->as<Interface>();
      if (x->is_comparable != y->is_comparable) return false;
      if (x->all_methods.size() != y->all_methods.size()) return false;
      for (size_t i = 0; i < x->all_methods.size(); ++i) {
        if (x->all_methods[i]->name != y->all_methods[i]->name ||
            !identical(x->all_methods[i]->type, y->all_methods[i]->type))
          return false;
      }
      return true;
    }
    case TypeKind::Named:
    case TypeKind::TypeParam:
      return false;  // distinct objects are distinct types
  }
  return false;
}

static bool comparable_seen(const Type* t, std::vector<const Type*>& seen);

bool comparable(const Type* t) {
  std::vector<const Type*> seen;
  return comparable_seen(t, seen);
}

// `seen` guards against invalid recursive types, which the checker reports separately.
static bool comparable_seen(const Type* t, std::vector<const Type*>& seen) {
  for (const Type* s : seen) {
    if (s == t) return true;
  }
  seen.push_back(t);
  if (const TypeParam* tp = t->as<TypeParam>()) {
    const Interface* it = constraint_interface(tp->constraint);
    if (it == nullptr) return false;
    if (it->is_comparable) return true;
    if (it->terms.empty()) return false;
    for (const Term& term : it->terms) {
      if (!comparable_seen(term.type, seen)) return false;
    }
    return true;
  }
  const Type* u = under(t);
  switch (u->kind) {
    case TypeKind::Basic:
      return u->as<Basic>()->basic != BasicKind::UntypedNil;
    case TypeKind::Pointer:
    case TypeKind::Chan:
    case TypeKind::Interface:
      return true;
    case TypeKind::Struct:
      for (const Var* f : u->as<Struct>()->fields) {
        if (!comparable_seen(f->type, seen)) return false;
      }
      return true;
    case TypeKind::Array:
      return comparable_seen(u->as<Array>()->elem, seen);
    default:
      return false;
  }
}

bool is_ordered(const Type* t) {
  return is_integer(t) || is_float(t) || is_string(t) ||
         all_terms(t, [](const Type* x) { return is_ordered(x); });
}

bool has_nil(const Type* t) {
  const Type* u = under(t);
  switch (u->kind) {
    case TypeKind::Basic:
      return u->as<Basic>()->basic == BasicKind::UnsafePointer;
    case TypeKind::Pointer:
    case TypeKind::Slice:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Signature:
    case TypeKind::Interface:
      return true;
    default:
      return false;
  }
}

Type* default_type(Type* t, const Universe& u) {
  const Basic* b = t->as<Basic>();
  if (b == nullptr) return t;
  switch (b->basic) {
    case BasicKind::UntypedBool:
      return u.basic(BasicKind::Bool);
    case BasicKind::UntypedInt:
      return u.basic(BasicKind::Int);
    case BasicKind::UntypedRune:
      return u.rune_type();
    case BasicKind::UntypedFloat:
      return u.basic(BasicKind::Float64);
    case BasicKind::UntypedComplex:
      return u.basic(BasicKind::Complex128);
    case BasicKind::UntypedString:
      return u.basic(BasicKind::String);
    default:
      return t;
  }
}

const char* constant_type_name(BasicKind k) {
  switch (k) {
    case BasicKind::Bool: return "bool";
    case BasicKind::Int: return "int";
    case BasicKind::Int8: return "int8";
    case BasicKind::Int16: return "int16";
    case BasicKind::Int32: return "int32";
    case BasicKind::Int64: return "int64";
    case BasicKind::Uint: return "uint";
    case BasicKind::Uint8: return "uint8";
    case BasicKind::Uint16: return "uint16";
    case BasicKind::Uint32: return "uint32";
    case BasicKind::Uint64: return "uint64";
    case BasicKind::Uintptr: return "uintptr";
    case BasicKind::Float32: return "float32";
    case BasicKind::Float64: return "float64";
    case BasicKind::Complex64: return "complex64";
    case BasicKind::Complex128: return "complex128";
    case BasicKind::String: return "string";
    default: return "";
  }
}

}  // namespace go2cpp::types
