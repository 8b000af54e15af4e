// for_each_component: the one walk over a type's structure that the checker and the emitter
// share. It calls `visit` on each type a type is built from, one level deep, in source order:
//   pointer, slice, array, chan  their element
//   map                          key, then element
//   struct                       each field's type
//   tuple                        each variable's type
//   signature                    the receiver's type (methods), the parameter tuple, the result tuple
//   interface                    each method's signature (the completed method set)
//   named                        its type arguments (not its underlying type: recursive types
//                                would make the walk endless)
//   basic, type parameter        nothing
// A caller recurses from `visit` itself, deciding what a leaf means and where to stop
// (has_type_params, collect_type_params, the emitter's tags_of and alias_refers_to).
#pragma once

#include "types/types.h"

namespace go2cpp::types {

template <class Visit>
void for_each_component(const Type* t, Visit&& visit) {
  if (t == nullptr) return;
  switch (t->kind) {
    case TypeKind::Pointer: visit(static_cast<const Type*>(t->as<Pointer>()->elem)); return;
    case TypeKind::Slice: visit(static_cast<const Type*>(t->as<Slice>()->elem)); return;
    case TypeKind::Array: visit(static_cast<const Type*>(t->as<Array>()->elem)); return;
    case TypeKind::Chan: visit(static_cast<const Type*>(t->as<Chan>()->elem)); return;
    case TypeKind::Map:
      visit(static_cast<const Type*>(t->as<Map>()->key));
      visit(static_cast<const Type*>(t->as<Map>()->elem));
      return;
    case TypeKind::Struct:
      for (const Var* f : t->as<Struct>()->fields) visit(static_cast<const Type*>(f->type));
      return;
    case TypeKind::Tuple:
      for (const Var* v : t->as<Tuple>()->vars) visit(static_cast<const Type*>(v->type));
      return;
    case TypeKind::Signature: {
      const Signature* s = t->as<Signature>();
      if (s->recv != nullptr) visit(static_cast<const Type*>(s->recv->type));
      visit(static_cast<const Type*>(s->params));
      visit(static_cast<const Type*>(s->results));
      return;
    }
    case TypeKind::Interface:
      for (const Func* m : t->as<Interface>()->all_methods) visit(static_cast<const Type*>(m->type));
      return;
    case TypeKind::Named:
      for (const Type* a : t->as<Named>()->targs) visit(a);
      return;
    default:
      return;
  }
}

}  // namespace go2cpp::types
