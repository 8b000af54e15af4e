// Statements: declarations and assignments add edges into variables; loops deepen the loop depth
// that decides whether a variable outlives what it holds (gc's escape/stmt.go, assign.go).
#include "escape/graph.h"
#include "syntax/walk.h"
#include "types/predicates.h"

namespace go2cpp::escape {

using namespace syntax;

namespace {

const types::Var* defined_var(const types::Info& info, const Expr* e) {
  const Ident* id = e ? e->as<Ident>() : nullptr;
  if (id == nullptr) return nullptr;
  auto it = info.defs.find(id);
  if (it == info.defs.end() || it->second == nullptr) return nullptr;
  return it->second->as<types::Var>();
}

}  // namespace

// In the emitter's run, a statement's own scope (if/switch init, a case body) is a level deeper.
Builder::Scope::Scope(Builder& b) : b_(b) {
  if (!b_.options_.gc_compatible) b_.loop_depth_++;
}
Builder::Scope::~Scope() {
  if (!b_.options_.gc_compatible) b_.loop_depth_--;
}

// A frame for fn: its parameters and results are declared now, so calls within the batch can
// flow arguments into them before its body is walked.
int Builder::new_frame(const inliner::Function* fn, int parent) {
  FnFrame f;
  f.fn = fn;
  f.parent = parent;
  fns_.push_back(std::move(f));
  int frame = static_cast<int>(fns_.size() - 1);
  frames_[fn] = frame;
  int saved_cur = cur_, saved_depth = loop_depth_;
  cur_ = frame;
  loop_depth_ = 1;
  scopes_.emplace_back();
  const types::Signature* sig = fn->sig;
  if (sig) {
    if (sig->recv) declare(sig->recv, LocKind::Param);
    if (sig->params) {
      for (const types::Var* v : sig->params->vars) declare(v, LocKind::Param);
    }
    if (sig->results) {
      std::vector<Location*> results;
      for (size_t i = 0; i < sig->results->vars.size(); ++i) {
        const types::Var* v = sig->results->vars[i];
        Location* l = declare(v, LocKind::Result);
        l->result_index = static_cast<int>(i);
        if (v->name.empty()) l->text = "~r" + std::to_string(i);
        results.push_back(l);
      }
      fns_[static_cast<size_t>(frame)].results = std::move(results);
    }
  }
  fns_[static_cast<size_t>(frame)].params = std::move(scopes_.back());
  scopes_.pop_back();
  cur_ = saved_cur;
  loop_depth_ = saved_depth;
  return frame;
}

int Builder::frame_of(const inliner::Function* fn) const {
  auto it = frames_.find(fn);
  return it == frames_.end() ? -1 : it->second;
}

// Walks the body of frame `frame`, with cur_ set to it and its parameters in scope.
void Builder::func_body(int frame) {
  const inliner::Function* fn = fns_[static_cast<size_t>(frame)].fn;
  scopes_.back() = fns_[static_cast<size_t>(frame)].params;
  // Labels that a later goto jumps back to head a loop.
  walk(fn->body, [&](const Node* n) {
    if (n->is<FuncLit>()) return false;
    if (const LabeledStmt* ls = n->as<LabeledStmt>()) {
      walk(ls, [&](const Node* m) {
        const BranchStmt* b = m->as<BranchStmt>();
        if (b && b->tok == BranchKind::Goto && b->label && b->label->name == ls->label->name) {
          looping_labels_.insert(ls);
        }
        return !m->is<FuncLit>();
      });
    }
    return true;
  });
  stmt(fn->body);
}

void Builder::stmts(const std::vector<Stmt*>& list) {
  for (const Stmt* s : list) stmt(s);
}

// Variables assigned after their declaration: gc captures them by reference.
void Builder::reassigned(const std::vector<Hole>& ks) {
  for (const Hole& k : ks) {
    if (k.dst == &blank_ || k.dst == &heap_ || k.dst == nullptr) continue;
    k.dst->reassigned = true;
  }
}

void Builder::stmt(const Stmt* s) {
  if (s == nullptr) return;
  switch (s->kind) {
    case NodeKind::BlockStmt: {
      // The emitter's run: a C++ block ends its variables' lives, so each block is a level
      // deeper, as a loop body is (a variable outside it outlives those inside).
      if (!options_.gc_compatible) loop_depth_++;
      stmts(s->as<BlockStmt>()->list);
      if (!options_.gc_compatible) loop_depth_--;
      return;
    }
    case NodeKind::ExprStmt: discard(s->as<ExprStmt>()->x); return;
    case NodeKind::LabeledStmt: {
      const LabeledStmt* ls = s->as<LabeledStmt>();
      if (looping_labels_.count(ls)) loop_depth_++;
      stmt(ls->stmt);
      return;
    }
    case NodeKind::DeclStmt: {
      const GenDecl* gd = s->as<DeclStmt>()->decl;
      if (gd->tok != DeclKind::Var) return;
      for (const Spec* sp : gd->specs) {
        const ValueSpec* vs = sp->as<ValueSpec>();
        if (vs == nullptr) continue;
        std::vector<Hole> ks;
        for (const Ident* name : vs->names) {
          const types::Var* v = defined_var(info_, name);
          ks.push_back(v && name->name != "_" ? hole(declare(v)) : discard_hole());
        }
        if (vs->values.size() == vs->names.size()) {
          for (size_t i = 0; i < vs->names.size(); ++i) {
            const types::Var* v = defined_var(info_, vs->names[i]);
            value(ks[i], vs->values[i], v ? v->type : nullptr);
          }
        } else if (vs->values.size() == 1) {
          const Expr* rhs = vs->values[0];
          while (const ParenExpr* p = rhs->as<ParenExpr>()) rhs = p->x;
          if (const CallExpr* c = rhs->as<CallExpr>()) {
            call(ks, c);
          } else {
            expr(ks[0], rhs);
          }
        }
      }
      return;
    }
    case NodeKind::AssignStmt: {
      const AssignStmt* as = s->as<AssignStmt>();
      std::vector<Hole> ks;
      for (const Expr* l : as->lhs) {
        const types::Var* v = as->define ? defined_var(info_, l) : nullptr;
        if (v != nullptr && l->as<Ident>()->name != "_") {
          ks.push_back(hole(declare(v)));
        } else {
          ks.push_back(addr_of(l));
          if (as->define == false || l->as<Ident>() == nullptr || l->as<Ident>()->name != "_") {
            reassigned({ks.back()});
          }
        }
      }
      if (as->op != Op::None) {
        // x op= y: for strings, the concatenation flows into x.
        discard(as->rhs.empty() ? nullptr : as->rhs[0]);
        return;
      }
      if (as->lhs.size() == as->rhs.size()) {
        for (size_t i = 0; i < as->rhs.size(); ++i) value(ks[i], as->rhs[i], type_of(as->lhs[i]));
        return;
      }
      if (as->rhs.size() == 1) {
        const Expr* rhs = as->rhs[0];
        while (const ParenExpr* p = rhs->as<ParenExpr>()) rhs = p->x;
        if (const CallExpr* c = rhs->as<CallExpr>()) {
          call(ks, c);
        } else {
          expr(ks[0], rhs);  // v, ok = m[k] / x.(T) / <-c
        }
      }
      return;
    }
    case NodeKind::IncDecStmt: reassigned({addr_of(s->as<IncDecStmt>()->x)}); return;
    case NodeKind::SendStmt: {
      const SendStmt* ss = s->as<SendStmt>();
      discard(ss->chan);
      const types::Type* ct = type_of(ss->chan);
      const types::Chan* ch = ct ? types::under(ct)->as<types::Chan>() : nullptr;
      value(heap_hole(), ss->value, ch ? ch->elem : nullptr);
      return;
    }
    case NodeKind::GoStmt:
    case NodeKind::DeferStmt: {
      const Expr* c = s->is<GoStmt>() ? s->as<GoStmt>()->call : s->as<DeferStmt>()->call;
      const CallExpr* ce = c ? c->as<CallExpr>() : nullptr;
      if (ce == nullptr) return;
      Hole k = heap_hole();
      bool top_defer = s->is<DeferStmt>() && loop_depth_ == 1 && options_.gc_compatible;
      if (top_defer) k = later(discard_hole());
      call({}, ce, &k);
      return;
    }
    case NodeKind::ReturnStmt: {
      const ReturnStmt* rs = s->as<ReturnStmt>();
      std::vector<Location*>* dsts = !inline_results_.empty() ? inline_results_.back()
                                                             : &fns_[static_cast<size_t>(cur_)].results;
      std::vector<Hole> ks;
      for (Location* l : *dsts) ks.push_back(hole(l));
      if (rs->results.size() == ks.size()) {
        for (size_t i = 0; i < ks.size(); ++i) {
          value(ks[i], rs->results[i], (*dsts)[i]->var ? (*dsts)[i]->var->type : nullptr);
        }
      } else if (rs->results.size() == 1) {
        if (const CallExpr* c = rs->results[0]->as<CallExpr>()) call(ks, c);
      }
      return;
    }
    case NodeKind::IfStmt: {
      const IfStmt* is = s->as<IfStmt>();
      Scope scope(*this);
      stmt(is->init);
      discard(is->cond);
      stmt(is->body);
      stmt(is->else_);
      return;
    }
    case NodeKind::SwitchStmt: {
      const SwitchStmt* ss = s->as<SwitchStmt>();
      Scope scope(*this);
      stmt(ss->init);
      discard(ss->tag);
      for (const CaseClause* cc : ss->clauses) {
        for (const Expr* e : cc->list) discard(e);
        Scope body(*this);
        stmts(cc->body);
      }
      return;
    }
    case NodeKind::TypeSwitchStmt: {
      const TypeSwitchStmt* ts = s->as<TypeSwitchStmt>();
      Scope scope(*this);
      stmt(ts->init);
      std::vector<Hole> ks;
      for (const CaseClause* cc : ts->clauses) {
        auto it = info_.implicits.find(cc);
        if (it == info_.implicits.end() || it->second == nullptr) continue;
        const types::Var* v = it->second->as<types::Var>();
        if (v == nullptr) continue;
        Location* l = declare(v);
        if (has_pointers(v->type)) {
          bool deref = !types::is_interface(v->type) && !is_direct_iface(v->type);
          ks.push_back(deref ? hole(l).deref() : hole(l));
        }
      }
      expr(tee(ks), ts->guard->x);
      for (const CaseClause* cc : ts->clauses) {
        Scope body(*this);
        stmts(cc->body);
      }
      return;
    }
    case NodeKind::SelectStmt:
      for (const CommClause* cc : s->as<SelectStmt>()->clauses) {
        Scope body(*this);
        stmt(cc->comm);
        stmts(cc->body);
      }
      return;
    case NodeKind::ForStmt: {
      const ForStmt* fs = s->as<ForStmt>();
      // Go 1.19 declares a three-clause loop's variables once, outside the loop; go2cpp follows
      // Go 1.22 (one per iteration), so the emitter's run declares them inside.
      if (!options_.gc_compatible) loop_depth_++;
      stmt(fs->init);
      if (options_.gc_compatible) loop_depth_++;
      discard(fs->cond);
      stmt(fs->post);
      stmt(fs->body);
      loop_depth_--;
      return;
    }
    case NodeKind::RangeStmt: {
      const RangeStmt* rs = s->as<RangeStmt>();
      Location* tmp = new_loc(LocKind::Temp, {});
      expr(hole(tmp), rs->x);
      // Range variables: Go 1.19 gives them the function's depth; per iteration in go2cpp.
      int saved = loop_depth_;
      if (rs->define && options_.gc_compatible) loop_depth_ = 1;
      if (!options_.gc_compatible) loop_depth_++;
      std::vector<Hole> ks;
      for (const Expr* e : {rs->key, rs->value}) {
        const types::Var* v = rs->define ? defined_var(info_, e) : nullptr;
        if (v && e->as<Ident>()->name != "_") {
          ks.push_back(hole(declare(v)));
        } else {
          ks.push_back(addr_of(e));
        }
      }
      loop_depth_ = saved + 1;
      const types::Type* xt = type_of(rs->x);
      const types::Type* xu = xt ? types::under(xt) : nullptr;
      if (xu && xu->kind == types::TypeKind::Array) {
        flow(ks[1], tmp);
      } else {
        flow(ks[1].deref(), tmp);
      }
      reassigned(ks);
      stmt(rs->body);
      loop_depth_ = saved;
      return;
    }
    default: return;
  }
}

}  // namespace go2cpp::escape
