// Selectors (qualified identifiers, fields, methods), index and slice expressions, composite
// literals, and the field/method lookup through embedded fields that they rely on.
#include <cctype>
#include <set>

#include "types/checker.h"

namespace go2cpp::types {

namespace {

struct Candidate {
  Type* type;
  std::vector<int> path;
  bool indirect;
};

}  // namespace

// Breadth-first over embedding depth, as the spec's selector rule requires: the shallowest match
// wins, and two matches at the same depth are ambiguous (null, with `path` left empty).
Object* Checker::lookup_field_or_method(Type* t, bool addressable, const std::string& name,
                                        std::vector<int>& path, bool& indirect) {
  (void)addressable;
  bool is_ptr = false;
  if (Pointer* p = t->as<Pointer>()) {
    t = p->elem;
    is_ptr = true;
  } else if (Pointer* p = under(t)->as<Pointer>(); p && t->kind == TypeKind::Named) {
    // A named pointer type has the fields of its base but no methods.
    t = p->elem;
    is_ptr = true;
  }
  std::vector<Candidate> current{{t, {}, is_ptr}};
  std::set<Type*> seen;
  while (!current.empty()) {
    std::vector<Candidate> next;
    Object* found = nullptr;
    int count = 0;
    std::vector<int> found_path;
    bool found_indirect = false;
    for (Candidate& c : current) {
      Type* typ = c.type;
      if (TypeParam* tp = typ->as<TypeParam>()) {
        // A type parameter has the methods of its constraint (and no fields).
        if (c.indirect || !c.path.empty()) continue;
        const Interface* it = constraint_interface(tp->constraint);
        for (Func* m : it ? it->all_methods : std::vector<Func*>{}) {
          if (m->name == name) {
            found = m;
            ++count;
            found_path = c.path;
            found_indirect = c.indirect;
          }
        }
        continue;
      }
      if (Named* n = typ->as<Named>()) {
        if (!seen.insert(n).second) continue;
        for (Func* m : ctx().methods(n)) {
          if (m->name == name) {
            found = m;
            ++count;
            found_path = c.path;
            found_indirect = c.indirect;
          }
        }
        typ = n->underlying;
        if (typ == nullptr) continue;
      }
      if (Struct* st = typ->as<Struct>()) {
        for (size_t i = 0; i < st->fields.size(); ++i) {
          Var* f = st->fields[i];
          std::vector<int> p = c.path;
          p.push_back(static_cast<int>(i));
          if (f->name == name) {
            found = f;
            ++count;
            found_path = p;
            found_indirect = c.indirect;
          }
          if (f->embedded) {
            Type* ft = f->type;
            bool ind = c.indirect;
            if (Pointer* fp = ft->as<Pointer>()) {
              ft = fp->elem;
              ind = true;
            }
            next.push_back({ft, p, ind});
          }
        }
      } else if (Interface* it = typ->as<Interface>()) {
        for (Func* m : it->all_methods) {
          if (m->name == name) {
            found = m;
            ++count;
            found_path = c.path;
            found_indirect = c.indirect;
          }
        }
      }
    }
    if (count == 1) {
      path = found_path;
      indirect = found_indirect;
      return found;
    }
    if (count > 1) {
      path.clear();
      indirect = true;  // marks ambiguity for the caller
      return nullptr;
    }
    current = std::move(next);
  }
  return nullptr;
}

Func* Checker::lookup_method(Type* t, const std::string& name) {
  std::vector<int> path;
  bool indirect = false;
  Object* obj = lookup_field_or_method(t, true, name, path, indirect);
  return obj ? obj->as<Func>() : nullptr;
}

void Checker::selector(Operand& x, const SelectorExpr* e) {
  const std::string& sel = e->sel->name;
  // A qualified identifier pkg.Name.
  if (const Ident* id = e->x->as<Ident>()) {
    Object* obj = scope_->lookup(id->name);
    if (PkgName* pn = obj ? obj->as<PkgName>() : nullptr) {
      pn->used = true;
      info_.uses[id] = pn;
      if (pn->imported->missing) {
        x.mode = Mode::Invalid;
        return;
      }
      Object* member = pn->imported->scope->lookup_local(sel);
      if (member == nullptr || (!member->exported() && member->kind != ObjKind::Builtin)) {
        error(e->sel, "undefined: " + id->name + "." + sel);  // gc's words, exported or not
        return;
      }
      info_.uses[e->sel] = member;
      Selection s;
      s.kind = Selection::Kind::Qualified;
      s.obj = member;
      info_.selections[e] = s;
      switch (member->kind) {
        case ObjKind::Const:
          x.mode = Mode::Constant;
          x.type = member->type;
          x.val = member->as<Const>()->val;
          break;
        case ObjKind::TypeName:
          x.mode = Mode::TypeExpr;
          x.type = member->type;
          break;
        case ObjKind::Var:
          x.mode = Mode::Variable;
          x.type = member->type;
          break;
        case ObjKind::Func:
          x.mode = Mode::Value;
          x.type = member->type;
          break;
        case ObjKind::Builtin:  // unsafe.Sizeof and the other functions of package unsafe
          x.mode = Mode::Builtin;
          x.builtin = member->as<Builtin>()->id;
          x.type = universe_.basic(BasicKind::Invalid);
          return;
        default:
          error(e, "unexpected package member " + sel);
          return;
      }
      if (x.type == nullptr) x.mode = Mode::Invalid;
      return;
    }
  }

  expr_or_type(x, e->x);
  if (x.invalid()) return;
  std::vector<int> path;
  bool indirect = false;
  Object* obj = lookup_field_or_method(x.type, x.mode == Mode::Variable, sel, path, indirect);
  // Another package's unexported fields and methods are a different name altogether.
  if (obj != nullptr && !obj->exported() && obj->pkg != nullptr && obj->pkg != pkg_) {
    obj = nullptr;
    indirect = false;
  }
  if (obj == nullptr) {
    if (indirect) {
      error(e->sel, "ambiguous selector " + expr_str(e));
    } else if (x.mode == Mode::TypeExpr) {
      error(e->sel, expr_str(e) + " undefined (type " + tstr(x.type) + " has no method " + sel +
                        ")");
    } else {
      std::string what = "field or method";
      if (const Pointer* p = under(x.type)->as<Pointer>(); p && is_interface(p->elem)) {
        error(e->sel, expr_str(e) + " undefined (type " + tstr(x.type) +
                          " is pointer to interface, not interface)");
        x.mode = Mode::Invalid;
        return;
      }
      // types2's hint when the name exists with its first letter's case changed.
      std::string why;
      if (!sel.empty() && std::isalpha(static_cast<unsigned char>(sel[0]))) {
        std::string other = sel;
        other[0] = static_cast<char>(std::isupper(static_cast<unsigned char>(sel[0]))
                                         ? std::tolower(static_cast<unsigned char>(sel[0]))
                                         : std::toupper(static_cast<unsigned char>(sel[0])));
        std::vector<int> other_path;
        bool other_indirect = false;
        Object* found =
            lookup_field_or_method(x.type, x.mode == Mode::Variable, other, other_path, other_indirect);
        if (found != nullptr && (found->exported() || found->pkg == pkg_)) why = ", but does have " + other;
      }
      error(e->sel, expr_str(e) + " undefined (type " + tstr(x.type) + " has no " + what + " " +
                        sel + why + ")");
    }
    x.mode = Mode::Invalid;
    return;
  }
  info_.uses[e->sel] = obj;
  Selection s;
  s.obj = obj;
  s.recv = x.type;
  s.path = path;
  s.indirect = indirect;

  if (x.mode == Mode::TypeExpr) {
    // A method expression T.M: a function taking the receiver first.
    Func* m = obj->as<Func>();
    if (m == nullptr) {
      error(e->sel, expr_str(e) + " undefined (type " + tstr(x.type) + " has no method " + sel +
                        ")");
      x.mode = Mode::Invalid;
      return;
    }
    Signature* msig = m->sig();
    auto* sig = arena_.make<Signature>();
    sig->params = arena_.make<Tuple>();
    auto* recv = arena_.make<Var>("");
    recv->type = x.type;
    sig->params->vars.push_back(recv);
    for (Var* p : msig->params->vars) sig->params->vars.push_back(p);
    sig->results = msig->results;
    sig->variadic = msig->variadic;
    s.kind = Selection::Kind::MethodExpr;
    info_.selections[e] = s;
    x.mode = Mode::Value;
    x.type = sig;
    return;
  }

  if (Var* f = obj->as<Var>()) {
    s.kind = Selection::Kind::FieldVal;
    info_.selections[e] = s;
    bool via_ptr = indirect || under(x.type)->kind == TypeKind::Pointer;
    x.mode = (x.mode == Mode::Variable || via_ptr) ? Mode::Variable : Mode::Value;
    x.type = f->type;
    return;
  }
  Func* m = obj->as<Func>();
  Signature* msig = m->sig();
  bool ptr_recv = msig->recv != nullptr && msig->recv->type->kind == TypeKind::Pointer;
  if (ptr_recv && !indirect && under(x.type)->kind != TypeKind::Pointer &&
      x.mode != Mode::Variable) {
    error(e, "cannot call pointer method " + sel + " on " + tstr(x.type));
    x.mode = Mode::Invalid;
    return;
  }
  s.kind = Selection::Kind::MethodVal;
  info_.selections[e] = s;
  auto* sig = arena_.make<Signature>();
  sig->params = msig->params;
  sig->results = msig->results;
  sig->variadic = msig->variadic;
  x.mode = Mode::Value;
  x.type = sig;
}

bool Checker::index_value(const Expr* index, int64_t max, int64_t* value) {
  Operand x;
  expr(x, index);
  if (x.invalid()) return false;
  if (x.mode == Mode::Constant && is_untyped(x.type)) {
    convert_untyped(x, universe_.basic(BasicKind::Int));
    if (x.invalid()) return false;
  }
  if (!is_integer(x.type)) {
    error(index, "invalid argument: index " + operand_str(x) + " must be integer");
    return false;
  }
  if (x.mode == Mode::Constant) {
    auto v = constant::to_int(x.val).int64_val();
    if (!v || *v < 0) {
      if (v) {
        error(index, "invalid argument: index " + operand_str(x) + " must not be negative");
      } else {
        error(index, "invalid argument: index " + operand_str(x) + " overflows int");
      }
      return false;
    }
    if (max >= 0 && *v >= max) {
      error(index, "invalid argument: index " + expr_str(index) + " out of bounds [0:" +
                       std::to_string(max) + "]");
      return false;
    }
    if (value) *value = *v;
  }
  return true;
}

void Checker::index_expr(Operand& x, const IndexExpr* e) {
  expr_or_type(x, e->x);
  index_operand(x, e);
}

void Checker::index_operand(Operand& x, const IndexExpr* e) {
  if (x.invalid()) {
    use_exprs(e->indices);
    return;
  }
  if (x.mode == Mode::TypeExpr) {
    Type* t = instantiate_type(e, x.type);
    x.mode = is_invalid(t) ? Mode::Invalid : Mode::TypeExpr;
    x.type = t;
    return;
  }
  if (const Signature* gs = x.type->as<Signature>(); gs && !gs->tparams.empty()) {
    func_instance(x, e);
    return;
  }
  if (e->indices.size() != 1) {
    error(e->indices.size() > 1 ? e->indices[1] : static_cast<const Node*>(e),
          "unexpected comma; expecting ]");
    x.mode = Mode::Invalid;
    return;
  }
  const Expr* index = e->indices[0];
  Type* u = under(x.type);
  if (x.type->kind == TypeKind::Signature) {
    error(e, "go2cpp does not support generic function instantiation yet");
    x.mode = Mode::Invalid;
    return;
  }
  switch (u->kind) {
    case TypeKind::Basic:
      if (is_string(u)) {
        int64_t max = -1;
        if (x.mode == Mode::Constant) max = static_cast<int64_t>(x.val.string_val().size());
        if (!index_value(index, max, nullptr)) break;
        x.mode = Mode::Value;
        x.type = universe_.byte_type();
        return;
      }
      break;
    case TypeKind::Array:
      if (!index_value(index, u->as<Array>()->len, nullptr)) break;
      x.mode = x.mode == Mode::Variable ? Mode::Variable : Mode::Value;
      x.type = u->as<Array>()->elem;
      return;
    case TypeKind::Pointer:
      if (Array* a = under(u->as<Pointer>()->elem)->as<Array>()) {
        if (!index_value(index, a->len, nullptr)) break;
        x.mode = Mode::Variable;
        x.type = a->elem;
        return;
      }
      break;
    case TypeKind::Slice:
      if (!index_value(index, -1, nullptr)) break;
      x.mode = Mode::Variable;
      x.type = u->as<Slice>()->elem;
      return;
    case TypeKind::Map: {
      Operand k;
      expr_with_hint(k, index, u->as<Map>()->key);
      assignment(k, u->as<Map>()->key, "map index");
      x.mode = Mode::MapIndex;
      x.type = u->as<Map>()->elem;
      return;
    }
    case TypeKind::TypeParam: {
      // ~string | ~[]byte: indexing gives a byte (not addressable).
      const Interface* it = constraint_interface(u->as<TypeParam>()->constraint);
      bool bytes = it != nullptr && !it->terms.empty();
      for (size_t i = 0; bytes && i < it->terms.size(); ++i) {
        const Type* tu = under(it->terms[i].type);
        const Slice* sl = tu->as<Slice>();
        bytes = is_string(tu) || (sl && basic_kind(sl->elem) == BasicKind::Uint8);
      }
      if (!bytes) break;
      if (!index_value(index, -1, nullptr)) {
        x.mode = Mode::Invalid;
        return;
      }
      x.mode = Mode::Value;
      x.type = universe_.byte_type();
      return;
    }
    default:
      break;
  }
  if (x.mode != Mode::Invalid && !(u->kind == TypeKind::Basic && is_string(u)) &&
      u->kind != TypeKind::Array && u->kind != TypeKind::Slice && u->kind != TypeKind::Map &&
      u->kind != TypeKind::Pointer) {
    error(e, "invalid operation: cannot index " + operand_str(x));
  } else if (u->kind == TypeKind::Pointer && !under(u->as<Pointer>()->elem)->as<Array>()) {
    error(e, "invalid operation: cannot index " + operand_str(x));
  }
  x.mode = Mode::Invalid;
}

void Checker::slice_expr(Operand& x, const SliceExpr* e) {
  expr(x, e->x);
  if (x.invalid()) {
    use_exprs({e->low, e->high, e->max});
    return;
  }
  Type* u = under(x.type);
  int64_t length = -1;
  Type* result = nullptr;
  switch (u->kind) {
    case TypeKind::Basic:
      if (is_string(u)) {
        if (e->slice3) {
          error(e, "invalid operation: 3-index slice of string");
          x.mode = Mode::Invalid;
          return;
        }
        if (x.mode == Mode::Constant) length = static_cast<int64_t>(x.val.string_val().size());
        result = is_untyped(x.type) ? universe_.basic(BasicKind::String) : x.type;
      }
      break;
    case TypeKind::Array:
      if (x.mode != Mode::Variable) {
        error(e, "invalid operation: " + expr_str(e->x) + " (slice of unaddressable value)");
        x.mode = Mode::Invalid;
        return;
      }
      length = u->as<Array>()->len;
      result = arena_.make<Slice>(u->as<Array>()->elem);
      break;
    case TypeKind::Pointer:
      if (Array* a = under(u->as<Pointer>()->elem)->as<Array>()) {
        length = a->len;
        result = arena_.make<Slice>(a->elem);
      }
      break;
    case TypeKind::Slice:
      result = x.type;
      break;
    default:
      break;
  }
  if (result == nullptr) {
    error(e, "cannot slice " + operand_str(x));
    x.mode = Mode::Invalid;
    return;
  }
  if (e->slice3 && (e->high == nullptr || e->max == nullptr)) {
    error(e, "middle index required in 3-index slice");
    x.mode = Mode::Invalid;
    return;
  }
  int64_t values[3] = {-1, -1, -1};
  const Expr* idx[3] = {e->low, e->high, e->max};
  bool ok = true;
  for (int i = 0; i < 3; ++i) {
    if (idx[i] == nullptr) continue;
    int64_t v = -1;
    // Slice bounds may equal the length.
    if (!index_value(idx[i], length >= 0 ? length + 1 : -1, &v)) {
      ok = false;
      continue;
    }
    values[i] = v;
  }
  if (ok) {
    for (int i = 0; i < 3; ++i) {
      for (int j = i + 1; j < 3; ++j) {
        if (values[i] >= 0 && values[j] >= 0 && values[i] > values[j]) {
          error(idx[j], "invalid slice indices: " + std::to_string(values[j]) + " < " +
                            std::to_string(values[i]));
          ok = false;
        }
      }
    }
  }
  x.mode = ok ? Mode::Value : Mode::Invalid;
  x.type = result;
}

void Checker::composite_lit(Operand& x, const CompositeLit* e, Type* hint) {
  Type* t = nullptr;
  bool elided_pointer = false;
  if (e->type != nullptr) {
    const ArrayType* at = e->type->as<ArrayType>();
    if (at != nullptr && at->len != nullptr && at->len->is<Ellipsis>()) {
      // [...]T{...}: the length is the literal's; computed below.
      Type* elem = type_expr(at->elt);
      t = arena_.make<Array>(elem, -1);
    } else {
      t = type_expr(e->type);
    }
  } else if (hint != nullptr) {
    t = hint;
    if (Pointer* p = under(t)->as<Pointer>()) {
      t = p->elem;
      elided_pointer = true;
    }
  } else {
    error(e, "invalid composite literal type: missing type");
    use_exprs(e->elts);
    return;
  }
  if (is_invalid(t)) {
    use_exprs(e->elts);
    return;
  }
  auto element = [&](const Expr* v, Type* et, const char* context) {
    Operand y;
    if (const CompositeLit* cl = v->as<CompositeLit>(); cl && cl->type == nullptr) {
      raw_expr(y, cl, et);
    } else {
      expr_with_hint(y, v, et);
    }
    assignment(y, et, context);
  };
  Type* u = under(t);
  switch (u->kind) {
    case TypeKind::Struct: {
      Struct* st = u->as<Struct>();
      if (e->elts.empty()) break;
      bool keyed = e->elts[0]->is<KeyValueExpr>();
      if (keyed) {
        std::set<std::string> seen;
        for (const Expr* el : e->elts) {
          const KeyValueExpr* kv = el->as<KeyValueExpr>();
          if (kv == nullptr) {
            error(el, "mixture of field:value and value elements in struct literal");
            continue;
          }
          const Ident* key = kv->key->as<Ident>();
          if (key == nullptr) {
            error(kv->key, "invalid field name " + expr_str(kv->key) + " in struct literal");
            continue;
          }
          Var* field = nullptr;
          for (Var* f : st->fields) {
            if (f->name == key->name) field = f;
          }
          if (field != nullptr && !field->exported() && field->pkg != nullptr && field->pkg != pkg_) {
            field = nullptr;  // another package's unexported field: not a name here
          }
          if (field == nullptr) {
            error(kv->key, "unknown field '" + key->name + "' in struct literal of type " + tstr(t));
            use_exprs({kv->value});
            continue;
          }
          info_.uses[key] = field;
          if (!seen.insert(key->name).second) {
            error(kv->key, "duplicate field name " + key->name + " in struct literal");
            continue;
          }
          element(kv->value, field->type, "struct literal");
        }
      } else {
        size_t i = 0;
        for (const Expr* el : e->elts) {
          if (el->is<KeyValueExpr>()) {
            error(el, "mixture of field:value and value elements in struct literal");
            continue;
          }
          if (i >= st->fields.size()) {
            error(el, "too many values in struct literal of type " + tstr(t));
            break;
          }
          const Var* f = st->fields[i];
          if (!f->exported() && f->pkg != nullptr && f->pkg != pkg_) {
            error(el, "implicit assignment to unexported field " + f->name + " in " + tstr(t) +
                          " literal");
          }
          element(el, f->type, "struct literal");
          ++i;
        }
        if (i < st->fields.size() && i == e->elts.size()) {
          error(e->rbrace, "too few values in struct literal of type " + tstr(t));
        }
      }
      break;
    }
    case TypeKind::Array:
    case TypeKind::Slice: {
      Type* elem = u->kind == TypeKind::Array ? u->as<Array>()->elem : u->as<Slice>()->elem;
      int64_t max_len = u->kind == TypeKind::Array ? u->as<Array>()->len : -1;
      int64_t index = 0, length = 0;
      std::set<int64_t> seen;
      for (const Expr* el : e->elts) {
        const Expr* v = el;
        if (const KeyValueExpr* kv = el->as<KeyValueExpr>()) {
          int64_t k = -1;
          if (index_value(kv->key, max_len, &k)) {
            Operand kx;
            auto it = info_.types.find(kv->key);
            if (it != info_.types.end() && it->second.mode != Mode::Constant) {
              error(kv->key, "index " + expr_str(kv->key) + " must be integer constant");
            } else if (k >= 0) {
              index = k;
            }
          }
          v = kv->value;
        } else if (max_len >= 0 && index >= max_len) {
          error(el, "index " + std::to_string(index) + " is out of bounds (>= " +
                        std::to_string(max_len) + ")");
        }
        if (!seen.insert(index).second) {
          error(el, "duplicate index " + std::to_string(index) + " in array or slice literal");
        }
        element(v, elem, "array or slice literal");
        ++index;
        if (index > length) length = index;
      }
      if (u->kind == TypeKind::Array && u->as<Array>()->len < 0) {
        u->as<Array>()->len = length;
        record_type(e->type, t);
      }
      break;
    }
    case TypeKind::Map: {
      Map* m = u->as<Map>();
      std::set<std::string> seen_keys;
      for (const Expr* el : e->elts) {
        const KeyValueExpr* kv = el->as<KeyValueExpr>();
        if (kv == nullptr) {
          error(el, "missing key in map literal");
          use_exprs({el});
          continue;
        }
        element(kv->key, m->key, "map literal");
        auto it = info_.types.find(kv->key);
        if (it != info_.types.end() && it->second.mode == Mode::Constant) {
          std::string k = it->second.value.exact_string() + "/" +
                          std::to_string(static_cast<int>(it->second.value.kind()));
          if (!seen_keys.insert(k).second) {
            error(kv->key, "duplicate key " + expr_str(kv->key) + " in map literal");
          }
        }
        element(kv->value, m->elem, "map literal");
      }
      break;
    }
    default:
      error(e, "invalid composite literal type " + tstr(t));
      use_exprs(e->elts);
      x.mode = Mode::Invalid;
      return;
  }
  x.mode = Mode::Value;
  x.type = elided_pointer ? hint : t;
}

}  // namespace go2cpp::types
