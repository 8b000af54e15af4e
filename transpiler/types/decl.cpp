// Declarations. Package-level objects are checked lazily through obj_decl, which detects cycles
// by colouring objects white/grey/black as go/types does; local declarations are checked in
// statement order by decl_stmt. Methods are attached to their receiver's type when that type is
// declared, so method sets are complete before anything can ask for them.
#include <algorithm>
#include <functional>

#include "types/checker.h"

namespace go2cpp::types {

void Checker::obj_decl(Object* obj) {
  int& color = color_[obj];
  if (color == 2) return;
  if (color == 1) {
    // A reference back to an object being checked: fine for types (through a Named) and
    // functions, a cycle for constants and variables whose type is not known yet.
    if ((obj->kind == ObjKind::Const || obj->kind == ObjKind::Var) && obj->type == nullptr) {
      error(obj->pos, "initialization cycle or invalid recursive reference to " + obj->name);
      obj->type = universe_.basic(BasicKind::Invalid);
    }
    return;
  }
  auto it = decls_.find(obj);
  if (it == decls_.end()) return;
  DeclInfo* d = it->second;
  color = 1;
  obj_path_.push_back(obj);

  // Checking one object may happen in the middle of another's: save the context.
  Scope* saved_scope = scope_;
  int saved_iota = iota_;
  FuncContext* saved_fn = fn_;
  DeclInfo* saved_decl = current_decl_;
  scope_ = d->file_scope;
  fn_ = nullptr;
  current_decl_ = d;

  switch (obj->kind) {
    case ObjKind::Const:
      const_decl(obj->as<Const>(), d->type_expr, d->init, d->iota);
      break;
    case ObjKind::Var:
      var_decl(obj->as<Var>(), d->lhs, d->type_expr, d->init);
      break;
    case ObjKind::TypeName:
      type_decl(obj->as<TypeName>(), d->tspec);
      break;
    case ObjKind::Func:
      func_decl(obj->as<Func>(), d->fdecl);
      break;
    default:
      break;
  }

  scope_ = saved_scope;
  iota_ = saved_iota;
  fn_ = saved_fn;
  current_decl_ = saved_decl;
  obj_path_.pop_back();
  color_[obj] = 2;
}

void Checker::const_decl(Const* obj, const Expr* type_expr_node, const Expr* init, int iota) {
  int saved = iota_;
  iota_ = iota;
  Type* t = nullptr;
  if (type_expr_node != nullptr) {
    t = type_expr(type_expr_node);
    if (!is_invalid(t) && !is_const_type(t)) {
      error(type_expr_node, "invalid constant type " + tstr(t));
      t = universe_.basic(BasicKind::Invalid);
    }
  }
  Operand x;
  if (init != nullptr) {
    expr(x, init);
    if (!x.invalid() && x.mode != Mode::Constant) {
      error(init, operand_str(x) + " is not constant");
      x.mode = Mode::Invalid;
    }
  }
  if (!x.invalid() && t != nullptr && !is_invalid(t)) assignment(x, t, "constant declaration");
  if (x.invalid()) {
    obj->type = universe_.basic(BasicKind::Invalid);
    obj->val = constant::Value();
  } else {
    obj->type = x.type;
    obj->val = x.val;
  }
  iota_ = saved;
}

void Checker::var_decl(Var* obj, const std::vector<Var*>& lhs, const Expr* type_expr_node,
                       const Expr* init) {
  if (obj->type != nullptr) return;  // checked together with the other variables of its spec
  Type* t = nullptr;
  if (type_expr_node != nullptr) {
    t = type_expr(type_expr_node);
    obj->type = t;
    for (Var* v : lhs) v->type = t;
  }
  if (init == nullptr) {
    if (t == nullptr) obj->type = universe_.basic(BasicKind::Invalid);
    return;
  }
  if (lhs.size() <= 1) {
    Operand x;
    expr(x, init);
    if (t != nullptr) {
      assignment(x, t, "variable declaration");
    } else if (!x.invalid()) {
      if (x.type->as<Basic>() && x.type->as<Basic>()->basic == BasicKind::UntypedNil) {
        error(init, "use of untyped nil in variable declaration");
        x.mode = Mode::Invalid;
      } else {
        assignment(x, nullptr, "variable declaration");
      }
    }
    if (t == nullptr) obj->type = x.invalid() ? universe_.basic(BasicKind::Invalid) : x.type;
    return;
  }
  // var a, b = f()
  if (t != nullptr) {
    for (Var* v : lhs) v->type = t;
  }
  std::vector<Expr*> rhs{const_cast<Expr*>(init)};
  init_vars(lhs, rhs, init->pos, true);
}

void Checker::attach_methods(TypeName* obj, Named* named) {
  auto it = methods_by_base_.find(obj->name);
  if (it == methods_by_base_.end() || obj->pkg != pkg_ || obj->parent != pkg_->scope) return;
  for (Func* m : it->second) {
    if (!attached_methods_.insert(m).second) continue;
    Type* u = named->underlying;
    if (u != nullptr && (u->kind == TypeKind::Pointer || u->kind == TypeKind::Interface)) {
      error(m->decl->recv->type,
            "invalid receiver type " + obj->name + " (pointer or interface type)");
      continue;
    }
    bool dup = false;
    for (Func* other : named->methods) {
      if (other->name == m->name && m->name != "_") {
        error(m->pos, "method " + obj->name + "." + m->name + " already declared");
        dup = true;
      }
    }
    if (const Struct* st = u ? u->as<Struct>() : nullptr) {
      for (const Var* f : st->fields) {
        if (f->name == m->name) {
          error(m->pos, "field and method with the same name " + m->name);
          dup = true;
        }
      }
    }
    if (!dup) named->methods.push_back(m);
    obj_decl(m);
  }
}

// func (s *List[T]) M(): the receiver's type parameter names denote the generic type's own type
// parameters inside the method (by position), so List[T] there is the generic type itself.
void Checker::declare_receiver_type_params(const FuncDecl* fd, Scope* scope) {
  const Expr* t = fd->recv->type;
  while (true) {
    if (const ParenExpr* p = t->as<ParenExpr>()) {
      t = p->x;
    } else if (const StarExpr* st = t->as<StarExpr>()) {
      t = st->x;
    } else {
      break;
    }
  }
  const IndexExpr* ix = t->as<IndexExpr>();
  if (ix == nullptr) return;
  const Ident* base = ix->x->as<Ident>();
  Object* obj = base ? pkg_->scope->lookup_local(base->name) : nullptr;
  if (obj == nullptr || obj->kind != ObjKind::TypeName) return;
  obj_decl(obj);
  const Named* named = obj->type ? obj->type->as<Named>() : nullptr;
  if (named == nullptr || named->tparams.empty()) return;
  for (size_t i = 0; i < ix->indices.size(); ++i) {
    Ident* id = ix->indices[i]->as<Ident>();
    if (id == nullptr) {
      error(ix->indices[i], "receiver type parameter " + expr_str(ix->indices[i]) +
                                " must be an identifier");
      continue;
    }
    if (i >= named->tparams.size()) {
      error(id, "got " + std::to_string(ix->indices.size()) + " type parameters, but receiver base type declares " +
                    std::to_string(named->tparams.size()));
      return;
    }
    if (id->name == "_") continue;
    auto* tn = arena_.make<TypeName>(id->name);
    tn->pos = id->pos;
    tn->pkg = pkg_;
    tn->type = named->tparams[i];
    declare(scope, id, tn);
  }
}

std::string Checker::receiver_base_name(const FuncDecl* fd) {
  const Expr* t = fd->recv->type;
  while (true) {
    if (const ParenExpr* p = t->as<ParenExpr>()) {
      t = p->x;
    } else if (const StarExpr* s = t->as<StarExpr>()) {
      t = s->x;
    } else if (const IndexExpr* ix = t->as<IndexExpr>()) {
      t = ix->x;
    } else {
      break;
    }
  }
  if (const Ident* id = t->as<Ident>()) return id->name;
  return "";
}

void Checker::type_decl(TypeName* obj, const TypeSpec* spec) {
  if (in_generic_body_) {
    // gc 1.19 itself rejects these (its stenciler cannot express them).
    error(spec->name, "type declarations inside generic functions are not currently supported");
    obj->type = universe_.basic(BasicKind::Invalid);
    return;
  }
  if (!spec->type_params.list.empty() && (spec->alias || fn_ != nullptr)) {
    error(spec->name, spec->alias ? "generic type cannot be alias"
                                  : "go2cpp does not support generic types declared inside "
                                    "functions yet");
    obj->type = universe_.basic(BasicKind::Invalid);
    return;
  }
  if (spec->alias) {
    obj->is_alias = true;
    obj->type = universe_.basic(BasicKind::Invalid);
    obj->type = type_expr(spec->type);
    return;
  }
  auto* named = arena_.make<Named>();
  named->obj = obj;
  named->underlying = universe_.basic(BasicKind::Invalid);  // until resolved below
  obj->type = named;
  Scope* saved_scope = scope_;
  if (!spec->type_params.list.empty()) {
    // The type parameters are in scope in the type's own declaration (and its methods').
    scope_ = arena_.make<Scope>(scope_, "type parameters of " + obj->name);
    named->tparams = declare_type_params(spec->type_params, scope_);
    ctx().begin_declaring(named);
  }
  Type* rhs = defined_type(spec->type, named);
  scope_ = saved_scope;
  Type* u = under(rhs);
  if (rhs == named || u == nullptr || u->kind == TypeKind::Named) {
    error(spec->name, "invalid recursive type " + obj->name);
    u = universe_.basic(BasicKind::Invalid);
  }
  named->underlying = u;
  // A type may not contain itself by value (type T struct{ t T }, type A [2]A).
  std::vector<const Type*> path;
  std::function<bool(const Type*)> contains = [&](const Type* t) -> bool {
    if (t == named) return true;
    for (const Type* p : path) {
      if (p == t) return false;
    }
    path.push_back(t);
    const Type* tu = t->kind == TypeKind::Named ? t->as<Named>()->underlying : t;
    bool found = false;
    if (tu == nullptr) return false;
    if (const Struct* st = tu->as<Struct>()) {
      for (const Var* f : st->fields) found = found || contains(f->type);
    } else if (const Array* a = tu->as<Array>()) {
      found = contains(a->elem);
    }
    path.pop_back();
    return found;
  };
  bool recursive = false;
  if (const Struct* st = u->as<Struct>()) {
    for (const Var* f : st->fields) recursive = recursive || contains(f->type);
  } else if (const Array* a = u->as<Array>()) {
    recursive = contains(a->elem);
  }
  if (recursive) {
    error(spec->name, "invalid recursive type " + obj->name);
    named->underlying = universe_.basic(BasicKind::Invalid);
    if (!named->tparams.empty()) ctx().end_declaring(named);
    return;
  }
  if (u->kind == TypeKind::TypeParam) {
    error(spec->type, "cannot use a type parameter as RHS in type declaration");
    named->underlying = universe_.basic(BasicKind::Invalid);
  }
  if (Interface* it = u->as<Interface>()) complete_interface(it);
  if (!named->tparams.empty()) ctx().end_declaring(named);
  attach_methods(obj, named);
}

void Checker::func_decl(Func* obj, const FuncDecl* decl) {
  Scope* scope = arena_.make<Scope>(decls_[obj]->file_scope, "function " + obj->name);
  scope->is_func_scope = true;
  Scope* saved = scope_;
  scope_ = scope;
  std::vector<TypeParam*> tparams;
  if (!decl->type->type_params.list.empty()) {
    if (decl->recv != nullptr) {
      error(decl->type->type_params.list[0]->pos, "methods cannot have type parameters");
    } else {
      tparams = declare_type_params(decl->type->type_params, scope);
    }
  }
  if (decl->recv != nullptr) declare_receiver_type_params(decl, scope);
  Signature* sig = func_type(decl->type, decl->recv, scope, true);
  sig->tparams = tparams;
  scope_ = saved;
  obj->type = sig;
  info_.func_sigs[decl] = sig;
  func_scopes_[decl] = scope;
  if (decl->body != nullptr) {
    funcs_.emplace_back(obj, decl);
  } else if (!pkg_->is_runtime) {
    error(decl->name, "missing function body");
  }
}

void Checker::collect_methods() {
  for (auto& [m, fd] : methods_) {
    if (attached_methods_.count(m)) continue;
    std::string base = receiver_base_name(fd);
    Object* obj = base.empty() ? nullptr : pkg_->scope->lookup(base);
    if (obj == nullptr) {
      error(fd->recv->type, "undefined: " + base);
    } else if (obj->kind != ObjKind::TypeName) {
      error(fd->recv->type, base + " is not a type");
    } else if (obj->pkg != pkg_) {
      error(fd->recv->type, "cannot define new methods on non-local type " + base);
    } else {
      error(fd->recv->type, "invalid receiver type " + base);
    }
    attached_methods_.insert(m);
  }
}

void Checker::decl_stmt(const GenDecl* gd) {
  const Expr* last_type = nullptr;
  const std::vector<Expr*>* last_values = nullptr;
  for (const Spec* spec : gd->specs) {
    switch (gd->tok) {
      case DeclKind::Import:
        break;  // not possible inside functions: the parser rejects it
      case DeclKind::Const: {
        const ValueSpec* vs = spec->as<ValueSpec>();
        if (vs->type != nullptr || !vs->values.empty()) {
          last_type = vs->type;
          last_values = &vs->values;
        }
        std::vector<Const*> consts;
        for (size_t i = 0; i < vs->names.size(); ++i) {
          auto* c = arena_.make<Const>(vs->names[i]->name);
          c->pos = vs->names[i]->pos;
          c->pkg = pkg_;
          const Expr* init =
              last_values != nullptr && i < last_values->size() ? (*last_values)[i] : nullptr;
          if (init == nullptr) error(vs->names[i], "missing init expr for const declaration");
          const_decl(c, last_type, init, vs->iota);
          consts.push_back(c);
        }
        if (last_values == &vs->values && vs->values.size() > vs->names.size()) {
          error(vs->values[vs->names.size()], "extra init expr");
        }
        for (size_t i = 0; i < consts.size(); ++i) declare(scope_, vs->names[i], consts[i]);
        break;
      }
      case DeclKind::Var: {
        const ValueSpec* vs = spec->as<ValueSpec>();
        std::vector<Var*> vars;
        for (Ident* name : vs->names) {
          auto* v = arena_.make<Var>(name->name);
          v->pos = name->pos;
          v->pkg = pkg_;
          vars.push_back(v);
        }
        Type* t = vs->type ? type_expr(vs->type) : nullptr;
        if (t != nullptr) {
          for (Var* v : vars) v->type = t;
        }
        if (vs->values.empty()) {
          if (t == nullptr) {
            for (Var* v : vars) v->type = universe_.basic(BasicKind::Invalid);
          }
        } else {
          init_vars(vars, vs->values, vs->pos, true);
        }
        for (size_t i = 0; i < vars.size(); ++i) declare(scope_, vs->names[i], vars[i]);
        break;
      }
      case DeclKind::Type: {
        const TypeSpec* ts = spec->as<TypeSpec>();
        auto* tn = arena_.make<TypeName>(ts->name->name);
        tn->pos = ts->name->pos;
        tn->pkg = pkg_;
        declare(scope_, ts->name, tn);
        type_decl(tn, ts);
        break;
      }
    }
  }
}

}  // namespace go2cpp::types
