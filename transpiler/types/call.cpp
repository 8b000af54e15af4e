// Calls and conversions: f(args) with Go's argument rules (variadic parameters, f(g()) spreading
// a multi-value call, xs...), and T(x) conversions, constant and not.
#include "types/checker.h"

namespace go2cpp::types {

namespace {

// types2's typesSummary: untyped numeric constants show as "number".
std::string types_summary(const std::vector<Operand>& ops, const Checker& c) {
  std::string s = "(";
  for (size_t i = 0; i < ops.size(); ++i) {
    if (i > 0) s += ", ";
    const Type* t = ops[i].type;
    if (t == nullptr) {
      s += "<T>";
    } else if (is_untyped(t)) {
      if (is_numeric(t)) {
        s += "number";
      } else {
        std::string n = t->as<Basic>()->name;
        s += n.substr(n.find(' ') + 1);
      }
    } else {
      s += c.tstr(t);
    }
  }
  return s + ")";
}

std::string tuple_summary(const Tuple* t, bool variadic, const Checker& c) {
  std::string s = "(";
  for (size_t i = 0; t && i < t->size(); ++i) {
    if (i > 0) s += ", ";
    if (variadic && i + 1 == t->size()) {
      s += "..." + c.tstr(t->vars[i]->type->as<Slice>()->elem);
    } else {
      s += c.tstr(t->vars[i]->type);
    }
  }
  return s + ")";
}

}  // namespace

void Checker::call_expr(Operand& x, const CallExpr* e) {
  // F[int](...) may give only some type arguments: the rest are inferred from the call.
  const IndexExpr* fix = e->fun->as<IndexExpr>();
  if (fix != nullptr) {
    expr_or_type(x, fix->x);
    const Signature* gs = x.mode == Mode::Value ? x.type->as<Signature>() : nullptr;
    if (gs == nullptr || gs->tparams.empty()) {
      index_operand(x, fix);
      if (!x.invalid()) record(fix, x);
      fix = nullptr;
    }
  } else {
    expr_or_type(x, e->fun);
  }
  if (const Signature* gs = x.mode == Mode::Value ? x.type->as<Signature>() : nullptr;
      gs != nullptr && !gs->tparams.empty()) {
    generic_call(x, e, fix);
    return;
  }
  if (x.invalid()) {
    use_exprs(e->args);
    x.mode = Mode::Invalid;
    return;
  }
  if (x.mode == Mode::TypeExpr) {
    Type* target = x.type;
    x.expr = e;
    if (e->args.size() != 1) {
      if (e->args.empty()) {
        error(e->rparen, "missing argument in conversion to " + tstr(target));
      } else {
        error(e->args[1], "too many arguments in conversion to " + tstr(target));
      }
      use_exprs(e->args);
      x.mode = Mode::Invalid;
      return;
    }
    if (e->has_ellipsis) {
      error(e->args[0], "invalid use of ... in conversion to " + tstr(target));
      x.mode = Mode::Invalid;
      return;
    }
    Operand arg;
    expr_with_hint(arg, e->args[0], target);
    if (arg.invalid()) {
      x.mode = Mode::Invalid;
      return;
    }
    conversion(arg, target, e);
    x = arg;
    x.expr = e;
    return;
  }
  if (x.mode == Mode::Builtin) {
    builtin_call(x, e, x.builtin);
    x.expr = e;
    return;
  }
  Signature* sig = under(x.type)->as<Signature>();
  if (sig == nullptr) {
    error(e, "invalid operation: cannot call non-function " + operand_str(x));
    use_exprs(e->args);
    x.mode = Mode::Invalid;
    return;
  }
  std::vector<Operand> args;
  arguments(e, sig, args, expr_str(e->fun));
  x.expr = e;
  size_t nres = sig->results ? sig->results->size() : 0;
  if (nres == 0) {
    x.mode = Mode::NoValue;
    x.type = sig->results ? static_cast<Type*>(sig->results) : universe_.basic(BasicKind::Invalid);
  } else if (nres == 1) {
    x.mode = Mode::Value;
    x.type = sig->results->vars[0]->type;
  } else {
    x.mode = Mode::Value;
    x.type = sig->results;
  }
}

void Checker::evaluate_args(const CallExpr* e, std::vector<Operand>& args) {
  if (e->args.size() == 1 && !e->has_ellipsis) {
    multi_expr(args, e->args[0]);
  } else {
    for (const Expr* a : e->args) {
      Operand x;
      expr(x, a);
      args.push_back(x);
    }
  }
}

void Checker::generic_call(Operand& x, const CallExpr* e, const IndexExpr* fix) {
  Signature* generic = x.type->as<Signature>();
  const Expr* fn_expr = fix ? fix->x : e->fun;
  std::vector<Type*> targs;
  if (fix != nullptr) {
    for (const Expr* a : fix->indices) {
      targs.push_back(type_expr(a));
      if (is_invalid(targs.back())) {
        use_exprs(e->args);
        x.mode = Mode::Invalid;
        return;
      }
    }
    if (targs.size() > generic->tparams.size()) {
      error(fix->indices[generic->tparams.size()],
            "got " + std::to_string(targs.size()) + " type arguments but want " +
                std::to_string(generic->tparams.size()));
      use_exprs(e->args);
      x.mode = Mode::Invalid;
      return;
    }
  }
  std::vector<Operand> args;
  evaluate_args(e, args);
  for (const Operand& a : args) {
    if (a.invalid()) {
      x.mode = Mode::Invalid;
      return;
    }
  }
  Signature* sig = nullptr;
  if (args.size() >= generic->params->size() - (generic->variadic ? 1 : 0) || !targs.empty()) {
    sig = infer_call(e, fn_expr, generic, targs, args);
  } else {
    // Too few arguments: report that rather than a failed inference.
    sig = generic;
  }
  if (sig == nullptr) {
    x.mode = Mode::Invalid;
    return;
  }
  record_value(fn_expr, sig);
  if (fix != nullptr) record_value(fix, sig);
  arguments(e, sig, args, expr_str(e->fun), true);
  x.expr = e;
  size_t nres = sig->results ? sig->results->size() : 0;
  if (nres == 0) {
    x.mode = Mode::NoValue;
    x.type = sig->results;
  } else if (nres == 1) {
    x.mode = Mode::Value;
    x.type = sig->results->vars[0]->type;
  } else {
    x.mode = Mode::Value;
    x.type = sig->results;
  }
}

void Checker::arguments(const CallExpr* e, Signature* sig, std::vector<Operand>& args,
                        const std::string& fname, bool evaluated) {
  if (!evaluated) evaluate_args(e, args);
  for (const Operand& a : args) {
    if (a.invalid()) return;
  }
  size_t nparams = sig->params ? sig->params->size() : 0;
  size_t nargs = args.size();
  bool spread = e->args.size() == 1 && nargs > 1;  // f(g()) with several results

  if (e->has_ellipsis) {
    if (!sig->variadic) {
      error(e->args.back(), "cannot use ... in call to non-variadic " + fname);
      return;
    }
    if (spread) {
      error(e->args[0], "cannot use ... with multi-valued " + expr_str(e->args[0]));
      return;
    }
  }
  bool count_ok;
  if (sig->variadic && !e->has_ellipsis) {
    count_ok = nargs + 1 >= nparams;
  } else {
    count_ok = nargs == nparams;
  }
  if (!count_ok) {
    bool too_few = nargs < nparams;
    std::string msg = std::string(too_few ? "not enough" : "too many") + " arguments in call to " +
                      fname + "\n\thave " + types_summary(args, *this) + "\n\twant " +
                      tuple_summary(sig->params, sig->variadic, *this);
    Pos at = too_few ? e->rparen : (spread ? e->args[0]->pos : e->args[nparams]->pos);
    error(at, msg);
    return;
  }
  std::string context = "argument to " + fname;
  for (size_t i = 0; i < nargs; ++i) {
    Type* pt;
    if (sig->variadic && i + 1 >= nparams && !e->has_ellipsis) {
      pt = sig->params->vars[nparams - 1]->type->as<Slice>()->elem;
    } else {
      pt = sig->params->vars[i]->type;
    }
    if (spread) {
      Operand tmp = args[i];
      std::string reason;
      if (!assignable(tmp, pt, &reason)) {
        error(e->args[0], "cannot use " + expr_str(e->args[0]) + " (value of type " +
                              tstr(args[i].type) + ") as " + tstr(pt) + " value in " + context);
      }
      continue;
    }
    assignment(args[i], pt, context);
  }
}

bool Checker::convertible(const Operand& x, Type* T) {
  Operand tmp = x;
  std::string reason;
  if (assignable(tmp, T, &reason)) return true;
  Type* V = x.type;
  Type* Vu = under(V);
  Type* Tu = under(T);
  // Identical underlying types, ignoring struct tags.
  if (identical(Vu, Tu)) return true;
  // Package unsafe: any pointer or uintptr to unsafe.Pointer, and back.
  bool v_pointer = basic_kind(Vu) == BasicKind::UnsafePointer;
  bool t_pointer = basic_kind(Tu) == BasicKind::UnsafePointer;
  if (t_pointer && (Vu->kind == TypeKind::Pointer || basic_kind(Vu) == BasicKind::Uintptr)) {
    return true;
  }
  if (v_pointer && (Tu->kind == TypeKind::Pointer || basic_kind(Tu) == BasicKind::Uintptr)) {
    return true;
  }
  if (const Pointer* vp = V->as<Pointer>()) {
    if (const Pointer* tp = T->as<Pointer>()) {
      if (identical(under(vp->elem), under(tp->elem))) return true;
    }
  }
  if (is_numeric(Vu) && is_numeric(Tu)) {
    // complex ↔ real is not allowed
    if (is_complex(Vu) == is_complex(Tu)) return true;
    return false;
  }
  if (is_string(Tu)) {
    if (is_integer(Vu)) return true;
    if (const Slice* s = Vu->as<Slice>()) {
      BasicKind k = basic_kind(s->elem);
      if (k == BasicKind::Uint8 || k == BasicKind::Int32) return true;
    }
  }
  if (is_string(Vu)) {
    if (const Slice* s = Tu->as<Slice>()) {
      BasicKind k = basic_kind(s->elem);
      if (k == BasicKind::Uint8 || k == BasicKind::Int32) return true;
    }
  }
  // Slice to array pointer (Go 1.17) and to array (Go 1.20).
  if (const Slice* s = Vu->as<Slice>()) {
    if (const Pointer* p = Tu->as<Pointer>()) {
      if (const Array* a = under(p->elem)->as<Array>(); a && identical(s->elem, a->elem)) {
        return true;
      }
    }
    if (const Array* a = Tu->as<Array>(); a && identical(s->elem, a->elem)) return true;
  }
  return false;
}

void Checker::conversion(Operand& x, Type* T, const CallExpr* e) {
  Type* Tu = under(T);
  bool const_arg = x.mode == Mode::Constant;
  if (const_arg && is_const_type(T)) {
    const Basic* tb = Tu->as<Basic>();
    Operand tmp = x;
    std::string cause;
    bool ok = false;
    if (is_numeric(x.type) && is_numeric(T)) {
      ok = representable(tmp, tb, nullptr);
      // Float constants converted to an integer type must be exact; to a float type rounded.
    } else if (is_string(x.type) && is_string(T)) {
      ok = true;
    } else if (is_boolean(x.type) && is_boolean(T)) {
      ok = true;
    } else if (is_integer(x.type) && is_string(T)) {
      // string(rune constant)
      uint32_t cp = 0xFFFD;
      if (auto v = constant::to_int(x.val).uint64_val(); v && *v <= 0x10FFFF &&
                                                          !(*v >= 0xD800 && *v <= 0xDFFF)) {
        cp = static_cast<uint32_t>(*v);
      }
      std::string s;
      if (cp < 0x80) {
        s += static_cast<char>(cp);
      } else if (cp < 0x800) {
        s += static_cast<char>(0xC0 | (cp >> 6));
        s += static_cast<char>(0x80 | (cp & 0x3F));
      } else if (cp < 0x10000) {
        s += static_cast<char>(0xE0 | (cp >> 12));
        s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (cp & 0x3F));
      } else {
        s += static_cast<char>(0xF0 | (cp >> 18));
        s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (cp & 0x3F));
      }
      tmp.val = constant::Value::make_string(s);
      ok = true;
    }
    if (!ok) {
      error(e, "cannot convert " + operand_str(x) + " to type " + tstr(T));
      x.mode = Mode::Invalid;
      return;
    }
    x.val = tmp.val;
    x.type = T;
    x.mode = Mode::Constant;
    return;
  }
  if (!convertible(x, T)) {
    error(e, "cannot convert " + operand_str(x) + " to type " + tstr(T));
    x.mode = Mode::Invalid;
    return;
  }
  if (is_untyped(x.type)) {
    // A constant converted to a non-constant type (e.g. an interface), or an untyped
    // non-constant value: its final type is T, or the default type for interfaces.
    Type* final_type = T;
    if (is_interface(T) || (const_arg && !is_const_type(T))) {
      final_type = default_type(x.type, universe_);
    }
    if (basic_kind(x.type) == BasicKind::UntypedNil) final_type = T;
    update_expr_type(x.expr, final_type, true);
  }
  x.mode = Mode::Value;
  x.type = T;
}

}  // namespace go2cpp::types
