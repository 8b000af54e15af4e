// Substitution, instances, type sets, satisfaction and unification (generic.h).
#include "types/generic.h"

#include <algorithm>

#include "types/components.h"
#include "types/predicates.h"

namespace go2cpp::types {

namespace {

// Deeper substitutions come only from instantiation cycles (type T[P any] struct{ f *T[[]P] });
// the checker reports those, this keeps the translator from recursing forever on them.
constexpr int kMaxDepth = 64;

}  // namespace

SubstMap make_subst(const std::vector<TypeParam*>& tparams, const std::vector<Type*>& targs) {
  SubstMap m;
  for (size_t i = 0; i < tparams.size() && i < targs.size(); ++i) m[tparams[i]] = targs[i];
  return m;
}

Type* Context::subst(Type* t, const SubstMap& m) { return subst_depth(t, m, 0); }

Type* Context::subst_depth(Type* t, const SubstMap& m, int depth) {
  if (t == nullptr || m.empty() || depth > kMaxDepth) return t;
  auto sub = [&](Type* x) { return subst_depth(x, m, depth + 1); };
  auto sub_var = [&](Var* v) -> Var* {
    Type* nt = sub(v->type);
    if (nt == v->type) return v;
    auto* c = arena_.make<Var>(*v);
    c->type = nt;
    return c;
  };
  auto sub_tuple = [&](Tuple* tup) -> Tuple* {
    if (tup == nullptr) return nullptr;
    std::vector<Var*> vars;
    bool changed = false;
    for (Var* v : tup->vars) {
      vars.push_back(sub_var(v));
      changed = changed || vars.back() != v;
    }
    if (!changed) return tup;
    auto* c = arena_.make<Tuple>();
    c->vars = std::move(vars);
    return c;
  };
  switch (t->kind) {
    case TypeKind::Basic:
      return t;
    case TypeKind::TypeParam: {
      auto it = m.find(t->as<TypeParam>());
      return it == m.end() ? t : it->second;
    }
    case TypeKind::Pointer: {
      Type* e = sub(t->as<Pointer>()->elem);
      return e == t->as<Pointer>()->elem ? t : arena_.make<Pointer>(e);
    }
    case TypeKind::Slice: {
      Type* e = sub(t->as<Slice>()->elem);
      return e == t->as<Slice>()->elem ? t : arena_.make<Slice>(e);
    }
    case TypeKind::Array: {
      const Array* a = t->as<Array>();
      Type* e = sub(a->elem);
      return e == a->elem ? t : arena_.make<Array>(e, a->len);
    }
    case TypeKind::Map: {
      const Map* mp = t->as<Map>();
      Type* k = sub(mp->key);
      Type* e = sub(mp->elem);
      return k == mp->key && e == mp->elem ? t : arena_.make<Map>(k, e);
    }
    case TypeKind::Chan: {
      const Chan* c = t->as<Chan>();
      Type* e = sub(c->elem);
      return e == c->elem ? t : arena_.make<Chan>(c->dir, e);
    }
    case TypeKind::Struct: {
      Struct* st = t->as<Struct>();
      std::vector<Var*> fields;
      bool changed = false;
      for (Var* f : st->fields) {
        fields.push_back(sub_var(f));
        changed = changed || fields.back() != f;
      }
      if (!changed) return t;
      auto* c = arena_.make<Struct>();
      c->fields = std::move(fields);
      c->tags = st->tags;
      return c;
    }
    case TypeKind::Tuple:
      return sub_tuple(t->as<Tuple>());
    case TypeKind::Signature: {
      Signature* sig = t->as<Signature>();
      Tuple* params = sub_tuple(sig->params);
      Tuple* results = sub_tuple(sig->results);
      Var* recv = sig->recv ? sub_var(sig->recv) : nullptr;
      if (params == sig->params && results == sig->results && recv == sig->recv) return t;
      auto* c = arena_.make<Signature>();
      c->recv = recv;
      c->params = params;
      c->results = results;
      c->variadic = sig->variadic;
      for (TypeParam* tp : sig->tparams) {
        if (!m.count(tp)) c->tparams.push_back(tp);
      }
      return c;
    }
    case TypeKind::Interface: {
      Interface* it = t->as<Interface>();
      bool changed = false;
      std::vector<Func*> all;
      for (Func* f : it->all_methods) {
        Type* ft = sub(f->type);
        if (ft == f->type) {
          all.push_back(f);
          continue;
        }
        auto* c = arena_.make<Func>(*f);
        c->type = ft;
        all.push_back(c);
        changed = true;
      }
      std::vector<Term> terms;
      for (const Term& term : it->terms) {
        terms.push_back({term.tilde, sub(term.type)});
        changed = changed || terms.back().type != term.type;
      }
      if (!changed) return t;
      auto* c = arena_.make<Interface>(*it);
      c->all_methods = all;
      c->methods = all;
      c->embeddeds.clear();
      c->unions.clear();
      c->terms = terms;
      return c;
    }
    case TypeKind::Named: {
      Named* n = t->as<Named>();
      const std::vector<Type*>* args = nullptr;
      std::vector<Type*> own;
      if (!n->targs.empty()) {
        args = &n->targs;
      } else if (!n->tparams.empty()) {
        own.assign(n->tparams.begin(), n->tparams.end());  // the generic type in its own methods
        args = &own;
      }
      if (args == nullptr) return t;
      std::vector<Type*> targs;
      bool changed = false;
      for (Type* a : *args) {
        targs.push_back(sub(a));
        changed = changed || targs.back() != a;
      }
      if (!changed) return t;
      return instantiate(n->orig ? n->orig : n, targs);
    }
  }
  return t;
}

Named* Context::instantiate(Named* orig, const std::vector<Type*>& targs) {
  bool own = targs.size() == orig->tparams.size();
  for (size_t i = 0; own && i < targs.size(); ++i) own = targs[i] == orig->tparams[i];
  if (own) return orig;
  std::vector<Named*>& list = by_orig_[orig];
  for (Named* inst : list) {
    bool same = inst->targs.size() == targs.size();
    for (size_t i = 0; same && i < targs.size(); ++i) same = identical(inst->targs[i], targs[i]);
    if (same) return inst;
  }
  auto* inst = arena_.make<Named>();
  inst->obj = orig->obj;
  inst->orig = orig;
  inst->targs = targs;
  inst->underlying = orig->underlying;  // replaced by expand()
  list.push_back(inst);
  instances_.push_back(inst);
  if (std::find(declaring_.begin(), declaring_.end(), orig) == declaring_.end()) expand(inst);
  return inst;
}

void Context::end_declaring(Named* orig) {
  declaring_.erase(std::remove(declaring_.begin(), declaring_.end(), orig), declaring_.end());
  for (Named* inst : by_orig_[orig]) {
    if (!inst->expanded) expand(inst);
  }
}

void Context::expand(Named* inst) {
  if (inst->expanded) return;
  inst->expanded = true;
  SubstMap m = make_subst(inst->orig->tparams, inst->targs);
  Type* u = subst(inst->orig->underlying, m);
  if (u == inst->orig->underlying && u->kind == TypeKind::Struct) {
    // T[_ any] struct{...} not using its parameter: each instance still gets a struct of its own
    // (the emitter defines one C++ struct per instance).
    u = arena_.make<Struct>(*u->as<Struct>());
  }
  inst->underlying = u->kind == TypeKind::Named ? inst->orig->underlying : u;
}

const std::vector<Func*>& Context::methods(Named* n) {
  if (n->orig == nullptr) return n->methods;
  if (!n->expanded) expand(n);
  const std::vector<Func*>& generic = n->orig->methods;
  if (n->methods.size() < generic.size()) {
    SubstMap m = make_subst(n->orig->tparams, n->targs);
    for (size_t i = n->methods.size(); i < generic.size(); ++i) {
      Func* g = generic[i];
      auto* f = arena_.make<Func>(*g);
      f->origin = g;
      f->type = g->type ? subst(g->type, m) : nullptr;
      n->methods.push_back(f);
    }
  }
  return n->methods;
}

bool has_type_params(const Type* t) {
  if (t == nullptr) return false;
  if (t->kind == TypeKind::TypeParam) return true;
  // The generic type itself, in its methods.
  if (t->kind == TypeKind::Named && !t->as<Named>()->tparams.empty()) return true;
  bool found = false;
  for_each_component(t, [&](const Type* c) { found = found || has_type_params(c); });
  return found;
}

const Interface* constraint_interface(const Type* constraint) {
  if (constraint == nullptr) return nullptr;
  return under(constraint)->as<Interface>();
}

Type* core_type(const TypeParam* tp) {
  const Interface* it = constraint_interface(tp->constraint);
  if (it == nullptr || it->terms.empty()) return nullptr;
  Type* core = nullptr;
  for (const Term& term : it->terms) {
    Type* u = under(term.type);
    if (u->kind == TypeKind::TypeParam) return nullptr;
    if (core == nullptr) {
      core = u;
    } else if (!identical(core, u)) {
      return nullptr;
    }
  }
  return core;
}

std::string terms_string(const std::vector<Term>& terms, const Package* local) {
  std::string s;
  for (size_t i = 0; i < terms.size(); ++i) {
    if (i) s += " | ";
    if (terms[i].tilde) s += "~";
    s += type_string(terms[i].type, local);
  }
  return s;
}

namespace {

bool in_terms(const Type* t, const std::vector<Term>& terms) {
  for (const Term& term : terms) {
    if (term.tilde ? identical(under(t), under(term.type)) : identical(t, term.type)) return true;
  }
  return false;
}

}  // namespace

bool satisfies(Type* targ, Type* constraint, std::string* cause, const Package* local) {
  const Interface* it = constraint_interface(constraint);
  if (it == nullptr) return true;
  std::string V = type_string(targ, local);
  std::string T = type_string(constraint, local);
  const TypeParam* tp = targ->as<TypeParam>();
  const Interface* tp_it = tp ? constraint_interface(tp->constraint) : nullptr;
  // Methods.
  for (const Func* m : it->all_methods) {
    bool found = false;
    bool wrong = false;
    if (tp_it != nullptr) {
      for (const Func* have : tp_it->all_methods) {
        if (have->name == m->name) {
          found = identical(have->type, m->type);
          wrong = !found;
        }
      }
    } else {
      const Type* base = targ;
      bool ptr = false;
      if (const Pointer* p = targ->as<Pointer>()) {
        base = p->elem;
        ptr = true;
      }
      if (const Interface* ti = under(targ)->as<Interface>()) {
        for (const Func* have : ti->all_methods) {
          if (have->name == m->name) {
            found = identical(have->type, m->type);
            wrong = !found;
          }
        }
      } else if (const Named* n = base->as<Named>()) {
        for (const Func* have : n->methods) {
          if (have->name != m->name) continue;
          const Signature* hs = have->sig();
          bool ptr_recv = hs && hs->recv && hs->recv->type->kind == TypeKind::Pointer;
          if (ptr_recv && !ptr) {
            if (cause) {
              *cause = V + " does not implement " + T + " (" + m->name +
                       " method has pointer receiver)";
            }
            return false;
          }
          Signature bare;
          if (hs) {
            bare.params = hs->params;
            bare.results = hs->results;
            bare.variadic = hs->variadic;
          }
          found = hs && identical(&bare, m->type);
          wrong = !found;
        }
      }
    }
    if (!found) {
      if (cause) {
        *cause = V + " does not implement " + T + " (" +
                 (wrong ? "wrong type for method " + m->name + ")" : "missing " + m->name + " method)");
      }
      return false;
    }
  }
  // Comparability (gc 1.19: interfaces are not strictly comparable).
  if (it->is_comparable) {
    bool ok;
    if (tp_it != nullptr) {
      ok = tp_it->is_comparable;
      if (!ok && !tp_it->terms.empty()) {
        ok = true;
        for (const Term& term : tp_it->terms) ok = ok && comparable(term.type);
      }
    } else {
      ok = comparable(targ) && !is_interface(targ);
    }
    if (!ok) {
      if (cause) *cause = V + " does not implement comparable";
      return false;
    }
  }
  // Type terms.
  if (it->has_type_set) {
    if (tp_it != nullptr) {
      bool ok = !tp_it->terms.empty();
      for (const Term& term : tp_it->terms) {
        bool in = false;
        for (const Term& c : it->terms) {
          if (c.tilde ? identical(under(term.type), under(c.type))
                      : (!term.tilde && identical(term.type, c.type))) {
            in = true;
          }
        }
        ok = ok && in;
      }
      if (!ok) {
        if (cause) *cause = V + " does not implement " + T;
        return false;
      }
    } else if (!in_terms(targ, it->terms)) {
      if (cause) {
        std::string alt;
        for (const Term& c : it->terms) {
          if (!c.tilde && identical(under(targ), c.type)) alt = "~" + type_string(c.type, local);
        }
        if (!alt.empty()) {
          *cause = V + " does not implement " + T + " (possibly missing ~ for " +
                   type_string(under(targ), local) + " in constraint " + T + ")";
        } else {
          *cause = V + " does not implement " + T + " (" + V + " missing in " +
                   terms_string(it->terms, local) + ")";
        }
      }
      return false;
    }
  }
  return true;
}

bool unify(Type* p, Type* a, const std::vector<TypeParam*>& tparams, SubstMap& bound) {
  if (p == nullptr || a == nullptr) return false;
  if (TypeParam* tp = p->as<TypeParam>()) {
    if (std::find(tparams.begin(), tparams.end(), tp) != tparams.end()) {
      auto it = bound.find(tp);
      if (it == bound.end()) {
        bound[tp] = a;
        return true;
      }
      if (identical(it->second, a)) return true;
      // Inexact: a named type and a literal with its underlying type unify; keep the named.
      if (it->second->kind != TypeKind::Named && a->kind == TypeKind::Named &&
          identical(it->second, under(a))) {
        it->second = a;
        return true;
      }
      return a->kind != TypeKind::Named && it->second->kind == TypeKind::Named &&
             identical(under(it->second), a);
    }
  }
  if (!has_type_params(p)) return true;  // assignability is checked afterwards
  // Inexact unification: a named argument against a literal parameter type uses its underlying.
  if (a->kind == TypeKind::Named && p->kind != TypeKind::Named) a = under(a);
  if (p->kind != a->kind) return false;
  switch (p->kind) {
    case TypeKind::Pointer:
      return unify(p->as<Pointer>()->elem, a->as<Pointer>()->elem, tparams, bound);
    case TypeKind::Slice:
      return unify(p->as<Slice>()->elem, a->as<Slice>()->elem, tparams, bound);
    case TypeKind::Array:
      return p->as<Array>()->len == a->as<Array>()->len &&
             unify(p->as<Array>()->elem, a->as<Array>()->elem, tparams, bound);
    case TypeKind::Chan:
      return unify(p->as<Chan>()->elem, a->as<Chan>()->elem, tparams, bound);
    case TypeKind::Map:
      return unify(p->as<Map>()->key, a->as<Map>()->key, tparams, bound) &&
             unify(p->as<Map>()->elem, a->as<Map>()->elem, tparams, bound);
    case TypeKind::Signature: {
      const Signature* ps = p->as<Signature>();
      const Signature* as = a->as<Signature>();
      if (ps->params->size() != as->params->size() || ps->results->size() != as->results->size() ||
          ps->variadic != as->variadic) {
        return false;
      }
      for (size_t i = 0; i < ps->params->size(); ++i) {
        if (!unify(ps->params->vars[i]->type, as->params->vars[i]->type, tparams, bound)) return false;
      }
      for (size_t i = 0; i < ps->results->size(); ++i) {
        if (!unify(ps->results->vars[i]->type, as->results->vars[i]->type, tparams, bound)) return false;
      }
      return true;
    }
    case TypeKind::Struct: {
      const Struct* ps = p->as<Struct>();
      const Struct* as = a->as<Struct>();
      if (ps->fields.size() != as->fields.size()) return false;
      for (size_t i = 0; i < ps->fields.size(); ++i) {
        if (ps->fields[i]->name != as->fields[i]->name ||
            !unify(ps->fields[i]->type, as->fields[i]->type, tparams, bound)) {
          return false;
        }
      }
      return true;
    }
    case TypeKind::Named: {
      const Named* pn = p->as<Named>();
      const Named* an = a->as<Named>();
      const Named* po = pn->orig ? pn->orig : pn;
      const Named* ao = an->orig ? an->orig : an;
      if (po != ao) return false;
      std::vector<Type*> pargs = pn->targs;
      if (pargs.empty()) pargs.assign(pn->tparams.begin(), pn->tparams.end());
      std::vector<Type*> aargs = an->targs;
      if (aargs.empty()) aargs.assign(an->tparams.begin(), an->tparams.end());
      if (pargs.size() != aargs.size()) return false;
      for (size_t i = 0; i < pargs.size(); ++i) {
        if (!unify(pargs[i], aargs[i], tparams, bound)) return false;
      }
      return true;
    }
    default:
      return true;
  }
}

}  // namespace go2cpp::types
