// gc's rule for recover (docs/generated-code.md): recover() stops a panic only when called by the
// deferred function itself. Which functions call recover directly, and which may run as deferred
// calls and reach one, decides where the emitter takes and drops the runtime's defer token.
#include "emit/emit_internal.h"
#include "syntax/walk.h"

namespace go2cpp::emit {

using namespace go2cpp::types;

namespace {

bool is_recover_call(const Node* n, const types::Info& info) {
  const CallExpr* c = n->as<CallExpr>();
  if (c == nullptr) return false;
  const Expr* f = c->fun;
  while (const ParenExpr* p = f->as<ParenExpr>()) f = p->x;
  const Ident* id = f->as<Ident>();
  if (id == nullptr) return false;
  auto it = info.uses.find(id);
  if (it == info.uses.end() || it->second == nullptr) return false;
  const Builtin* b = it->second->as<Builtin>();
  return b != nullptr && b->id == BuiltinId::Recover;
}

}  // namespace

bool Emitter::calls_recover(const BlockStmt* body) const {
  bool found = false;
  walk(body, [&](const Node* n) {
    if (n->is<FuncLit>()) return false;
    if (is_recover_call(n, *info_)) found = true;
    return !found;
  });
  return found;
}

bool Emitter::may_reach_recover(const BlockStmt* body) const {
  bool found = false;
  // Calls deferred or started here run with their own token (this function's defer frame sets
  // it), so only their arguments count.
  std::unordered_set<const Node*> skip;
  walk(body, [&](const Node* n) {
    if (n->is<FuncLit>()) return false;
    if (const DeferStmt* d = n->as<DeferStmt>()) skip.insert(d->call);
    if (const GoStmt* g = n->as<GoStmt>()) skip.insert(g->call);
    const CallExpr* c = n->as<CallExpr>();
    if (c == nullptr || skip.count(c)) return !found;
    const TypeAndValue* ftv = info_->type_and_value(c->fun);
    if (ftv == nullptr || ftv->mode == Mode::TypeExpr || ftv->mode == Mode::Builtin) return true;
    const Expr* f = c->fun;
    while (const ParenExpr* p = f->as<ParenExpr>()) f = p->x;
    const types::Object* callee = nullptr;
    if (const Ident* id = f->as<Ident>()) {
      auto it = info_->uses.find(id);
      if (it != info_->uses.end()) callee = it->second;
    } else if (const SelectorExpr* se = f->as<SelectorExpr>()) {
      auto it = info_->selections.find(se);
      if (it != info_->selections.end()) {
        callee = it->second.obj;
        if (it->second.kind == Selection::Kind::Qualified && callee && callee->pkg &&
            callee->pkg->is_runtime) {
          return true;  // the runtime's functions never call Go's recover
        }
      }
    }
    const Func* fn = callee ? callee->as<Func>() : nullptr;
    // A func value or an interface method could be anything; declared functions are known.
    bool unknown = fn == nullptr || (fn->decl == nullptr && !(fn->pkg && fn->pkg->is_runtime));
    if (unknown || recover_funcs_.count(fn)) found = true;
    return !found;
  });
  return found;
}

void Emitter::find_recover_funcs() {
  for (const File* f : files_) {
    for (const Decl* d : f->decls) {
      const FuncDecl* fd = d->as<FuncDecl>();
      if (fd == nullptr || fd->body == nullptr) continue;
      // Callees of calls (not values), and what defer statements run.
      std::unordered_set<const Node*> callees, deferred;
      walk(fd->body, [&](const Node* n) {
        if (is_recover_call(n, *info_)) uses_recover_ = true;
        if (const CallExpr* c = n->as<CallExpr>()) {
          const Expr* fun = c->fun;
          while (const ParenExpr* p = fun->as<ParenExpr>()) fun = p->x;
          callees.insert(fun);
          if (const SelectorExpr* se = fun->as<SelectorExpr>()) callees.insert(se->sel);
        }
        if (const DeferStmt* ds = n->as<DeferStmt>()) {
          if (const CallExpr* c = ds->call->as<CallExpr>()) {
            const Expr* fun = c->fun;
            while (const ParenExpr* p = fun->as<ParenExpr>()) fun = p->x;
            deferred.insert(fun);
            if (const SelectorExpr* se = fun->as<SelectorExpr>()) deferred.insert(se->sel);
          }
        }
        return true;
      });
      walk(fd->body, [&](const Node* n) {
        if (n->is<FuncLit>() && (deferred.count(n) || !callees.count(n))) deferrable_lits_.insert(n);
        if (const Ident* id = n->as<Ident>()) {
          auto it = info_->uses.find(id);
          const types::Object* obj = it != info_->uses.end() ? it->second : nullptr;
          if (obj && obj->kind == ObjKind::Func && (deferred.count(n) || !callees.count(n))) {
            deferrable_funcs_.insert(obj);
          }
        }
        return true;
      });
      if (calls_recover(fd->body)) {
        auto it = info_->defs.find(fd->name);
        if (it != info_->defs.end() && it->second) recover_funcs_.insert(it->second);
      }
    }
  }
}

}  // namespace go2cpp::emit
