// Inlining decisions: which functions gc would inline, at what cost, and where the calls are.
// The cost walk mirrors cmd/compile/internal/inline/inl.go's hairyVisitor over the IR gc builds
// for each construct; the per-construct numbers were read off `go build -gcflags='-m -m'`.
#include "inline/inline.h"

#include <functional>
#include <unordered_set>

#include "syntax/walk.h"
#include "types/predicates.h"

namespace go2cpp::inliner {

using namespace syntax;

namespace {

// Runtime-package functions gc 1.19 inlines (their bodies call a non-inlined Fprint*), with the
// cost they add at a call site, measured with -m -m.
int runtime_inline_cost(const std::string& name) {
  if (name == "fmt.Println" || name == "fmt.Print") return 72;
  if (name == "fmt.Printf") return 73;
  return -1;
}

bool iface(const types::Type* t) { return t && types::is_interface(t); }

class Collector {
 public:
  Collector(const types::Info& info, Result& r) : info_(info), r_(r) {}

  void collect(const std::vector<const File*>& files) {
    for (const File* f : files) {
      for (const Decl* d : f->decls) {
        const FuncDecl* fd = d->as<FuncDecl>();
        if (fd == nullptr || fd->body == nullptr) continue;
        auto fn = std::make_unique<Function>();
        fn->node = fd;
        fn->body = fd->body;
        auto it = info_.defs.find(fd->name);
        fn->obj = it != info_.defs.end() && it->second ? it->second->as<types::Func>() : nullptr;
        auto st = info_.func_sigs.find(fd);
        fn->sig = st != info_.func_sigs.end() ? st->second : nullptr;
        fn->pos = fd->name->pos;
        fn->name = decl_name(fd);
        if (fd->recv == nullptr && fd->name->name == "init") fn->name = "init." + std::to_string(inits_++);
        fn->generic = !fd->type->type_params.list.empty() || (fn->sig && fn->sig->recv &&
                                                              receiver_generic(fd));
        Function* raw = fn.get();
        r_.by_node[fd] = raw;
        if (fn->obj) r_.by_obj[fn->obj] = raw;
        r_.functions.push_back(std::move(fn));
        literals(fd->body, raw);
      }
    }
  }

 private:
  static bool receiver_generic(const FuncDecl* fd) {
    const Expr* t = fd->recv->type;
    if (const StarExpr* s = t->as<StarExpr>()) t = s->x;
    return t->is<IndexExpr>();
  }

  static std::string decl_name(const FuncDecl* fd) {
    if (fd->recv == nullptr) return fd->name->name;
    const Expr* t = fd->recv->type;
    bool ptr = false;
    if (const ParenExpr* p = t->as<ParenExpr>()) t = p->x;
    if (const StarExpr* s = t->as<StarExpr>()) {
      ptr = true;
      t = s->x;
    }
    if (const IndexExpr* ix = t->as<IndexExpr>()) t = ix->x;
    std::string tn = t->as<Ident>() ? t->as<Ident>()->name : "?";
    return (ptr ? "(*" + tn + ")" : tn) + "." + fd->name->name;
  }

  // Function literals, numbered in source order per enclosing function as gc names them.
  void literals(const Node* body, Function* outer) {
    walk(body, [&](const Node* n) {
      const FuncLit* fl = n->as<FuncLit>();
      if (fl == nullptr) return true;
      auto fn = std::make_unique<Function>();
      fn->node = fl;
      fn->body = fl->body;
      auto st = info_.func_sigs.find(fl);
      fn->sig = st != info_.func_sigs.end() ? st->second : nullptr;
      fn->outer = outer;
      fn->pos = fl->pos;
      // gc: closures of a top-level function are F.func1, F.func2; nested ones F.func1.1.
      fn->name = outer->outer == nullptr ? outer->name + ".func" + std::to_string(++outer->closures)
                                         : outer->name + "." + std::to_string(++outer->closures);
      fn->generic = outer->generic;
      Function* raw = fn.get();
      r_.by_node[fl] = raw;
      r_.functions.push_back(std::move(fn));
      literals(fl->body, raw);
      return false;
    });
  }

  const types::Info& info_;
  Result& r_;
  int inits_ = 0;  // gc names init functions init.0, init.1, ...
};

// Variables bound once to a function literal and never assigned again.
void find_static_lits(const std::vector<const File*>& files, const types::Info& info, Result& r) {
  std::unordered_map<const types::Var*, int> assigns;
  std::unordered_set<const types::Var*> addressed;
  auto var_of = [&](const Expr* e) -> const types::Var* {
    const Ident* id = e ? e->as<Ident>() : nullptr;
    if (!id) return nullptr;
    const types::Object* o = info.object_of(id);
    return o ? o->as<types::Var>() : nullptr;
  };
  for (const File* f : files) {

    for (const Decl* d : f->decls) {
      walk(d, [&](const Node* n) {
        if (const AssignStmt* as = n->as<AssignStmt>()) {
          for (size_t i = 0; i < as->lhs.size(); ++i) {
            const types::Var* v = var_of(as->lhs[i]);
            if (!v) continue;
            assigns[v]++;
            if (as->define && as->op == Op::None && as->lhs.size() == as->rhs.size()) {
              const Expr* rhs = as->rhs[i];
              if (const FuncLit* fl = rhs->as<FuncLit>()) r.static_lits[v] = fl;
            }
          }
        } else if (const ValueSpec* vs = n->as<ValueSpec>()) {
          for (size_t i = 0; i < vs->names.size(); ++i) {
            const types::Var* v = var_of(vs->names[i]);
            if (!v) continue;
            assigns[v]++;
            if (i < vs->values.size()) {
              if (const FuncLit* fl = vs->values[i]->as<FuncLit>()) r.static_lits[v] = fl;
            }
          }
        } else if (const UnaryExpr* u = n->as<UnaryExpr>(); u && u->op == Op::And) {
          if (const types::Var* v = var_of(u->x)) addressed.insert(v);
        } else if (const RangeStmt* rs = n->as<RangeStmt>()) {
          if (const types::Var* v = var_of(rs->key)) assigns[v] += 2;
          if (const types::Var* v = var_of(rs->value)) assigns[v] += 2;
        }
        return true;
      });
    }
  }
  for (auto it = r.static_lits.begin(); it != r.static_lits.end();) {
    if (assigns[it->first] != 1 || addressed.count(it->first)) {
      it = r.static_lits.erase(it);
    } else {
      ++it;
    }
  }
}

// The hairy visitor: the cost of a body, or a reason it cannot be inlined.
class Coster {
 public:
  Coster(const Result& r, const types::Info& info, const Function* self,
         const std::function<const Function*(const Function*)>& decide)
      : r_(r), info_(info), self_(self), decide_(decide) {}

  int cost = 0;
  std::string reason;

  void stmts(const std::vector<Stmt*>& list) {
    for (const Stmt* s : list) stmt(s);
  }

  void stmt(const Stmt* s) {
    if (s == nullptr || !reason.empty()) return;
    switch (s->kind) {
      case NodeKind::BlockStmt: stmts(s->as<BlockStmt>()->list); break;
      case NodeKind::ExprStmt: expr(s->as<ExprStmt>()->x); break;
      case NodeKind::EmptyStmt: break;
      case NodeKind::DeclStmt: decl(s->as<DeclStmt>()->decl); break;
      case NodeKind::LabeledStmt:
        cost += 1;
        stmt(s->as<LabeledStmt>()->stmt);
        break;
      case NodeKind::BranchStmt:
        if (s->as<BranchStmt>()->tok != BranchKind::Fallthrough) cost += 1;
        break;
      case NodeKind::SendStmt: {
        const SendStmt* ss = s->as<SendStmt>();
        cost += 1;
        expr(ss->chan);
        const types::Type* ct = info_.type_of(ss->chan);
        const types::Chan* ch = ct ? types::under(ct)->as<types::Chan>() : nullptr;
        value(ss->value, ch ? ch->elem : nullptr);
        break;
      }
      case NodeKind::IncDecStmt:
        cost += 2;  // OASOP and the constant 1
        expr(s->as<IncDecStmt>()->x);
        break;
      case NodeKind::AssignStmt: assign(s->as<AssignStmt>()); break;
      case NodeKind::GoStmt: reason = "unhandled op GO"; break;
      case NodeKind::DeferStmt: reason = "unhandled op DEFER"; break;
      case NodeKind::ReturnStmt: {
        const ReturnStmt* rs = s->as<ReturnStmt>();
        cost += 1;
        const types::Tuple* res = current_sig_ ? current_sig_->results : nullptr;
        for (size_t i = 0; i < rs->results.size(); ++i) {
          value(rs->results[i], res && i < res->vars.size() && rs->results.size() == res->vars.size()
                                    ? res->vars[i]->type
                                    : nullptr);
        }
        break;
      }
      case NodeKind::IfStmt: {
        const IfStmt* is = s->as<IfStmt>();
        stmt(is->init);
        const types::TypeAndValue* tv = info_.type_and_value(is->cond);
        if (tv && tv->mode == types::Mode::Constant) {  // a constant condition costs nothing
          if (tv->value.to_string() == "true") {
            stmt(is->body);
          } else {
            stmt(is->else_);
          }
          break;
        }
        cost += 1;
        expr(is->cond);
        stmt(is->body);
        stmt(is->else_);
        break;
      }
      case NodeKind::CaseClause: {
        const CaseClause* cc = s->as<CaseClause>();
        cost += 1;
        for (const Expr* e : cc->list) expr(e);
        stmts(cc->body);
        break;
      }
      case NodeKind::SwitchStmt: {
        const SwitchStmt* ss = s->as<SwitchStmt>();
        stmt(ss->init);
        cost += 1;
        if (ss->tag) expr(ss->tag);
        for (const CaseClause* cc : ss->clauses) stmt(cc);
        break;
      }
      case NodeKind::TypeSwitchStmt: {
        const TypeSwitchStmt* ts = s->as<TypeSwitchStmt>();
        stmt(ts->init);
        cost += 2;  // OSWITCH and OTYPESW
        if (ts->bind) cost += kDeclCost;
        expr(ts->guard->x);
        for (const CaseClause* cc : ts->clauses) stmt(cc);
        break;
      }
      case NodeKind::CommClause: {
        const CommClause* cc = s->as<CommClause>();
        cost += 1;
        stmt(cc->comm);
        stmts(cc->body);
        break;
      }
      case NodeKind::SelectStmt:
        cost += 4;
        for (const CommClause* cc : s->as<SelectStmt>()->clauses) stmt(cc);
        break;
      case NodeKind::ForStmt: {
        const ForStmt* fs = s->as<ForStmt>();
        stmt(fs->init);
        cost += 1;
        if (fs->cond) expr(fs->cond);
        stmt(fs->post);
        stmt(fs->body);
        break;
      }
      case NodeKind::RangeStmt: {
        const RangeStmt* rs = s->as<RangeStmt>();
        cost += kRangeCost;
        const types::Type* xt = info_.type_of(rs->x);
        if (xt && types::under(xt)->kind == types::TypeKind::Map) cost += kMapRangeExtra;
        if (rs->key) cost += 1;
        if (rs->value) cost += 1;
        expr(rs->x);
        stmt(rs->body);
        break;
      }
      default: break;
    }
  }

  void decl(const GenDecl* gd) {
    if (gd->tok == DeclKind::Type) {
      reason = "unhandled op DCLTYPE";
      return;
    }
    if (gd->tok != DeclKind::Var) return;
    for (const Spec* sp : gd->specs) {
      const ValueSpec* vs = sp->as<ValueSpec>();
      if (!vs) continue;
      for (size_t i = 0; i < vs->names.size(); ++i) {
        bool blank = vs->names[i]->name == "_";
        if (!blank) cost += kDeclCost;
        if (vs->values.empty()) {
          if (!blank) cost += 2;  // x = zero value
        } else if (vs->values.size() == vs->names.size()) {
          cost += 2;
          const types::Object* o = info_.object_of(vs->names[i]);
          value(vs->values[i], o ? o->type : nullptr);
        } else if (i == 0) {
          cost += 1 + static_cast<int>(vs->names.size());
          for (const Expr* v : vs->values) expr(v);
        }
      }
    }
  }

  void assign(const AssignStmt* as) {
    if (as->define) {
      for (const Expr* l : as->lhs) {
        const Ident* id = l->as<Ident>();
        if (id && id->name != "_" && info_.defs.count(id)) cost += kDeclCost;
      }
    }
    cost += 1;  // OAS, OAS2, OASOP
    for (const Expr* l : as->lhs) expr(l);
    for (size_t i = 0; i < as->rhs.size(); ++i) {
      const types::Type* dst = as->lhs.size() == as->rhs.size() ? info_.type_of(as->lhs[i]) : nullptr;
      value(as->rhs[i], dst);
    }
  }

  // An expression assigned to a destination of type dst: an implicit interface conversion is a
  // node of its own.
  void value(const Expr* e, const types::Type* dst) {
    if (e == nullptr) return;
    if (conv_iface(e, dst)) cost += 1;
    expr(e);
  }

  bool conv_iface(const Expr* e, const types::Type* dst) const {
    if (!iface(dst)) return false;
    const types::Type* src = info_.type_of(e);
    if (src == nullptr || iface(src)) return false;
    if (types::basic_kind(src) == types::BasicKind::UntypedNil) return false;
    return true;
  }

  void expr(const Expr* e) {
    if (e == nullptr || !reason.empty()) return;
    switch (e->kind) {
      case NodeKind::Ident: {
        cost += 1;
        break;
      }
      case NodeKind::BasicLit: cost += 1; break;
      case NodeKind::ParenExpr: expr(e->as<ParenExpr>()->x); break;
      case NodeKind::FuncLit: {
        const FuncLit* fl = e->as<FuncLit>();
        cost += 1 + kClosureCost;
        const types::Signature* saved = current_sig_;
        auto st = info_.func_sigs.find(fl);
        current_sig_ = st != info_.func_sigs.end() ? st->second : nullptr;
        stmt(fl->body);
        current_sig_ = saved;
        break;
      }
      case NodeKind::CompositeLit: composite(e->as<CompositeLit>()); break;
      case NodeKind::SelectorExpr: {
        const SelectorExpr* se = e->as<SelectorExpr>();
        auto it = info_.selections.find(se);
        if (it != info_.selections.end() && it->second.kind == types::Selection::Kind::Qualified) {
          cost += 1;
          break;
        }
        if (it != info_.selections.end() && it->second.kind == types::Selection::Kind::MethodVal) {
          cost += 2;  // OMETHVALUE (with its toolstash hack)
        } else {
          cost += 1 + static_cast<int>(it != info_.selections.end() && it->second.path.size() > 1
                                           ? it->second.path.size() - 1
                                           : 0);
        }
        expr(se->x);
        break;
      }
      case NodeKind::IndexExpr: {
        const IndexExpr* ix = e->as<IndexExpr>();
        if (info_.instances.count(ix->x->as<Ident>())) {
          cost += 1;
          break;
        }
        cost += 1;
        expr(ix->x);
        for (const Expr* i : ix->indices) expr(i);
        break;
      }
      case NodeKind::SliceExpr: {
        const SliceExpr* s = e->as<SliceExpr>();
        cost += 1;
        const types::Type* xt = info_.type_of(s->x);
        if (xt && types::under(xt)->kind == types::TypeKind::Array) cost += 1;  // implicit &a
        expr(s->x);
        expr(s->low);
        expr(s->high);
        expr(s->max);
        break;
      }
      case NodeKind::TypeAssertExpr:
        cost += 1;
        expr(e->as<TypeAssertExpr>()->x);
        break;
      case NodeKind::CallExpr: call(e->as<CallExpr>()); break;
      case NodeKind::StarExpr:
        cost += 1;
        expr(e->as<StarExpr>()->x);
        break;
      case NodeKind::UnaryExpr: {
        const UnaryExpr* u = e->as<UnaryExpr>();
        if (u->op == Op::Add) {
          expr(u->x);
          break;
        }
        cost += 1;
        expr(u->x);
        break;
      }
      case NodeKind::BinaryExpr: {
        const BinaryExpr* b = e->as<BinaryExpr>();
        const types::TypeAndValue* tv = info_.type_and_value(b);
        if (tv && tv->mode == types::Mode::Constant) {
          cost += 1;
          break;
        }
        // a + b + c on strings is one OADDSTR with a list.
        if (b->op == Op::Add && tv && types::is_string(tv->type)) {
          cost += 1;
          addstr(b);
          break;
        }
        cost += 1;
        expr(b->x);
        expr(b->y);
        break;
      }
      case NodeKind::KeyValueExpr: {
        const KeyValueExpr* kv = e->as<KeyValueExpr>();
        cost += 1;
        expr(kv->key);
        expr(kv->value);
        break;
      }
      default: break;
    }
  }

  void addstr(const Expr* e) {
    const BinaryExpr* b = e->as<BinaryExpr>();
    const types::TypeAndValue* tv = b ? info_.type_and_value(b) : nullptr;
    if (b && b->op == Op::Add && tv && tv->mode != types::Mode::Constant) {
      addstr(b->x);
      addstr(b->y);
      return;
    }
    if (const ParenExpr* p = e->as<ParenExpr>()) return addstr(p->x);
    expr(e);
  }

  void composite(const CompositeLit* cl) {
    const types::Type* t = info_.type_of(cl);
    const types::Type* u = t ? types::under(t) : nullptr;
    if (u && u->kind == types::TypeKind::Pointer) u = types::under(u->as<types::Pointer>()->elem);
    cost += 1;
    if (u && u->kind == types::TypeKind::Slice) cost += 1;  // OSLICELIT's toolstash hack
    const types::Type* elem = nullptr;
    if (u) {
      if (const auto* s = u->as<types::Slice>()) elem = s->elem;
      if (const auto* a = u->as<types::Array>()) elem = a->elem;
      if (const auto* m = u->as<types::Map>()) elem = m->elem;
    }
    bool is_struct = u && u->kind == types::TypeKind::Struct;
    const types::Struct* st = is_struct ? u->as<types::Struct>() : nullptr;
    for (size_t i = 0; i < cl->elts.size(); ++i) {
      const Expr* el = cl->elts[i];
      if (const KeyValueExpr* kv = el->as<KeyValueExpr>()) {
        cost += 1;
        if (!is_struct) expr(kv->key);
        const types::Type* dst = elem;
        if (st) {
          if (const Ident* k = kv->key->as<Ident>()) {
            for (const types::Var* f : st->fields) {
              if (f->name == k->name) dst = f->type;
            }
          }
        }
        value(kv->value, dst);
      } else {
        if (is_struct) cost += 1;  // OSTRUCTKEY
        const types::Type* dst = elem;
        if (st && i < st->fields.size()) dst = st->fields[i]->type;
        value(el, dst);
      }
    }
  }

  void call(const CallExpr* c) {
    const types::TypeAndValue* ftv = info_.type_and_value(c->fun);
    // A conversion.
    if (is_conversion(info_, c)) {
      const types::Type* to = info_.type_of(c);
      const types::Type* from = c->args.empty() ? nullptr : info_.type_of(c->args[0]);
      const types::TypeAndValue* tv = info_.type_and_value(c);
      if (tv && tv->mode == types::Mode::Constant) {
        cost += 1;
        return;
      }
      bool nop = from && to && types::identical(types::under(from), types::under(to));
      if (!nop) cost += 1;
      for (const Expr* a : c->args) expr(a);
      return;
    }
    // A builtin.
    if (ftv && ftv->mode == types::Mode::Builtin) {
      const Expr* f = c->fun;
      while (const ParenExpr* p = f->as<ParenExpr>()) f = p->x;
      std::string name = f->as<Ident>() ? f->as<Ident>()->name : "";
      const types::TypeAndValue* tv = info_.type_and_value(c);
      if (tv && tv->mode == types::Mode::Constant) {
        cost += 1;
        return;
      }
      if (name == "recover") {
        reason = "call to recover";
        return;
      }
      cost += 1;
      if (name == "panic") {
        cost += kExtraPanicCost;
        expr(c->args.empty() ? nullptr : c->args[0]);  // its implicit conversion is free
        return;
      }
      if (name == "append") cost += kExtraAppendCost;
      if (name == "new") cost += 1;  // the type operand
      size_t first = (name == "make" || name == "new") ? 1 : 0;
      for (size_t i = first; i < c->args.size(); ++i) expr(c->args[i]);
      return;
    }
    // A function call.
    cost += 1;
    Callee callee = static_callee(r_, info_, c);
    const types::Signature* sig = nullptr;
    if (const types::Type* ft = info_.type_of(c->fun)) {
      sig = types::under(ft)->as<types::Signature>();
    }
    // The callee operand: a method call is OMETHEXPR plus the receiver (with its implicit &).
    const SelectorExpr* se = c->fun->as<SelectorExpr>();
    auto sel = se ? info_.selections.find(se) : info_.selections.end();
    if (se && sel != info_.selections.end() && sel->second.kind == types::Selection::Kind::MethodVal) {
      cost += 1;
      const types::Func* m = sel->second.obj->as<types::Func>();
      const types::Type* xt = info_.type_of(se->x);
      bool iface = xt && types::is_interface(xt);
      if (!iface && m && m->sig()->recv && m->sig()->recv->type->kind == types::TypeKind::Pointer &&
          xt && types::under(xt)->kind != types::TypeKind::Pointer) {
        cost += 1;  // &x
      }
      if (!iface) cost += static_cast<int>(sel->second.path.size() > 1 ? sel->second.path.size() - 1 : 0);
      expr(se->x);
    } else {
      expr(c->fun);
    }
    if (callee.fn != nullptr) {
      const Function* fn = decide_(callee.fn);
      if (fn == self_ || fn == nullptr || !fn->inlinable) {
        cost += kExtraCallCost;
      } else {
        cost += fn->cost;
      }
    } else if (callee.runtime_cost >= 0) {
      cost += callee.runtime_cost;
    } else {
      cost += kExtraCallCost;
    }
    // Arguments, with their implicit conversions to the parameters' types.
    const types::Tuple* params = sig ? sig->params : nullptr;
    for (size_t i = 0; i < c->args.size(); ++i) {
      const types::Type* dst = nullptr;
      if (params && !params->vars.empty()) {
        size_t n = params->vars.size();
        if (sig->variadic && i >= n - 1 && !c->has_ellipsis) {
          const types::Type* st = params->vars[n - 1]->type;
          if (const auto* s = types::under(st)->as<types::Slice>()) dst = s->elem;
        } else if (i < n) {
          dst = params->vars[i]->type;
        }
      }
      value(c->args[i], dst);
    }
  }

  const types::Signature* current_sig_ = nullptr;

 private:
  const Result& r_;
  const types::Info& info_;
  const Function* self_;
  const std::function<const Function*(const Function*)>& decide_;
};

}  // namespace

bool is_conversion(const types::Info& info, const CallExpr* call) {
  const Expr* f = call->fun;
  while (const ParenExpr* p = f->as<ParenExpr>()) f = p->x;
  const types::TypeAndValue* tv = info.type_and_value(f);
  if (tv) return tv->mode == types::Mode::TypeExpr;
  switch (f->kind) {
    case NodeKind::ArrayType: case NodeKind::MapType: case NodeKind::ChanType:
    case NodeKind::FuncType: case NodeKind::InterfaceType: case NodeKind::StructType:
      return true;
    default: return false;
  }
}

Callee static_callee(const Result& r, const types::Info& info, const CallExpr* call) {
  Callee c;
  const Expr* f = call->fun;
  while (const ParenExpr* p = f->as<ParenExpr>()) f = p->x;
  if (const FuncLit* fl = f->as<FuncLit>()) {
    auto it = r.by_node.find(fl);
    if (it != r.by_node.end()) c.fn = it->second;
    return c;
  }
  if (const Ident* id = f->as<Ident>()) {
    const types::Object* o = info.object_of(id);
    if (o == nullptr) return c;
    if (const types::Func* fn = o->as<types::Func>()) {
      auto it = r.by_obj.find(fn);
      if (it != r.by_obj.end()) c.fn = it->second;
    } else if (const types::Var* v = o->as<types::Var>()) {
      auto it = r.static_lits.find(v);
      if (it != r.static_lits.end()) {
        auto jt = r.by_node.find(it->second);
        if (jt != r.by_node.end()) c.fn = jt->second;
      }
    }
    return c;
  }
  if (const SelectorExpr* se = f->as<SelectorExpr>()) {
    auto it = info.selections.find(se);
    if (it == info.selections.end()) return c;
    const types::Selection& sel = it->second;
    if (sel.kind == types::Selection::Kind::Qualified) {
      const Ident* pkg = se->x->as<Ident>();
      if (pkg == nullptr) return c;
      const types::Object* po = info.object_of(pkg);
      const types::PkgName* pn = po ? po->as<types::PkgName>() : nullptr;
      std::string name = (pn ? pkg->name : pkg->name) + "." + se->sel->name;
      if (sel.obj && sel.obj->as<types::Func>()) {
        auto jt = r.by_obj.find(sel.obj->as<types::Func>());
        if (jt != r.by_obj.end()) {
          c.fn = jt->second;
          return c;
        }
      }
      c.runtime_cost = runtime_inline_cost(name);
      if (c.runtime_cost >= 0) c.runtime_name = name;
      return c;
    }
    if (sel.kind == types::Selection::Kind::MethodVal || sel.kind == types::Selection::Kind::MethodExpr) {
      const types::Type* xt = info.type_of(se->x);
      if (sel.kind == types::Selection::Kind::MethodVal && xt && types::is_interface(xt)) return c;
      const types::Func* m = sel.obj ? sel.obj->as<types::Func>() : nullptr;
      if (m && m->origin) m = m->origin;
      if (m) {
        auto jt = r.by_obj.find(m);
        if (jt != r.by_obj.end()) c.fn = jt->second;
      }
    }
  }
  return c;
}

Result analyze(const std::vector<const File*>& files, const types::Info& info) {
  Result r;
  Collector(info, r).collect(files);
  find_static_lits(files, info, r);

  // Decide each function on demand, callees first; a cycle means recursion: a function calling
  // itself directly is "recursive" (gc never inlines it); in a longer cycle the callee not yet
  // decided counts as a call that is not inlined, as in gc's bottom-up walk.
  enum State { Undecided, Deciding, Decided };
  std::unordered_map<const Function*, State> state;
  std::unordered_set<const Function*> self_recursive;
  for (const auto& fn : r.functions) {
    if (fn->node->is<FuncDecl>() && fn->obj) {
      walk(fn->body, [&](const Node* n) {
        if (const CallExpr* c = n->as<CallExpr>()) {
          Callee ce = static_callee(r, info, c);
          if (ce.fn == fn.get()) self_recursive.insert(fn.get());
        }
        return true;
      });
    }
  }
  std::function<const Function*(const Function*)> decide = [&](const Function* cfn) -> const Function* {
    Function* fn = r.by_node.at(cfn->node);
    State& s = state[fn];
    if (s == Decided) return fn;
    if (s == Deciding) return nullptr;
    s = Deciding;
    if (fn->generic) {
      fn->reason = "generic";
    } else if (self_recursive.count(fn)) {
      fn->reason = "recursive";
    } else {
      Coster c(r, info, fn, decide);
      c.current_sig_ = fn->sig;
      c.stmt(fn->body);
      fn->cost = c.cost;
      if (!c.reason.empty()) {
        fn->reason = c.reason;
      } else if (c.cost > kMaxBudget) {
        fn->reason = "function too complex: cost " + std::to_string(c.cost) + " exceeds budget " +
                     std::to_string(kMaxBudget);
      } else {
        fn->inlinable = true;
      }
    }
    state[fn] = Decided;
    return fn;
  };
  for (const auto& fn : r.functions) decide(fn.get());
  return r;
}

}  // namespace go2cpp::inliner
