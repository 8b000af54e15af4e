// Loops and switches. `for` maps to a C++ for; range loops become index loops (slices, arrays,
// strings with UTF-8 decoding, integers) or a range-for over the map's randomized iteration or a
// channel's receives.
// Go 1.22 gives every iteration fresh loop variables: a variable that a closure captures is a new
// heap cell in each iteration; others need nothing, since no one can observe the difference.
// A switch on integer constants is a C++ switch; any other is an if-else chain.
#include <algorithm>

#include "emit/emit_internal.h"
#include "syntax/walk.h"

namespace go2cpp::emit {

using namespace go2cpp::types;

bool Emitter::assigns(const Node* body, const Object* v) {
  bool found = false;
  auto is_v = [&](const Expr* e) {
    while (const ParenExpr* p = e->as<ParenExpr>()) e = p->x;
    const Ident* id = e->as<Ident>();
    if (id == nullptr) return false;
    auto it = info_->uses.find(id);
    if (it != info_->uses.end() && it->second == v) return true;
    auto dt = info_->defs.find(id);
    return dt != info_->defs.end() && dt->second == v;
  };
  walk(body, [&](const Node* n) {
    if (const AssignStmt* as = n->as<AssignStmt>()) {
      for (const Expr* l : as->lhs) found = found || is_v(l);
    } else if (const IncDecStmt* ids = n->as<IncDecStmt>()) {
      found = found || is_v(ids->x);
    } else if (const UnaryExpr* u = n->as<UnaryExpr>(); u && u->op == Op::And) {
      found = found || is_v(u->x);
    } else if (const RangeStmt* r = n->as<RangeStmt>(); r && !r->define) {
      if (r->key) found = found || is_v(r->key);
      if (r->value) found = found || is_v(r->value);
    }
    return !found;
  });
  return found;
}

namespace {

const Var* defined_var(const types::Info& info, const Expr* e) {
  const Ident* id = e ? e->as<Ident>() : nullptr;
  if (id == nullptr || id->name == "_") return nullptr;
  auto it = info.defs.find(id);
  return it != info.defs.end() && it->second ? it->second->as<Var>() : nullptr;
}

}  // namespace

void Emitter::simple_stmt_inline(const Stmt* s, std::string& text) {
  if (s == nullptr) return;
  if (const IncDecStmt* ids = s->as<IncDecStmt>()) {
    std::string t = assign_target(ids->x);
    if (!t.empty() && t[0] == '*') t = "(" + t + ")";
    text = t + (ids->inc ? "++" : "--");
    return;
  }
  // Anything else: emit it as a statement into a scratch buffer and use it as an expression
  // (assignments are expressions in C++).
  std::string buf;
  std::string* saved = out_;
  int saved_indent = indent_;
  bool saved_lines = options_.line_directives;
  options_.line_directives = false;
  out_ = &buf;
  indent_ = 0;
  stmt(s);
  out_ = saved;
  indent_ = saved_indent;
  options_.line_directives = saved_lines;
  while (!buf.empty() && (buf.back() == '\n' || buf.back() == ';')) buf.pop_back();
  if (buf.find('\n') != std::string::npos || buf.find('{') == 0) {
    unsupported(s, "this statement in a for clause");
    return;
  }
  text = buf;
}

namespace {

// The names an `x := ...` or `var x` statement declares.
void declared_names(const Stmt* st, std::vector<std::string>* out) {
  if (st == nullptr) return;
  if (const AssignStmt* a = st->as<AssignStmt>(); a && a->define) {
    for (const Expr* e : a->lhs) {
      if (const Ident* id = e->as<Ident>()) out->push_back(id->name);
    }
  } else if (const DeclStmt* d = st->as<DeclStmt>(); d && d->decl) {
    for (const Spec* sp : d->decl->specs) {
      if (const ValueSpec* vs = sp->as<ValueSpec>()) {
        for (const Ident* id : vs->names) out->push_back(id->name);
      }
    }
  }
}

// Whether a loop body declares, at its own level, a variable named like one the loop declares
// (`for _, tt := range cases { tt := tt; ... }`). In Go the body is a scope inside the loop's;
// in C++ the body shares a block with the per-iteration variables (and may not redeclare a
// for-init's), so such a body gets a block of its own.
bool redeclares_loop_var(const std::vector<Stmt*>& body, const std::vector<std::string>& loop_names) {
  std::vector<std::string> names;
  for (const Stmt* st : body) declared_names(st, &names);
  for (const std::string& n : names) {
    if (n == "_") continue;
    if (std::find(loop_names.begin(), loop_names.end(), n) != loop_names.end()) return true;
  }
  return false;
}

}  // namespace

// A loop's body statements, in a block of their own when they redeclare a loop variable.
void Emitter::loop_block(const std::vector<Stmt*>& body, const std::vector<std::string>& loop_names) {
  if (!redeclares_loop_var(body, loop_names)) {
    block(body);
    return;
  }
  line("{");
  ++indent_;
  block(body);
  --indent_;
  line("}");
}

// Emits a loop's body (already inside the loop's `{`, indented) and closes the loop. A labelled
// continue from an inner loop jumps to a label at the end of the body, which sits after an inner
// block so that the jump never crosses a declaration; a labelled break jumps past the loop.
void Emitter::loop_body(const std::function<void()>& emit_body) {
  size_t depth = breakables_.size() - 1;
  std::string body;
  std::string* saved = out_;
  out_ = &body;
  emit_body();
  out_ = saved;
  Breakable b = breakables_[depth];
  if (b.continue_used) {
    line("{");
    out() += body;
    line("}");
    --indent_;
    line(b.continue_label + ":;");
    ++indent_;
  } else {
    out() += body;
  }
  --indent_;
  line("}");
  if (b.break_used) line(b.break_label + ":;");
  breakables_.pop_back();
}

void Emitter::for_stmt(const ForStmt* s, const std::string& label) {
  breakables_.push_back({Breakable::Loop, label, label + "_break", label + "_continue"});
  std::string init, cond, post;
  bool wrap = false;
  const Var* boxed_loop_var = nullptr;
  if (s->init != nullptr) {
    const AssignStmt* as = s->init->as<AssignStmt>();
    const Var* v = as && as->define && as->lhs.size() == 1 && as->rhs.size() == 1
                       ? defined_var(*info_, as->lhs[0])
                       : nullptr;
    if (v != nullptr) {
      std::string value = expr_to(as->rhs[0], otype(v)).text;
      std::string name = cpp_name(v->name);
      if (boxed(v)) {
        init = "go::ptr<" + ctype(otype(v)) + "> " + name + " = go::gc_new<" + ctype(otype(v)) +
               ">(" + value + ")";
        boxed_loop_var = v;
      } else {
        init = ctype(otype(v)) + " " + name + " = " + value;
      }
    } else {
      wrap = true;
    }
  }
  if (wrap) {
    line("{");
    ++indent_;
    stmt(s->init);
  }
  if (s->cond) cond = expr(s->cond).text;
  simple_stmt_inline(s->post, post);
  if (boxed_loop_var != nullptr) {
    // Go 1.22: each iteration has its own variable; the next one starts as a copy.
    std::string name = cpp_name(boxed_loop_var->name);
    std::string t = ctype(otype(boxed_loop_var));
    post = name + " = go::gc_new<" + t + ">(*" + name + ")" + (post.empty() ? "" : ", " + post);
  }
  if (init.empty() && cond.empty() && post.empty()) {
    line("for (;;) {");
  } else if (init.empty() && post.empty()) {
    line("while (" + cond + ") {");
  } else {
    line("for (" + init + "; " + cond + "; " + post + ") {");
  }
  ++indent_;
  std::vector<std::string> loop_names;
  declared_names(s->init, &loop_names);
  loop_body([&] { loop_block(s->body->list, loop_names); });
  if (wrap) {
    --indent_;
    line("}");
  }
}

void Emitter::range_stmt(const RangeStmt* s, const std::string& label) {
  const Type* xt = type_of(s->x);
  const Type* u = under(const_cast<Type*>(xt));
  breakables_.push_back({Breakable::Loop, label, label + "_break", label + "_continue"});

  // The key and value variables: declared per iteration (:=) or assigned (=).
  auto bind = [&](const Expr* e, const std::string& value) {
    if (e == nullptr) return;
    if (const Ident* id = e->as<Ident>(); id && id->name == "_") return;
    if (s->define) {
      if (const Var* v = defined_var(*info_, e)) declare_local(e->as<Ident>(), v, value);
    } else {
      line(assign_target(e) + " = " + value + ";");
    }
  };
  // A plain range expression that the body does not reassign can be used directly.
  std::string x = expr(s->x).text;
  const Ident* xid = s->x->as<Ident>();
  bool direct = xid != nullptr && info_->uses.count(xid) &&
                !assigns(s->body, info_->uses.at(xid)) && !boxed(info_->uses.at(xid));
  bool wrapped = false;
  auto wrap_range_value = [&](const std::string& type) {
    if (direct) return;
    line("{");
    ++indent_;
    wrapped = true;
    std::string tmp = fresh("range");
    line(type + " " + tmp + " = " + x + ";");
    x = tmp;
  };

  std::string header;
  std::function<void()> prologue = [] {};
  const Var* key_var = s->define ? defined_var(*info_, s->key) : nullptr;
  bool key_is_counter = key_var != nullptr && !boxed(key_var) && !assigns(s->body, key_var);
  std::string idx = key_is_counter ? cpp_name(key_var->name) : fresh("i");

  if (is_integer(u)) {
    const TypeAndValue* tv = tv_of(s->x);
    if (!(tv && tv->mode == Mode::Constant)) wrap_range_value(ctype(xt));
    std::string t = ctype(xt);
    header = "for (" + t + " " + idx + " = 0; " + idx + " < " + x + "; " + idx + "++) {";
    prologue = [&, idx] {
      if (!key_is_counter) bind(s->key, idx);
    };
  } else if (u->kind == TypeKind::Slice || u->kind == TypeKind::Array ||
             u->kind == TypeKind::Pointer) {
    const Type* elem = nullptr;
    std::string acc = ".";
    if (const Slice* sl = u->as<Slice>()) elem = sl->elem;
    if (const Array* ar = u->as<Array>()) elem = ar->elem;
    if (const Pointer* p = u->as<Pointer>()) {
      elem = under(p->elem)->as<Array>()->elem;
      acc = "->";
    }
    // Ranging over an array ranges over a copy of it (Go evaluates the range expression once).
    if (u->kind == TypeKind::Array && s->value != nullptr) direct = false;
    if (u->kind != TypeKind::Pointer) wrap_range_value(ctype(xt));
    std::string n = fresh("n");
    header = "for (go::int_ " + idx + " = 0, " + n + " = " + x + acc + "len(); " + idx + " < " +
             n + "; " + idx + "++) {";
    std::string xx = x;
    prologue = [&, idx, xx, acc, elem] {
      if (!key_is_counter) bind(s->key, idx);
      if (s->value) {
        std::string v = acc == "->" ? "(*" + xx + ")[" + idx + "]" : xx + "[" + idx + "]";
        bind(s->value, v);
      }
      (void)elem;
    };
  } else if (is_string(u)) {
    // A named string constant is emitted as a C++ literal, which has no len(): copy it into a
    // go::string like any other range expression.
    if (const TypeAndValue* tv = tv_of(s->x); tv && tv->mode == Mode::Constant) direct = false;
    wrap_range_value("go::string");
    std::string w = fresh("width"), r = fresh("rune");
    header = "for (go::int_ " + idx + " = 0, " + w + " = 0; " + idx + " < " + x + ".len(); " +
             idx + " += " + w + ") {";
    std::string xx = x;
    prologue = [&, idx, w, r, xx] {
      line("go::decoded_rune " + r + " = go::decode_rune(" + xx + ", " + idx + ");");
      line(w + " = " + r + ".size;");
      if (!key_is_counter) bind(s->key, idx);
      bind(s->value, r + ".r");
    };
  } else if (u->kind == TypeKind::Map) {
    std::string k = fresh("key"), v = fresh("value");
    header = "for (auto [" + k + ", " + v + "] : " + paren(expr(s->x), 2) + ".range()) {";
    prologue = [&, k, v] {
      bind(s->key, k);
      bind(s->value, v);
      if ((s->key == nullptr || s->key->as<Ident>()->name == "_") && s->value == nullptr) {
        line("static_cast<void>(" + k + ");");
      }
      if (s->value == nullptr || s->value->as<Ident>()->name == "_") {
        line("static_cast<void>(" + v + ");");
      }
    };
    key_is_counter = false;
  } else if (u->kind == TypeKind::Chan) {
    // for v := range ch: receives until ch is closed and drained (go::chan's iterator).
    std::string v = fresh("elem");
    header = "for (auto&& " + v + " : " + paren(expr(s->x), 2) + ") {";
    prologue = [&, v] {
      bind(s->key, v);
      if (s->key == nullptr || s->key->as<Ident>()->name == "_") line("static_cast<void>(" + v + ");");
    };
    key_is_counter = false;
  } else {
    breakables_.pop_back();
    unsupported(s, "range over " + type_string(xt, &pkg_));
    return;
  }
  line(header);
  ++indent_;
  std::vector<std::string> loop_names;
  for (const Expr* e : {s->key, s->value}) {
    if (const Ident* id = e ? e->as<Ident>() : nullptr; id && s->define) loop_names.push_back(id->name);
  }
  loop_body([&] {
    prologue();
    loop_block(s->body->list, loop_names);
  });
  if (wrapped) {
    --indent_;
    line("}");
  }
}

// The body of a switch clause emitted as a C++ case after its label's `{`: the statements, then
// `break;` or, when the clause ends in fallthrough, C++'s fallthrough into the next case.
void Emitter::case_body(const CaseClause* cc) {
  ++indent_;
  std::vector<Stmt*> body = cc->body;
  bool falls = false;
  if (!body.empty()) {
    if (const BranchStmt* b = body.back()->as<BranchStmt>();
        b && b->tok == BranchKind::Fallthrough) {
      falls = true;
      body.pop_back();
    }
  }
  block(body);
  if (!falls) line("break;");
  --indent_;
  line(falls ? "}  [[fallthrough]];" : "}");
}

void Emitter::switch_stmt(const SwitchStmt* s, const std::string& label) {
  bool wrap = s->init != nullptr;
  if (wrap) {
    line("{");
    ++indent_;
    stmt(s->init);
  }
  const Type* tag_type = s->tag ? type_of(s->tag) : nullptr;
  // A C++ switch when the tag is an integer and every case is an integer constant.
  bool cpp_switch = s->tag != nullptr && is_integer(tag_type);
  bool has_fallthrough = false;
  for (const CaseClause* cc : s->clauses) {
    for (const Expr* e : cc->list) {
      const TypeAndValue* tv = tv_of(e);
      if (!(tv && tv->mode == Mode::Constant)) cpp_switch = false;
    }
    if (!cc->body.empty()) {
      if (const BranchStmt* b = cc->body.back()->as<BranchStmt>();
          b && b->tok == BranchKind::Fallthrough) {
        has_fallthrough = true;
      }
    }
  }
  std::string end = label.empty() ? fresh("switch_end") : label + "_break";
  if (cpp_switch) {
    breakables_.push_back({Breakable::CppSwitch, label, end, ""});
    line("switch (" + expr(s->tag).text + ") {");
    for (const CaseClause* cc : s->clauses) {
      if (cc->is_default) {
        line("default: {");
      } else {
        for (size_t i = 0; i < cc->list.size(); ++i) {
          line("case " + expr(cc->list[i]).text + (i + 1 == cc->list.size() ? ": {" : ":"));
        }
      }
      case_body(cc);
    }
    line("}");
  } else {
    // An if-else chain. With a fallthrough, the chain only picks the clause (its index in source
    // order) and a C++ switch on that index runs the bodies, so a body can fall into the next.
    breakables_.push_back({has_fallthrough ? Breakable::CppSwitch : Breakable::IfSwitch, label,
                           end, ""});
    std::string tag;
    std::string chosen;
    if (has_fallthrough && !wrap) {
      line("{");
      ++indent_;
      wrap = true;
    }
    if (s->tag != nullptr) {
      const TypeAndValue* tv = tv_of(s->tag);
      const Ident* id = s->tag->as<Ident>();
      if ((tv && tv->mode == Mode::Constant) || (id && info_->uses.count(id))) {
        tag = expr(s->tag).text;
      } else {
        tag = fresh("tag");
        if (!wrap) {
          line("{");
          ++indent_;
          wrap = true;
        }
        line(ctype(tag_type) + " " + tag + " = " + expr(s->tag).text + ";");
      }
    }
    if (has_fallthrough) {
      chosen = fresh("clause");
      line("int " + chosen + " = -1;");
    }
    // Runs clause ci's body, or with a fallthrough records that ci was chosen.
    auto take = [&](size_t ci) {
      ++indent_;
      if (has_fallthrough) {
        line(chosen + " = " + std::to_string(ci) + ";");
      } else {
        block(s->clauses[ci]->body);
      }
      --indent_;
    };
    size_t dflt = s->clauses.size();
    bool first = true;
    for (size_t ci = 0; ci < s->clauses.size(); ++ci) {
      const CaseClause* cc = s->clauses[ci];
      if (cc->is_default) {
        dflt = ci;
        continue;
      }
      std::string cond;
      for (size_t i = 0; i < cc->list.size(); ++i) {
        std::string c;
        if (s->tag != nullptr) {
          const Type* ct = type_of(cc->list[i]);
          CExpr ce = expr(cc->list[i]);
          CExpr te{tag, 0};
          if (is_interface(tag_type) && !is_interface(ct)) ce = expr_to(cc->list[i], tag_type);
          c = paren(te, 7) + " == " + paren(ce, 7);
        } else {
          c = paren(expr(cc->list[i]), cc->list.size() > 1 ? 10 : 15);
        }
        cond += (i ? " || " : "") + c;
      }
      line(std::string(first ? "if (" : "} else if (") + cond + ") {");
      first = false;
      take(ci);
    }
    if (dflt < s->clauses.size()) {
      if (first) {
        line("{");
      } else {
        line("} else {");
      }
      take(dflt);
      line("}");
    } else if (!first) {
      line("}");
    }
    if (has_fallthrough) {
      line("switch (" + chosen + ") {");
      for (size_t ci = 0; ci < s->clauses.size(); ++ci) {
        // The default clause's index is `default:`, so the C++ compiler sees every path
        // through the switch (a function ending in it needs no return after it).
        line(ci == dflt ? "default: {" : "case " + std::to_string(ci) + ": {");
        case_body(s->clauses[ci]);
      }
      line("}");
    }
  }
  Breakable b = breakables_.back();
  breakables_.pop_back();
  if (b.break_used) line(b.break_label + ":;");
  if (wrap) {
    --indent_;
    line("}");
  }
}

// A type switch: an if-else chain comparing the dynamic type's descriptor with each concrete
// case's, or asking whether it implements an interface case; the bound variable has the case's
// type in single-type cases and the switched expression's type otherwise.
void Emitter::type_switch(const TypeSwitchStmt* s, const std::string& label) {
  const Type* xt = type_of(s->guard->x);
  if (xt == nullptr || !is_interface(xt)) {
    unsupported(s, "this type switch");
    return;
  }
  line("{");
  ++indent_;
  if (s->init != nullptr) stmt(s->init);
  std::string tag = fresh("dynamic");
  line(ctype(xt) + " " + tag + " = " + expr(s->guard->x).text + ";");
  std::string end = label.empty() ? fresh("switch_end") : label + "_break";
  breakables_.push_back({Breakable::IfSwitch, label, end, ""});
  const CaseClause* dflt = nullptr;
  bool first = true;
  auto bind = [&](const CaseClause* cc, const Type* single) {
    auto it = info_->implicits.find(cc);
    if (it == info_->implicits.end() || !used_.count(it->second)) return;
    const Var* v = it->second->as<Var>();
    std::string value = tag;
    if (single != nullptr && is_interface(single)) {
      value = convert_value({tag, 0}, xt, single).text;
    } else if (single != nullptr) {
      value = "go::type_assert<" + ctype(single) + ">(" + tag + ", " + descriptor(single) + ")";
    }
    declare_local(s->bind, v, value);
  };
  for (const CaseClause* cc : s->clauses) {
    if (cc->is_default) {
      dflt = cc;
      continue;
    }
    std::string cond;
    const Type* single = nullptr;
    for (size_t i = 0; i < cc->list.size(); ++i) {
      const Type* t = type_of(cc->list[i]);
      std::string c;
      if (t == nullptr || basic_kind(t) == BasicKind::UntypedNil) {
        c = tag + " == nullptr";
      } else if (!describable(t)) {
        unsupported(cc->list[i], "this type switch case");
        c = "false";
      } else if (is_interface(t)) {
        bool to_any = under(const_cast<Type*>(t))->as<Interface>()->all_methods.empty();
        c = "go::implements<" + (to_any ? std::string("go::any") : ctype(t)) + ">(" + tag + ")";
        if (cc->list.size() == 1) single = t;
      } else {
        c = "go::dynamic_type(" + tag + ") == " + descriptor(t);
        if (cc->list.size() == 1) single = t;
      }
      cond += (i ? " || " : "") + c;
    }
    line(std::string(first ? "if (" : "} else if (") + cond + ") {");
    first = false;
    ++indent_;
    if (s->bind) bind(cc, single);
    block(cc->body);
    --indent_;
  }
  if (dflt != nullptr) {
    line(first ? "{" : "} else {");
    ++indent_;
    if (s->bind) bind(dflt, nullptr);
    block(dflt->body);
    --indent_;
    line("}");
  } else if (!first) {
    line("}");
  }
  Breakable b = breakables_.back();
  breakables_.pop_back();
  if (b.break_used) line(b.break_label + ":;");
  --indent_;
  line("}");
}

void Emitter::branch(const BranchStmt* s) {
  std::string label = s->label ? cpp_name(s->label->name) : "";
  switch (s->tok) {
    case BranchKind::Goto:
      line("goto " + label + ";");
      return;
    case BranchKind::Fallthrough:
      return;  // handled by switch_stmt
    case BranchKind::Break: {
      for (size_t i = breakables_.size(); i-- > 0;) {
        Breakable& b = breakables_[i];
        if (!label.empty() && b.label != label) continue;
        if (i + 1 == breakables_.size() && b.kind != Breakable::IfSwitch) {
          line("break;");
        } else {
          b.break_used = true;
          line("goto " + b.break_label + ";");
        }
        return;
      }
      unsupported(s, "this break");
      return;
    }
    case BranchKind::Continue: {
      bool inner_loop_seen = false;
      for (size_t i = breakables_.size(); i-- > 0;) {
        Breakable& b = breakables_[i];
        if (b.kind != Breakable::Loop) continue;
        if (!label.empty() && b.label != label) {
          inner_loop_seen = true;
          continue;
        }
        if (!inner_loop_seen) {
          line("continue;");
        } else {
          b.continue_used = true;
          line("goto " + b.continue_label + ";");
        }
        return;
      }
      unsupported(s, "this continue");
      return;
    }
  }
}

}  // namespace go2cpp::emit
