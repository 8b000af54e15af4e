// Statements: function bodies (with "missing return" and unused-variable checks), blocks and
// scopes, simple statements, if/for/range/switch/type switch/select, go/defer and return.
#include <algorithm>

#include "types/checker.h"

namespace go2cpp::types {

void Checker::open_scope(const char* comment) { scope_ = arena_.make<Scope>(scope_, comment); }

void Checker::close_scope() { scope_ = scope_->parent(); }

void Checker::func_body(const std::string& name, Signature* sig, const BlockStmt* body,
                        Scope* scope) {
  (void)name;
  FuncContext ctx;
  ctx.sig = sig;
  FuncContext* saved_fn = fn_;
  Scope* saved_scope = scope_;
  int saved_iota = iota_;
  fn_ = &ctx;
  scope_ = scope;
  iota_ = -1;
  stmt_list(body->list);
  if (sig->results && sig->results->size() > 0 && !is_terminating_list(body->list)) {
    error(body->rbrace, "missing return");
  }
  check_labels(body);
  if (config_.report_unused) {
    std::vector<Var*> unused;
    for (Var* v : ctx.locals) {
      if (!v->used && v->name != "_") unused.push_back(v);
    }
    std::sort(unused.begin(), unused.end(), [](Var* a, Var* b) {
      return a->pos.line != b->pos.line ? a->pos.line < b->pos.line : a->pos.col < b->pos.col;
    });
    for (Var* v : unused) error(v->pos, v->name + " declared but not used");
  }
  fn_ = saved_fn;
  scope_ = saved_scope;
  iota_ = saved_iota;
}

void Checker::stmt_list(const std::vector<Stmt*>& list) {
  for (size_t i = 0; i < list.size(); ++i) {
    const Stmt* s = list[i];
    if (const BranchStmt* b = s->as<BranchStmt>(); b && b->tok == BranchKind::Fallthrough) {
      // Legal fallthroughs are consumed by switch_stmt; anything reaching here is misplaced.
      if (!fallthrough_ok_ || i + 1 != list.size()) {
        error(s, "fallthrough statement out of place");
      }
      continue;
    }
    bool saved = fallthrough_ok_;
    fallthrough_ok_ = false;
    stmt(s);
    fallthrough_ok_ = saved;
  }
}

void Checker::simple_stmt(const Stmt* s) {
  if (s != nullptr) stmt(s);
}

void Checker::stmt(const Stmt* s) {
  switch (s->kind) {
    case NodeKind::BadStmt:
    case NodeKind::EmptyStmt:
      return;
    case NodeKind::DeclStmt:
      decl_stmt(s->as<DeclStmt>()->decl);
      return;
    case NodeKind::LabeledStmt:
      stmt(s->as<LabeledStmt>()->stmt);
      return;
    case NodeKind::ExprStmt: {
      const Expr* e = s->as<ExprStmt>()->x;
      Operand x;
      raw_expr(x, e, nullptr);
      if (x.invalid()) return;
      const Expr* inner = e;
      while (const ParenExpr* p = inner->as<ParenExpr>()) inner = p->x;
      bool ok = false;
      if (const CallExpr* call = inner->as<CallExpr>()) {
        // Calls are fine, except conversions and builtins whose value would be discarded.
        auto it = info_.types.find(call->fun);
        Mode fm = it != info_.types.end() ? it->second.mode : Mode::Invalid;
        if (fm == Mode::TypeExpr) {
          ok = false;
        } else if (fm == Mode::Builtin) {
          ok = x.mode == Mode::NoValue;
          const Ident* bid = call->fun->as<Ident>();
          if (bid && (bid->name == "copy" || bid->name == "recover")) ok = true;
        } else {
          ok = true;
        }
      } else if (const UnaryExpr* u = inner->as<UnaryExpr>(); u && u->op == Op::Arrow) {
        ok = true;
      }
      if (!ok) {
        if (x.mode == Mode::TypeExpr) {
          error(e, expr_str(e) + " (type) is not an expression");
        } else {
          error(e, operand_str(x) + " is not used");
        }
      }
      return;
    }
    case NodeKind::SendStmt: {
      const SendStmt* ss = s->as<SendStmt>();
      Operand ch, v;
      expr(ch, ss->chan);
      expr(v, ss->value);
      if (ch.invalid() || v.invalid()) return;
      Chan* c = under(ch.type)->as<Chan>();
      if (c == nullptr) {
        error(s, "invalid operation: cannot send to non-channel " + operand_str(ch));
        return;
      }
      if (c->dir == ChanDir::Recv) {
        error(s, "invalid operation: cannot send to receive-only channel " + operand_str(ch));
        return;
      }
      assignment(v, c->elem, "send");
      return;
    }
    case NodeKind::IncDecStmt: {
      const IncDecStmt* ids = s->as<IncDecStmt>();
      Operand x;
      expr(x, ids->x);
      if (x.invalid()) return;
      if (!is_numeric(x.type)) {
        error(ids->x, "invalid operation: " + expr_str(ids->x) + (ids->inc ? "++" : "--") +
                          " (non-numeric type " + tstr(x.type) + ")");
        return;
      }
      Operand lhs;
      lhs_var(ids->x, &lhs);
      return;
    }
    case NodeKind::AssignStmt:
      assign_stmt(s->as<AssignStmt>());
      return;
    case NodeKind::GoStmt:
    case NodeKind::DeferStmt: {
      const Expr* call = s->is<GoStmt>() ? s->as<GoStmt>()->call : s->as<DeferStmt>()->call;
      const char* what = s->is<GoStmt>() ? "go" : "defer";
      if (s->is<DeferStmt>() && fn_) fn_->has_defer = true;
      const Expr* inner = call;
      while (const ParenExpr* p = inner->as<ParenExpr>()) inner = p->x;
      const CallExpr* ce = inner->as<CallExpr>();
      if (ce == nullptr) {
        Operand x;
        raw_expr(x, call, nullptr);
        error(call, std::string("expression in ") + what + " must be function call");
        return;
      }
      Operand x;
      raw_expr(x, call, nullptr);
      if (x.invalid()) return;
      auto it = info_.types.find(ce->fun);
      Mode fm = it != info_.types.end() ? it->second.mode : Mode::Invalid;
      if (fm == Mode::TypeExpr) {
        error(call, std::string(what) + " requires function call, not conversion");
      } else if (fm == Mode::Builtin && x.mode != Mode::NoValue) {
        const Ident* bid = ce->fun->as<Ident>();
        if (!(bid && (bid->name == "copy" || bid->name == "recover"))) {
          error(call, std::string(what) + " discards result of " + expr_str(call));
        }
      }
      return;
    }
    case NodeKind::ReturnStmt:
      return_stmt(s->as<ReturnStmt>());
      return;
    case NodeKind::BranchStmt: {
      const BranchStmt* b = s->as<BranchStmt>();
      if (b->label != nullptr) return;  // labelled branches: check_labels
      if (b->tok == BranchKind::Break && break_depth_ == 0) {
        error(s, "break is not in a loop, switch, or select");
      } else if (b->tok == BranchKind::Continue && loop_depth_ == 0) {
        error(s, "continue is not in a loop");
      } else if (b->tok == BranchKind::Fallthrough) {
        error(s, "fallthrough statement out of place");
      }
      return;
    }
    case NodeKind::BlockStmt:
      open_scope("block");
      stmt_list(s->as<BlockStmt>()->list);
      close_scope();
      return;
    case NodeKind::IfStmt: {
      const IfStmt* is = s->as<IfStmt>();
      open_scope("if");
      simple_stmt(is->init);
      Operand x;
      expr(x, is->cond);
      if (!x.invalid() && !is_boolean(x.type)) {
        error(is->cond, "non-boolean condition in if statement");
      } else if (!x.invalid() && is_untyped(x.type)) {
        convert_untyped(x, universe_.basic(BasicKind::Bool));
      }
      stmt(is->body);
      if (is->else_ != nullptr) stmt(is->else_);
      close_scope();
      return;
    }
    case NodeKind::SwitchStmt:
      switch_stmt(s->as<SwitchStmt>());
      return;
    case NodeKind::TypeSwitchStmt:
      type_switch_stmt(s->as<TypeSwitchStmt>());
      return;
    case NodeKind::SelectStmt: {
      const SelectStmt* ss = s->as<SelectStmt>();
      ++break_depth_;
      for (const CommClause* cc : ss->clauses) {
        open_scope("select case");
        if (cc->comm != nullptr) {
          const Stmt* comm = cc->comm;
          bool valid = comm->is<SendStmt>();
          const Expr* recv = nullptr;
          if (const ExprStmt* es = comm->as<ExprStmt>()) recv = es->x;
          if (const AssignStmt* as = comm->as<AssignStmt>(); as && as->rhs.size() == 1) {
            recv = as->rhs[0];
          }
          if (recv != nullptr) {
            while (const ParenExpr* p = recv->as<ParenExpr>()) recv = p->x;
            const UnaryExpr* u = recv->as<UnaryExpr>();
            valid = u != nullptr && u->op == Op::Arrow;
          }
          if (!valid) {
            error(comm, "select case must be receive, send or assign recv");
          } else {
            stmt(comm);
          }
        }
        stmt_list(cc->body);
        close_scope();
      }
      --break_depth_;
      return;
    }
    case NodeKind::ForStmt:
      for_stmt(s->as<ForStmt>());
      return;
    case NodeKind::RangeStmt:
      range_stmt(s->as<RangeStmt>());
      return;
    case NodeKind::CaseClause:
    case NodeKind::CommClause:
      error(s, "unexpected case clause");
      return;
    default:
      error(s, "invalid statement");
      return;
  }
}

void Checker::return_stmt(const ReturnStmt* s) {
  Tuple* results = fn_ && fn_->sig ? fn_->sig->results : nullptr;
  size_t want = results ? results->size() : 0;
  if (s->results.empty()) {
    if (want > 0 && results->vars[0]->name.empty()) {
      error(s, "not enough return values\n\thave ()\n\twant " + tstr(results));
      return;
    }
    // A bare return with named results: they must not be shadowed here.
    for (size_t i = 0; i < want; ++i) {
      Var* v = results->vars[i];
      Object* found = scope_->lookup(v->name);
      if (found != nullptr && found != v && !v->name.empty() && v->name != "_") {
        // The result variable in the signature's scope is a different object from the one
        // declared for the body (both come from the same Field); compare by position.
        if (found->pos.line != v->pos.line || found->pos.col != v->pos.col) {
          std::string msg = "result parameter " + v->name + " not in scope at return";
          if (config_.files) msg += "\n\tinner declaration of " + v->name;
          error(s, msg);
        }
      }
    }
    return;
  }
  if (want == 0) {
    use_exprs(s->results);
    error(s->results[0], "too many return values\n\thave " + std::string("(") +
                             [&] {
                               std::string h;
                               for (size_t i = 0; i < s->results.size(); ++i) {
                                 if (i) h += ", ";
                                 const TypeAndValue* tv = info_.type_and_value(s->results[i]);
                                 const Type* t = tv ? tv->type : nullptr;
                                 h += t == nullptr          ? "<T>"
                                      : is_untyped(t) && is_numeric(t) ? "number"
                                      : is_untyped(t) ? t->as<Basic>()->name.substr(8)
                                                      : tstr(t);
                               }
                               return h;
                             }() +
                             ")\n\twant ()");
    return;
  }
  std::vector<Operand> vals;
  if (s->results.size() == 1 && want > 1) {
    multi_expr(vals, s->results[0]);
  } else {
    for (const Expr* e : s->results) {
      Operand x;
      size_t i = vals.size();
      expr_with_hint(x, e, i < want ? results->vars[i]->type : nullptr);
      vals.push_back(x);
    }
  }
  for (const Operand& v : vals) {
    if (v.invalid()) return;
  }
  if (vals.size() != want) {
    std::string have = "(";
    for (size_t i = 0; i < vals.size(); ++i) {
      if (i) have += ", ";
      const Type* t = vals[i].type;
      have += is_untyped(t) && is_numeric(t) ? "number"
              : is_untyped(t)               ? t->as<Basic>()->name.substr(8)
                                            : tstr(t);
    }
    have += ")";
    bool too_many = vals.size() > want;
    Pos at = too_many ? s->results[std::min(want, s->results.size() - 1)]->pos : s->pos;
    if (s->results.size() == 1) at = s->results[0]->pos;
    error(at, std::string(too_many ? "too many" : "not enough") + " return values\n\thave " +
                  have + "\n\twant " + tstr(results));
    return;
  }
  if (s->results.size() == 1 && want > 1) {
    for (size_t i = 0; i < want; ++i) {
      Operand tmp = vals[i];
      std::string reason;
      if (!assignable(tmp, results->vars[i]->type, &reason)) {
        error(s->results[0], "cannot use " + expr_str(s->results[0]) + " value as " +
                                 tstr(results->vars[i]->type) + " value in return statement");
      }
    }
    return;
  }
  for (size_t i = 0; i < want; ++i) assignment(vals[i], results->vars[i]->type, "return statement");
}

void Checker::for_stmt(const ForStmt* s) {
  open_scope("for");
  simple_stmt(s->init);
  if (s->cond != nullptr) {
    Operand x;
    expr(x, s->cond);
    if (!x.invalid() && !is_boolean(x.type)) {
      error(s->cond, "non-boolean condition in for statement");
    } else if (!x.invalid() && is_untyped(x.type)) {
      convert_untyped(x, universe_.basic(BasicKind::Bool));
    }
  }
  if (s->post != nullptr) {
    if (const AssignStmt* as = s->post->as<AssignStmt>(); as && as->define) {
      error(s->post, "cannot declare in post statement of for loop");
    } else {
      simple_stmt(s->post);
    }
  }
  ++loop_depth_;
  ++break_depth_;
  stmt(s->body);
  --loop_depth_;
  --break_depth_;
  close_scope();
}

void Checker::range_stmt(const RangeStmt* s) {
  open_scope("range");
  Operand x;
  expr(x, s->x);
  Type* key_type = nullptr;
  Type* val_type = nullptr;
  bool ok = !x.invalid();
  bool one_var_only = false;
  if (ok) {
    Type* u = under(x.type);
    if (const Pointer* p = u->as<Pointer>(); p && under(p->elem)->kind == TypeKind::Array) {
      u = under(p->elem);
    }
    Type* int_type = universe_.basic(BasicKind::Int);
    if (is_string(u)) {
      key_type = int_type;
      val_type = universe_.rune_type();
      if (is_untyped(x.type)) convert_untyped(x, universe_.basic(BasicKind::String));
    } else if (is_integer(u)) {
      // Go 1.22: range over an integer n yields 0..n-1 of n's type.
      if (is_untyped(x.type)) {
        if (x.mode == Mode::Constant) convert_untyped(x, int_type);
        else convert_untyped(x, int_type);
      }
      key_type = x.type;
      one_var_only = true;
    } else if (const Array* a = u->as<Array>()) {
      key_type = int_type;
      val_type = a->elem;
    } else if (const Slice* sl = u->as<Slice>()) {
      key_type = int_type;
      val_type = sl->elem;
    } else if (const Map* m = u->as<Map>()) {
      key_type = m->key;
      val_type = m->elem;
    } else if (const Chan* c = u->as<Chan>()) {
      key_type = c->elem;
      one_var_only = true;
      if (c->dir == ChanDir::Send) {
        error(s->x, "invalid operation: range " + expr_str(s->x) +
                        " receive from send-only channel " + tstr(x.type));
        ok = false;
      }
    } else {
      error(s->x, "cannot range over " + operand_str(x));
      ok = false;
    }
  }
  if (ok && one_var_only && s->value != nullptr) {
    error(s->value, "range over " + operand_str(x) + " permits only one iteration variable");
    ok = false;
  }
  const Expr* lhs[2] = {s->key, s->value};
  Type* types[2] = {key_type, val_type};
  if (s->define) {
    std::vector<std::pair<Ident*, Var*>> vars;
    for (int i = 0; i < 2; ++i) {
      if (lhs[i] == nullptr) continue;
      Ident* id = const_cast<Ident*>(lhs[i]->as<Ident>());
      if (id == nullptr) {
        error(lhs[i], "non-name " + expr_str(lhs[i]) + " on left side of :=");
        continue;
      }
      auto* v = arena_.make<Var>(id->name);
      v->pos = id->pos;
      v->pkg = pkg_;
      v->type = ok && types[i] ? types[i] : universe_.basic(BasicKind::Invalid);
      vars.emplace_back(id, v);
    }
    for (auto& [id, v] : vars) declare(scope_, id, v);
  } else {
    for (int i = 0; i < 2; ++i) {
      if (lhs[i] == nullptr) continue;
      Type* T = lhs_var(lhs[i], nullptr);
      if (!ok || types[i] == nullptr || T == nullptr || is_invalid(T)) continue;
      Operand v;
      v.mode = Mode::Value;
      v.expr = lhs[i];
      v.type = types[i];
      std::string reason;
      if (!assignable(v, T, &reason)) {
        error(lhs[i], "cannot use " + expr_str(lhs[i]) + " (value of type " + tstr(types[i]) +
                          ") as " + tstr(T) + " value in range");
      }
    }
  }
  ++loop_depth_;
  ++break_depth_;
  stmt(s->body);
  --loop_depth_;
  --break_depth_;
  close_scope();
}

void Checker::switch_stmt(const SwitchStmt* s) {
  open_scope("switch");
  simple_stmt(s->init);
  Operand tag;
  if (s->tag != nullptr) {
    expr(tag, s->tag);
    if (!tag.invalid()) {
      assignment(tag, nullptr, "switch expression");
      if (!tag.invalid() && !comparable(tag.type) && !has_nil(tag.type)) {
        error(s->tag, "cannot switch on " + operand_str(tag));
        tag.mode = Mode::Invalid;
      }
    }
  } else {
    tag.mode = Mode::Constant;
    tag.type = universe_.basic(BasicKind::Bool);
    tag.val = constant::Value::make_bool(true);
  }
  ++break_depth_;
  std::vector<std::pair<std::string, const Expr*>> seen;
  bool seen_default = false;
  for (size_t ci = 0; ci < s->clauses.size(); ++ci) {
    const CaseClause* cc = s->clauses[ci];
    if (cc->is_default) {
      if (seen_default) error(cc, "multiple defaults in switch");
      seen_default = true;
    }
    for (const Expr* e : cc->list) {
      Operand x;
      expr(x, e);
      if (x.invalid() || tag.invalid()) continue;
      Operand t = tag;
      t.expr = s->tag;
      match_types(x, t);
      if (x.invalid() || t.invalid()) continue;
      std::string reason;
      Operand xc = x;
      if (!assignable(xc, t.type, &reason) && !assignable(t, x.type, &reason)) {
        if (s->tag != nullptr) {
          error(e, "invalid case " + expr_str(e) + " in switch on " + expr_str(s->tag) +
                       " (mismatched types " + tstr(x.type) + " and " + tstr(t.type) + ")");
        } else {
          error(e, "invalid case " + expr_str(e) + " in switch (mismatched types " +
                       tstr(x.type) + " and bool)");
        }
        continue;
      }
      if (s->tag != nullptr && !comparable(x.type) &&
          basic_kind(x.type) != BasicKind::UntypedNil) {
        error(e, "invalid case " + expr_str(e) + " in switch on " + expr_str(s->tag) +
                     " (" + tstr(x.type) + " cannot be compared)");
        continue;
      }
      if (x.mode == Mode::Constant && s->tag != nullptr) {
        std::string key = x.val.exact_string() + "#" + tstr(x.type);
        for (auto& [k, prev] : seen) {
          if (k == key) {
            std::string msg = "duplicate case " + expr_str(e) + " in expression switch";
            if (config_.files) msg += "\n\t" + config_.files->format(prev->pos) + ": previous case";
            error(e, msg);
          }
        }
        seen.emplace_back(key, e);
      }
    }
    open_scope("case");
    bool saved = fallthrough_ok_;
    fallthrough_ok_ = ci + 1 < s->clauses.size();
    if (!cc->body.empty() && ci + 1 == s->clauses.size()) {
      if (const BranchStmt* b = cc->body.back()->as<BranchStmt>();
          b && b->tok == BranchKind::Fallthrough) {
        error(b, "cannot fallthrough final case in switch");
        std::vector<Stmt*> body(cc->body.begin(), cc->body.end() - 1);
        stmt_list(body);
        fallthrough_ok_ = saved;
        close_scope();
        continue;
      }
    }
    stmt_list(cc->body);
    fallthrough_ok_ = saved;
    close_scope();
  }
  --break_depth_;
  close_scope();
}

void Checker::type_switch_stmt(const TypeSwitchStmt* s) {
  open_scope("type switch");
  simple_stmt(s->init);
  Operand x;
  expr(x, s->guard->x);
  Interface* iface = nullptr;
  if (!x.invalid()) {
    iface = under(x.type)->as<Interface>();
    if (iface == nullptr) {
      error(s->guard->x, operand_str(x) + " is not an interface");
      x.mode = Mode::Invalid;
    }
  }
  info_.types[s->guard] = {Mode::Value, x.type, {}};
  std::vector<Var*> bound;
  bool seen_default = false;
  ++break_depth_;
  for (const CaseClause* cc : s->clauses) {
    if (cc->is_default) {
      if (seen_default) error(cc, "multiple defaults in switch");
      seen_default = true;
    }
    Type* single = nullptr;
    for (const Expr* e : cc->list) {
      Type* t = nullptr;
      if (const Ident* id = e->as<Ident>(); id && id->name == "nil" &&
                                           scope_->lookup("nil") == universe_.nil()) {
        info_.uses[id] = universe_.nil();
        t = universe_.basic(BasicKind::UntypedNil);
        info_.types[e] = {Mode::Value, t, {}};
      } else {
        t = type_expr(e);
        if (!is_invalid(t) && iface != nullptr && !is_interface(t)) {
          std::string missing;
          if (!implements(t, iface, &missing)) {
            error(e, "impossible type switch case: " + expr_str(e) + "\n\t" +
                         expr_str(s->guard->x) + " (" +
                         operand_str(x).substr(expr_str(s->guard->x).size() + 2) +
                         " cannot have dynamic type " + tstr(t) + " " + missing);
          }
        }
      }
      single = cc->list.size() == 1 ? t : nullptr;
    }
    open_scope("case");
    if (s->bind != nullptr) {
      auto* v = arena_.make<Var>(s->bind->name);
      v->pos = s->bind->pos;
      v->pkg = pkg_;
      Type* vt = x.type;
      if (single != nullptr && basic_kind(single) != BasicKind::UntypedNil) vt = single;
      v->type = vt ? vt : universe_.basic(BasicKind::Invalid);
      scope_->insert(v);
      info_.implicits[cc] = v;
      bound.push_back(v);
    }
    stmt_list(cc->body);
    close_scope();
  }
  --break_depth_;
  if (s->bind != nullptr) {
    bool used = false;
    for (Var* v : bound) used = used || v->used;
    if (!used && config_.report_unused) {
      error(s->bind, s->bind->name + " declared but not used");
    }
    auto* v = arena_.make<Var>(s->bind->name);
    v->pos = s->bind->pos;
    v->type = x.type;
    info_.defs[s->bind] = v;
  }
  close_scope();
}

}  // namespace go2cpp::types
