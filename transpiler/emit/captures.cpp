// Which local variables live in heap cells. Go closures capture variables by reference and may
// outlive the frame, so a local variable that a function literal refers to (and that is declared
// outside that literal) is declared as a cell on the collected heap: `go::ptr<T> x =
// go::gc_new<T>(...)`, used as `*x`, and captured by copying the pointer. A local whose address
// is taken but, by escape analysis (transpiler/escape/), never outlives its block stays an
// ordinary C++ local; closures' captured variables always live in cells (docs/escape.md).
#include "emit/emit_internal.h"
#include "syntax/walk.h"

namespace go2cpp::emit {

namespace {

bool inside(Pos p, Pos begin, Pos end) {
  if (p.file != begin.file) return false;
  auto before = [](Pos a, Pos b) { return a.line < b.line || (a.line == b.line && a.col < b.col); };
  return !before(p, begin) && before(p, end);
}

}  // namespace

void Emitter::find_captures(const BlockStmt* body) {
  walk(body, [&](const Node* n) {
    const FuncLit* fl = n->as<FuncLit>();
    if (fl == nullptr) return true;
    Pos begin = fl->pos, end = fl->body->rbrace;
    end.col += 1;
    walk(fl->body, [&](const Node* inner) {
      if (const Ident* id = inner->as<Ident>()) {
        auto it = info_->uses.find(id);
        if (it == info_->uses.end()) return true;
        const types::Var* v = it->second->as<types::Var>();
        if (v == nullptr || v->is_package_level || v->is_field) return true;
        if (!inside(v->pos, begin, end)) boxed_.insert(v);
      }
      return true;
    });
    return true;  // nested literals are visited too
  });
  // A local whose address is taken (&x, &x.f, &x[i] of an array, x[i:j] of an array) must
  // outlive its frame if the pointer does: it lives in a heap cell too.
  auto root_var = [&](const Expr* e) -> const types::Var* {
    while (true) {
      if (const ParenExpr* p = e->as<ParenExpr>()) {
        e = p->x;
      } else if (const SelectorExpr* s = e->as<SelectorExpr>()) {
        const Type* t = type_of(s->x);
        if (t == nullptr || types::under(const_cast<Type*>(t))->kind == types::TypeKind::Pointer) {
          return nullptr;
        }
        e = s->x;
      } else if (const IndexExpr* ix = e->as<IndexExpr>()) {
        const Type* t = type_of(ix->x);
        if (t == nullptr || types::under(const_cast<Type*>(t))->kind != types::TypeKind::Array) {
          return nullptr;
        }
        e = ix->x;
      } else {
        break;
      }
    }
    const Ident* id = e->as<Ident>();
    if (id == nullptr) return nullptr;
    auto it = info_->uses.find(id);
    if (it == info_->uses.end()) return nullptr;
    const types::Var* v = it->second->as<types::Var>();
    if (v == nullptr || v->is_package_level) return nullptr;
    return v;
  };
  // Escape analysis keeps a local whose address does not outlive its C++ block on the stack
  // (`&x` is then `go::ptr<T>(&x)`); a three-clause loop's variables stay in cells, since Go 1.22
  // gives each iteration its own copy and the cells implement that.
  std::unordered_set<const types::Var*> loop_vars;
  walk(body, [&](const Node* n) {
    const ForStmt* fs = n->as<ForStmt>();
    const AssignStmt* init = fs && fs->init ? fs->init->as<AssignStmt>() : nullptr;
    if (init && init->define) {
      for (const Expr* l : init->lhs) {
        if (const Ident* id = l->as<Ident>()) {
          auto it = info_->defs.find(id);
          if (it != info_->defs.end() && it->second) loop_vars.insert(it->second->as<types::Var>());
        }
      }
    }
    return true;
  });
  auto box = [&](const types::Var* v) {
    const escape::Result* esc = options_.escapes;
    if (esc && esc->var_on_stack(v) && !loop_vars.count(v)) return;
    boxed_.insert(v);
  };
  walk(body, [&](const Node* n) {
    if (const SelectorExpr* se = n->as<SelectorExpr>()) {
      // x.M() with a pointer receiver on an addressable value takes &x.
      auto it = info_->selections.find(se);
      if (it != info_->selections.end() &&
          it->second.kind == types::Selection::Kind::MethodVal) {
        const types::Func* m = it->second.obj->as<types::Func>();
        const Type* xt = type_of(se->x);
        if (m && m->sig()->recv && m->sig()->recv->type->kind == types::TypeKind::Pointer &&
            xt && types::under(const_cast<Type*>(xt))->kind != types::TypeKind::Pointer &&
            !it->second.indirect) {
          if (const types::Var* v = root_var(se->x)) box(v);
        }
      }
    }
    if (const UnaryExpr* u = n->as<UnaryExpr>(); u && u->op == Op::And) {
      if (const types::Var* v = root_var(u->x)) box(v);
    } else if (const SliceExpr* s = n->as<SliceExpr>()) {
      const Type* t = type_of(s->x);
      if (t && types::under(const_cast<Type*>(t))->kind == types::TypeKind::Array) {
        if (const types::Var* v = root_var(s->x)) box(v);
      }
    }
    return true;
  });
}

}  // namespace go2cpp::emit
