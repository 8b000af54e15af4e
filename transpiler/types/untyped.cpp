// Untyped constants and values meeting a type: representability (with gc's overflow and
// truncation messages), the implicit conversion of an untyped operand to its context's type, and
// the rewriting of the recorded types of a whole untyped subtree once that type is known, so the
// emitter sees every node's final type (go/types' updateExprType).
#include "types/checker.h"

namespace go2cpp::types {

namespace {

// Rank of untyped numeric kinds: the "larger" kind wins when two untyped constants meet.
int untyped_rank(BasicKind k) {
  switch (k) {
    case BasicKind::UntypedInt: return 1;
    case BasicKind::UntypedRune: return 2;
    case BasicKind::UntypedFloat: return 3;
    case BasicKind::UntypedComplex: return 4;
    default: return 0;
  }
}

bool is_comparison(Op op) {
  return op == Op::Eql || op == Op::Neq || op == Op::Lss || op == Op::Leq || op == Op::Gtr ||
         op == Op::Geq;
}

}  // namespace

void Checker::overflow(Operand& x, Pos op_pos) {
  if (x.val.kind() == constant::Kind::Unknown) {
    error(op_pos, "constant result is not representable");
    x.mode = Mode::Invalid;
    return;
  }
  if (is_typed(x.type)) {
    const Basic* b = under(x.type)->as<Basic>();
    if (b == nullptr) return;
    std::string cause;
    if (!representable(x, b, &cause)) {
      error(x.expr, cause);
      x.mode = Mode::Invalid;
    }
  }
}

// Sets *cause to types2's message when x (a constant) does not fit typ.
bool Checker::representable(Operand& x, const Basic* typ, std::string* cause) {
  if (typ->basic == BasicKind::Invalid) return true;
  const char* name = constant_type_name(typ->basic);
  constant::Value rounded;
  bool ok = false;
  if (*name == 0) {
    // untyped target: any constant of a compatible class is fine
    ok = true;
    rounded = x.val;
  } else if (is_numeric(typ) != (x.val.kind() == constant::Kind::Int ||
                                  x.val.kind() == constant::Kind::Float ||
                                  x.val.kind() == constant::Kind::Complex)) {
    ok = false;
  } else {
    ok = constant::representable(x.val, name, &rounded);
  }
  if (ok) {
    x.val = rounded;
    return true;
  }
  if (cause != nullptr) {
    bool numeric_both = is_numeric(x.type) && is_numeric(typ);
    if (numeric_both) {
      if (is_integer(typ) && !x.val.is_int()) {
        *cause = operand_str(x) + " truncated to " + tstr(typ);
      } else {
        *cause = operand_str(x) + " overflows " + tstr(typ);
      }
    } else {
      *cause = "cannot convert " + operand_str(x) + " to type " + tstr(typ);
    }
  }
  return false;
}

void Checker::update_expr_type(const Expr* e, Type* t, bool final) {
  auto it = info_.types.find(e);
  if (it == info_.types.end()) return;
  TypeAndValue& tv = it->second;
  if (tv.type == nullptr || !is_untyped(tv.type)) return;
  switch (e->kind) {
    case NodeKind::ParenExpr:
      update_expr_type(e->as<ParenExpr>()->x, t, final);
      break;
    case NodeKind::UnaryExpr: {
      const UnaryExpr* u = e->as<UnaryExpr>();
      if (tv.mode != Mode::Constant) update_expr_type(u->x, t, final);
      break;
    }
    case NodeKind::BinaryExpr: {
      const BinaryExpr* b = e->as<BinaryExpr>();
      if (tv.mode == Mode::Constant) break;
      if (is_comparison(b->op)) break;  // operands were typed when compared
      if (b->op == Op::Shl || b->op == Op::Shr) {
        update_expr_type(b->x, t, final);
      } else {
        update_expr_type(b->x, t, final);
        update_expr_type(b->y, t, final);
      }
      break;
    }
    default:
      break;
  }
  tv.type = t;
}

void Checker::convert_untyped(Operand& x, Type* target) {
  if (x.invalid() || is_typed(x.type) || is_invalid(target)) return;
  BasicKind xk = basic_kind(x.type);
  if (is_untyped(target)) {
    BasicKind tk = basic_kind(target);
    if (untyped_rank(xk) > 0 && untyped_rank(tk) > 0) {
      if (untyped_rank(tk) > untyped_rank(xk)) {
        x.type = target;
        update_expr_type(x.expr, target, false);
      }
    } else if (xk != tk) {
      error(x.expr, "cannot convert " + operand_str(x) + " to type " + tstr(target));
      x.mode = Mode::Invalid;
    }
    return;
  }
  if (const TypeParam* tp = target->as<TypeParam>(); tp && core_type(tp) == nullptr) {
    // Each type of the type set must accept the value; the result is a value of type T, no
    // longer a constant (types2's implicitTypeAndValue).
    const Interface* it = constraint_interface(tp->constraint);
    bool ok = it != nullptr && !it->terms.empty() && xk != BasicKind::UntypedNil;
    for (size_t i = 0; ok && i < it->terms.size(); ++i) {
      Operand tmp = x;
      tmp.expr = nullptr;
      const Basic* b = under(it->terms[i].type)->as<Basic>();
      if (b == nullptr) {
        ok = false;
      } else if (x.mode == Mode::Constant) {
        ok = representable(tmp, b, nullptr);
      } else {
        ok = (xk == BasicKind::UntypedBool) == is_boolean(b) &&
             (untyped_rank(xk) > 0) == is_numeric(b);
      }
    }
    if (!ok) {
      error(x.expr, "cannot use " + operand_str(x) + " as " + tstr(target) + " value in " +
                        "assignment");
      x.mode = Mode::Invalid;
      return;
    }
    x.type = target;
    update_expr_type(x.expr, target, true);
    if (x.expr) {
      auto found = info_.types.find(x.expr);
      if (found != info_.types.end() && x.mode == Mode::Constant) found->second.value = x.val;
    }
    if (x.mode == Mode::Constant) x.mode = Mode::Value;
    return;
  }
  Type* u = under(target);
  Type* new_type = target;
  auto fail = [&]() {
    error(x.expr, "cannot convert " + operand_str(x) + " to type " + tstr(u));
    x.mode = Mode::Invalid;
  };
  switch (u->kind) {
    case TypeKind::Basic: {
      const Basic* b = u->as<Basic>();
      if (xk == BasicKind::UntypedNil) {
        if (b->basic != BasicKind::UnsafePointer) return fail();
        break;
      }
      if (x.mode == Mode::Constant) {
        std::string cause;
        if (!representable(x, b, &cause)) {
          error(x.expr, cause);
          x.mode = Mode::Invalid;
          return;
        }
        break;
      }
      // Non-constant untyped values: bools from comparisons, numbers from shifts.
      if (xk == BasicKind::UntypedBool) {
        if (!is_boolean(b)) return fail();
      } else if (untyped_rank(xk) > 0) {
        if (!is_numeric(b)) return fail();
      } else if (xk == BasicKind::UntypedString) {
        if (!is_string(b)) return fail();
      }
      break;
    }
    case TypeKind::Interface: {
      const Interface* it = u->as<Interface>();
      if (xk == BasicKind::UntypedNil) break;  // nil interface value
      if (!it->all_methods.empty()) {
        // Only the default type can satisfy it; assignability reports the details.
        new_type = default_type(x.type, universe_);
        break;
      }
      new_type = default_type(x.type, universe_);
      break;
    }
    case TypeKind::Pointer:
    case TypeKind::Signature:
    case TypeKind::Slice:
    case TypeKind::Map:
    case TypeKind::Chan:
      if (xk != BasicKind::UntypedNil) return fail();
      break;
    default:
      return fail();
  }
  x.type = new_type;
  update_expr_type(x.expr, new_type, true);
  if (x.expr) {
    auto it = info_.types.find(x.expr);
    if (it != info_.types.end() && x.mode == Mode::Constant) it->second.value = x.val;
  }
}

void Checker::match_types(Operand& x, Operand& y) {
  bool xu = is_untyped(x.type), yu = is_untyped(y.type);
  if (xu && !yu) {
    convert_untyped(x, y.type);
  } else if (yu && !xu) {
    convert_untyped(y, x.type);
  } else if (xu && yu) {
    BasicKind xk = basic_kind(x.type), yk = basic_kind(y.type);
    if (untyped_rank(xk) > 0 && untyped_rank(yk) > 0) {
      if (untyped_rank(xk) < untyped_rank(yk)) {
        convert_untyped(x, y.type);
      } else {
        convert_untyped(y, x.type);
      }
    }
  }
}

}  // namespace go2cpp::types
