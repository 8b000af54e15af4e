// Expressions: the dispatcher (raw_expr), identifiers, literals, function literals, unary and
// binary operators, comparisons and shifts, and the implicit conversion of untyped operands.
//
// Constant expressions are folded exactly (types/constant.h) and recorded with Mode::Constant.
// An untyped operand keeps its untyped type until its context fixes one; convert_untyped then
// rewrites the recorded types of the whole untyped subtree (update_expr_type), so the emitter
// sees the final type of every node, as with go/types.
#include "types/checker.h"

namespace go2cpp::types {

namespace {

// The operator as written in Go, for messages (ast.h keeps the one table).
std::string op_name(Op op) { return std::string(op_spelling(op)); }

bool is_comparison(Op op) {
  return op == Op::Eql || op == Op::Neq || op == Op::Lss || op == Op::Leq || op == Op::Gtr ||
         op == Op::Geq;
}

int basic_size_bits(BasicKind k) {
  switch (k) {
    case BasicKind::Int8:
    case BasicKind::Uint8: return 8;
    case BasicKind::Int16:
    case BasicKind::Uint16: return 16;
    case BasicKind::Int32:
    case BasicKind::Uint32:
    case BasicKind::Float32: return 32;
    default: return 64;
  }
}

}  // namespace

std::string Checker::operand_str(const Operand& x) const {
  std::string e = x.expr ? expr_str(x.expr) : "";
  if (x.mode == Mode::Value && x.type && basic_kind(x.type) == BasicKind::UntypedNil) {
    return "nil";
  }
  std::string out = e + " (";
  bool has_type = false;
  switch (x.mode) {
    case Mode::Invalid:
    case Mode::NoValue:
    case Mode::Builtin:
    case Mode::TypeExpr:
      break;
    default:
      if (x.type != nullptr) {
        if (is_untyped(x.type)) {
          out += x.type->as<Basic>()->name + " ";
        } else {
          has_type = true;
        }
      }
  }
  static const char* kModes[] = {"invalid operand", "no value",   "built-in",
                                 "type",            "constant",   "variable",
                                 "map index expression", "value", "comma, ok expression"};
  out += kModes[static_cast<int>(x.mode)];
  if (x.mode == Mode::Constant) {
    std::string s = x.val.to_string();
    if (s != e) out += " " + s;
  }
  if (has_type) {
    if (!is_invalid(x.type)) {
      out += " of type " + tstr(x.type);
      if (const TypeParam* tp = x.type->as<TypeParam>(); tp && tp->constraint) {
        out += " constrained by " + tstr(tp->constraint);
      }
    } else {
      out += " with invalid type";
    }
  }
  out += ")";
  return out;
}

void Checker::record(const Expr* e, const Operand& x) {
  TypeAndValue& tv = info_.types[e];
  tv.mode = x.mode;
  tv.type = x.type;
  tv.value = x.mode == Mode::Constant ? x.val : constant::Value();
}

void Checker::record_type(const Expr* e, Type* t) {
  TypeAndValue& tv = info_.types[e];
  tv.mode = Mode::TypeExpr;
  tv.type = t;
}

void Checker::record_value(const Expr* e, Type* t) {
  TypeAndValue& tv = info_.types[e];
  tv.mode = Mode::Value;
  tv.type = t;
}

bool Checker::use_exprs(const std::vector<Expr*>& list) {
  for (const Expr* e : list) {
    if (e == nullptr) continue;
    Operand x;
    raw_expr(x, e, nullptr);
  }
  return true;
}

bool Checker::use_exprs(std::initializer_list<const Expr*> list) {
  for (const Expr* e : list) {
    if (e == nullptr) continue;
    Operand x;
    raw_expr(x, e, nullptr);
  }
  return true;
}

void Checker::expr_or_type(Operand& x, const Expr* e) {
  raw_expr(x, e, nullptr);
  if (x.mode == Mode::NoValue) {
    error(e, expr_str(e) + " (no value) used as value");
    x.mode = Mode::Invalid;
  }
}

void Checker::expr_with_hint(Operand& x, const Expr* e, Type* hint) {
  raw_expr(x, e, hint);
  switch (x.mode) {
    case Mode::TypeExpr:
      error(e, expr_str(e) + " (type) is not an expression");
      x.mode = Mode::Invalid;
      break;
    case Mode::NoValue:
      error(e, expr_str(e) + " (no value) used as value");
      x.mode = Mode::Invalid;
      break;
    case Mode::Builtin:
      error(e, expr_str(e) + " (built-in) must be called");
      x.mode = Mode::Invalid;
      break;
    default:
      if (x.type && x.type->kind == TypeKind::Tuple) {
        error(e, "multiple-value " + expr_str(e) + " (value of type " + tstr(x.type) +
                     ") in single-value context");
        x.mode = Mode::Invalid;
      } else if (const Signature* gs = x.type ? x.type->as<Signature>() : nullptr;
                 gs && !gs->tparams.empty()) {
        error(e, "cannot use generic function " + expr_str(e) + " without instantiation");
        x.mode = Mode::Invalid;
      }
  }
}

void Checker::expr(Operand& x, const Expr* e) { expr_with_hint(x, e, nullptr); }

void Checker::multi_expr(std::vector<Operand>& list, const Expr* e) {
  Operand x;
  raw_expr(x, e, nullptr);
  if (x.mode == Mode::TypeExpr) {
    error(e, expr_str(e) + " (type) is not an expression");
    x.mode = Mode::Invalid;
  } else if (x.mode == Mode::NoValue) {
    error(e, expr_str(e) + " (no value) used as value");
    x.mode = Mode::Invalid;
  } else if (x.mode == Mode::Builtin) {
    error(e, expr_str(e) + " (built-in) must be called");
    x.mode = Mode::Invalid;
  }
  if (!x.invalid() && x.type && x.type->kind == TypeKind::Tuple) {
    for (Var* v : x.type->as<Tuple>()->vars) {
      Operand o;
      o.mode = Mode::Value;
      o.expr = e;
      o.type = v->type;
      list.push_back(o);
    }
    return;
  }
  list.push_back(x);
}

void Checker::raw_expr(Operand& x, const Expr* e, Type* hint) {
  x = Operand();
  x.expr = e;
  switch (e->kind) {
    case NodeKind::BadExpr:
      break;
    case NodeKind::Ident:
      ident(x, e->as<Ident>());
      break;
    case NodeKind::BasicLit:
      basic_lit(x, e->as<BasicLit>());
      break;
    case NodeKind::CompositeLit:
      composite_lit(x, e->as<CompositeLit>(), hint);
      break;
    case NodeKind::FuncLit: {
      const FuncLit* fl = e->as<FuncLit>();
      Scope* scope = arena_.make<Scope>(scope_, "function literal");
      scope->is_func_scope = true;
      Signature* sig = func_type(fl->type, nullptr, scope, true);
      info_.func_sigs[fl] = sig;
      // The body is checked in place, with its own function context.
      int saved_loop = loop_depth_, saved_break = break_depth_;
      loop_depth_ = break_depth_ = 0;
      func_body("func literal", sig, fl->body, scope);
      loop_depth_ = saved_loop;
      break_depth_ = saved_break;
      x.mode = Mode::Value;
      x.type = sig;
      break;
    }
    case NodeKind::ParenExpr:
      raw_expr(x, e->as<ParenExpr>()->x, hint);
      x.expr = e;
      break;
    case NodeKind::SelectorExpr:
      selector(x, e->as<SelectorExpr>());
      break;
    case NodeKind::IndexExpr:
      index_expr(x, e->as<IndexExpr>());
      break;
    case NodeKind::SliceExpr:
      slice_expr(x, e->as<SliceExpr>());
      break;
    case NodeKind::TypeAssertExpr: {
      const TypeAssertExpr* ta = e->as<TypeAssertExpr>();
      expr(x, ta->x);
      if (x.invalid()) break;
      if (ta->type == nullptr) {
        error(e, "invalid syntax tree: use of .(type) outside type switch");
        x.mode = Mode::Invalid;
        break;
      }
      Interface* iface = under(x.type)->as<Interface>();
      if (iface == nullptr) {
        error(ta->x, "invalid operation: " + expr_str(ta->x) + " (" +
                         operand_str(x).substr(expr_str(ta->x).size() + 2) +
                         " is not an interface");
        x.mode = Mode::Invalid;
        break;
      }
      Type* t = type_expr(ta->type);
      if (is_invalid(t)) {
        x.mode = Mode::Invalid;
        break;
      }
      std::string missing;
      if (!is_interface(t) && !implements(t, iface, &missing)) {
        error(ta->x, "impossible type assertion: " + expr_str(e) + "\n\t" + tstr(t) +
                            " does not implement " + tstr(x.type) + " " + missing);
        x.mode = Mode::Invalid;
        break;
      }
      x.mode = Mode::CommaOk;
      x.type = t;
      break;
    }
    case NodeKind::CallExpr:
      call_expr(x, e->as<CallExpr>());
      break;
    case NodeKind::StarExpr: {
      const StarExpr* se = e->as<StarExpr>();
      expr_or_type(x, se->x);
      if (x.invalid()) break;
      if (x.mode == Mode::TypeExpr) {
        x.type = arena_.make<Pointer>(x.type);
        break;
      }
      if (basic_kind(x.type) == BasicKind::UntypedNil) {
        error(e, "invalid operation: cannot indirect nil");
        x.mode = Mode::Invalid;
        break;
      }
      Pointer* p = under(x.type)->as<Pointer>();
      if (p == nullptr) {
        error(e, "invalid operation: cannot indirect " + operand_str(x));
        x.mode = Mode::Invalid;
        break;
      }
      x.mode = Mode::Variable;
      x.type = p->elem;
      break;
    }
    case NodeKind::UnaryExpr:
      unary(x, e->as<UnaryExpr>());
      break;
    case NodeKind::BinaryExpr: {
      const BinaryExpr* be = e->as<BinaryExpr>();
      binary(x, e, be->x, be->y, be->op, be->op_pos);
      break;
    }
    case NodeKind::KeyValueExpr:
      error(e, "unexpected key:value expression");
      break;
    case NodeKind::Ellipsis:
      error(e, "invalid use of ...");
      break;
    case NodeKind::ArrayType:
    case NodeKind::StructType:
    case NodeKind::FuncType:
    case NodeKind::InterfaceType:
    case NodeKind::MapType:
    case NodeKind::ChanType:
      x.mode = Mode::TypeExpr;
      x.type = type_expr(e);
      x.expr = e;
      return;  // type_expr recorded it
    default:
      error(e, "unexpected expression");
      break;
  }
  x.expr = e;
  if (x.invalid()) x.type = universe_.basic(BasicKind::Invalid);
  record(e, x);
}

void Checker::ident(Operand& x, const Ident* id) {
  if (id->name == "_") {
    error(id, "cannot use _ as value");
    return;
  }
  Scope* where = nullptr;
  Object* obj = scope_->lookup(id->name, &where);
  if (obj == nullptr) {
    error(id, "undefined: " + id->name);
    return;
  }
  info_.uses[id] = obj;
  if (obj->pkg != pkg_ && obj->kind != ObjKind::PkgName) {
    if (auto dit = dot_imports_.find({where, id->name}); dit != dot_imports_.end()) {
      dit->second->used = true;
    }
  }
  if (where == pkg_->scope && obj->pkg == pkg_) {
    obj_decl(obj);
    if (current_decl_ != nullptr &&
        (obj->kind == ObjKind::Var || obj->kind == ObjKind::Func)) {
      current_decl_->deps.insert(obj);
    }
  }
  switch (obj->kind) {
    case ObjKind::PkgName:
      error(id, "use of package " + obj->name + " without selector");
      return;
    case ObjKind::Const:
      if (obj == universe_.iota()) {
        if (iota_ < 0) {
          error(id, "cannot use iota outside constant declaration");
          return;
        }
        x.val = constant::Value::make_int64(iota_);
      } else {
        x.val = obj->as<Const>()->val;
      }
      if (obj->type == nullptr || is_invalid(obj->type)) return;
      x.mode = Mode::Constant;
      x.type = obj->type;
      return;
    case ObjKind::TypeName:
      if (obj->type == nullptr) return;
      x.mode = Mode::TypeExpr;
      x.type = obj->type;
      return;
    case ObjKind::Var: {
      Var* v = obj->as<Var>();
      v->used = true;
      if (v->type == nullptr || is_invalid(v->type)) return;
      x.mode = Mode::Variable;
      x.type = v->type;
      return;
    }
    case ObjKind::Func:
      if (obj->type == nullptr) return;
      x.mode = Mode::Value;
      x.type = obj->type;
      return;
    case ObjKind::Builtin:
      x.mode = Mode::Builtin;
      x.builtin = obj->as<Builtin>()->id;
      x.type = universe_.basic(BasicKind::Invalid);
      return;
    case ObjKind::Nil:
      x.mode = Mode::Value;
      x.type = universe_.basic(BasicKind::UntypedNil);
      x.is_nil = true;
      return;
    case ObjKind::Label:
      error(id, "undefined: " + id->name);
      return;
  }
}

void Checker::basic_lit(Operand& x, const BasicLit* lit) {
  const char* hint = "int";
  BasicKind k = BasicKind::UntypedInt;
  switch (lit->lit) {
    case LitKind::Int: hint = "int"; k = BasicKind::UntypedInt; break;
    case LitKind::Float: hint = "float"; k = BasicKind::UntypedFloat; break;
    case LitKind::Imag: hint = "imag"; k = BasicKind::UntypedComplex; break;
    case LitKind::Rune: hint = "rune"; k = BasicKind::UntypedRune; break;
    case LitKind::String: hint = "string"; k = BasicKind::UntypedString; break;
  }
  std::string err;
  constant::Value v = constant::Value::from_literal(hint, lit->text, &err);
  if (v.kind() == constant::Kind::Unknown) {
    error(lit, err.empty() ? "malformed constant: " + lit->text : err);
    return;
  }
  x.mode = Mode::Constant;
  x.type = universe_.basic(k);
  x.val = v;
}

void Checker::unary(Operand& x, const UnaryExpr* e) {
  if (e->op == Op::And) {
    const Expr* inner = e->x;
    while (const ParenExpr* p = inner->as<ParenExpr>()) inner = p->x;
    if (const CompositeLit* cl = inner->as<CompositeLit>()) {
      raw_expr(x, cl, nullptr);
      if (x.invalid()) return;
      x.mode = Mode::Value;
      x.type = arena_.make<Pointer>(x.type);
      return;
    }
    expr(x, e->x);
    if (x.invalid()) return;
    if (x.mode != Mode::Variable) {
      error(e, "invalid operation: cannot take address of " + operand_str(x));
      x.mode = Mode::Invalid;
      return;
    }
    x.mode = Mode::Value;
    x.type = arena_.make<Pointer>(x.type);
    return;
  }
  expr(x, e->x);
  if (x.invalid()) return;
  if (e->op == Op::Arrow) {
    Chan* ch = under(x.type)->as<Chan>();
    if (ch == nullptr) {
      error(e, "invalid operation: cannot receive from non-channel " + operand_str(x));
      x.mode = Mode::Invalid;
      return;
    }
    if (ch->dir == ChanDir::Send) {
      error(e, "invalid operation: cannot receive from send-only channel " + operand_str(x));
      x.mode = Mode::Invalid;
      return;
    }
    x.mode = Mode::CommaOk;
    x.type = ch->elem;
    return;
  }
  bool ok = true;
  switch (e->op) {
    case Op::Add:
    case Op::Sub:
      ok = is_numeric(x.type);
      break;
    case Op::Xor:
      ok = is_integer(x.type);
      break;
    case Op::Not:
      ok = is_boolean(x.type);
      break;
    default:
      ok = false;
  }
  if (!ok) {
    error(e, std::string("invalid operation: operator ") + op_name(e->op) + " not defined on " +
                 operand_str(x));
    x.mode = Mode::Invalid;
    return;
  }
  if (x.mode == Mode::Constant) {
    unsigned prec = 0;
    if (is_unsigned(x.type)) prec = static_cast<unsigned>(basic_size_bits(basic_kind(x.type)));
    x.val = constant::unary_op(op_name(e->op), x.val, prec);
    x.expr = e;
    overflow(x, e->pos);
    return;
  }
  x.mode = Mode::Value;
}

void Checker::binary(Operand& x, const Expr* e, const Expr* lhs, const Expr* rhs, Op op,
                     Pos op_pos) {
  Operand y;
  expr(x, lhs);
  expr(y, rhs);
  if (x.invalid()) return;
  if (y.invalid()) {
    x.mode = Mode::Invalid;
    return;
  }
  if (op == Op::Shl || op == Op::Shr) {
    shift(x, y, e, op);
    return;
  }
  match_types(x, y);
  if (x.invalid() || y.invalid()) {
    x.mode = Mode::Invalid;
    return;
  }
  if (is_comparison(op)) {
    comparison(x, y, op, e);
    return;
  }
  if (!identical(x.type, y.type)) {
    if (!is_invalid(x.type) && !is_invalid(y.type)) {
      error(x.expr, "invalid operation: " + expr_str(e) + " (mismatched types " + tstr(x.type) +
                        " and " + tstr(y.type) + ")");
    }
    x.mode = Mode::Invalid;
    return;
  }
  bool ok = false;
  switch (op) {
    case Op::Add: ok = is_numeric(x.type) || is_string(x.type); break;
    case Op::Sub:
    case Op::Mul:
    case Op::Quo: ok = is_numeric(x.type); break;
    case Op::Rem:
    case Op::And:
    case Op::Or:
    case Op::Xor:
    case Op::AndNot: ok = is_integer(x.type); break;
    case Op::LAnd:
    case Op::LOr: ok = is_boolean(x.type); break;
    default: ok = false;
  }
  if (!ok) {
    error(x.expr, std::string("invalid operation: operator ") + op_name(op) + " not defined on " +
                      operand_str(x));
    x.mode = Mode::Invalid;
    return;
  }
  if ((op == Op::Quo || op == Op::Rem) && y.mode == Mode::Constant &&
      (x.mode == Mode::Constant || is_integer(x.type))) {
    constant::Value zero = constant::Value::make_int64(0);
    if (constant::compare(y.val, "==", zero) && y.val.kind() != constant::Kind::Complex) {
      error(y.expr, "invalid operation: division by zero");
      x.mode = Mode::Invalid;
      return;
    }
    if (y.val.kind() == constant::Kind::Complex &&
        constant::compare(y.val.real(), "==", zero) && constant::compare(y.val.imag(), "==", zero)) {
      error(y.expr, "invalid operation: division by zero");
      x.mode = Mode::Invalid;
      return;
    }
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    bool int_div = op == Op::Quo && is_integer(x.type);
    x.val = constant::binary_op(x.val, op_name(op), y.val, int_div);
    x.expr = e;
    overflow(x, op_pos);
    return;
  }
  x.mode = Mode::Value;
}

void Checker::comparison(Operand& x, Operand& y, Op op, const Expr* e) {
  std::string cause;
  bool ok = true;
  bool x_nil = x.is_nil || basic_kind(x.type) == BasicKind::UntypedNil;
  bool y_nil = y.is_nil || basic_kind(y.type) == BasicKind::UntypedNil;
  std::string dummy;
  bool assignable_either = assignable(x, y.type, &dummy) || assignable(y, x.type, &dummy);
  if (!assignable_either) {
    ok = false;
    cause = "mismatched types " + tstr(x.type) + " and " + tstr(y.type);
  } else if (op == Op::Eql || op == Op::Neq) {
    if (x_nil || y_nil) {
      const Type* other = x_nil ? y.type : x.type;
      if (x_nil && y_nil) {
        ok = false;
        cause = "operator " + std::string(op_name(op)) + " not defined on nil";
      } else if (!has_nil(other)) {
        ok = false;
        cause = "mismatched types " + tstr(x.type) + " and " + tstr(y.type);
      }
    } else if (!comparable(x.type)) {
      ok = false;
      const Type* u = under(x.type);
      const char* what = u->kind == TypeKind::Slice       ? "slice"
                         : u->kind == TypeKind::Map       ? "map"
                         : u->kind == TypeKind::Signature ? "func"
                                                          : nullptr;
      if (u->kind == TypeKind::TypeParam) {
        cause = "incomparable types in type set";
      } else if (what != nullptr) {
        cause = std::string(what) + " can only be compared to nil";
      } else {
        cause = "struct containing uncomparable field cannot be compared";
        if (u->kind == TypeKind::Array) cause = tstr(x.type) + " cannot be compared";
      }
    }
  } else if (!is_ordered(x.type)) {
    ok = false;
    if (x.type->kind == TypeKind::TypeParam) {
      cause = "type parameter " + tstr(x.type) + " is not comparable with " + op_name(op);
    } else {
      cause = "operator " + std::string(op_name(op)) + " not defined on " + operand_str(x);
    }
  }
  if (!ok) {
    error(x.expr, "invalid operation: " + expr_str(e) + " (" + cause + ")");
    x.mode = Mode::Invalid;
    return;
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    x.val = constant::Value::make_bool(constant::compare(x.val, op_name(op), y.val));
    x.mode = Mode::Constant;
  } else {
    x.mode = Mode::Value;
    // Typed operands now have their final types; untyped ones take their defaults.
    if (is_untyped(x.type)) convert_untyped(x, default_type(x.type, universe_));
    if (is_untyped(y.type)) convert_untyped(y, default_type(y.type, universe_));
  }
  x.expr = e;
  x.type = universe_.basic(BasicKind::UntypedBool);
}

void Checker::shift(Operand& x, Operand& y, const Expr* e, Op op) {
  // The shift count: an integer, or an untyped constant representable as uint.
  if (y.mode == Mode::Constant) {
    constant::Value yi = constant::to_int(y.val);
    if (yi.kind() != constant::Kind::Int) {
      error(y.expr, "invalid operation: shift count " + operand_str(y) + " must be integer");
      x.mode = Mode::Invalid;
      return;
    }
    if (constant::compare(yi, "<", constant::Value::make_int64(0))) {
      error(y.expr, "invalid operation: negative shift count " + operand_str(y));
      x.mode = Mode::Invalid;
      return;
    }
    if (is_untyped(y.type)) {
      y.val = yi;
      convert_untyped(y, universe_.basic(BasicKind::Uint));
      if (y.invalid()) {
        x.mode = Mode::Invalid;
        return;
      }
    }
  } else if (!is_integer(y.type)) {
    error(y.expr, "invalid operation: shift count " + operand_str(y) + " must be integer");
    x.mode = Mode::Invalid;
    return;
  } else if (is_untyped(y.type)) {
    convert_untyped(y, universe_.basic(BasicKind::Uint));
  }

  if (x.mode == Mode::Constant) {
    if (is_untyped(x.type)) {
      constant::Value xi = constant::to_int(x.val);
      if (xi.kind() != constant::Kind::Int) {
        error(x.expr, "invalid operation: shifted operand " + operand_str(x) +
                          " must be integer");
        x.mode = Mode::Invalid;
        return;
      }
      x.val = xi;
      if (y.mode != Mode::Constant) {
        // 1 << n: the type of 1 comes from the context; until then it is untyped int.
        x.type = universe_.basic(BasicKind::UntypedInt);
      } else {
        x.type = universe_.basic(BasicKind::UntypedInt) == x.type ? x.type
                 : basic_kind(x.type) == BasicKind::UntypedRune
                     ? x.type
                     : universe_.basic(BasicKind::UntypedInt);
      }
    }
    if (!is_integer(x.type)) {
      error(x.expr, "invalid operation: shifted operand " + operand_str(x) + " must be integer");
      x.mode = Mode::Invalid;
      return;
    }
    if (y.mode == Mode::Constant) {
      auto count = constant::to_int(y.val).uint64_val();
      constexpr uint64_t kMaxShift = 1023 - 1 + 52;  // as go/types: float64 exponent range
      if (!count || *count > kMaxShift) {
        error(y.expr, "invalid shift count " + operand_str(y));
        x.mode = Mode::Invalid;
        return;
      }
      x.val = constant::shift(x.val, op == Op::Shl ? "<<" : ">>", *count);
      x.expr = e;
      overflow(x, e->pos);
      return;
    }
    x.mode = Mode::Value;
    return;
  }
  if (!is_integer(x.type)) {
    error(x.expr, "invalid operation: shifted operand " + operand_str(x) + " must be integer");
    x.mode = Mode::Invalid;
    return;
  }
  x.mode = Mode::Value;
}

}  // namespace go2cpp::types
