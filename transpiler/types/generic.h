// Generics: substituting type arguments for type parameters, instances of generic types (cached,
// so List[int] is one Named wherever it is written), type sets of constraints, constraint
// satisfaction and the unification that function argument type inference runs on. The checker
// uses this to check generic code once, against its constraints; the emitter uses the same
// substitution to stencil one copy of a generic function or type per instantiation.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "types/types.h"

namespace go2cpp::types {

using SubstMap = std::unordered_map<const TypeParam*, Type*>;

// Maps tparams[i] to targs[i].
SubstMap make_subst(const std::vector<TypeParam*>& tparams, const std::vector<Type*>& targs);

class Context {
 public:
  explicit Context(Arena& arena) : arena_(arena) {}

  // t with every type parameter in m replaced; t itself when nothing changes.
  Type* subst(Type* t, const SubstMap& m);
  // The instance orig[targs]; orig itself when targs are orig's own type parameters.
  Named* instantiate(Named* orig, const std::vector<Type*>& targs);
  // Called by the checker while a generic type's declaration is being resolved, and when it is
  // complete: instances made meanwhile are expanded then.
  void begin_declaring(Named* orig) { declaring_.push_back(orig); }
  void end_declaring(Named* orig);
  // Every instance made so far, in creation order (the emitter stencils the concrete ones).
  const std::vector<Named*>& instances() const { return instances_; }
  // The instance's methods, substituted (methods may be attached to the generic type after the
  // instance was made, so this syncs on each call).
  const std::vector<Func*>& methods(Named* n);
  Arena& arena() { return arena_; }

 private:
  void expand(Named* inst);
  Type* subst_depth(Type* t, const SubstMap& m, int depth);
  Arena& arena_;
  std::unordered_map<const Named*, std::vector<Named*>> by_orig_;
  std::vector<Named*> instances_;
  std::vector<Named*> declaring_;
};

// Whether t mentions any type parameter.
bool has_type_params(const Type* t);

// The interface of a constraint type (a Named interface or an interface literal); null if none.
const Interface* constraint_interface(const Type* constraint);
// The core type of a type parameter: the one underlying type all of its type set's terms share,
// or null (no terms, or terms with different underlying types).
Type* core_type(const TypeParam* tp);

// Whether type argument targ satisfies constraint; on failure *cause gets gc's explanation
// ("string does not implement Number (string missing in ~int | ~float64)").
bool satisfies(Type* targ, Type* constraint, std::string* cause, const Package* local);

// The terms of a type set, as gc prints them ("~int | ~float64").
std::string terms_string(const std::vector<Term>& terms, const Package* local);

// Unifies parameter type p with argument type a, binding the type parameters of `tparams` in
// `bound`. Inexact as gc's: a named type unifies with a type literal through its underlying
// type. Returns false on a mismatch.
bool unify(Type* p, Type* a, const std::vector<TypeParam*>& tparams, SubstMap& bound);

}  // namespace go2cpp::types
