// Labels and terminating statements. Labels have function scope: every labelled statement of a
// body is collected first, then each labelled break/continue/goto is checked against the
// enclosing statements (break: for/switch/select; continue: for) or, for goto, the function.
// is_terminating implements the spec's "Terminating statements" section for "missing return".
#include <functional>

#include "types/checker.h"

namespace go2cpp::types {

namespace {

bool is_loop_or_switch(const Stmt* s, bool loops_only) {
  switch (s->kind) {
    case NodeKind::ForStmt:
    case NodeKind::RangeStmt:
      return true;
    case NodeKind::SwitchStmt:
    case NodeKind::TypeSwitchStmt:
    case NodeKind::SelectStmt:
      return !loops_only;
    default:
      return false;
  }
}

// Calls fn for each statement nested in s (not descending into function literals, which have
// labels of their own), with the labelled statements enclosing it.
void walk(const Stmt* s, std::vector<const LabeledStmt*>& enclosing,
          const std::function<void(const Stmt*, std::vector<const LabeledStmt*>&)>& fn) {
  if (s == nullptr) return;
  fn(s, enclosing);
  auto list = [&](const std::vector<Stmt*>& l) {
    for (const Stmt* c : l) walk(c, enclosing, fn);
  };
  switch (s->kind) {
    case NodeKind::LabeledStmt: {
      const LabeledStmt* ls = s->as<LabeledStmt>();
      enclosing.push_back(ls);
      walk(ls->stmt, enclosing, fn);
      enclosing.pop_back();
      break;
    }
    case NodeKind::BlockStmt:
      list(s->as<BlockStmt>()->list);
      break;
    case NodeKind::IfStmt:
      walk(s->as<IfStmt>()->body, enclosing, fn);
      walk(s->as<IfStmt>()->else_, enclosing, fn);
      break;
    case NodeKind::ForStmt:
      walk(s->as<ForStmt>()->body, enclosing, fn);
      break;
    case NodeKind::RangeStmt:
      walk(s->as<RangeStmt>()->body, enclosing, fn);
      break;
    case NodeKind::SwitchStmt:
      for (const CaseClause* c : s->as<SwitchStmt>()->clauses) list(c->body);
      break;
    case NodeKind::TypeSwitchStmt:
      for (const CaseClause* c : s->as<TypeSwitchStmt>()->clauses) list(c->body);
      break;
    case NodeKind::SelectStmt:
      for (const CommClause* c : s->as<SelectStmt>()->clauses) list(c->body);
      break;
    default:
      break;
  }
}

}  // namespace

void Checker::check_labels(const BlockStmt* body) {
  std::unordered_map<std::string, const LabeledStmt*> labels;
  std::unordered_map<std::string, bool> used;
  std::vector<const LabeledStmt*> enclosing;
  walk(body, enclosing, [&](const Stmt* s, std::vector<const LabeledStmt*>&) {
    if (const LabeledStmt* ls = s->as<LabeledStmt>()) {
      if (ls->label->name == "_") return;
      if (labels.count(ls->label->name)) {
        error(ls->label, "label " + ls->label->name + " already defined");
      } else {
        labels[ls->label->name] = ls;
        used[ls->label->name] = false;
      }
    }
  });
  walk(body, enclosing, [&](const Stmt* s, std::vector<const LabeledStmt*>& encl) {
    const BranchStmt* b = s->as<BranchStmt>();
    if (b == nullptr || b->label == nullptr) return;
    const std::string& name = b->label->name;
    auto it = labels.find(name);
    if (it == labels.end()) {
      error(b->label, "label " + name + " not defined");
      return;
    }
    used[name] = true;
    if (b->tok == BranchKind::Goto) return;
    bool ok = false;
    for (const LabeledStmt* ls : encl) {
      if (ls->label->name == name) {
        ok = is_loop_or_switch(ls->stmt, b->tok == BranchKind::Continue);
      }
    }
    if (!ok) {
      error(b->label, std::string("invalid ") +
                          (b->tok == BranchKind::Continue ? "continue" : "break") + " label " +
                          name);
    }
  });
  for (auto& [name, ls] : labels) {
    if (!used[name]) error(ls->label, "label " + name + " defined and not used");
  }
}

namespace {

// Does s contain a break that targets the statement labelled `label` (or, when `implicit`, an
// unlabelled break that targets s itself)?
bool has_break(const Stmt* s, const std::string& label, bool implicit) {
  if (s == nullptr) return false;
  auto any = [&](const std::vector<Stmt*>& l, bool imp) {
    for (const Stmt* c : l) {
      if (has_break(c, label, imp)) return true;
    }
    return false;
  };
  switch (s->kind) {
    case NodeKind::BranchStmt: {
      const BranchStmt* b = s->as<BranchStmt>();
      if (b->tok != BranchKind::Break) return false;
      if (b->label == nullptr) return implicit;
      return b->label->name == label;
    }
    case NodeKind::LabeledStmt:
      return has_break(s->as<LabeledStmt>()->stmt, label, implicit);
    case NodeKind::BlockStmt:
      return any(s->as<BlockStmt>()->list, implicit);
    case NodeKind::IfStmt:
      return has_break(s->as<IfStmt>()->body, label, implicit) ||
             has_break(s->as<IfStmt>()->else_, label, implicit);
    // Nested breakable statements capture unlabelled breaks.
    case NodeKind::ForStmt:
      return !label.empty() && has_break(s->as<ForStmt>()->body, label, false);
    case NodeKind::RangeStmt:
      return !label.empty() && has_break(s->as<RangeStmt>()->body, label, false);
    case NodeKind::SwitchStmt:
      if (label.empty()) return false;
      for (const CaseClause* c : s->as<SwitchStmt>()->clauses) {
        if (any(c->body, false)) return true;
      }
      return false;
    case NodeKind::TypeSwitchStmt:
      if (label.empty()) return false;
      for (const CaseClause* c : s->as<TypeSwitchStmt>()->clauses) {
        if (any(c->body, false)) return true;
      }
      return false;
    case NodeKind::SelectStmt:
      if (label.empty()) return false;
      for (const CommClause* c : s->as<SelectStmt>()->clauses) {
        if (any(c->body, false)) return true;
      }
      return false;
    default:
      return false;
  }
}

bool body_has_break(const std::vector<Stmt*>& body, const std::string& label) {
  for (const Stmt* c : body) {
    if (has_break(c, label, true)) return true;
  }
  return false;
}

}  // namespace

bool Checker::is_terminating_list(const std::vector<Stmt*>& list) {
  for (auto it = list.rbegin(); it != list.rend(); ++it) {
    if ((*it)->is<EmptyStmt>()) continue;
    return is_terminating(*it, "");
  }
  return false;
}

bool Checker::is_terminating(const Stmt* s, const std::string& label) {
  switch (s->kind) {
    case NodeKind::ReturnStmt:
      return true;
    case NodeKind::BranchStmt: {
      BranchKind k = s->as<BranchStmt>()->tok;
      return k == BranchKind::Goto || k == BranchKind::Fallthrough;
    }
    case NodeKind::ExprStmt: {
      const Expr* e = s->as<ExprStmt>()->x;
      while (const ParenExpr* p = e->as<ParenExpr>()) e = p->x;
      if (const CallExpr* call = e->as<CallExpr>()) {
        if (const Ident* id = call->fun->as<Ident>()) {
          Object* obj = info_.object_of(id);
          if (obj && obj->kind == ObjKind::Builtin &&
              obj->as<Builtin>()->id == BuiltinId::Panic) {
            return true;
          }
        }
      }
      return false;
    }
    case NodeKind::LabeledStmt: {
      const LabeledStmt* ls = s->as<LabeledStmt>();
      return is_terminating(ls->stmt, ls->label->name);
    }
    case NodeKind::BlockStmt:
      return is_terminating_list(s->as<BlockStmt>()->list);
    case NodeKind::IfStmt: {
      const IfStmt* is = s->as<IfStmt>();
      return is->else_ != nullptr && is_terminating(is->body, "") &&
             is_terminating(is->else_, "");
    }
    case NodeKind::ForStmt: {
      const ForStmt* fs = s->as<ForStmt>();
      return fs->cond == nullptr && !body_has_break(fs->body->list, label);
    }
    case NodeKind::RangeStmt:
      return false;
    case NodeKind::SwitchStmt:
    case NodeKind::TypeSwitchStmt: {
      const auto& clauses = s->is<SwitchStmt>() ? s->as<SwitchStmt>()->clauses
                                                : s->as<TypeSwitchStmt>()->clauses;
      bool has_default = false;
      for (const CaseClause* c : clauses) {
        if (c->is_default) has_default = true;
        if (!is_terminating_list(c->body) || body_has_break(c->body, label)) return false;
      }
      return has_default;
    }
    case NodeKind::SelectStmt:
      for (const CommClause* c : s->as<SelectStmt>()->clauses) {
        if (!is_terminating_list(c->body) || body_has_break(c->body, label)) return false;
      }
      return true;
    default:
      return false;
  }
}

}  // namespace go2cpp::types
