// Assignability (the spec's rules, including interface implementation and untyped constants),
// assignments, := declarations, multi-value and comma-ok forms, with gc's messages.
#include "types/checker.h"

namespace go2cpp::types {

bool Checker::implements(Type* t, Interface* iface, std::string* missing) {
  complete_interface(iface);
  if (Interface* ti = under(t)->as<Interface>()) {
    complete_interface(ti);
    for (Func* m : iface->all_methods) {
      Func* have = nullptr;
      for (Func* f : ti->all_methods) {
        if (f->name == m->name) have = f;
      }
      if (have == nullptr) {
        if (missing) *missing = "(missing " + m->name + " method)";
        return false;
      }
      if (!identical(have->type, m->type)) {
        if (missing) *missing = "(wrong type for " + m->name + " method)";
        return false;
      }
    }
    return true;
  }
  for (Func* m : iface->all_methods) {
    std::vector<int> path;
    bool indirect = false;
    Object* obj = lookup_field_or_method(t, false, m->name, path, indirect);
    Func* have = obj ? obj->as<Func>() : nullptr;
    if (have == nullptr) {
      if (missing) *missing = "(missing " + m->name + " method)";
      return false;
    }
    Signature* hs = have->sig();
    // A pointer-receiver method is in the method set of *T only (or reached through an embedded
    // pointer).
    bool ptr_recv = hs->recv != nullptr && hs->recv->type->kind == TypeKind::Pointer;
    if (ptr_recv && t->kind != TypeKind::Pointer && !indirect) {
      if (missing) *missing = "(" + m->name + " method has pointer receiver)";
      return false;
    }
    Signature* ms = m->sig();
    bool same = hs->variadic == ms->variadic && identical(hs->params, ms->params) &&
                identical(hs->results, ms->results);
    if (!same) {
      if (missing) {
        *missing = "(wrong type for " + m->name + " method)\n\t\thave " + m->name +
                   type_string(hs, pkg_).substr(4) + "\n\t\twant " + m->name +
                   type_string(ms, pkg_).substr(4);
      }
      return false;
    }
  }
  return true;
}

bool Checker::assignable(Operand& x, Type* T, std::string* reason) {
  if (x.invalid() || T == nullptr || is_invalid(T) || is_invalid(x.type)) return true;
  Type* V = x.type;
  if (identical(V, T)) return true;
  Type* Vu = under(V);
  Type* Tu = under(T);
  if (is_untyped(V)) {
    BasicKind vk = basic_kind(V);
    if (const Basic* tb = Tu->as<Basic>()) {
      if (x.mode == Mode::Constant) {
        Operand tmp = x;
        return representable(tmp, tb, nullptr);
      }
      if (vk == BasicKind::UntypedBool) return is_boolean(tb);
      if (vk == BasicKind::UntypedNil) return tb->basic == BasicKind::UnsafePointer;
      return is_numeric(tb) || (vk == BasicKind::UntypedString && is_string(tb));
    }
    if (Interface* ti = Tu->as<Interface>()) {
      if (vk == BasicKind::UntypedNil) return true;
      return implements(default_type(V, universe_), ti, reason);
    }
    return vk == BasicKind::UntypedNil && has_nil(Tu);
  }
  // Identical underlying types and at least one of V, T is not a named type (predeclared types
  // and type parameters have names: a string is not assignable to a defined string type).
  auto has_name = [](const Type* t) {
    return t->kind == TypeKind::Named || t->kind == TypeKind::Basic ||
           t->kind == TypeKind::TypeParam;
  };
  if (identical(Vu, Tu) && (!has_name(V) || !has_name(T))) {
    return true;
  }
  if (Interface* ti = Tu->as<Interface>()) {
    if (implements(V, ti, reason)) return true;
    if (reason && !reason->empty()) *reason = tstr(V) + " does not implement " + tstr(T) + " " + *reason;
    return false;
  }
  // A bidirectional channel assigned to a channel type with identical element type.
  if (const Chan* vc = Vu->as<Chan>()) {
    if (const Chan* tc = Tu->as<Chan>()) {
      if (vc->dir == ChanDir::Both && identical(vc->elem, tc->elem) &&
          (V->kind != TypeKind::Named || T->kind != TypeKind::Named)) {
        return true;
      }
    }
  }
  return false;
}

// Checks that x can be assigned to a T in `context` ("assignment", "argument to f", ...). An
// untyped x gets its final type: T, or its default type when T is nil (inferred) or an
// interface.
void Checker::assignment(Operand& x, Type* T, const std::string& context) {
  if (x.invalid()) return;
  switch (x.mode) {
    case Mode::Constant:
    case Mode::Variable:
    case Mode::MapIndex:
    case Mode::Value:
    case Mode::CommaOk:
      break;
    default:
      error(x.expr, "cannot assign " + operand_str(x) + " to " + (T ? tstr(T) : "_") + " in " +
                        context);
      x.mode = Mode::Invalid;
      return;
  }
  if (is_untyped(x.type)) {
    Type* target = T;
    bool is_nil = basic_kind(x.type) == BasicKind::UntypedNil;
    if (is_nil) {
      if (T == nullptr) {
        error(x.expr, "use of untyped nil in " + context);
        x.mode = Mode::Invalid;
        return;
      }
    } else if (T == nullptr || is_interface(T)) {
      target = default_type(x.type, universe_);
    }
    if (!is_invalid(target)) {
      Operand tmp = x;
      std::string reason;
      bool ok = true;
      if (const Basic* tb = under(target)->as<Basic>(); tb && x.mode == Mode::Constant) {
        if (!representable(tmp, tb, nullptr)) {
          ok = false;
          std::string msg = "cannot use " + operand_str(x) + " as " + tstr(target) + " value in " +
                            context;
          bool numeric = is_numeric(x.type) && is_numeric(tb);
          if (numeric) {
            if (is_integer(tb) && !x.val.is_int()) {
              msg += " (truncated)";
            } else {
              msg += " (overflows)";
            }
          }
          error(x.expr, msg);
          x.mode = Mode::Invalid;
          return;
        }
      } else if (!is_interface(target) && !assignable(tmp, target, &reason)) {
        ok = false;
      }
      if (!ok) {
        error(x.expr, "cannot use " + operand_str(x) + " as " + tstr(target) + " value in " +
                          context);
        x.mode = Mode::Invalid;
        return;
      }
      convert_untyped(x, target);
      if (x.invalid()) return;
    }
  }
  if (T == nullptr) return;
  std::string reason;
  if (!assignable(x, T, &reason)) {
    // gc 1.19's wording (types2 with compiler messages): "as type T", and a reason moves the
    // message onto two lines.
    std::string msg = "cannot use " + operand_str(x) + " as type " + tstr(T) + " in " + context;
    if (!reason.empty()) msg += ":\n\t" + reason;
    error(x.expr, msg);
    x.mode = Mode::Invalid;
  }
}

// The type of an assignment's left-hand side; null for the blank identifier. Assigning to a
// variable does not count as using it.
Type* Checker::lhs_var(const Expr* lhs, Operand* out) {
  const Expr* e = lhs;
  while (const ParenExpr* p = e->as<ParenExpr>()) e = p->x;
  if (const Ident* id = e->as<Ident>()) {
    if (id->name == "_") {
      info_.defs[id] = nullptr;
      record(lhs, Operand{});
      return nullptr;
    }
    Object* obj = scope_->lookup(id->name);
    if (Var* v = obj ? obj->as<Var>() : nullptr) {
      bool was_used = v->used;
      Operand x;
      expr(x, lhs);
      v->used = was_used;
      if (out) *out = x;
      return x.invalid() ? universe_.basic(BasicKind::Invalid) : x.type;
    }
  }
  Operand x;
  expr(x, lhs);
  if (out) *out = x;
  if (x.invalid()) return universe_.basic(BasicKind::Invalid);
  if (x.mode == Mode::Variable || x.mode == Mode::MapIndex) return x.type;
  if (const SelectorExpr* sel = e->as<SelectorExpr>()) {
    Operand base;
    auto it = info_.types.find(sel->x);
    if (it != info_.types.end() && it->second.mode == Mode::MapIndex) {
      error(lhs, "cannot assign to struct field " + expr_str(lhs) + " in map");
      return universe_.basic(BasicKind::Invalid);
    }
  }
  std::string what = operand_str(x);
  if (const IndexExpr* ix = e->as<IndexExpr>(); ix && is_string(info_.type_of(ix->x))) {
    error(lhs, "cannot assign to " + what + " (neither addressable nor a map index expression)");
  } else {
    error(lhs, "cannot assign to " + what + " (neither addressable nor a map index expression)");
  }
  return universe_.basic(BasicKind::Invalid);
}

void Checker::assign_var(const Expr* lhs, Operand& x) {
  Type* T = lhs_var(lhs, nullptr);
  if (x.invalid()) return;
  if (T == nullptr) {
    assignment(x, nullptr, "assignment");
    return;
  }
  if (is_invalid(T)) return;
  assignment(x, T, "assignment");
}

void Checker::assignment_mismatch(Pos pos, size_t nvars, size_t nvals, const Expr* call,
                                  bool vars_are_lhs) {
  (void)vars_are_lhs;
  auto measure = [](size_t n, const char* unit) {
    return std::to_string(n) + " " + unit + (n == 1 ? "" : "s");
  };
  std::string msg = "assignment mismatch: " + measure(nvars, "variable") + " but ";
  if (call != nullptr) {
    msg += expr_str(call->as<CallExpr>()->fun) + " returns " + measure(nvals, "value");
  } else {
    msg += measure(nvals, "value");
  }
  error(pos, msg);
}

void Checker::assign_stmt(const AssignStmt* s) {
  if (s->define) {
    short_var_decl(s);
    return;
  }
  if (s->op != Op::None) {
    // x op= y
    if (s->lhs.size() != 1 || s->rhs.size() != 1) {
      error(s, "assignment operation " + std::string(op_spelling(s->op)) +
                   "= requires single-valued expressions");
      return;
    }
    Operand x;
    binary(x, s->lhs[0], s->lhs[0], s->rhs[0], s->op, s->pos);
    if (x.invalid()) return;
    assign_var(s->lhs[0], x);
    return;
  }
  size_t nl = s->lhs.size(), nr = s->rhs.size();
  if (nl == 1 && nr == 1) {
    const Expr* r = s->rhs[0];
    while (const ParenExpr* p = r->as<ParenExpr>()) r = p->x;
    if (r->is<CallExpr>()) {
      std::vector<Operand> vals;
      multi_expr(vals, s->rhs[0]);
      if (vals.size() > 1) {
        lhs_var(s->lhs[0], nullptr);
        assignment_mismatch(s->rhs[0]->pos, 1, vals.size(), r, true);
        return;
      }
      Type* T = lhs_var(s->lhs[0], nullptr);
      if (!vals[0].invalid() && (T == nullptr || !is_invalid(T))) {
        assignment(vals[0], T, "assignment");
      }
      return;
    }
  }
  if (nl == nr) {
    for (size_t i = 0; i < nl; ++i) {
      Operand lhs_op;
      Type* T = lhs_var(s->lhs[i], &lhs_op);
      Operand x;
      expr_with_hint(x, s->rhs[i], T);
      if (x.invalid() || (T != nullptr && is_invalid(T))) continue;
      assignment(x, T, "assignment");
    }
    return;
  }
  if (nr == 1) {
    std::vector<Operand> vals;
    multi_expr(vals, s->rhs[0]);
    if (vals.size() == 1 && vals[0].invalid()) {
      for (const Expr* l : s->lhs) lhs_var(l, nullptr);
      return;
    }
    if (nl == 2 && vals.size() == 1 &&
        (vals[0].mode == Mode::MapIndex || vals[0].mode == Mode::CommaOk)) {
      // v, ok = m[k] / x.(T) / <-ch
      Operand& v = vals[0];
      Type* T0 = lhs_var(s->lhs[0], nullptr);
      if (T0 == nullptr || !is_invalid(T0)) assignment(v, T0, "assignment");
      Type* T1 = lhs_var(s->lhs[1], nullptr);
      Operand ok;
      ok.mode = Mode::Value;
      ok.expr = s->rhs[0];
      ok.type = universe_.basic(BasicKind::UntypedBool);
      if (T1 != nullptr && !is_invalid(T1)) {
        if (!is_boolean(T1)) {
          error(s->lhs[1], "cannot use " + expr_str(s->rhs[0]) + " (untyped bool value) as " +
                               tstr(T1) + " value in assignment");
        }
      }
      auto& tv = info_.types[s->rhs[0]];
      tv.mode = Mode::CommaOk;
      return;
    }
    if (vals.size() == nl) {
      for (size_t i = 0; i < nl; ++i) {
        Type* T = lhs_var(s->lhs[i], nullptr);
        if (T != nullptr && is_invalid(T)) continue;
        std::string reason;
        Operand v = vals[i];
        if (T != nullptr && !assignable(v, T, &reason)) {
          error(s->rhs[0], "cannot use " + expr_str(s->rhs[0]) + " (value of type " +
                               tstr(vals[i].type) + ") as " + tstr(T) + " value in assignment");
        }
      }
      return;
    }
    const Expr* rhs0 = s->rhs[0];
    while (const ParenExpr* p = rhs0->as<ParenExpr>()) rhs0 = p->x;
    assignment_mismatch(s->rhs[0]->pos, nl, vals.size(), rhs0->is<CallExpr>() ? rhs0 : nullptr,
                        true);
    return;
  }
  for (const Expr* l : s->lhs) lhs_var(l, nullptr);
  use_exprs(s->rhs);
  assignment_mismatch(s->rhs[0]->pos, nl, nr, nullptr, true);
}

void Checker::short_var_decl(const AssignStmt* s) {
  std::vector<Var*> lhs_vars;
  std::vector<Var*> new_vars;
  std::vector<const Ident*> new_idents;
  std::set<std::string> seen;
  bool ok = true;
  for (const Expr* l : s->lhs) {
    const Ident* id = l->as<Ident>();
    if (id == nullptr) {
      use_exprs({const_cast<Expr*>(l)});
      error(l, "non-name " + expr_str(l) + " on left side of :=");
      ok = false;
      lhs_vars.push_back(nullptr);
      continue;
    }
    if (id->name != "_" && !seen.insert(id->name).second) {
      error(l, id->name + " repeated on left side of :=");
      ok = false;
      lhs_vars.push_back(nullptr);
      continue;
    }
    Object* existing = id->name == "_" ? nullptr : scope_->lookup_local(id->name);
    if (existing != nullptr) {
      info_.uses[id] = existing;
      Var* v = existing->as<Var>();
      if (v == nullptr) {
        error(l, "cannot assign to " + id->name);
        ok = false;
      }
      lhs_vars.push_back(v);
      continue;
    }
    auto* v = arena_.make<Var>(id->name);
    v->pos = id->pos;
    v->pkg = pkg_;
    lhs_vars.push_back(v);
    new_vars.push_back(v);
    new_idents.push_back(id);
  }
  // Check the right-hand side with placeholder variables for the unusable entries.
  std::vector<Var*> targets;
  for (size_t i = 0; i < lhs_vars.size(); ++i) {
    if (lhs_vars[i] == nullptr) {
      auto* tmp = arena_.make<Var>("_");
      tmp->type = universe_.basic(BasicKind::Invalid);
      targets.push_back(tmp);
    } else {
      targets.push_back(lhs_vars[i]);
    }
  }
  init_vars(targets, s->rhs, s->pos, false);
  for (size_t i = 0; i < new_vars.size(); ++i) {
    declare(scope_, const_cast<Ident*>(new_idents[i]), new_vars[i]);
  }
  if (new_vars.empty() && ok) {
    bool all_blank = true;
    for (const Expr* l : s->lhs) {
      const Ident* id = l->as<Ident>();
      if (!id || id->name != "_") all_blank = false;
    }
    (void)all_blank;
    error(s, "no new variables on left side of :=");
  }
}

// Initializes lhs (new variables, whose type may still be null, or existing ones) from rhs.
void Checker::init_vars(const std::vector<Var*>& lhs, const std::vector<Expr*>& rhs, Pos pos,
                        bool is_decl_stmt) {
  (void)pos;
  const char* context = is_decl_stmt ? "variable declaration" : "assignment";
  auto init_var = [&](Var* v, Operand& x) {
    if (x.invalid()) {
      if (v->type == nullptr) v->type = universe_.basic(BasicKind::Invalid);
      return;
    }
    if (v->type == nullptr) {
      if (basic_kind(x.type) == BasicKind::UntypedNil) {
        error(x.expr, std::string("use of untyped nil in ") + context);
        v->type = universe_.basic(BasicKind::Invalid);
        return;
      }
      assignment(x, nullptr, context);
      v->type = x.invalid() ? universe_.basic(BasicKind::Invalid) : x.type;
      return;
    }
    if (is_invalid(v->type)) return;
    if (v->name == "_" && !is_decl_stmt && v->type == nullptr) {
      assignment(x, nullptr, context);
      return;
    }
    assignment(x, v->type, context);
  };
  size_t nl = lhs.size(), nr = rhs.size();
  if (nl == 1 && nr == 1) {
    // x := f() where f returns several values is an assignment mismatch, in gc's words.
    const Expr* r = rhs[0];
    while (const ParenExpr* p = r->as<ParenExpr>()) r = p->x;
    if (r->is<CallExpr>()) {
      std::vector<Operand> vals;
      multi_expr(vals, rhs[0]);
      if (vals.size() > 1) {
        if (lhs[0]->type == nullptr) lhs[0]->type = universe_.basic(BasicKind::Invalid);
        assignment_mismatch(rhs[0]->pos, 1, vals.size(), r, true);
        return;
      }
      init_var(lhs[0], vals[0]);
      return;
    }
  }
  if (nl == nr) {
    for (size_t i = 0; i < nl; ++i) {
      Operand x;
      expr_with_hint(x, rhs[i], lhs[i]->type);
      init_var(lhs[i], x);
    }
    return;
  }
  auto invalidate = [&]() {
    for (Var* v : lhs) {
      if (v->type == nullptr) v->type = universe_.basic(BasicKind::Invalid);
    }
  };
  if (nr == 1) {
    std::vector<Operand> vals;
    multi_expr(vals, rhs[0]);
    if (vals.size() == 1 && vals[0].invalid()) return invalidate();
    if (nl == 2 && vals.size() == 1 &&
        (vals[0].mode == Mode::MapIndex || vals[0].mode == Mode::CommaOk)) {
      init_var(lhs[0], vals[0]);
      Operand ok;
      ok.mode = Mode::Value;
      ok.expr = rhs[0];
      ok.type = universe_.basic(BasicKind::UntypedBool);
      if (lhs[1]->type == nullptr) {
        lhs[1]->type = universe_.basic(BasicKind::Bool);
      } else if (!is_invalid(lhs[1]->type) && !is_boolean(lhs[1]->type)) {
        error(rhs[0], "cannot use " + expr_str(rhs[0]) + " (untyped bool value) as " +
                          tstr(lhs[1]->type) + std::string(" value in ") + context);
      }
      info_.types[rhs[0]].mode = Mode::CommaOk;
      return;
    }
    if (vals.size() == nl) {
      for (size_t i = 0; i < nl; ++i) {
        Var* v = lhs[i];
        if (v->type == nullptr) {
          v->type = vals[i].type;
        } else if (!is_invalid(v->type)) {
          Operand tmp = vals[i];
          std::string reason;
          if (!assignable(tmp, v->type, &reason)) {
            error(rhs[0], "cannot use " + expr_str(rhs[0]) + " (value of type " +
                              tstr(vals[i].type) + ") as " + tstr(v->type) + " value in " +
                              context);
          }
        }
      }
      return;
    }
    invalidate();
    const Expr* rhs0 = rhs[0];
    while (const ParenExpr* p = rhs0->as<ParenExpr>()) rhs0 = p->x;
    assignment_mismatch(rhs[0]->pos, nl, vals.size(), rhs0->is<CallExpr>() ? rhs0 : nullptr,
                        true);
    return;
  }
  invalidate();
  use_exprs(rhs);
  assignment_mismatch(rhs.empty() ? pos : rhs[0]->pos, nl, nr, nullptr, true);
}

}  // namespace go2cpp::types
