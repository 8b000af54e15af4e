// Statements and function bodies. A function with defer statements runs its body inside a
// go::defer_frame (see support-lib/include/go/defer.h): results become locals that the body
// assigns before `return;`, so deferred closures can still change named results. Everything else
// maps one Go statement to one C++ statement where C++ has the same meaning.
#include "emit/emit_internal.h"
#include "syntax/walk.h"

namespace go2cpp::emit {

using namespace go2cpp::types;

void Emitter::line(const std::string& s) {
  out() += std::string(static_cast<size_t>(indent_) * 2, ' ');
  out() += s;
  out() += '\n';
}

void Emitter::blank() { out() += '\n'; }

void Emitter::line_directive(Pos pos) {
  if (!options_.line_directives || !pos.valid()) return;
  // One directive per line of Go is not enough: a closure's statements on its caller's line are
  // C++ lines of their own, so the directive is repeated unless nothing was written since.
  if (pos.line == last_line_ && pos.file == last_file_ && out_ == last_out_ && out_->size() == last_size_) return;
  last_line_ = pos.line;
  last_file_ = pos.file;
  out() += "#line " + std::to_string(pos.line) + " \"" + fileset_.name(pos.file) + "\"\n";
  last_out_ = out_;
  last_size_ = out_->size();
}

namespace {

bool has_defer(const BlockStmt* body) {
  bool found = false;
  walk(body, [&](const Node* n) {
    if (n->is<FuncLit>()) return false;
    if (n->is<DeferStmt>()) found = true;
    return !found;
  });
  return found;
}

}  // namespace

void Emitter::declare_local(const Ident* id, const Var* v, const std::string& init) {
  std::string name = cpp_name(id->name);
  std::string t = ctype(otype(v));
  if (boxed(v)) {
    line("go::ptr<" + t + "> " + name + " = go::gc_new<" + t + ">(" + init + ");");
  } else if (init.empty()) {
    line(t + " " + name + "{};");
  } else {
    line(t + " " + name + " = " + init + ";");
  }
}

// `p := &T{...}` or `p := new(T)` whose object escape analysis keeps in p's block: the object is
// a C++ local beside p (`T p_obj1 = T{...}; go::ptr<T> p = go::ptr<T>(&p_obj1);`).
bool Emitter::declare_stack_object(const Ident* id, const Var* v, const Expr* rhs) {
  const escape::Result* esc = options_.escapes;
  if (esc == nullptr || boxed(v) || otype(v)->kind != TypeKind::Pointer) return false;
  while (const ParenExpr* p = rhs->as<ParenExpr>()) rhs = p->x;
  std::string init;
  const Type* t = static_cast<const Pointer*>(otype(v))->elem;
  if (const UnaryExpr* u = rhs->as<UnaryExpr>(); u && u->op == Op::And) {
    const Expr* x = u->x;
    while (const ParenExpr* p = x->as<ParenExpr>()) x = p->x;
    const CompositeLit* cl = x->as<CompositeLit>();
    if (cl == nullptr || !esc->alloc_on_stack(u)) return false;
    init = composite_lit(cl, type_of(cl)).text;
  } else if (const CallExpr* c = rhs->as<CallExpr>()) {
    const TypeAndValue* ftv = tv_of(c->fun);
    const Ident* f = c->fun->as<Ident>();
    if (!ftv || ftv->mode != Mode::Builtin || !f || f->name != "new" || !esc->alloc_on_stack(c)) {
      return false;
    }
  } else {
    return false;
  }
  std::string name = cpp_name(id->name);
  // The object is p_obj, unless the package uses that identifier itself.
  if (go_identifiers_.empty()) {
    for (const File* f : files_) {
      for (const Decl* d : f->decls) {
        walk(d, [&](const Node* n) {
          if (const Ident* i = n->as<Ident>()) go_identifiers_.insert(i->name);
          return true;
        });
      }
    }
  }
  std::string obj = name + "_obj";
  for (int i = 2; go_identifiers_.count(obj); ++i) obj = name + "_obj" + std::to_string(i);
  std::string ct = ctype(t);
  line(init.empty() ? ct + " " + obj + "{};" : ct + " " + obj + " = " + init + ";");
  line("go::ptr<" + ct + "> " + name + " = go::ptr<" + ct + ">(&" + obj + ");");
  return true;
}

void Emitter::func_body(const Signature* sig, const FieldList* results_fields,
                        const FieldList* params_fields, const BlockStmt* body) {
  FuncState st;
  st.sig = sig;
  FuncState* saved = fn_;
  fn_ = &st;
  // Parameters that closures capture move into heap cells.
  if (sig->recv != nullptr && boxed(recv_var_ ? recv_var_ : sig->recv)) {
    std::string n = cpp_name(sig->recv->name);
    std::string t = ctype(sig->recv->type);
    line("go::ptr<" + t + "> " + n + " = go::gc_new<" + t + ">(" + n + "_arg);");
  }
  if (params_fields != nullptr) {
    for (const Field* f : params_fields->list) {
      for (const Ident* id : f->names) {
        auto it = info_->defs.find(id);
        const Var* v = it != info_->defs.end() && it->second ? it->second->as<Var>() : nullptr;
        if (v && boxed(v)) {
          line("go::ptr<" + ctype(otype(v)) + "> " + cpp_name(id->name) + " = go::gc_new<" +
               ctype(otype(v)) + ">(" + cpp_name(id->name) + "_arg);");
        }
      }
    }
  }
  // recover() works only in the function a panic's deferred call runs directly.
  if (calls_recover(body)) {
    line("const bool defer_token_ = go::take_defer_token();  // recover() works only if deferred");
    st.recover_token = true;
  } else if (uses_recover_ && body_deferrable_ && may_reach_recover(body)) {
    line("go::drop_defer_token();  // only a function deferred itself may recover");
  }
  // Named results are locals; with defer, unnamed results get locals too.
  st.has_defer = has_defer(body);
  size_t nres = sig->results ? sig->results->size() : 0;
  bool named = results_fields != nullptr && !results_fields->list.empty() &&
               !results_fields->list[0]->names.empty();
  if (named) {
    for (const Field* f : results_fields->list) {
      for (const Ident* id : f->names) {
        auto it = info_->defs.find(id);
        const Var* v = it != info_->defs.end() && it->second ? it->second->as<Var>() : nullptr;
        std::string name = id->name == "_" ? fresh("result_") : cpp_name(id->name);
        if (v == nullptr || id->name == "_") {
          const Type* t = sig->results->vars[st.result_names.size()]->type;
          line(ctype(t) + " " + name + "{};");
          st.result_names.push_back(name);
          continue;
        }
        declare_local(id, v, "");
        st.result_names.push_back(boxed(v) ? "*" + name : name);
        if (st.has_defer && redeclared_in(body, v)) {
          // A return inside defers.run's lambda writes the result by name; where an inner
          // variable of the same name hides it (`if err := f(); err != nil { return nil, err }`,
          // fine in Go), it writes through this reference instead.
          std::string alias = fresh(name + "_result");
          line("auto& " + alias + " = " + st.result_names.back() + ";");
          st.result_names.back() = alias;
        }
      }
    }
  } else if (st.has_defer) {
    for (size_t i = 0; i < nres; ++i) {
      std::string name = nres == 1 ? "result" : "result" + std::to_string(i);
      line(ctype(sig->results->vars[i]->type) + " " + name + "{};");
      st.result_names.push_back(name);
    }
  }
  if (st.has_defer) {
    line("go::defer_frame defers;");
    line("defers.run([&] {");
    ++indent_;
    st.in_defer_body = true;
    block(body->list);
    st.in_defer_body = false;
    --indent_;
    line("});");
    if (nres == 1) {
      line("return " + st.result_names[0] + ";");
    } else if (nres > 1) {
      std::string r = "return {";
      for (size_t i = 0; i < nres; ++i) r += (i ? ", " : "") + st.result_names[i];
      line(r + "};");
    }
  } else {
    block(body->list);
  }
  fn_ = saved;
}

// Whether `body` declares another variable named like v (which may then hide it).
bool Emitter::redeclared_in(const BlockStmt* body, const Var* v) {
  bool found = false;
  walk(body, [&](const Node* n) {
    if (found) return false;
    if (const Ident* id = n->as<Ident>(); id && id->name == v->name) {
      auto it = info_->defs.find(id);
      if (it != info_->defs.end() && it->second != nullptr && it->second != v) found = true;
    }
    return !found;
  });
  return found;
}

void Emitter::block(const std::vector<Stmt*>& list) {
  for (const Stmt* s : list) stmt(s);
}

std::string Emitter::assign_target(const Expr* lhs) {
  const Expr* e = lhs;
  while (const ParenExpr* p = e->as<ParenExpr>()) e = p->x;
  if (const Ident* id = e->as<Ident>(); id && id->name == "_") return "std::ignore";
  if (const IndexExpr* ix = e->as<IndexExpr>()) {
    const Type* xt = type_of(ix->x);
    if (const Map* m = under(const_cast<Type*>(xt))->as<Map>()) {
      return paren(expr(ix->x), 2) + "[" + expr_to(ix->indices[0], m->key).text + "]";
    }
  }
  CExpr t = expr(lhs);
  return t.text;
}

void Emitter::return_stmt(const ReturnStmt* s) {
  const Signature* sig = fn_->sig;
  size_t nres = sig->results ? sig->results->size() : 0;
  std::vector<std::string> values;
  bool spread = s->results.size() == 1 && nres > 1;
  if (!spread) {
    for (size_t i = 0; i < s->results.size(); ++i) {
      values.push_back(expr_to(s->results[i], sig->results->vars[i]->type).text);
    }
  }
  if (fn_->in_defer_body) {
    if (spread) {
      std::string tie = "std::tie(";
      for (size_t i = 0; i < nres; ++i) tie += (i ? ", " : "") + fn_->result_names[i];
      line(tie + ") = " + expr(s->results[0]).text + ";");
    } else if (values.size() == 1) {
      line(fn_->result_names[0] + " = " + values[0] + ";");
    } else if (!values.empty()) {
      std::string tie = "std::tie(";
      for (size_t i = 0; i < nres; ++i) tie += (i ? ", " : "") + fn_->result_names[i];
      std::string tup = ctype(sig->results) + "(";
      for (size_t i = 0; i < nres; ++i) tup += (i ? ", " : "") + values[i];
      line(tie + ") = " + tup + ");");
    }
    line("return;");
    return;
  }
  if (nres == 0) {
    line("return;");
    return;
  }
  if (spread) {
    line("return " + expr(s->results[0]).text + ";");
    return;
  }
  if (values.empty()) values = fn_->result_names;  // a bare return with named results
  if (values.size() == 1) {
    line("return " + values[0] + ";");
    return;
  }
  std::string r = "return {";
  for (size_t i = 0; i < values.size(); ++i) r += (i ? ", " : "") + values[i];
  line(r + "};");
}

void Emitter::stmt(const Stmt* s) {
  line_directive(s->pos);
  switch (s->kind) {
    case NodeKind::EmptyStmt:
      return;
    case NodeKind::ExprStmt:
      line(expr(s->as<ExprStmt>()->x).text + ";");
      return;
    case NodeKind::IncDecStmt: {
      const IncDecStmt* ids = s->as<IncDecStmt>();
      std::string t = assign_target(ids->x);
      if (!t.empty() && t[0] == '*') t = "(" + t + ")";
      line(t + (ids->inc ? "++;" : "--;"));
      return;
    }
    case NodeKind::AssignStmt: {
      const AssignStmt* as = s->as<AssignStmt>();
      if (as->define) {
        define(as);
      } else {
        assign(as);
      }
      return;
    }
    case NodeKind::DeclStmt: {
      const GenDecl* gd = s->as<DeclStmt>()->decl;
      if (gd->tok == DeclKind::Var) {
        var_decl_stmt(gd);
      }
      // Constants are folded into their uses; local types are hoisted (structs.cpp).
      return;
    }
    case NodeKind::BlockStmt:
      line("{");
      ++indent_;
      block(s->as<BlockStmt>()->list);
      --indent_;
      line("}");
      return;
    case NodeKind::IfStmt:
      if_stmt(s->as<IfStmt>());
      return;
    case NodeKind::ForStmt:
      for_stmt(s->as<ForStmt>(), "");
      return;
    case NodeKind::RangeStmt:
      range_stmt(s->as<RangeStmt>(), "");
      return;
    case NodeKind::SwitchStmt:
      switch_stmt(s->as<SwitchStmt>(), "");
      return;
    case NodeKind::ReturnStmt:
      return_stmt(s->as<ReturnStmt>());
      return;
    case NodeKind::BranchStmt:
      branch(s->as<BranchStmt>());
      return;
    case NodeKind::LabeledStmt: {
      const LabeledStmt* ls = s->as<LabeledStmt>();
      std::string label = cpp_name(ls->label->name);
      bool goto_target = false;
      for (const std::string& l : used_goto_labels_) goto_target = goto_target || l == label;
      if (goto_target) {
        --indent_;
        line(label + ":;");
        ++indent_;
      }
      if (const ForStmt* f = ls->stmt->as<ForStmt>()) {
        for_stmt(f, label);
      } else if (const RangeStmt* r = ls->stmt->as<RangeStmt>()) {
        range_stmt(r, label);
      } else if (const SwitchStmt* sw = ls->stmt->as<SwitchStmt>()) {
        switch_stmt(sw, label);
      } else if (const TypeSwitchStmt* ts = ls->stmt->as<TypeSwitchStmt>()) {
        type_switch(ts, label);
      } else if (const SelectStmt* sel = ls->stmt->as<SelectStmt>()) {
        select_stmt(sel, label);
      } else {
        stmt(ls->stmt);
      }
      return;
    }
    case NodeKind::DeferStmt: {
      std::string fn = bound_call(s->as<DeferStmt>()->call->as<CallExpr>(), s);
      if (!fn.empty()) line("defers.defer(" + fn + ");");
      return;
    }
    case NodeKind::GoStmt: {
      // go f(x): a goroutine running the call, its arguments evaluated here (go/goroutine.h).
      std::string fn = bound_call(s->as<GoStmt>()->call->as<CallExpr>(), s);
      if (!fn.empty()) line("go::go(" + fn + ");");
      return;
    }
    case NodeKind::SendStmt: {
      const SendStmt* ss = s->as<SendStmt>();
      const Chan* c = under(const_cast<Type*>(type_of(ss->chan)))->as<Chan>();
      std::vector<const Expr*> exprs{ss->chan, ss->value};
      std::vector<const Type*> targets{nullptr, c->elem};
      std::vector<CExpr> v = ordered(exprs, targets);
      line(paren(v[0], 2) + ".send(" + v[1].text + ");");
      return;
    }
    case NodeKind::SelectStmt:
      select_stmt(s->as<SelectStmt>(), "");
      return;
    case NodeKind::TypeSwitchStmt:
      type_switch(s->as<TypeSwitchStmt>(), "");
      return;
    default:
      unsupported(s, "this statement");
      return;
  }
}

void Emitter::if_stmt(const IfStmt* s) {
  bool wrap = s->init != nullptr;
  if (wrap) {
    line("{");
    ++indent_;
    stmt(s->init);
  }
  line("if (" + expr(s->cond).text + ") {");
  ++indent_;
  block(s->body->list);
  --indent_;
  const Stmt* els = s->else_;
  while (els != nullptr) {
    if (const IfStmt* ei = els->as<IfStmt>(); ei && ei->init == nullptr) {
      line("} else if (" + expr(ei->cond).text + ") {");
      ++indent_;
      block(ei->body->list);
      --indent_;
      els = ei->else_;
      continue;
    }
    line("} else {");
    ++indent_;
    if (const BlockStmt* b = els->as<BlockStmt>()) {
      block(b->list);
    } else {
      stmt(els);
    }
    --indent_;
    break;
  }
  line("}");
  if (wrap) {
    --indent_;
    line("}");
  }
}

void Emitter::var_decl_stmt(const GenDecl* gd) {
  for (const Spec* sp : gd->specs) {
    const ValueSpec* vs = sp->as<ValueSpec>();
    std::vector<const Var*> vars;
    for (const Ident* id : vs->names) {
      auto it = info_->defs.find(id);
      vars.push_back(it != info_->defs.end() && it->second ? it->second->as<Var>() : nullptr);
    }
    if (vs->values.size() == vs->names.size()) {
      for (size_t i = 0; i < vars.size(); ++i) {
        if (vars[i] == nullptr || vs->names[i]->name == "_") {
          line("static_cast<void>(" + expr(vs->values[i]).text + ");");
          continue;
        }
        if (declare_stack_object(vs->names[i], vars[i], vs->values[i])) continue;
        declare_local(vs->names[i], vars[i], expr_to(vs->values[i], otype(vars[i])).text);
      }
      continue;
    }
    for (size_t i = 0; i < vars.size(); ++i) {
      if (vars[i] != nullptr && vs->names[i]->name != "_") declare_local(vs->names[i], vars[i], "");
    }
    if (vs->values.size() == 1) {
      std::string tie = "std::tie(";
      for (size_t i = 0; i < vars.size(); ++i) {
        std::string n = vs->names[i]->name == "_" || vars[i] == nullptr ? "std::ignore"
                                                                        : var_ref(vars[i]);
        tie += (i ? ", " : "") + n;
      }
      line(tie + ") = " + expr(vs->values[0]).text + ";");
    }
  }
}

// The call of a defer or go statement as a lambda that makes it later: the function value (when
// it is not a declared function), a method's receiver and the arguments are evaluated now, into
// the lambda's captures, as Go evaluates them at the statement ("" if unsupported).
std::string Emitter::bound_call(const CallExpr* call, const Stmt* at) {
  const char* what = at->is<GoStmt>() ? "this go statement" : "this defer statement";
  if (call == nullptr) {
    unsupported(at, what);
    return "";
  }
  const Expr* fun = call->fun;
  while (const ParenExpr* p = fun->as<ParenExpr>()) fun = p->x;
  if (const FuncLit* fl = fun->as<FuncLit>(); fl && call->args.empty()) {
    // func() { ... }(): the literal is the call.
    return func_lit(fl).text;
  }
  const TypeAndValue* ftv = tv_of(call->fun);
  if (ftv && ftv->mode == Mode::Builtin) {
    // defer close(ch): the channel is evaluated now.
    const Ident* bid = fun->as<Ident>();
    if (bid != nullptr && bid->name == "close" && call->args.size() == 1) {
      return "[c = " + expr(call->args[0]).text + "] { go::close(c); }";
    }
    unsupported(at, at->is<GoStmt>() ? "go with a builtin call" : "deferring a builtin call");
    return "";
  }
  const Signature* sig = ftv ? under(ftv->type)->as<Signature>() : nullptr;
  if (sig == nullptr) {
    unsupported(at, what);
    return "";
  }
  // A method call: the receiver is evaluated now too.
  if (const SelectorExpr* se = call->fun->as<SelectorExpr>()) {
    auto sit = info_->selections.find(se);
    if (sit != info_->selections.end() && sit->second.kind == Selection::Kind::MethodVal) {
      const Func* m = sit->second.obj->as<Func>();
      const Type* holder = nullptr;
      CExpr recv = receiver_for(expr(se->x), type_of(se->x), sit->second.path, m, se,
                                &holder);
      // An interface's method is looked up now: a nil interface panics here, as in Go.
      if (m->sig()->recv == nullptr) recv = {"go::non_nil(" + recv.text + ")", 2};
      std::vector<std::string> margs = call_args(call, sig);
      std::string caps = "r = " + recv.text;
      std::vector<std::string> list;
      for (size_t i = 0; i < margs.size(); ++i) {
        std::string a = "a" + std::to_string(i);
        std::string v = !margs[i].empty() && margs[i][0] == '"' ? "go::string(" + margs[i] + ")"
                                                                : margs[i];
        caps += ", " + a + " = " + v;
        list.push_back(a);
      }
      return "[" + caps + "] { " + method_call_text({"r", 0}, holder, m, list) + "; }";
    }
  }
  std::vector<std::string> argv = call_args(call, sig);
  std::string fn_text = expr(call->fun).text;
  bool fn_is_value = !(call->fun->is<Ident>() && info_->uses.count(call->fun->as<Ident>()) &&
                       info_->uses.at(call->fun->as<Ident>())->kind == ObjKind::Func) &&
                     !call->fun->is<SelectorExpr>();
  std::string captures, args;
  if (fn_is_value) captures = "f = " + fn_text;
  for (size_t i = 0; i < argv.size(); ++i) {
    std::string a = "a" + std::to_string(i);
    // A captured string literal must be a go::string, not a const char*.
    std::string v = !argv[i].empty() && argv[i][0] == '"' ? "go::string(" + argv[i] + ")" : argv[i];
    captures += (captures.empty() ? "" : ", ") + a + " = " + v;
    args += (i ? ", " : "") + a;
  }
  return "[" + captures + "] { " + (fn_is_value ? "f" : fn_text) + "(" + args + "); }";
}

// The {value, ok} pair of a comma-ok form: a map lookup, a type assertion or a channel receive
// ("" if unsupported).
std::string Emitter::comma_ok_value(const Expr* rhs) {
  if (const UnaryExpr* u = rhs->as<UnaryExpr>(); u && u->op == Op::Arrow) {
    return paren(expr(u->x), 2) + ".recv_ok()";
  }
  if (const TypeAssertExpr* ta = rhs->as<TypeAssertExpr>()) return type_assert(ta, true).text;
  if (const IndexExpr* ix = rhs->as<IndexExpr>()) {
    const Map* mt = under(const_cast<Type*>(type_of(ix->x)))->as<Map>();
    return paren(expr(ix->x), 2) + ".lookup(" + expr_to(ix->indices[0], mt->key).text + ")";
  }
  unsupported(rhs, "this comma-ok form");
  return "";
}

// v, ok = <pair>: assigns both members of a comma-ok result to existing targets.
void Emitter::assign_comma_ok(const std::vector<Expr*>& lhs, const std::string& value,
                              const Expr* rhs) {
  std::string r = fresh("lookup");
  line("{");
  ++indent_;
  line("auto " + r + " = " + value + ";");
  const char* members[2] = {".value", ".ok"};
  for (size_t i = 0; i < 2; ++i) {
    std::string t = assign_target(lhs[i]);
    if (t == "std::ignore") continue;
    CExpr v{r + members[i], 2};
    // v, ok = m[k] into an interface variable: the value is boxed as any assignment would.
    if (i == 0 && rhs != nullptr) v = convert_value(v, type_of(rhs), type_of(lhs[0]));
    line(t + " = " + v.text + ";");
  }
  --indent_;
  line("}");
}

void Emitter::define(const AssignStmt* s) {
  size_t n = s->lhs.size(), m = s->rhs.size();
  auto var_of = [&](const Expr* e) -> const Var* {
    const Ident* id = e->as<Ident>();
    if (id == nullptr || id->name == "_") return nullptr;
    if (auto it = info_->defs.find(id); it != info_->defs.end() && it->second) {
      return it->second->as<Var>();
    }
    return nullptr;
  };
  // `x := x + 1` and `if w, ok := w.(T); ok` in an inner scope, or `three := three()` calling
  // the package's function (math/big's sqrtInverse): the right-hand side means the outer object,
  // but in C++ a declared name is in scope in its own initializer. The value then goes through a
  // temporary first.
  std::set<std::string> new_names;
  for (const Expr* l : s->lhs) {
    if (var_of(l) != nullptr) new_names.insert(l->as<Ident>()->name);
  }
  bool shadows = false;
  for (const Expr* r : s->rhs) {
    syntax::walk(r, [&](const syntax::Node* node) {
      if (node->kind != NodeKind::Ident) return !shadows;
      const Ident* id = static_cast<const Ident*>(node);
      auto it = info_->uses.find(id);
      if (it != info_->uses.end() && it->second && new_names.count(id->name)) {
        shadows = true;
      }
      return !shadows;
    });
  }
  if (n == m) {
    if (n > 1) {
      // Evaluate every right-hand side before assigning (x, y := y, x).
      std::vector<std::string> temps;
      for (size_t i = 0; i < n; ++i) {
        const Type* t = type_of(s->rhs[i]);
        const Var* v = var_of(s->lhs[i]);
        const Type* target = v ? otype(v) : t;
        std::string tmp = fresh("tmp");
        line(ctype(target) + " " + tmp + " = " + expr_to(s->rhs[i], target).text + ";");
        temps.push_back(tmp);
      }
      for (size_t i = 0; i < n; ++i) {
        if (const Var* v = var_of(s->lhs[i])) {
          declare_local(s->lhs[i]->as<Ident>(), v, temps[i]);
        } else if (s->lhs[i]->as<Ident>()->name != "_") {
          line(assign_target(s->lhs[i]) + " = " + temps[i] + ";");
        }
      }
      return;
    }
    if (const Var* v = var_of(s->lhs[0])) {
      if (shadows) {
        std::string tmp = fresh("tmp");
        line(ctype(otype(v)) + " " + tmp + " = " + expr_to(s->rhs[0], otype(v)).text + ";");
        declare_local(s->lhs[0]->as<Ident>(), v, tmp);
        return;
      }
      if (declare_stack_object(s->lhs[0]->as<Ident>(), v, s->rhs[0])) return;
      declare_local(s->lhs[0]->as<Ident>(), v, expr_to(s->rhs[0], otype(v)).text);
    } else {
      line("static_cast<void>(" + expr(s->rhs[0]).text + ");");
    }
    return;
  }
  // One right-hand side with several values: a call, or a comma-ok form.
  const Expr* rhs = s->rhs[0];
  while (const ParenExpr* p = rhs->as<ParenExpr>()) rhs = p->x;
  const TypeAndValue* tv = tv_of(s->rhs[0]);
  bool comma_ok = tv && tv->mode == Mode::CommaOk;
  std::string value;
  if (comma_ok) {
    value = comma_ok_value(rhs);
    if (value.empty()) return;
  } else {
    value = expr(s->rhs[0]).text;
  }
  if (shadows) {
    std::string tmp = fresh("tmp");
    line("auto " + tmp + " = " + value + ";");
    value = tmp;
  }
  bool all_new_plain = true;
  for (const Expr* l : s->lhs) {
    const Var* v = var_of(l);
    if (v == nullptr || boxed(v)) all_new_plain = false;
  }
  if (all_new_plain) {
    std::string names;
    for (size_t i = 0; i < n; ++i) names += (i ? ", " : "") + cpp_name(s->lhs[i]->as<Ident>()->name);
    line("auto [" + names + "] = " + value + ";");
    return;
  }
  for (const Expr* l : s->lhs) {
    if (const Var* v = var_of(l)) declare_local(l->as<Ident>(), v, "");
  }
  if (comma_ok) {
    assign_comma_ok(s->lhs, value, nullptr);  // new variables have the value's own type
    return;
  }
  std::string tie = "std::tie(";
  for (size_t i = 0; i < n; ++i) tie += (i ? ", " : "") + assign_target(s->lhs[i]);
  line(tie + ") = " + value + ";");
}

void Emitter::assign(const AssignStmt* s) {
  size_t n = s->lhs.size(), m = s->rhs.size();
  if (s->op != Op::None) {
    const Type* lt = type_of(s->lhs[0]);
    std::string target = assign_target(s->lhs[0]);
    const TypeAndValue* ytv = tv_of(s->rhs[0]);
    bool y_const = ytv && ytv->mode == Mode::Constant;
    CExpr y = expr(s->rhs[0]);
    Op op = s->op;
    if ((op == Op::Quo || op == Op::Rem) && is_integer(lt)) {
      bool plain = false;
      if (y_const) {
        auto v = constant::to_int(ytv->value).int64_val();
        plain = v && *v != 0 && *v != -1;
      }
      if (!plain) {
        std::string yv = y_const ? ctype(lt) + "(" + y.text + ")" : y.text;
        line(target + " = " + (op == Op::Quo ? "go::div(" : "go::rem(") + target + ", " + yv +
             ");");
        return;
      }
    }
    if (op == Op::Shl || op == Op::Shr) {
      bool plain = false;
      if (y_const) {
        auto v = constant::to_int(ytv->value).uint64_val();
        int width = 64;
        switch (basic_kind(lt)) {
          case BasicKind::Int8:
          case BasicKind::Uint8: width = 8; break;
          case BasicKind::Int16:
          case BasicKind::Uint16: width = 16; break;
          case BasicKind::Int32:
          case BasicKind::Uint32: width = 32; break;
          default: break;
        }
        plain = v && *v < static_cast<uint64_t>(width);
      }
      if (!plain) {
        line(target + " = " + (op == Op::Shl ? "go::shl(" : "go::shr(") + target + ", " +
             y.text + ");");
        return;
      }
    }
    if (op == Op::AndNot) {
      line(target + " &= ~" + paren(y, 3) + ";");
      return;
    }
    line(target + " " + std::string(op_spelling(op)) + "= " + y.text + ";");
    return;
  }
  if (n == m && n == 1) {
    std::string target = assign_target(s->lhs[0]);
    const Type* lt = type_of(s->lhs[0]);
    if (target == "std::ignore") {
      line("static_cast<void>(" + expr(s->rhs[0]).text + ");");
      return;
    }
    line(target + " = " + expr_to(s->rhs[0], lt).text + ";");
    return;
  }
  if (n == m) {
    // Parallel assignment: all right-hand sides first.
    std::string tie = "std::tie(";
    std::string tup = "std::tuple<";
    std::string vals;
    for (size_t i = 0; i < n; ++i) {
      const Type* lt = type_of(s->lhs[i]);
      const Type* rt = type_of(s->rhs[i]);
      const Type* t = lt;
      if (t == nullptr || (s->lhs[i]->is<Ident>() && s->lhs[i]->as<Ident>()->name == "_")) {
        t = is_untyped(rt) ? default_type(const_cast<Type*>(rt), universe_) : rt;
      }
      tie += (i ? ", " : "") + assign_target(s->lhs[i]);
      tup += (i ? ", " : "") + ctype(t);
      vals += (i ? ", " : "") + expr_to(s->rhs[i], t).text;
    }
    line(tie + ") = " + tup + ">(" + vals + ");");
    return;
  }
  const TypeAndValue* tv = tv_of(s->rhs[0]);
  if (tv && tv->mode == Mode::CommaOk) {
    const Expr* rhs = s->rhs[0];
    while (const ParenExpr* p = rhs->as<ParenExpr>()) rhs = p->x;
    std::string value;
    value = comma_ok_value(rhs);
    if (value.empty()) return;
    assign_comma_ok(s->lhs, value, rhs);
    return;
  }
  std::string tie = "std::tie(";
  for (size_t i = 0; i < n; ++i) tie += (i ? ", " : "") + assign_target(s->lhs[i]);
  line(tie + ") = " + expr(s->rhs[0]).text + ";");
}

}  // namespace go2cpp::emit
