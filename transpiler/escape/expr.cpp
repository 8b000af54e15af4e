// Expressions: where the value of each expression comes from, as edges into the hole it flows to
// (gc's escape/expr.go). An address (&x, slicing an array) is a -1 edge, a dereference (*p, p.f
// through a pointer, s[i] of a slice) a +1 edge; allocations are locations of their own.
#include "escape/graph.h"
#include "syntax/walk.h"
#include "types/predicates.h"

namespace go2cpp::escape {

using namespace syntax;

namespace {

const types::Type* und(const types::Type* t) { return t ? types::under(t) : nullptr; }

bool is_kind(const types::Type* t, types::TypeKind k) {
  const types::Type* u = und(t);
  return u && u->kind == k;
}

// gc heap-allocates implicitly sized values above 64 KiB.
constexpr int64_t kMaxImplicitStackVarSize = 64 * 1024;

}  // namespace

void Builder::expr(Hole k, const Expr* e) {
  if (e == nullptr) return;
  const types::TypeAndValue* tv = info_.type_and_value(e);
  // A value without pointers carries no address anywhere.
  if (k.derefs >= 0 && tv && tv->type && !types::is_untyped(tv->type) && !has_pointers(tv->type)) {
    k = discard_hole();
  }
  if (tv && (tv->mode == types::Mode::Constant || tv->mode == types::Mode::TypeExpr ||
             tv->mode == types::Mode::Builtin)) {
    return;
  }
  switch (e->kind) {
    case NodeKind::Ident: {
      const types::Object* o = info_.object_of(e->as<Ident>());
      const types::Var* v = o ? o->as<types::Var>() : nullptr;
      if (v == nullptr || v->is_package_level) return;
      if (Location* l = var_loc(v)) flow(k, l);
      return;
    }
    case NodeKind::ParenExpr: expr(k, e->as<ParenExpr>()->x); return;
    case NodeKind::FuncLit: closure(k, e->as<FuncLit>()); return;
    case NodeKind::CompositeLit: {
      const CompositeLit* cl = e->as<CompositeLit>();
      const types::Type* t = type_of(cl);
      const types::Type* u = und(t);
      if (u && u->kind == types::TypeKind::Pointer) u = und(u->as<types::Pointer>()->elem);
      if (u == nullptr) return;
      if (u->kind == types::TypeKind::Map) {
        spill(k, cl, gc_pos(cl, fileset_), gc_text(cl, info_));
        const auto* m = u->as<types::Map>();
        for (const Expr* el : cl->elts) {
          if (const KeyValueExpr* kv = el->as<KeyValueExpr>()) {
            value(heap_hole(), kv->key, m->key);
            value(heap_hole(), kv->value, m->elem);
          }
        }
        return;
      }
      const types::Type* elem = nullptr;
      Hole ek = k;
      if (u->kind == types::TypeKind::Slice) {
        ek = spill(k, cl, gc_pos(cl, fileset_), gc_text(cl, info_));
        elem = u->as<types::Slice>()->elem;
      } else if (u->kind == types::TypeKind::Array) {
        elem = u->as<types::Array>()->elem;
      }
      const types::Struct* st = u->as<types::Struct>();
      for (size_t i = 0; i < cl->elts.size(); ++i) {
        const Expr* el = cl->elts[i];
        const types::Type* dst = elem;
        const Expr* v = el;
        if (const KeyValueExpr* kv = el->as<KeyValueExpr>()) {
          v = kv->value;
          if (st) {
            if (const Ident* key = kv->key->as<Ident>()) {
              for (const types::Var* f : st->fields) {
                if (f->name == key->name) dst = f->type;
              }
            }
          } else {
            discard(kv->key);
          }
        } else if (st && i < st->fields.size()) {
          dst = st->fields[i]->type;
        }
        value(ek, v, dst);
      }
      return;
    }
    case NodeKind::SelectorExpr: {
      const SelectorExpr* se = e->as<SelectorExpr>();
      auto it = info_.selections.find(se);
      if (it == info_.selections.end()) return;
      const types::Selection& sel = it->second;
      if (sel.kind == types::Selection::Kind::Qualified) return;
      if (sel.kind == types::Selection::Kind::MethodExpr) return;
      if (sel.kind == types::Selection::Kind::MethodVal) {
        // A method value x.M is a closure over the receiver.
        Hole mk = spill(k, se, gc_pos(se, fileset_), gc_text(se, info_));
        const types::Func* m = sel.obj->as<types::Func>();
        bool ptr_recv = m && m->sig()->recv && m->sig()->recv->type->kind == types::TypeKind::Pointer;
        bool x_ptr = is_kind(type_of(se->x), types::TypeKind::Pointer);
        if (ptr_recv && !x_ptr && !sel.indirect) {
          expr(mk.addr(), se->x);
        } else if (!ptr_recv && x_ptr) {
          expr(mk.deref(), se->x);
        } else {
          expr(mk, se->x);
        }
        return;
      }
      // A field: through a pointer, the value is a dereference.
      bool through_ptr = is_kind(type_of(se->x), types::TypeKind::Pointer) || sel.indirect;
      expr(through_ptr ? k.deref() : k, se->x);
      return;
    }
    case NodeKind::IndexExpr: {
      const IndexExpr* ix = e->as<IndexExpr>();
      const types::Type* xt = und(type_of(ix->x));
      for (const Expr* i : ix->indices) discard(i);
      if (xt == nullptr) return;
      switch (xt->kind) {
        case types::TypeKind::Array: expr(k, ix->x); return;
        case types::TypeKind::Pointer:
        case types::TypeKind::Slice: expr(k.deref(), ix->x); return;
        default: discard(ix->x); return;  // strings, maps
      }
    }
    case NodeKind::SliceExpr: {
      const SliceExpr* s = e->as<SliceExpr>();
      discard(s->low);
      discard(s->high);
      discard(s->max);
      if (is_kind(type_of(s->x), types::TypeKind::Array)) {
        expr(k.addr(), s->x);  // slicing an array takes its address
      } else {
        expr(k, s->x);
      }
      return;
    }
    case NodeKind::TypeAssertExpr: {
      const TypeAssertExpr* ta = e->as<TypeAssertExpr>();
      const types::Type* to = type_of(ta);
      // The data word of an interface holding a non-pointer value points at a copy.
      expr(to && !types::is_interface(to) && !is_direct_iface(to) ? k.deref() : k, ta->x);
      return;
    }
    case NodeKind::CallExpr: call({k}, e->as<CallExpr>()); return;
    case NodeKind::StarExpr: expr(k.deref(), e->as<StarExpr>()->x); return;
    case NodeKind::UnaryExpr: {
      const UnaryExpr* u = e->as<UnaryExpr>();
      if (u->op == Op::And) {
        const Expr* x = u->x;
        while (const ParenExpr* p = x->as<ParenExpr>()) x = p->x;
        if (const CompositeLit* cl = x->as<CompositeLit>()) {
          // &T{...}: a new object the pointer points to.
          const types::Type* t = type_of(cl);
          Hole kk = type_size(t) > kMaxImplicitStackVarSize ? heap_hole() : k;
          Hole obj = spill(kk, u, u->pos, "&" + gc_text(cl, info_));
          expr(obj, cl);
          return;
        }
        expr(k.addr(), x);
        return;
      }
      if (u->op == Op::Arrow) {
        discard(u->x);
        return;
      }
      discard(u->x);
      return;
    }
    case NodeKind::BinaryExpr: {
      const BinaryExpr* b = e->as<BinaryExpr>();
      if (b->op == Op::Add && tv && types::is_string(tv->type)) {
        // String concatenation allocates the result; its operands never escape.
        spill(k, b, b->op_pos, gc_text(b, info_));
        discard(b->x);
        discard(b->y);
        return;
      }
      discard(b->x);
      discard(b->y);
      return;
    }
    case NodeKind::KeyValueExpr: {
      const KeyValueExpr* kv = e->as<KeyValueExpr>();
      discard(kv->key);
      expr(k, kv->value);
      return;
    }
    default: return;
  }
}

// An expression assigned to a destination of type dst: a non-interface value converted to an
// interface is an allocation of its own unless it fits in the interface's data word.
void Builder::value(Hole k, const Expr* e, const types::Type* dst, Pos conv_pos,
                    std::string conv_text) {
  if (e == nullptr) return;
  const types::Type* src = type_of(e);
  if (dst && types::is_interface(dst) && src && !types::is_interface(src) &&
      types::basic_kind(src) != types::BasicKind::UntypedNil) {
    conv_iface(k, e, conv_pos.valid() ? conv_pos : gc_pos(e, fileset_),
               conv_text.empty() ? gc_text(e, info_) : conv_text);
    return;
  }
  expr(k, e);
}

void Builder::conv_iface(Hole k, const Expr* e, Pos pos, std::string text) {
  const types::Type* src = type_of(e);
  if (!is_direct_iface(src)) k = spill(k, e, pos, std::move(text));
  expr(k, e);
}

// A function literal: a closure allocation holding its captured variables. Its body is walked
// now, as part of this batch, in a frame of its own.
void Builder::closure(Hole k, const FuncLit* fl) {
  auto it = inl_.by_node.find(fl);
  if (it == inl_.by_node.end()) return;
  Hole ck = spill(k, fl, fl->pos, "func literal");
  int frame = new_frame(it->second, cur_);
  // Captured variables: the outer variables the body (or a literal nested in it) refers to. At
  // the first capture, reassignments in straight-line code before it are forgiven (gc's rule).
  std::vector<Location*> vars;
  std::unordered_set<Location*> seen;
  syntax::walk(fl->body, [&](const Node* n) {
    const Ident* id = n->as<Ident>();
    if (id == nullptr) return true;
    auto u = info_.uses.find(id);
    if (u == info_.uses.end() || u->second == nullptr) return true;
    const types::Var* v = u->second->as<types::Var>();
    if (v == nullptr || v->is_package_level || v->is_field) return true;
    Location* l = var_loc(v);
    if (l == nullptr || !seen.insert(l).second) return true;
    if (!l->captured) {
      l->captured = true;
      if (l->loop_depth == loop_depth_) l->reassigned = false;
    }
    vars.push_back(l);
    return true;
  });
  closures_.push_back(Closure{ck, fl, frame, std::move(vars)});
  int saved_cur = cur_, saved_depth = loop_depth_;
  cur_ = frame;
  loop_depth_ = 1;
  scopes_.emplace_back();
  func_body(frame);
  scopes_.pop_back();
  cur_ = saved_cur;
  loop_depth_ = saved_depth;
}

// The hole for storing into lhs: a variable's own location; anything reached through a pointer,
// a slice, a map or a package variable is the heap.
Hole Builder::addr_of(const Expr* lhs) {
  if (lhs == nullptr) return discard_hole();
  while (const ParenExpr* p = lhs->as<ParenExpr>()) lhs = p->x;
  switch (lhs->kind) {
    case NodeKind::Ident: {
      const Ident* id = lhs->as<Ident>();
      if (id->name == "_") return discard_hole();
      const types::Object* o = info_.object_of(id);
      const types::Var* v = o ? o->as<types::Var>() : nullptr;
      if (v == nullptr || v->is_package_level) return heap_hole();
      Location* l = var_loc(v);
      return l ? hole(l) : heap_hole();
    }
    case NodeKind::SelectorExpr: {
      const SelectorExpr* se = lhs->as<SelectorExpr>();
      auto it = info_.selections.find(se);
      if (it != info_.selections.end() && it->second.kind == types::Selection::Kind::Qualified) {
        return heap_hole();
      }
      bool through_ptr = is_kind(type_of(se->x), types::TypeKind::Pointer) ||
                         (it != info_.selections.end() && it->second.indirect);
      if (through_ptr) {
        discard(se->x);
        return heap_hole();
      }
      return addr_of(se->x);
    }
    case NodeKind::IndexExpr: {
      const IndexExpr* ix = lhs->as<IndexExpr>();
      const types::Type* xt = und(type_of(ix->x));
      if (xt && xt->kind == types::TypeKind::Map) {
        discard(ix->x);
        const auto* m = xt->as<types::Map>();
        for (const Expr* i : ix->indices) value(heap_hole(), i, m->key);
        return heap_hole();
      }
      for (const Expr* i : ix->indices) discard(i);
      if (xt && xt->kind == types::TypeKind::Array) return addr_of(ix->x);
      discard(ix->x);
      return heap_hole();
    }
    case NodeKind::StarExpr: discard(lhs->as<StarExpr>()->x); return heap_hole();
    default: return heap_hole();
  }
}

}  // namespace go2cpp::escape
