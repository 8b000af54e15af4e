// The checker's side of generics: type parameter lists and their constraints, instantiation of
// generic types (List[int]) and functions (Map[int, string]), function argument type inference
// as Go 1.19 runs it, and constraint satisfaction, with types2's wording. Generic bodies are
// checked once, against their constraints (predicates.cpp decides operators term by term).
#include <optional>

#include "types/checker.h"
#include "types/components.h"

namespace go2cpp::types {

namespace {

std::vector<Term> intersect(const std::vector<Term>& a, const std::vector<Term>& b) {
  std::vector<Term> out;
  for (const Term& x : a) {
    for (const Term& y : b) {
      if (x.tilde && y.tilde) {
        if (identical(x.type, y.type)) out.push_back(x);
      } else if (x.tilde) {
        if (identical(under(y.type), x.type)) out.push_back(y);
      } else if (y.tilde) {
        if (identical(under(x.type), y.type)) out.push_back(x);
      } else if (identical(x.type, y.type)) {
        out.push_back(x);
      }
    }
  }
  return out;
}

}  // namespace

// Called by complete_interface: the type set's terms from the interface's unions and embedded
// constraint interfaces (their intersection).
void compute_type_set(Interface* it) {
  std::optional<std::vector<Term>> set;
  auto add = [&](const std::vector<Term>& terms) {
    set = set ? intersect(*set, terms) : terms;
  };
  for (const std::vector<Term>& u : it->unions) add(u);
  for (Type* e : it->embeddeds) {
    const Interface* ei = under(e)->as<Interface>();
    if (ei != nullptr && ei->has_type_set) add(ei->terms);
  }
  if (set) {
    it->terms = *set;
    it->has_type_set = true;
  }
}

std::vector<Term> Checker::union_terms(const Expr* e) {
  if (const BinaryExpr* b = e->as<BinaryExpr>(); b && b->op == Op::Or) {
    std::vector<Term> terms = union_terms(b->x);
    for (const Term& t : union_terms(b->y)) terms.push_back(t);
    return terms;
  }
  bool saved = in_constraint_;
  in_constraint_ = true;
  std::vector<Term> out;
  if (const UnaryExpr* u = e->as<UnaryExpr>(); u && u->op == Op::Tilde) {
    Type* t = type_expr(u->x);
    if (!is_invalid(t)) {
      if (!identical(t, under(t))) {
        error(e, "invalid use of ~ (underlying type of " + tstr(t) + " is " + tstr(under(t)) + ")");
      } else {
        out.push_back({true, t});
      }
    }
  } else {
    Type* t = type_expr(e);
    if (const Interface* it = under(t)->as<Interface>()) {
      if (!it->all_methods.empty()) {
        error(e, "cannot use " + expr_str(e) + " in union (" + expr_str(e) +
                     " contains methods)");
      } else if (it->has_type_set) {
        out = it->terms;  // a constraint interface in a union contributes its terms
      }
    } else if (!is_invalid(t)) {
      out.push_back({false, t});
    }
  }
  in_constraint_ = saved;
  return out;
}

Type* Checker::constraint_type(const Expr* e) {
  if (e->is<BinaryExpr>() || e->is<UnaryExpr>()) {
    auto* it = arena_.make<Interface>();
    it->implicit = true;
    it->unions.push_back(union_terms(e));
    complete_interface(it);
    record_type(e, it);
    return it;
  }
  bool saved = in_constraint_;
  in_constraint_ = true;
  Type* t = type_expr(e);
  in_constraint_ = saved;
  if (is_invalid(t) || under(t)->kind == TypeKind::Interface) return t;
  // [T int]: an implicit interface{ int }.
  auto* it = arena_.make<Interface>();
  it->implicit = true;
  it->unions.push_back({Term{false, t}});
  complete_interface(it);
  return it;
}

std::vector<TypeParam*> Checker::declare_type_params(const FieldList& list, Scope* scope) {
  std::vector<TypeParam*> tparams;
  for (const Field* f : list.list) {
    for (Ident* name : f->names) {
      auto* tn = arena_.make<TypeName>(name->name);
      tn->pos = name->pos;
      tn->pkg = pkg_;
      auto* tp = arena_.make<TypeParam>();
      tp->obj = tn;
      tp->index = static_cast<int>(tparams.size());
      tp->constraint = universe_.any_type();
      tn->type = tp;
      declare(scope, name, tn);
      tparams.push_back(tp);
    }
  }
  Scope* saved = scope_;
  scope_ = scope;
  size_t i = 0;
  for (const Field* f : list.list) {
    Type* c = constraint_type(f->type);
    for (size_t k = 0; k < f->names.size(); ++k) tparams[i++]->constraint = c;
  }
  scope_ = saved;
  return tparams;
}

namespace {

void collect_type_params(const Type* t, std::vector<const TypeParam*>& out) {
  if (t == nullptr) return;
  if (t->kind == TypeKind::TypeParam) {
    out.push_back(t->as<TypeParam>());
    return;
  }
  for_each_component(t, [&](const Type* c) { collect_type_params(c, out); });
}

}  // namespace

// types2's monomorphization check: instantiating a type parameter's own function or type with a
// type argument built from that type parameter ([]T) would stencil forever.
void Checker::record_mono_edges(const std::vector<TypeParam*>& tparams,
                                const std::vector<Type*>& targs, Pos pos) {
  for (size_t j = 0; j < tparams.size() && j < targs.size(); ++j) {
    std::vector<const TypeParam*> used;
    collect_type_params(targs[j], used);
    for (const TypeParam* p : used) {
      mono_edges_.push_back({p, tparams[j], targs[j] != p, targs[j], pos});
    }
  }
}

void Checker::check_instantiation_cycles() {
  // A cycle through an edge that wraps its type parameter (weight 1) grows without bound.
  for (const MonoEdge& e : mono_edges_) {
    if (!e.grows) continue;
    std::vector<const TypeParam*> stack{e.to};
    std::set<const TypeParam*> seen{e.to};
    bool cycle = false;
    while (!stack.empty() && !cycle) {
      const TypeParam* v = stack.back();
      stack.pop_back();
      if (v == e.from) {
        cycle = true;
        break;
      }
      for (const MonoEdge& f : mono_edges_) {
        if (f.from == v && seen.insert(f.to).second) stack.push_back(f.to);
      }
    }
    if (cycle) {
      std::string where = config_.files ? config_.files->format(e.pos) : "";
      error(e.from->obj->pos, "instantiation cycle:\n\t" + where + ": " + e.from->obj->name +
                                  " instantiated as " + tstr(e.targ));
      return;
    }
  }
}

void Checker::record_instance(const Expr* fn_expr, const std::vector<Type*>& targs, Type* type) {
  const Ident* id = fn_expr->as<Ident>();
  if (const SelectorExpr* se = fn_expr->as<SelectorExpr>()) id = se->sel;
  if (id != nullptr) info_.instances[id] = Instance{targs, type};
}

bool Checker::verify_targs(const std::vector<TypeParam*>& tparams, const std::vector<Type*>& targs,
                           const std::vector<Pos>& positions) {
  SubstMap m = make_subst(tparams, targs);
  for (size_t i = 0; i < tparams.size() && i < targs.size(); ++i) {
    Type* c = ctx().subst(tparams[i]->constraint, m);
    std::string cause;
    if (!satisfies(targs[i], c, &cause, pkg_)) {
      error(i < positions.size() ? positions[i] : positions.back(), cause);
      return false;
    }
  }
  return true;
}

Type* Checker::instantiate_type(const IndexExpr* e, Type* generic) {
  Type* invalid = universe_.basic(BasicKind::Invalid);
  Named* orig = generic->as<Named>();
  if (orig == nullptr || orig->tparams.empty()) {
    error(e->x, tstr(generic) + " is not a generic type");
    use_exprs(e->indices);
    return invalid;
  }
  std::vector<Type*> targs;
  std::vector<Pos> positions;
  for (const Expr* a : e->indices) {
    targs.push_back(type_expr(a));
    positions.push_back(a->pos);
    if (is_invalid(targs.back())) return invalid;
  }
  if (targs.size() != orig->tparams.size()) {
    error(e->indices.size() > orig->tparams.size() ? e->indices[orig->tparams.size()]->pos : e->pos,
          "got " + std::to_string(targs.size()) + " arguments but " +
              std::to_string(orig->tparams.size()) + " type parameters");
    return invalid;
  }
  // Constraints are checked once the generic type is complete (it may be instantiated inside
  // its own declaration, before its constraints are known).
  if (!verify_targs(orig->tparams, targs, positions)) return invalid;
  record_mono_edges(orig->tparams, targs, e->pos);
  Named* inst = ctx().instantiate(orig, targs);
  record_instance(e->x, targs, inst);
  return inst;
}

void Checker::func_instance(Operand& x, const IndexExpr* e) {
  Signature* sig = x.type->as<Signature>();
  std::vector<Type*> targs;
  for (const Expr* a : e->indices) {
    targs.push_back(type_expr(a));
    if (is_invalid(targs.back())) {
      x.mode = Mode::Invalid;
      return;
    }
  }
  if (targs.size() > sig->tparams.size()) {
    error(e->indices[sig->tparams.size()], "got " + std::to_string(targs.size()) +
                                               " type arguments but want " +
                                               std::to_string(sig->tparams.size()));
    x.mode = Mode::Invalid;
    return;
  }
  if (targs.size() < sig->tparams.size()) {
    error(e, "cannot use generic function " + expr_str(e->x) + " without instantiation");
    x.mode = Mode::Invalid;
    return;
  }
  std::vector<Pos> positions;
  for (const Expr* a : e->indices) positions.push_back(a->pos);
  if (!verify_targs(sig->tparams, targs, positions)) {
    x.mode = Mode::Invalid;
    return;
  }
  record_mono_edges(sig->tparams, targs, e->pos);
  Type* inst = ctx().subst(sig, make_subst(sig->tparams, targs));
  record_instance(e->x, targs, inst);
  record_value(e->x, inst);
  x.mode = Mode::Value;
  x.type = inst;
  x.expr = e;
}

Signature* Checker::infer_call(const CallExpr* e, const Expr* fn_expr, Signature* generic,
                               std::vector<Type*> targs, std::vector<Operand>& args) {
  const std::vector<TypeParam*>& tparams = generic->tparams;
  SubstMap bound;
  for (size_t i = 0; i < targs.size(); ++i) bound[tparams[i]] = targs[i];
  size_t nparams = generic->params->size();
  auto param_type = [&](size_t i) -> Type* {
    if (generic->variadic && i + 1 >= nparams && !e->has_ellipsis) {
      return generic->params->vars[nparams - 1]->type->as<Slice>()->elem;
    }
    return i < nparams ? generic->params->vars[i]->type : nullptr;
  };
  auto params_string = [&] {
    std::string s;
    for (size_t i = 0; i < tparams.size(); ++i) s += (i ? ", " : "") + tparams[i]->obj->name;
    return s;
  };
  auto mismatch = [&](const char* kind, Type* par, Type* targ, const Operand& arg) {
    if (bound.empty()) {
      error(arg.expr, std::string(kind) + " " + tstr(targ) + " of " + expr_str(arg.expr) +
                          " does not match " + tstr(par) + " (cannot infer " + params_string() +
                          ")");
      return;
    }
    Type* inferred = ctx().subst(par, bound);
    if (inferred != par) {
      error(arg.expr, std::string(kind) + " " + tstr(targ) + " of " + expr_str(arg.expr) +
                          " does not match inferred type " + tstr(inferred) + " for " +
                          tstr(par));
    } else {
      error(arg.expr, std::string(kind) + " " + tstr(targ) + " of " + expr_str(arg.expr) +
                          " does not match " + tstr(par));
    }
  };
  // Constraint type inference: a type parameter whose constraint has a core type (~[]E) is
  // unified with it, inferring E from S or S from E.
  auto constraint_inference = [&] {
    for (int round = 0; round < 8; ++round) {
      bool progress = false;
      for (TypeParam* tp : tparams) {
        const Interface* it = constraint_interface(tp->constraint);
        if (it == nullptr || it->terms.size() != 1) continue;
        const Term& term = it->terms[0];
        auto have = bound.find(tp);
        size_t before = bound.size();
        if (have != bound.end()) {
          Type* arg = term.tilde ? under(have->second) : have->second;
          unify(term.type, arg, tparams, bound);
        } else if (has_type_params(term.type)) {
          Type* core = ctx().subst(term.type, bound);
          if (!has_type_params(core)) {
            bound[tp] = core;
          }
        } else {
          bound[tp] = term.type;
        }
        progress = progress || bound.size() != before;
      }
      if (!progress) break;
    }
  };
  std::vector<size_t> untyped;
  for (size_t i = 0; i < args.size(); ++i) {
    Type* pt = param_type(i);
    if (pt == nullptr || !has_type_params(pt)) continue;
    const Operand& a = args[i];
    if (a.invalid()) continue;
    if (!is_untyped(a.type)) {
      if (!unify(pt, a.type, tparams, bound)) {
        mismatch("type", pt, a.type, a);
        return nullptr;
      }
    } else if (pt->kind == TypeKind::TypeParam) {
      untyped.push_back(i);
    }
  }
  constraint_inference();
  SubstMap before_defaults = bound;
  for (size_t i : untyped) {
    TypeParam* tp = param_type(i)->as<TypeParam>();
    if (before_defaults.count(tp)) continue;
    Type* d = default_type(args[i].type, universe_);
    if (is_untyped(d)) continue;  // untyped nil
    if (auto have = bound.find(tp); have != bound.end() && !identical(have->second, d)) {
      mismatch("default type", tp, d, args[i]);
      return nullptr;
    }
    bound[tp] = d;
  }
  constraint_inference();
  std::vector<Type*> all;
  for (TypeParam* tp : tparams) {
    auto it = bound.find(tp);
    if (it == bound.end()) {
      std::string where = config_.files ? config_.files->format(tp->obj->pos) : "";
      if (auto slash = where.rfind('/'); slash != std::string::npos) where = where.substr(slash + 1);
      error(e->lparen.valid() ? e->lparen : e->pos, "cannot infer " + tp->obj->name + " (" + where + ")");
      return nullptr;
    }
    all.push_back(it->second);
  }
  std::vector<Pos> positions(tparams.size(), e->lparen.valid() ? e->lparen : fn_expr->pos);
  if (const IndexExpr* ix = e->fun->as<IndexExpr>()) {
    for (size_t i = 0; i < ix->indices.size() && i < positions.size(); ++i) {
      positions[i] = ix->indices[i]->pos;
    }
  }
  if (!verify_targs(tparams, all, positions)) return nullptr;
  record_mono_edges(tparams, all, fn_expr->pos);
  auto* inst = ctx().subst(generic, make_subst(tparams, all))->as<Signature>();
  record_instance(fn_expr, all, inst);
  return inst;
}

}  // namespace go2cpp::types
