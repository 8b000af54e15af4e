// The builtin functions: len, cap, append, make, new, delete, copy, panic, print, println,
// recover, complex, real, imag, min, max, clear, close — argument rules and result types as the
// spec gives them, constant results folded (len of a constant string, len and cap of an array
// whose expression has no call or receive, complex/real/imag of constants, min/max of constants).
#include "syntax/walk.h"
#include "types/checker.h"

namespace go2cpp::types {

namespace {

// Whether evaluating e calls a function or receives from a channel (go/types' hasCallOrRecv):
// the spec makes len and cap of an array constant only when it does neither. Conversions and
// calls with constant results (len of a constant) do not count; a function literal's body is
// not evaluated.
bool has_call_or_recv(const syntax::Expr* e, const Info& info) {
  bool found = false;
  syntax::walk(e, [&](const syntax::Node* n) {
    if (found || n->as<syntax::FuncLit>() != nullptr) return false;
    if (const auto* u = n->as<syntax::UnaryExpr>(); u && u->op == syntax::Op::Arrow) {
      found = true;
      return false;
    }
    if (const auto* c = n->as<syntax::CallExpr>()) {
      auto self = info.types.find(c);
      if (self != info.types.end() && self->second.mode == Mode::Constant) return false;
      auto fun = info.types.find(c->fun);
      if (fun == info.types.end() || fun->second.mode != Mode::TypeExpr) {
        found = true;
        return false;
      }
    }
    return true;
  });
  return found;
}

const char* builtin_name(BuiltinId id) {
  switch (id) {
    case BuiltinId::Append: return "append";
    case BuiltinId::Cap: return "cap";
    case BuiltinId::Clear: return "clear";
    case BuiltinId::Close: return "close";
    case BuiltinId::Complex: return "complex";
    case BuiltinId::Copy: return "copy";
    case BuiltinId::Delete: return "delete";
    case BuiltinId::Imag: return "imag";
    case BuiltinId::Len: return "len";
    case BuiltinId::Make: return "make";
    case BuiltinId::Max: return "max";
    case BuiltinId::Min: return "min";
    case BuiltinId::New: return "new";
    case BuiltinId::Panic: return "panic";
    case BuiltinId::Print: return "print";
    case BuiltinId::Println: return "println";
    case BuiltinId::Real: return "real";
    case BuiltinId::Recover: return "recover";
    case BuiltinId::Sizeof: return "unsafe.Sizeof";
    case BuiltinId::Alignof: return "unsafe.Alignof";
    case BuiltinId::Offsetof: return "unsafe.Offsetof";
    case BuiltinId::Add: return "unsafe.Add";
    case BuiltinId::Slice: return "unsafe.Slice";
    case BuiltinId::String: return "unsafe.String";
    case BuiltinId::StringData: return "unsafe.StringData";
    case BuiltinId::SliceData: return "unsafe.SliceData";
  }
  return "";
}

}  // namespace

void Checker::builtin_call(Operand& x, const CallExpr* e, BuiltinId id) {
  const char* name = builtin_name(id);
  size_t nargs = e->args.size();
  auto arity = [&](size_t min, size_t max) {
    if (nargs < min) {
      error(e->rparen, std::string("not enough arguments for ") + expr_str(e) + " (expected " +
                           std::to_string(min) + ", found " + std::to_string(nargs) + ")");
      return false;
    }
    if (nargs > max) {
      error(e->args[max], std::string("too many arguments for ") + expr_str(e) + " (expected " +
                              std::to_string(max) + ", found " + std::to_string(nargs) + ")");
      return false;
    }
    return true;
  };
  auto fail = [&]() {
    x.mode = Mode::Invalid;
    x.type = universe_.basic(BasicKind::Invalid);
  };
  if (e->has_ellipsis && id != BuiltinId::Append) {
    error(e, std::string("invalid operation: invalid use of ... with built-in ") + name);
    use_exprs(e->args);
    return fail();
  }
  Type* int_type = universe_.basic(BasicKind::Int);
  switch (id) {
    case BuiltinId::Sizeof:
    case BuiltinId::Alignof:
    case BuiltinId::Offsetof:
    case BuiltinId::Add:
    case BuiltinId::Slice:
    case BuiltinId::String:
    case BuiltinId::StringData:
    case BuiltinId::SliceData:
      return unsafe_call(x, e, id);
    case BuiltinId::Len:
    case BuiltinId::Cap: {
      if (!arity(1, 1)) return fail(), void(use_exprs(e->args));
      Operand a;
      expr(a, e->args[0]);
      if (a.invalid()) return fail();
      Type* u = under(a.type);
      if (const Pointer* p = u->as<Pointer>(); p && under(p->elem)->kind == TypeKind::Array) {
        u = under(p->elem);
      }
      bool ok = false;
      x.mode = Mode::Value;
      switch (u->kind) {
        case TypeKind::Basic:
          ok = id == BuiltinId::Len && is_string(u);
          if (ok && a.mode == Mode::Constant) {
            x.mode = Mode::Constant;
            x.val = constant::Value::make_int64(static_cast<int64_t>(a.val.string_val().size()));
          }
          if (ok && is_untyped(a.type)) convert_untyped(a, universe_.basic(BasicKind::String));
          break;
        case TypeKind::Array:
          ok = true;
          if (!has_call_or_recv(a.expr, info_)) {
            x.mode = Mode::Constant;
            x.val = constant::Value::make_int64(u->as<Array>()->len);
          }
          break;
        case TypeKind::Slice:
        case TypeKind::Chan:
          ok = true;
          break;
        case TypeKind::Map:
          ok = id == BuiltinId::Len;
          break;
        case TypeKind::TypeParam: {
          // Without a core type: every type of the type set must have a length.
          const Interface* it = constraint_interface(u->as<TypeParam>()->constraint);
          ok = it != nullptr && !it->terms.empty();
          for (size_t i = 0; ok && i < it->terms.size(); ++i) {
            const Type* tu = under(it->terms[i].type);
            ok = tu->kind == TypeKind::Array || tu->kind == TypeKind::Slice ||
                 tu->kind == TypeKind::Chan ||
                 (id == BuiltinId::Len && (tu->kind == TypeKind::Map || is_string(tu)));
          }
          break;
        }
        default:
          break;
      }
      if (!ok) {
        error(a.expr, "invalid argument: " + operand_str(a) + " for " + name);
        return fail();
      }
      x.type = int_type;
      return;
    }
    case BuiltinId::Append: {
      if (nargs == 0) {
        error(e->rparen, "not enough arguments for append() (expected 1, found 0)");
        return fail();
      }
      Operand s;
      expr(s, e->args[0]);
      if (s.invalid()) return fail(), void(use_exprs(e->args));
      Slice* st = under(s.type)->as<Slice>();
      if (st == nullptr) {
        if (basic_kind(s.type) == BasicKind::UntypedNil) {
          error(s.expr, "first argument to append must be a typed slice; have untyped nil");
        } else {
          error(s.expr, "invalid argument: " + operand_str(s) + " (value of type " +
                            tstr(s.type) + ") is not a slice");
        }
        use_exprs(e->args);
        return fail();
      }
      if (e->has_ellipsis) {
        if (nargs != 2) {
          error(e, "can only use ... with final argument in list");
          return fail();
        }
        Operand t;
        expr(t, e->args[1]);
        if (t.invalid()) return fail();
        if (basic_kind(st->elem) == BasicKind::Uint8 && is_string(t.type)) {
          if (is_untyped(t.type)) convert_untyped(t, universe_.basic(BasicKind::String));
        } else {
          assignment(t, s.type, "append");
        }
      } else {
        for (size_t i = 1; i < nargs; ++i) {
          Operand v;
          expr_with_hint(v, e->args[i], st->elem);
          assignment(v, st->elem, "argument to append");
        }
      }
      x.mode = Mode::Value;
      x.type = s.type;
      return;
    }
    case BuiltinId::Make: {
      if (nargs == 0) {
        error(e->rparen, "not enough arguments for make() (expected 1, found 0)");
        return fail();
      }
      Type* t = type_expr(e->args[0]);
      if (is_invalid(t)) return fail();
      size_t min = 1, max = 1;
      switch (under(t)->kind) {
        case TypeKind::Slice: min = 2; max = 3; break;
        case TypeKind::Map:
        case TypeKind::Chan: min = 1; max = 2; break;
        default:
          error(e->args[0], "invalid argument: cannot make " + expr_str(e->args[0]) +
                                "; type must be slice, map, or channel");
          use_exprs(std::vector<Expr*>(e->args.begin() + 1, e->args.end()));
          return fail();
      }
      if (nargs < min || nargs > max) {
        error(e, "invalid operation: " + expr_str(e) + " expects " + std::to_string(min) +
                     (max > min ? " or " + std::to_string(max) : "") + " arguments; found " +
                     std::to_string(nargs));
        return fail();
      }
      int64_t sizes[2] = {-1, -1};
      for (size_t i = 1; i < nargs; ++i) {
        Operand sz;
        expr(sz, e->args[i]);
        if (sz.invalid()) return fail();
        if (sz.mode == Mode::Constant && is_untyped(sz.type)) {
          constant::Value iv = constant::to_int(sz.val);
          if (iv.kind() != constant::Kind::Int) {
            error(sz.expr, operand_str(sz) + " truncated to int");
            return fail();
          }
          convert_untyped(sz, int_type);
          if (sz.invalid()) return fail();
        }
        if (!is_integer(sz.type)) {
          error(sz.expr, "cannot convert " + operand_str(sz) + " to type int");
          return fail();
        }
        if (sz.mode == Mode::Constant) {
          auto v = constant::to_int(sz.val).int64_val();
          if (v && *v < 0) {
            error(sz.expr, "invalid argument: index " + operand_str(sz) +
                               " must not be negative");
            return fail();
          }
          if (v) sizes[i - 1] = *v;
        }
      }
      if (sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1]) {
        error(e->args[1], "invalid argument: length and capacity swapped");
        return fail();
      }
      x.mode = Mode::Value;
      x.type = t;
      return;
    }
    case BuiltinId::New: {
      if (!arity(1, 1)) return fail();
      Type* t = type_expr(e->args[0]);
      if (is_invalid(t)) return fail();
      x.mode = Mode::Value;
      x.type = arena_.make<Pointer>(t);
      return;
    }
    case BuiltinId::Delete: {
      if (!arity(2, 2)) return fail(), void(use_exprs(e->args));
      Operand m;
      expr(m, e->args[0]);
      if (m.invalid()) return fail();
      Map* mt = under(m.type)->as<Map>();
      if (mt == nullptr) {
        error(m.expr, "invalid argument: " + operand_str(m) + " is not a map");
        return fail();
      }
      Operand k;
      expr(k, e->args[1]);
      assignment(k, mt->key, "argument to delete");
      x.mode = Mode::NoValue;
      return;
    }
    case BuiltinId::Copy: {
      if (!arity(2, 2)) return fail(), void(use_exprs(e->args));
      Operand dst, src;
      expr(dst, e->args[0]);
      expr(src, e->args[1]);
      if (dst.invalid() || src.invalid()) return fail();
      Slice* ds = under(dst.type)->as<Slice>();
      if (ds == nullptr) {
        error(dst.expr, "invalid argument: copy expects slice arguments; found " +
                            operand_str(dst) + " and " + operand_str(src));
        return fail();
      }
      bool ok = false;
      if (Slice* ss = under(src.type)->as<Slice>()) {
        ok = identical(ds->elem, ss->elem);
        if (!ok) {
          error(e, "invalid argument: arguments to copy " + operand_str(dst) + " and " +
                       operand_str(src) + " have different element types " + tstr(ds->elem) +
                       " and " + tstr(ss->elem));
          return fail();
        }
      } else if (is_string(src.type) && basic_kind(ds->elem) == BasicKind::Uint8) {
        ok = true;
        if (is_untyped(src.type)) convert_untyped(src, universe_.basic(BasicKind::String));
      }
      if (!ok) {
        error(e, "invalid argument: copy expects slice arguments; found " + operand_str(dst) +
                     " and " + operand_str(src));
        return fail();
      }
      x.mode = Mode::Value;
      x.type = int_type;
      return;
    }
    case BuiltinId::Panic: {
      if (!arity(1, 1)) return fail(), void(use_exprs(e->args));
      Operand v;
      expr(v, e->args[0]);
      assignment(v, universe_.any_type(), "argument to panic");
      x.mode = Mode::NoValue;
      return;
    }
    case BuiltinId::Print:
    case BuiltinId::Println: {
      for (const Expr* a : e->args) {
        Operand v;
        expr(v, a);
        if (v.invalid()) continue;
        if (basic_kind(v.type) == BasicKind::UntypedNil) {
          error(a, "use of untyped nil in argument to built-in " + std::string(name));
          continue;
        }
        assignment(v, nullptr, std::string("argument to built-in ") + name);
      }
      x.mode = Mode::NoValue;
      return;
    }
    case BuiltinId::Recover: {
      if (!arity(0, 0)) return fail(), void(use_exprs(e->args));
      x.mode = Mode::Value;
      x.type = universe_.any_type();
      return;
    }
    case BuiltinId::Close: {
      if (!arity(1, 1)) return fail(), void(use_exprs(e->args));
      Operand c;
      expr(c, e->args[0]);
      if (c.invalid()) return fail();
      Chan* ch = under(c.type)->as<Chan>();
      if (ch == nullptr) {
        error(c.expr, "invalid operation: cannot close non-channel " + operand_str(c));
        return fail();
      }
      if (ch->dir == ChanDir::Recv) {
        error(c.expr, "invalid operation: cannot close receive-only channel " + operand_str(c));
        return fail();
      }
      x.mode = Mode::NoValue;
      return;
    }
    case BuiltinId::Clear: {
      if (!arity(1, 1)) return fail(), void(use_exprs(e->args));
      Operand c;
      expr(c, e->args[0]);
      if (c.invalid()) return fail();
      TypeKind k = under(c.type)->kind;
      if (k != TypeKind::Map && k != TypeKind::Slice) {
        error(c.expr, "invalid argument: " + operand_str(c) +
                          " must be a map or slice");
        return fail();
      }
      x.mode = Mode::NoValue;
      return;
    }
    case BuiltinId::Complex: {
      if (!arity(2, 2)) return fail(), void(use_exprs(e->args));
      Operand re, im;
      expr(re, e->args[0]);
      expr(im, e->args[1]);
      if (re.invalid() || im.invalid()) return fail();
      match_types(re, im);
      if (re.invalid() || im.invalid()) return fail();
      if (!identical(re.type, im.type)) {
        error(e, "invalid operation: " + expr_str(e) + " (mismatched types " + tstr(re.type) +
                     " and " + tstr(im.type) + ")");
        return fail();
      }
      if (re.mode == Mode::Constant && im.mode == Mode::Constant) {
        if (is_untyped(re.type)) {
          x.mode = Mode::Constant;
          x.val = constant::make_complex(constant::to_float(re.val), constant::to_float(im.val));
          x.type = universe_.basic(BasicKind::UntypedComplex);
          return;
        }
      } else if (is_untyped(re.type)) {
        convert_untyped(re, universe_.basic(BasicKind::Float64));
        convert_untyped(im, universe_.basic(BasicKind::Float64));
      }
      BasicKind k = basic_kind(re.type);
      if (k != BasicKind::Float32 && k != BasicKind::Float64) {
        error(e, "invalid operation: complex(" + expr_str(e->args[0]) + ", " +
                     expr_str(e->args[1]) + ") (arguments have type " + tstr(re.type) +
                     ", expected floating-point)");
        return fail();
      }
      x.type = universe_.basic(k == BasicKind::Float32 ? BasicKind::Complex64
                                                       : BasicKind::Complex128);
      if (re.mode == Mode::Constant && im.mode == Mode::Constant) {
        x.mode = Mode::Constant;
        x.val = constant::make_complex(re.val, im.val);
      } else {
        x.mode = Mode::Value;
      }
      return;
    }
    case BuiltinId::Real:
    case BuiltinId::Imag: {
      if (!arity(1, 1)) return fail(), void(use_exprs(e->args));
      Operand c;
      expr(c, e->args[0]);
      if (c.invalid()) return fail();
      if (c.mode == Mode::Constant && is_untyped(c.type) && is_numeric(c.type)) {
        constant::Value cv = constant::to_complex(c.val);
        x.mode = Mode::Constant;
        x.val = id == BuiltinId::Real ? cv.real() : cv.imag();
        x.type = universe_.basic(BasicKind::UntypedFloat);
        return;
      }
      BasicKind k = basic_kind(c.type);
      if (k != BasicKind::Complex64 && k != BasicKind::Complex128) {
        error(c.expr, "invalid argument: " + operand_str(c) + " for " + name);
        return fail();
      }
      x.type = universe_.basic(k == BasicKind::Complex64 ? BasicKind::Float32
                                                         : BasicKind::Float64);
      if (c.mode == Mode::Constant) {
        x.mode = Mode::Constant;
        x.val = id == BuiltinId::Real ? c.val.real() : c.val.imag();
      } else {
        x.mode = Mode::Value;
      }
      return;
    }
    case BuiltinId::Min:
    case BuiltinId::Max: {
      if (nargs == 0) {
        error(e->rparen, std::string("not enough arguments for ") + name +
                             "() (expected 1, found 0)");
        return fail();
      }
      Operand acc;
      expr(acc, e->args[0]);
      if (acc.invalid()) return fail(), void(use_exprs(e->args));
      for (size_t i = 1; i < nargs; ++i) {
        Operand y;
        expr(y, e->args[i]);
        if (y.invalid()) return fail();
        match_types(acc, y);
        if (acc.invalid() || y.invalid()) return fail();
        if (!identical(acc.type, y.type)) {
          error(y.expr, "invalid argument: mismatched types " + tstr(acc.type) +
                            " (previous argument) and " + tstr(y.type) + " (type of " +
                            expr_str(y.expr) + ")");
          return fail();
        }
        if (acc.mode == Mode::Constant && y.mode == Mode::Constant) {
          bool take_y = constant::compare(y.val, id == BuiltinId::Min ? "<" : ">", acc.val);
          if (take_y) acc.val = y.val;
        } else {
          acc.mode = Mode::Value;
        }
      }
      if (!is_ordered(acc.type)) {
        error(acc.expr, "invalid argument: " + operand_str(acc) + " cannot be ordered");
        return fail();
      }
      x.mode = acc.mode == Mode::Constant ? Mode::Constant : Mode::Value;
      x.val = acc.val;
      x.type = acc.type;
      if (x.mode != Mode::Constant && is_untyped(x.type)) {
        x.type = default_type(x.type, universe_);
      }
      return;
    }
  }
}

}  // namespace go2cpp::types
