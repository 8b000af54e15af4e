// Type expressions: identifiers and qualified names that denote types, and the composite type
// literals ([]T, [N]T, map[K]V, chan T, *T, func, struct, interface). Every type expression is
// recorded in Info with Mode::TypeExpr so later phases can ask what type a node denotes.
#include <algorithm>

#include "types/checker.h"

namespace go2cpp::types {

void compute_type_set(Interface* it);  // generics.cpp

Type* Checker::type_expr(const Expr* e) { return defined_type(e, nullptr); }

Type* Checker::defined_type(const Expr* e, Named* def) {
  (void)def;
  Type* invalid = universe_.basic(BasicKind::Invalid);
  Type* result = invalid;
  switch (e->kind) {
    case NodeKind::Ident:
    case NodeKind::SelectorExpr: {
      Operand x;
      expr_or_type(x, e);
      if (x.mode == Mode::TypeExpr) {
        result = x.type;
        if (const Named* n = result->as<Named>(); n && !n->tparams.empty()) {
          std::string params;
          for (const TypeParam* tp : n->tparams) {
            params += (params.empty() ? "" : ", ") + tp->obj->name + " " + tstr(tp->constraint);
          }
          error(e, "cannot use generic type " + tstr(n) + "[" + params + "] without instantiation");
          result = invalid;
        } else if (const Interface* it = under(result)->as<Interface>();
                   it && it->has_type_set && !in_constraint_) {
          // usable only as a constraint; generics will allow it there
          error(e, "cannot use type " + expr_str(e) +
                       " outside a type constraint: interface contains type constraints");
          result = invalid;
        }
      } else if (!x.invalid()) {
        error(e, expr_str(e) + " is not a type");
      }
      break;
    }
    case NodeKind::ParenExpr:
      result = defined_type(e->as<ParenExpr>()->x, def);
      break;
    case NodeKind::StarExpr:
      result = arena_.make<Pointer>(type_expr(e->as<StarExpr>()->x));
      break;
    case NodeKind::ArrayType: {
      const ArrayType* at = e->as<ArrayType>();
      if (at->len == nullptr) {
        result = arena_.make<Slice>(type_expr(at->elt));
      } else if (at->len->is<Ellipsis>()) {
        error(at->len, "invalid use of [...] array (outside a composite literal)");
        type_expr(at->elt);
      } else {
        int64_t n = array_length(at->len);
        Type* elem = type_expr(at->elt);
        if (n >= 0) result = arena_.make<Array>(elem, n);
      }
      break;
    }
    case NodeKind::MapType: {
      const MapType* mt = e->as<MapType>();
      Type* key = type_expr(mt->key);
      Type* val = type_expr(mt->value);
      // A type parameter key is checked when its constraint is known (it may be declared later
      // in the same type parameter list).
      if (!is_invalid(key) && !comparable(key) && !(in_constraint_ && key->kind == TypeKind::TypeParam)) {
        error(mt->key, "invalid map key type " + tstr(key));
      }
      result = arena_.make<Map>(key, val);
      break;
    }
    case NodeKind::ChanType: {
      const ChanType* ct = e->as<ChanType>();
      result = arena_.make<Chan>(ct->dir, type_expr(ct->value));
      break;
    }
    case NodeKind::FuncType: {
      Scope* scope = arena_.make<Scope>(scope_, "function type");
      result = func_type(e->as<FuncType>(), nullptr, scope, false);
      break;
    }
    case NodeKind::StructType:
      result = struct_type(e->as<StructType>());
      break;
    case NodeKind::InterfaceType:
      result = interface_type(e->as<InterfaceType>());
      break;
    case NodeKind::IndexExpr: {
      const IndexExpr* ix = e->as<IndexExpr>();
      Operand x;
      expr_or_type(x, ix->x);
      if (x.mode == Mode::TypeExpr) {
        result = instantiate_type(ix, x.type);
      } else if (!x.invalid()) {
        error(e, expr_str(e) + " is not a type");
      }
      break;
    }
    case NodeKind::Ellipsis:
      error(e, "invalid use of ...");
      break;
    default:
      error(e, expr_str(e) + " is not a type");
      break;
  }
  record_type(e, result);
  return result;
}

int64_t Checker::array_length(const Expr* e) {
  // A name that is not a constant gets gc's own wording (types2's arrayLength).
  if (const Ident* id = e->as<Ident>(); id && id->name != "_") {
    Scope* where = nullptr;
    if (Object* obj = scope_->lookup(id->name, &where); obj && obj->kind != ObjKind::Const) {
      info_.uses[id] = obj;
      error(e, "invalid array length " + id->name);
      return -1;
    }
  }
  Operand x;
  expr(x, e);
  if (x.invalid()) return -1;
  if (x.mode != Mode::Constant) {
    error(e, "array length " + expr_str(e) + " (" + operand_str(x).substr(expr_str(e).size() + 2) +
                 " must be constant");
    return -1;
  }
  if (is_untyped(x.type) || is_integer(x.type)) {
    constant::Value iv = constant::to_int(x.val);
    if (iv.kind() == constant::Kind::Int) {
      if (auto n = iv.int64_val(); n && *n >= 0) return *n;
    }
  }
  error(e, "invalid array length " + expr_str(e));
  return -1;
}

Signature* Checker::func_type(const FuncType* ft, const Field* recv, Scope* scope,
                              bool declare_params) {
  auto* sig = arena_.make<Signature>();
  sig->params = arena_.make<Tuple>();
  sig->results = arena_.make<Tuple>();
  Scope* saved = scope_;
  scope_ = scope;
  auto collect = [&](const FieldList& list, Tuple* out, bool params) {
    for (size_t fi = 0; fi < list.list.size(); ++fi) {
      const Field* f = list.list[fi];
      const Expr* texpr = f->type;
      bool variadic = false;
      if (const Ellipsis* el = texpr->as<Ellipsis>()) {
        if (!params || fi + 1 != list.list.size() || f->names.size() > 1) {
          error(texpr, "can only use ... with final parameter in list");
        } else {
          variadic = true;
        }
        texpr = el->elt;
      }
      Type* t = texpr ? type_expr(texpr) : universe_.basic(BasicKind::Invalid);
      if (variadic) {
        t = arena_.make<Slice>(t);
        sig->variadic = true;
        record_type(f->type, t);
      }
      if (f->names.empty()) {
        auto* v = arena_.make<Var>("");
        v->type = t;
        v->is_param = true;
        v->pos = f->pos;
        v->pkg = pkg_;
        out->vars.push_back(v);
        info_.implicits[f] = v;
        continue;
      }
      for (Ident* name : f->names) {
        auto* v = arena_.make<Var>(name->name);
        v->type = t;
        v->is_param = true;
        v->used = true;  // parameters are never "declared but not used"
        v->pos = name->pos;
        v->pkg = pkg_;
        out->vars.push_back(v);
        if (declare_params) {
          declare(scope, name, v);
        } else {
          info_.defs[name] = v;
        }
      }
    }
  };
  if (recv != nullptr) {
    Tuple tmp;
    FieldList one;
    one.list.push_back(const_cast<Field*>(recv));
    collect(one, &tmp, false);
    if (!tmp.vars.empty()) sig->recv = tmp.vars[0];
    if (sig->recv != nullptr) {
      Type* rt = sig->recv->type;
      Type* base = rt;
      if (Pointer* p = rt->as<Pointer>()) base = p->elem;
      if (!is_invalid(base) && base->kind != TypeKind::Named) {
        error(recv->type, "invalid receiver type " + tstr(rt));
      }
    }
  }
  collect(ft->params, sig->params, true);
  collect(ft->results, sig->results, false);
  scope_ = saved;
  return sig;
}

Type* Checker::struct_type(const StructType* st) {
  auto* s = arena_.make<Struct>();
  std::set<std::string> seen;
  auto add = [&](Var* f, Ident* id, const std::string& tag) {
    if (f->name != "_" && !seen.insert(f->name).second) {
      error(id ? id->pos : f->pos, f->name + " redeclared");
      return;
    }
    s->fields.push_back(f);
    s->tags.push_back(tag);
    if (id) info_.defs[id] = f;
  };
  for (const Field* field : st->fields.list) {
    Type* t = type_expr(field->type);
    if (field->names.empty()) {
      // An embedded field: T, *T, pkg.T; its name is the type name.
      const Expr* te = field->type;
      if (const StarExpr* se = te->as<StarExpr>()) te = se->x;
      if (const IndexExpr* ix = te->as<IndexExpr>()) te = ix->x;  // an embedded List[int]
      std::string name;
      if (const Ident* id = te->as<Ident>()) name = id->name;
      if (const SelectorExpr* sel = te->as<SelectorExpr>()) name = sel->sel->name;
      Type* base = t;
      if (Pointer* p = t->as<Pointer>()) base = p->elem;
      if (!is_invalid(t)) {
        if (base->kind == TypeKind::TypeParam) {
          error(field->type, "embedded field type cannot be a (pointer to a) type parameter");
        } else if (t->kind == TypeKind::Pointer && is_interface(base)) {
          error(field->type, "embedded field type cannot be a pointer to an interface");
        } else if (t->kind == TypeKind::Pointer && under(base)->kind == TypeKind::Pointer) {
          error(field->type, "embedded field type cannot be a pointer");
        }
      }
      auto* f = arena_.make<Var>(name);
      f->type = t;
      f->is_field = true;
      f->embedded = true;
      f->pos = field->pos;
      f->pkg = pkg_;
      add(f, nullptr, field->tag);
      continue;
    }
    for (Ident* id : field->names) {
      auto* f = arena_.make<Var>(id->name);
      f->type = t;
      f->is_field = true;
      f->pos = id->pos;
      f->pkg = pkg_;
      add(f, id, field->tag);
    }
  }
  return s;
}

Type* Checker::interface_type(const InterfaceType* it) {
  auto* iface = arena_.make<Interface>();
  for (const Field* f : it->methods.list) {
    if (f->names.empty()) {
      const Expr* te = f->type;
      if (te->is<BinaryExpr>() || te->is<UnaryExpr>()) {
        iface->unions.push_back(union_terms(te));  // a type set: only meaningful in constraints
        iface->has_type_set = true;
        continue;
      }
      bool saved = in_constraint_;
      in_constraint_ = true;
      Type* t = type_expr(te);
      in_constraint_ = saved;
      if (is_invalid(t)) continue;
      if (!is_interface(t)) {
        iface->has_type_set = true;  // a type term
        iface->unions.push_back({Term{false, t}});
        continue;
      }
      iface->embeddeds.push_back(t);
      continue;
    }
    auto* m = arena_.make<Func>(f->names[0]->name);
    m->pos = f->names[0]->pos;
    m->pkg = pkg_;
    Scope* scope = arena_.make<Scope>(scope_, "method");
    const FuncType* ft = f->type->as<FuncType>();
    m->type = ft ? static_cast<Type*>(func_type(ft, nullptr, scope, false))
                 : static_cast<Type*>(universe_.basic(BasicKind::Invalid));
    info_.defs[f->names[0]] = m;
    iface->methods.push_back(m);
  }
  complete_interface(iface);
  return iface;
}

void Checker::complete_interface(Interface* it) {
  if (it->complete) return;
  it->complete = true;
  std::vector<Func*> all = it->methods;
  for (Type* e : it->embeddeds) {
    Interface* ei = under(e)->as<Interface>();
    if (ei == nullptr) continue;
    complete_interface(ei);
    if (ei->is_comparable) it->is_comparable = true;
    if (ei->has_type_set) it->has_type_set = true;
    for (Func* m : ei->all_methods) {
      bool dup = false;
      for (Func* have : all) {
        if (have->name == m->name) {
          dup = true;
          if (!identical(have->type, m->type)) error(m->pos, "duplicate method " + m->name);
        }
      }
      if (!dup) all.push_back(m);
    }
  }
  std::sort(all.begin(), all.end(), [](Func* a, Func* b) { return a->name < b->name; });
  for (size_t i = 1; i < all.size(); ++i) {
    if (all[i]->name == all[i - 1]->name && all[i] != all[i - 1]) {
      error(all[i]->pos, "duplicate method " + all[i]->name);
    }
  }
  it->all_methods = all;
  compute_type_set(it);
}

}  // namespace go2cpp::types
