// Expressions. Constants are emitted as their values (folded exactly by the checker); operators
// map to C++ operators where C++ means the same thing, and to runtime functions where it does not
// (go::div and go::rem for integer division, go::shl and go::shr for shifts by variable counts);
// results of arithmetic on 8- and 16-bit integers are cast back, since C++ promotes them to int.
#include "emit/emit_internal.h"

namespace go2cpp::emit {

using namespace go2cpp::types;

namespace {

int cpp_prec(Op op) {
  switch (op) {
    case Op::Mul:
    case Op::Quo:
    case Op::Rem: return 5;
    case Op::Add:
    case Op::Sub: return 6;
    case Op::Shl:
    case Op::Shr: return 7;
    case Op::Lss:
    case Op::Leq:
    case Op::Gtr:
    case Op::Geq: return 9;
    case Op::Eql:
    case Op::Neq: return 10;
    case Op::And:
    case Op::AndNot: return 11;
    case Op::Xor: return 12;
    case Op::Or: return 13;
    case Op::LAnd: return 14;
    case Op::LOr: return 15;
    default: return 16;
  }
}

const char* cpp_op(Op op) {
  switch (op) {
    case Op::Add: return "+";
    case Op::Sub: return "-";
    case Op::Mul: return "*";
    case Op::Quo: return "/";
    case Op::Rem: return "%";
    case Op::And: return "&";
    case Op::Or: return "|";
    case Op::Xor: return "^";
    case Op::Shl: return "<<";
    case Op::Shr: return ">>";
    case Op::LAnd: return "&&";
    case Op::LOr: return "||";
    case Op::Eql: return "==";
    case Op::Neq: return "!=";
    case Op::Lss: return "<";
    case Op::Leq: return "<=";
    case Op::Gtr: return ">";
    case Op::Geq: return ">=";
    default: return "?";
  }
}

int bit_width(BasicKind k) {
  switch (k) {
    case BasicKind::Int8:
    case BasicKind::Uint8: return 8;
    case BasicKind::Int16:
    case BasicKind::Uint16: return 16;
    case BasicKind::Int32:
    case BasicKind::Uint32: return 32;
    default: return 64;
  }
}

}  // namespace

std::string Emitter::paren(const CExpr& e, int max_prec) {
  // A string literal used as an object (indexed, sliced, asked its length) must be a go::string,
  // not a C++ char array.
  if (max_prec <= 2 && !e.text.empty() && e.text[0] == '"') return "go::string(" + e.text + ")";
  if (e.prec <= max_prec) return e.text;
  return "(" + e.text + ")";
}

std::string Emitter::var_ref(const Object* obj) {
  std::string name = cpp_name(obj->name);
  // Another package's variable, named inside the body of one of its generic functions.
  if (obj->pkg != nullptr && obj->pkg != &pkg_ && obj->kind == ObjKind::Var &&
      obj->as<types::Var>()->is_package_level) {
    return pkg_ns(obj->pkg) + "::" + name;
  }
  if (boxed(obj)) return "*" + name;
  return name;
}

CExpr Emitter::expr(const Expr* e) {
  const TypeAndValue* tv = tv_of(e);
  if (tv != nullptr && tv->mode == Mode::Constant) return constant(tv->value, tv->type, e);
  switch (e->kind) {
    case NodeKind::Ident:
      return ident(e->as<Ident>());
    case NodeKind::ParenExpr:
      return expr(e->as<ParenExpr>()->x);
    case NodeKind::BinaryExpr:
      return binary(e->as<BinaryExpr>());
    case NodeKind::UnaryExpr:
      return unary(e->as<UnaryExpr>());
    case NodeKind::StarExpr: {
      CExpr x = expr(e->as<StarExpr>()->x);
      return {"*" + paren(x, 3), 3};
    }
    case NodeKind::CallExpr:
      return call(e->as<CallExpr>());
    case NodeKind::SelectorExpr:
      return selector(e->as<SelectorExpr>());
    case NodeKind::IndexExpr: {
      // F[int]: the instance's name.
      const Expr* x = e->as<IndexExpr>()->x;
      if (const Ident* id = x->as<Ident>(); id && info_->instances.count(id)) return ident(id);
      if (const SelectorExpr* se = x->as<SelectorExpr>(); se && info_->instances.count(se->sel)) {
        return selector(se);  // pkg.F[int]
      }
      return index(e->as<IndexExpr>());
    }
    case NodeKind::SliceExpr:
      return slice_expr(e->as<SliceExpr>());
    case NodeKind::CompositeLit:
      return composite_lit(e->as<CompositeLit>(), tv ? tv->type : nullptr);
    case NodeKind::FuncLit:
      return func_lit(e->as<FuncLit>());
    case NodeKind::TypeAssertExpr:
      return type_assert(e->as<TypeAssertExpr>(), false);
    default:
      unsupported(e, "this expression");
      return {"0", 0};
  }
}

// x.(T): for a concrete T, the dynamic type's descriptor must be T's; for an interface T, the
// dynamic type must implement it (the comma-ok forms yield {value, ok}).
CExpr Emitter::type_assert(const TypeAssertExpr* e, bool comma_ok) {
  const Type* xt = type_of(e->x);
  const Type* t = type_of(e->type);
  if (xt == nullptr || t == nullptr || !is_interface(xt)) {
    unsupported(e, "this type assertion");
    return {"0", 0};
  }
  if (!describable(t)) {
    unsupported(e, "type assertions to " + type_string(t, &pkg_));
    return {"0", 0};
  }
  std::string x = expr(e->x).text;
  if (is_interface(t)) {
    bool to_any = under(const_cast<Type*>(t))->as<Interface>()->all_methods.empty();
    std::string target = to_any ? "go::any" : ctype(t);
    if (comma_ok) return {"go::assert_iface_ok<" + target + ">(" + x + ")", 2};
    return {"go::assert_iface<" + target + ">(" + x + ", " + descriptor(t) + ")", 2};
  }
  std::string fn = comma_ok ? "go::type_assert_ok<" : "go::type_assert<";
  std::string args = x + ", " + descriptor(t);
  bool from_any = under(const_cast<Type*>(xt))->as<Interface>()->all_methods.empty();
  if (!comma_ok && !from_any) args += ", " + descriptor(xt);  // the panic names x's type
  return {fn + ctype(t) + ">(" + args + ")", 2};
}

CExpr Emitter::ident(const Ident* id) {
  auto it = info_->uses.find(id);
  const Object* obj = it != info_->uses.end() ? it->second : nullptr;
  if (obj == nullptr) {
    auto dt = info_->defs.find(id);
    obj = dt != info_->defs.end() ? dt->second : nullptr;
  }
  if (obj == nullptr) {
    unsupported(id, "this identifier");
    return {"0", 0};
  }
  switch (obj->kind) {
    case ObjKind::Nil:
      return {"nullptr", 0};
    case ObjKind::Var:
      return {var_ref(obj), boxed(obj) ? 3 : 0};
    case ObjKind::Func:
      if (std::string inst = generic_ref(id); !inst.empty()) return {inst, 0};
      if (obj->pkg != nullptr && obj->pkg != &pkg_) return {pkg_ns(obj->pkg) + "::" + cpp_name(obj->name), 0};
      return {cpp_name(obj->name), 0};
    default:
      unsupported(id, "this use of " + id->name);
      return {"0", 0};
  }
}

// Converts an already-emitted value of Go type `from` to Go type `to` where C++ needs help:
// to an interface (boxing with the right descriptor, and the method table for interfaces with
// methods); between interface types with different method tables; everything else is the same
// C++ value.
CExpr Emitter::convert_value(CExpr value, const Type* from, const Type* to) {
  if (to == nullptr || from == nullptr || !is_interface(to)) return value;
  bool to_any = under(const_cast<Type*>(to))->as<Interface>()->all_methods.empty();
  std::string target = to_any ? "go::any" : ctype(to);
  if (is_interface(from)) {
    // Values of interface{} and of interfaces with the same C++ type need nothing; others
    // get the new interface's method table for their dynamic type.
    if (to_any || ctype(from) == target) return value;
    return {"go::iface_cast<" + target + ">(" + value.text + ")", 2};
  }
  if (basic_kind(from) == BasicKind::UntypedNil) return {target + "()", 0};
  // A function's name is a C++ function; as a Go value it is a go::func.
  if (from->kind == TypeKind::Signature) value = {ctype(from) + "(" + value.text + ")", 0};
  if (!describable(from)) {
    unsupported(nullptr, "storing a value of type " + type_string(from, &pkg_) + " in an interface");
    return value;
  }
  if (needs_explicit_descriptor(from)) {
    return {target + "(" + descriptor(from) + ", " + value.text + ")", 0};
  }
  return {target + "(" + value.text + ")", 0};
}

CExpr Emitter::expr_to(const Expr* e, const Type* target) {
  const TypeAndValue* tv = tv_of(e);
  if (tv == nullptr || target == nullptr) return expr(e);
  if (is_interface(target) && is_interface(tv->type)) {
    return convert_value(expr(e), tv->type, target);
  }
  if (is_interface(target) && !is_interface(tv->type)) {
    CExpr v = expr(e);
    // A constant boxed into an interface needs its C++ type spelled out (5 is a C++ int).
    if (tv->mode == Mode::Constant && basic_kind(tv->type) != BasicKind::UntypedNil) {
      const Type* t = is_untyped(tv->type)
                          ? default_type(const_cast<Type*>(tv->type), universe_)
                          : tv->type;
      if (!is_boolean(t)) v = {ctype(t) + "(" + v.text + ")", 0};
      return convert_value(v, t, target);
    }
    return convert_value(v, tv->type, target);
  }
  return expr(e);
}

CExpr Emitter::binary(const BinaryExpr* e) {
  const Type* xt = type_of(e->x);
  const Type* yt = type_of(e->y);
  const Type* rt = type_of(e);
  Op op = e->op;

  if (op == Op::LAnd || op == Op::LOr) {
    CExpr x = expr(e->x), y = expr(e->y);
    int p = cpp_prec(op);
    auto side = [&](const Expr* s, const CExpr& c) {
      const BinaryExpr* b = s->as<BinaryExpr>();
      bool same = b && b->op == op;
      return same ? c.text : paren(c, 10);
    };
    const Expr* xs = e->x;
    while (const ParenExpr* pe = xs->as<ParenExpr>()) xs = pe->x;
    const Expr* ys = e->y;
    while (const ParenExpr* pe = ys->as<ParenExpr>()) ys = pe->x;
    return {side(xs, x) + " " + cpp_op(op) + " " + (ys->is<BinaryExpr>() &&
                                                             ys->as<BinaryExpr>()->op == op
                                                         ? "(" + y.text + ")"
                                                         : paren(y, 10)),
            p};
  }

  bool comparison = op == Op::Eql || op == Op::Neq || op == Op::Lss || op == Op::Leq ||
                    op == Op::Gtr || op == Op::Geq;
  if (comparison) {
    CExpr x, y;
    // Mixed interface/concrete comparisons compare as interfaces.
    if (xt && yt && is_interface(xt) && !is_interface(yt)) {
      x = expr(e->x);
      y = expr_to(e->y, xt);
    } else if (xt && yt && is_interface(yt) && !is_interface(xt)) {
      x = expr_to(e->x, yt);
      y = expr(e->y);
    } else {
      x = expr(e->x);
      y = expr(e->y);
    }
    return {paren(x, 7) + " " + cpp_op(op) + " " + paren(y, 7), cpp_prec(op)};
  }

  const TypeAndValue* ytv = tv_of(e->y);
  bool y_const = ytv && ytv->mode == Mode::Constant;
  CExpr x = expr(e->x);
  CExpr y = expr(e->y);
  CExpr result;
  bool integer = is_integer(rt);
  if ((op == Op::Quo || op == Op::Rem) && integer) {
    bool plain = false;
    if (y_const) {
      auto v = constant::to_int(ytv->value).int64_val();
      plain = v && *v != 0 && *v != -1;
      if (is_unsigned(rt)) plain = constant::to_int(ytv->value).uint64_val().has_value() &&
                                   *constant::to_int(ytv->value).uint64_val() != 0;
    }
    if (plain) {
      result = {paren(x, 5) + " " + cpp_op(op) + " " + paren(y, 4), 5};
    } else {
      std::string yv = y.text, xv = x.text;
      if (y_const) yv = ctype(rt) + "(" + y.text + ")";
      const TypeAndValue* xtv = tv_of(e->x);
      if (xtv && xtv->mode == Mode::Constant) xv = ctype(rt) + "(" + x.text + ")";
      result = {std::string(op == Op::Quo ? "go::div(" : "go::rem(") + xv + ", " + yv + ")",
                0};
    }
  } else if (op == Op::Shl || op == Op::Shr) {
    int width = bit_width(basic_kind(rt));
    // A constant shifted by a variable count has the shift's type: uint64(1 << n) shifts a
    // uint64 1, not a C++ int.
    if (const TypeAndValue* xtv = tv_of(e->x); xtv && xtv->mode == Mode::Constant) {
      x = {ctype(rt) + "(" + x.text + ")", 0};
    }
    bool plain = false;
    if (y_const) {
      auto v = constant::to_int(ytv->value).uint64_val();
      plain = v && *v < static_cast<uint64_t>(width);
    }
    if (plain) {
      // C++20 defines << of negative signed values as two's complement, like Go.
      result = {paren(x, 6) + " " + cpp_op(op) + " " + paren(y, 6), 7};
      // g++ -Wparentheses dislikes arithmetic inside shifts; keep operands primary.
      if (x.prec > 3) result.text = "(" + x.text + ") " + cpp_op(op) + " " + paren(y, 3);
    } else {
      result = {std::string(op == Op::Shl ? "go::shl(" : "go::shr(") + x.text + ", " + y.text +
                    ")",
                0};
    }
  } else if (op == Op::AndNot) {
    result = {paren(x, 3) + " & ~" + paren(y, 3), 11};
  } else {
    int p = cpp_prec(op);
    std::string xs, ys;
    if (p == 5 || p == 6) {
      // * / % and + -: operands of the same or a tighter group need no parentheses on the left.
      xs = paren(x, p);
      ys = paren(y, p - 1);
    } else {
      // Bitwise operators: g++ -Wparentheses wants any nested binary operator parenthesized.
      xs = paren(x, 3);
      ys = paren(y, 3);
      if (x.prec == p && e->x->is<BinaryExpr>() && e->x->as<BinaryExpr>()->op == op) xs = x.text;
    }
    result = {xs + " " + cpp_op(op) + " " + ys, p};
  }
  if (is_narrow_int(rt)) result = {ctype(rt) + "(" + result.text + ")", 0};
  return result;
}

CExpr Emitter::unary(const UnaryExpr* e) {
  const Type* rt = type_of(e);
  switch (e->op) {
    case Op::Add:
      return expr(e->x);
    case Op::Sub: {
      CExpr x = expr(e->x);
      std::string t = paren(x, 3);
      if (!t.empty() && t[0] == '-') t = "(" + t + ")";
      CExpr r{"-" + t, 3};
      if (is_narrow_int(rt)) r = {ctype(rt) + "(" + r.text + ")", 0};
      return r;
    }
    case Op::Not:
      return {"!" + paren(expr(e->x), 3), 3};
    case Op::Xor: {
      CExpr r{"~" + paren(expr(e->x), 3), 3};
      if (is_narrow_int(rt)) r = {ctype(rt) + "(" + r.text + ")", 0};
      return r;
    }
    case Op::And: {
      const Expr* x = e->x;
      while (const ParenExpr* p = x->as<ParenExpr>()) x = p->x;
      if (const CompositeLit* cl = x->as<CompositeLit>()) {
        const Type* t = type_of(cl);
        CExpr lit = composite_lit(cl, t);
        return {"go::gc_new<" + ctype(t) + ">(" + lit.text + ")", 0};
      }
      if (const Ident* id = x->as<Ident>()) {
        auto it = info_->uses.find(id);
        if (it != info_->uses.end() && boxed(it->second)) return {cpp_name(id->name), 0};
      }
      CExpr target = expr(x);
      return {"go::ptr<" + ctype(type_of(x)) + ">(&" + paren(target, 2) + ")", 0};
    }
    case Op::Arrow:
      return {paren(expr(e->x), 2) + ".recv()", 2};
    default:
      unsupported(e, "this operator");
      return {"0", 0};
  }
}

CExpr Emitter::selector(const SelectorExpr* e) {
  auto sit = info_->selections.find(e);
  if (sit == info_->selections.end()) {
    unsupported(e, "this selector");
    return {"0", 0};
  }
  const Selection& sel = sit->second;
  if (sel.kind == Selection::Kind::Qualified) {
    const Object* obj = sel.obj;
    if (std::string inst = generic_ref(e->sel); !inst.empty()) return {inst, 0};
    return {(obj->pkg ? pkg_ns(obj->pkg) : std::string("go::")) + "::" + cpp_name(obj->name), 0};
  }
  std::vector<int> path = sel.path;
  if (sel.kind == Selection::Kind::MethodExpr) {
    // T.M, (*T).M, I.M: a func value taking the receiver first.
    const Func* m = sel.obj->as<Func>();
    const Type* recv_t = type_of(e->x);
    resolve_method(recv_t, m, path);
    const Signature* sig = m->sig();
    if (m->sig()->recv != nullptr && path.empty() &&
        (m->sig()->recv->type->kind == TypeKind::Pointer) == (recv_t->kind == TypeKind::Pointer)) {
      return {method_name(m), 0};
    }
    std::string params = ctype(recv_t) + " recv";
    std::vector<std::string> args;
    for (size_t i = 0; i < sig->params->size(); ++i) {
      args.push_back("p" + std::to_string(i));
      params += ", " + ctype(sig->params->vars[i]->type) + " " + args.back();
    }
    const Type* holder = nullptr;
    CExpr recv = receiver_for({"recv", 0}, recv_t, path, m, e, &holder);
    const Type* ft = type_of(e);
    return {ctype(ft) + "([](" + params + ") { return " +
                method_call_text(recv, holder, m, args) + "; })",
            0};
  }
  if (sel.kind == Selection::Kind::MethodVal) {
    // A method value: the receiver is evaluated now and bound into a func value.
    const Func* m = sel.obj->as<Func>();
    resolve_method(type_of(e->x), m, path);
    const Signature* sig = m->sig();
    const Type* holder = nullptr;
    CExpr recv = receiver_for(expr(e->x), type_of(e->x), path, m, e, &holder);
    if (m->sig()->recv == nullptr) {
      // Go evaluates a nil interface's method value to a panic right here.
      recv = {"go::non_nil(" + recv.text + ")", 2};
    }
    std::string params;
    std::vector<std::string> args;
    for (size_t i = 0; i < sig->params->size(); ++i) {
      args.push_back("p" + std::to_string(i));
      params += (i ? ", " : "") + ctype(sig->params->vars[i]->type) + " " + args.back();
    }
    const Type* ft = type_of(e);
    return {ctype(ft) + "([recv = " + recv.text + "](" + params + ") { return " +
                method_call_text({"recv", 0}, holder, m, args) + "; })",
            0};
  }
  CExpr base = expr(e->x);
  return field_path(base, type_of(e->x), sel.path, e);
}

CExpr Emitter::field_path(CExpr base, const Type* t, const std::vector<int>& path,
                          const Node* at) {
  std::string text;
  // A boxed variable (*v) reads best as v->field.
  bool arrow = false;
  if (path.empty()) return base;
  bool base_is_pointer = under(const_cast<Type*>(t))->kind == TypeKind::Pointer;
  if (base.prec == 3 && base.text.size() > 1 && base.text[0] == '*' && !base_is_pointer) {
    text = base.text.substr(1);
    arrow = true;
  } else {
    text = paren(base, 2);
  }
  for (size_t i = 0; i < path.size(); ++i) {
    const Type* u = under(const_cast<Type*>(t));
    bool via_ptr = arrow;
    if (const Pointer* p = u->as<Pointer>()) {
      via_ptr = true;
      u = under(p->elem);
    }
    const Struct* st = u->as<Struct>();
    if (st == nullptr) {
      unsupported(at, "this field selection");
      return {"0", 0};
    }
    const Var* f = st->fields[static_cast<size_t>(path[i])];
    text += (via_ptr ? "->" : ".") + cpp_name(f->name);
    arrow = false;
    t = f->type;
  }
  return {text, 2};
}

std::string Emitter::method_name(const Func* m) {
  const Type* rt = m->sig()->recv->type;
  if (const Pointer* p = rt->as<Pointer>()) rt = p->elem;
  const Named* n = rt->as<Named>();
  if (n->obj->pkg != nullptr && n->obj->pkg != &pkg_ && n->obj->pkg->is_runtime) {
    return runtime_ns(n->obj->pkg) + "::" + n->obj->name + "_" + m->name;
  }
  if (const types::Package* home = named_home(n); home != nullptr && home != &pkg_) {
    return pkg_ns(home) + "::" + named_cname(n) + "_" + m->name;
  }
  return named_cname(n) + "_" + m->name;
}

CExpr Emitter::method_receiver(const SelectorExpr* e, const Selection& sel) {
  const Func* m = sel.obj->as<Func>();
  std::vector<int> path = sel.path;
  resolve_method(type_of(e->x), m, path);
  return receiver_for(expr(e->x), type_of(e->x), path, m, e, nullptr);
}

CExpr Emitter::index(const IndexExpr* e) {
  const Type* xt = type_of(e->x);
  CExpr x = expr(e->x);
  CExpr i = expr(e->indices[0]);
  const Type* u = under(const_cast<Type*>(xt));
  if (const Map* m = u->as<Map>()) {
    return {paren(x, 2) + ".get(" + expr_to(e->indices[0], m->key).text + ")", 2};
  }
  if (u->kind == TypeKind::Pointer) return {"(*" + paren(x, 3) + ")[" + i.text + "]", 2};
  if (const IndexExpr* inner = e->x->as<IndexExpr>(); inner == nullptr && x.prec == 3 &&
                                                     x.text[0] == '*') {
    return {"(" + x.text + ")[" + i.text + "]", 2};
  }
  return {paren(x, 2) + "[" + i.text + "]", 2};
}

CExpr Emitter::slice_expr(const SliceExpr* e) {
  const Type* xt = type_of(e->x);
  CExpr x = expr(e->x);
  std::string base = paren(x, 2);
  std::string dot = ".";
  if (under(const_cast<Type*>(xt))->kind == TypeKind::Pointer) dot = "->";
  if (x.prec == 3 && x.text[0] == '*') {
    base = x.text.substr(1);
    dot = "->";
  }
  std::string lo = e->low ? expr(e->low).text : "0";
  if (e->slice3) {
    return {base + dot + "slice(" + lo + ", " + expr(e->high).text + ", " + expr(e->max).text +
                ")",
            2};
  }
  if (e->high == nullptr) {
    if (e->low == nullptr) return {base + dot + "slice_from(0)", 2};
    return {base + dot + "slice_from(" + lo + ")", 2};
  }
  return {base + dot + "slice(" + lo + ", " + expr(e->high).text + ")", 2};
}

CExpr Emitter::composite_lit(const CompositeLit* e, const Type* t) {
  if (t == nullptr) t = type_of(e);
  bool pointer = false;
  if (const Pointer* p = t->as<Pointer>()) {
    // An elided &T in a literal of pointers: {...} means &T{...}.
    t = p->elem;
    pointer = true;
  }
  const Type* u = under(const_cast<Type*>(t));
  std::string type_name = ctype(t);
  std::string body;
  auto elem_text = [&](const Expr* v, const Type* et) {
    if (const CompositeLit* cl = v->as<CompositeLit>(); cl && cl->type == nullptr) {
      return composite_lit(cl, type_of(cl)).text;
    }
    return expr_to(v, et).text;
  };
  if (const Struct* st = u->as<Struct>()) {
    bool keyed = !e->elts.empty() && e->elts[0]->is<KeyValueExpr>();
    std::vector<std::string> parts;
    if (keyed) {
      // Designated initializers must follow declaration order.
      for (size_t fi = 0; fi < st->fields.size(); ++fi) {
        for (const Expr* el : e->elts) {
          const KeyValueExpr* kv = el->as<KeyValueExpr>();
          if (kv->key->as<Ident>()->name == st->fields[fi]->name) {
            parts.push_back("." + cpp_name(st->fields[fi]->name) + " = " +
                            elem_text(kv->value, st->fields[fi]->type));
          }
        }
      }
    } else {
      for (size_t i = 0; i < e->elts.size(); ++i) {
        parts.push_back(elem_text(e->elts[i], st->fields[i]->type));
      }
    }
    for (size_t i = 0; i < parts.size(); ++i) body += (i ? ", " : "") + parts[i];
  } else if (u->kind == TypeKind::Slice || u->kind == TypeKind::Array) {
    const Type* et = u->kind == TypeKind::Slice ? u->as<Slice>()->elem : u->as<Array>()->elem;
    std::map<int64_t, const Expr*> at;
    int64_t idx = 0, len = 0;
    for (const Expr* el : e->elts) {
      const Expr* v = el;
      if (const KeyValueExpr* kv = el->as<KeyValueExpr>()) {
        const TypeAndValue* ktv = tv_of(kv->key);
        if (ktv && ktv->mode == Mode::Constant) {
          if (auto k = constant::to_int(ktv->value).int64_val()) idx = *k;
        }
        v = kv->value;
      }
      at[idx] = v;
      ++idx;
      len = std::max(len, idx);
    }
    constexpr int64_t kDenseLimit = 256;  // beyond this, sparse keyed literals are filled in code
    if (len > kDenseLimit && static_cast<int64_t>(at.size()) * 2 < len) {
      // [1 << 20]int{5: 1}: start from zeros and set the listed elements.
      std::string fill = u->kind == TypeKind::Slice
                             ? "go::make_slice<" + ctype(et) + ">(" + std::to_string(len) + ")"
                             : type_name + "{}";
      std::string text = "[&] {\n";
      std::string pad(static_cast<size_t>(indent_ + 1) * 2, ' ');
      text += pad + "auto v = " + fill + ";\n";
      for (const auto& [k, v] : at) {
        text += pad + "v[" + std::to_string(k) + "] = " + elem_text(v, et) + ";\n";
      }
      text += pad + "return v;\n" + std::string(static_cast<size_t>(indent_) * 2, ' ') + "}()";
      if (pointer) text = "go::gc_new<" + type_name + ">(" + text + ")";
      return {text, 0};
    }
    for (int64_t i = 0; i < len; ++i) {
      auto it = at.find(i);
      body += i ? ", " : "";
      body += it == at.end() ? ctype(et) + "{}" : elem_text(it->second, et);
    }
  } else if (const Map* m = u->as<Map>()) {
    for (size_t i = 0; i < e->elts.size(); ++i) {
      const KeyValueExpr* kv = e->elts[i]->as<KeyValueExpr>();
      body += (i ? ", {" : "{") + elem_text(kv->key, m->key) + ", " +
              elem_text(kv->value, m->elem) + "}";
    }
  } else {
    unsupported(e, "this composite literal");
    return {"0", 0};
  }
  std::string text = type_name + "{" + body + "}";
  // An empty slice or map literal is empty but not nil.
  if (e->elts.empty() && u->kind == TypeKind::Slice) {
    text = "go::make_slice<" + ctype(u->as<Slice>()->elem) + ">(0)";
  } else if (e->elts.empty() && u->kind == TypeKind::Map) {
    text = "go::make_map<" + ctype(u->as<Map>()->key) + ", " + ctype(u->as<Map>()->elem) + ">()";
  }
  if (pointer) text = "go::gc_new<" + type_name + ">(" + text + ")";
  return {text, 0};
}

}  // namespace go2cpp::emit
