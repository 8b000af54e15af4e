// Calls, conversions and builtins. A call to a function of a runtime package (fmt, os, ...) goes
// to its C++ implementation in namespace go::<pkg>; `...any` arguments of those are passed one by
// one (the runtime's variadic templates box them). A Go variadic function takes a go::slice.
// Multi-value calls spread into another call use std::apply.
#include "emit/emit_internal.h"

#include <algorithm>
#include <span>
#include <string_view>

namespace go2cpp::emit {

using namespace go2cpp::types;

std::vector<std::string> Emitter::call_args(const CallExpr* e, const Signature* sig) {
  std::vector<std::string> args;
  size_t nparams = sig->params ? sig->params->size() : 0;
  bool runtime_variadic = false;
  const types::Package* runtime_pkg = nullptr;
  if (const SelectorExpr* sel = e->fun->as<SelectorExpr>()) {
    auto it = info_->selections.find(sel);
    if (it != info_->selections.end() && it->second.kind == Selection::Kind::Qualified &&
        it->second.obj->pkg && it->second.obj->pkg->is_runtime) {
      runtime_variadic = sig->variadic;
      runtime_pkg = it->second.obj->pkg;
    }
  } else if (const Ident* id = e->fun->as<Ident>()) {
    // A runtime package's function named through a dot import (`import . "fmt"`).
    auto it = info_->uses.find(id);
    const Object* obj = it != info_->uses.end() ? it->second : nullptr;
    if (obj && obj->kind == ObjKind::Func && obj->pkg && obj->pkg != &pkg_ &&
        obj->pkg->is_runtime) {
      runtime_variadic = sig->variadic;
      runtime_pkg = obj->pkg;
    }
  }
  std::vector<const Expr*> exprs;
  std::vector<const Type*> targets;
  std::vector<bool> raw;  // runtime variadic argument passed as it is
  for (size_t i = 0; i < e->args.size(); ++i) {
    const Type* pt = nullptr;
    if (sig->variadic && i + 1 >= nparams) {
      const Type* last = sig->params->vars[nparams - 1]->type;
      pt = e->has_ellipsis ? last : last->as<Slice>()->elem;
    } else if (i < nparams) {
      pt = sig->params->vars[i]->type;
    }
    bool pass_raw = false;
    if (runtime_variadic && pt != nullptr && is_interface(pt) && i + 1 >= nparams) {
      // The runtime's variadic templates box each argument themselves; only a descriptor the C++
      // type cannot imply, or a constant's type, needs spelling out.
      const TypeAndValue* tv = tv_of(e->args[i]);
      const Type* at = tv ? tv->type : nullptr;
      bool constant = tv && tv->mode == Mode::Constant;
      if (at != nullptr && !describable(at)) {
        unsupported(e->args[i], "passing a value of type " + type_string(at, &pkg_) + " to ...any");
      }
      pass_raw = at != nullptr && !is_interface(at) && !needs_explicit_descriptor(at) &&
                 (!constant || is_string(at) || is_boolean(at));
    }
    exprs.push_back(e->args[i]);
    targets.push_back(pass_raw ? nullptr : pt);
    raw.push_back(pass_raw);
  }
  for (const CExpr& v : ordered(exprs, targets)) args.push_back(v.text);
  if (sig->variadic && !e->has_ellipsis && !runtime_variadic) {
    // Pack the trailing arguments into a slice, as Go does (nil when there are none).
    const Type* st = sig->params->vars[nparams - 1]->type;
    std::vector<std::string> fixed(args.begin(), args.begin() + static_cast<long>(nparams - 1));
    std::string packed;
    if (args.size() < nparams) {
      packed = ctype(st) + "()";
    } else {
      packed = ctype(st) + "{";
      for (size_t i = nparams - 1; i < args.size(); ++i) {
        packed += (i + 1 > nparams ? ", " : "") + args[i];
      }
      packed += "}";
    }
    fixed.push_back(packed);
    return fixed;
  }
  if (runtime_variadic && e->has_ellipsis && !args.empty()) {
    // f(a...) hands the slice itself to the runtime's overload for it.
    args.back() = runtime_ns(runtime_pkg) + "::spread{" + args.back() + "}";
  }
  return args;
}

namespace {

// Functions of math and math/bits that gc compiles to an instruction (or inlines to a few), which
// a call spells as the C++ builtin in go/internal/intrinsics.h: across packages a call of the
// translated function would not be inlined. Each computes exactly what Go's function does.
constexpr std::string_view kMathIntrinsics[] = {
    "Abs",     "Ceil",      "Copysign",        "FMA",         "Float32bits", "Float32frombits",
    "Float64bits", "Float64frombits", "Floor", "IsInf", "IsNaN", "Signbit", "Sqrt", "Trunc",
};
constexpr std::string_view kBitsIntrinsics[] = {
    "LeadingZeros",  "LeadingZeros32",  "LeadingZeros64", "Len",       "Len32",
    "Len64",         "OnesCount",       "OnesCount32",    "OnesCount64", "RotateLeft",
    "RotateLeft32",  "RotateLeft64",    "TrailingZeros",  "TrailingZeros32", "TrailingZeros64",
};

bool listed(std::span<const std::string_view> names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

// The intrinsic a call of `fun` becomes, or "" (see kMathIntrinsics).
std::string Emitter::intrinsic_for(const Expr* fun) const {
  while (const ParenExpr* p = fun->as<ParenExpr>()) fun = p->x;
  const Object* obj = nullptr;
  if (const Ident* id = fun->as<Ident>()) {
    auto it = info_->uses.find(id);
    if (it != info_->uses.end()) obj = it->second;
  } else if (const SelectorExpr* se = fun->as<SelectorExpr>()) {
    auto it = info_->selections.find(se);
    if (it != info_->selections.end() && it->second.kind == Selection::Kind::Qualified) {
      obj = it->second.obj;
    }
  }
  const Func* f = obj ? obj->as<Func>() : nullptr;
  if (f == nullptr || f->pkg == nullptr || f->pkg->is_runtime) return "";
  const std::string& path = f->pkg->path;
  if ((path == "math" && listed(kMathIntrinsics, f->name)) ||
      (path == "math/bits" && listed(kBitsIntrinsics, f->name))) {
    return "go::internal::intrinsics::" + std::string(path == "math" ? "" : "bits_") + f->name;
  }
  return "";
}

CExpr Emitter::call(const CallExpr* e) {
  const TypeAndValue* ftv = tv_of(e->fun);
  if (ftv == nullptr) {
    unsupported(e, "this call");
    return {"0", 0};
  }
  if (ftv->mode == Mode::TypeExpr) return conversion(e, ftv->type);
  if (ftv->mode == Mode::Builtin) {
    const Expr* f = e->fun;
    while (const ParenExpr* p = f->as<ParenExpr>()) f = p->x;
    // unsafe.Sizeof and the other functions of package unsafe are builtins too.
    const Ident* name = f->as<Ident>();
    if (const SelectorExpr* se = f->as<SelectorExpr>()) name = se->sel;
    const Builtin* b = info_->uses.at(name)->as<Builtin>();
    return builtin(e, b->id);
  }
  const Signature* sig = under(ftv->type)->as<Signature>();
  if (sig == nullptr) {
    unsupported(e, "this call");
    return {"0", 0};
  }
  // A method call x.M(args): Type_M(receiver, args).
  if (const SelectorExpr* se = e->fun->as<SelectorExpr>()) {
    auto it = info_->selections.find(se);
    if (it != info_->selections.end() && it->second.kind == Selection::Kind::MethodVal) {
      const Func* m = it->second.obj->as<Func>();
      std::vector<int> path = it->second.path;
      resolve_method(type_of(se->x), m, path);
      const Type* holder = nullptr;
      CExpr recv = receiver_for(expr(se->x), type_of(se->x), path, m, se, &holder);
      std::vector<std::string> args = call_args(e, sig);
      return {method_call_text(recv, holder, m, args), 2};
    }
  }
  CExpr fun;
  if (std::string intrinsic = intrinsic_for(e->fun); !intrinsic.empty()) {
    includes_.insert("go/internal/intrinsics.h");
    fun = {intrinsic, 0};
  } else {
    fun = expr(e->fun);
  }
  // fmt.Println(f()) where f returns several values: spread them into the variadic template.
  if (e->args.size() == 1 && sig->variadic) {
    const Type* at = type_of(e->args[0]);
    if (at && at->kind == TypeKind::Tuple) {
      return {"std::apply([](const auto&... v) { return " + fun.text + "(v...); }, " +
                  expr(e->args[0]).text + ")",
              0};
    }
  }
  // f(g()) where g returns several values.
  if (e->args.size() == 1 && sig->params && sig->params->size() > 1) {
    const Type* at = type_of(e->args[0]);
    if (at && at->kind == TypeKind::Tuple) {
      return {"std::apply(" + fun.text + ", " + expr(e->args[0]).text + ")", 0};
    }
  }
  std::vector<std::string> args = call_args(e, sig);
  std::string text = paren(fun, 2) + "(";
  for (size_t i = 0; i < args.size(); ++i) text += (i ? ", " : "") + args[i];
  return {text + ")", 2};
}

CExpr Emitter::conversion(const CallExpr* e, const Type* to) {
  const Expr* arg = e->args[0];
  const Type* from = type_of(arg);
  if (is_interface(to)) return expr_to(arg, to);
  const Expr* bare = arg;
  while (const ParenExpr* p = bare->as<ParenExpr>()) bare = p->x;
  bool is_nil = basic_kind(from) == BasicKind::UntypedNil;
  if (const Ident* id = bare->as<Ident>(); id && info_->uses.count(id)) {
    is_nil = is_nil || info_->uses.at(id)->kind == ObjKind::Nil;
  }
  if (is_nil) return {ctype(to) + "()", 0};
  CExpr x = expr(arg);
  const Type* fu = under(const_cast<Type*>(from));
  const Type* tu = under(const_cast<Type*>(to));
  if (is_numeric(tu) && is_numeric(fu)) {
    if (is_integer(tu) && is_float(fu)) return {"go::convert<" + ctype(to) + ">(" + x.text + ")", 0};
    if (ctype(from) == ctype(to)) return x;
    return {ctype(to) + "(" + x.text + ")", 0};
  }
  if (is_string(tu)) {
    if (is_integer(fu)) return {"go::string_from_rune(" + x.text + ")", 0};
    if (const Slice* s = fu->as<Slice>()) {
      bool bytes = basic_kind(s->elem) == BasicKind::Uint8;
      return {std::string(bytes ? "go::string_from_bytes(" : "go::string_from_runes(") + x.text +
                  ")",
              0};
    }
    return x;
  }
  if (is_string(fu)) {
    if (const Slice* s = tu->as<Slice>()) {
      bool bytes = basic_kind(s->elem) == BasicKind::Uint8;
      return {std::string(bytes ? "go::bytes_from_string(" : "go::runes_from_string(") + x.text +
                  ")",
              0};
    }
  }
  if (const Struct* st = tu->as<Struct>(); st && fu->kind == TypeKind::Struct &&
                                           ctype(from) != ctype(to)) {
    // Two struct types of identical underlying types are two C++ structs of the same members:
    // copied member by member.
    std::string init;
    for (size_t i = 0; i < st->fields.size(); ++i) {
      init += (i ? ", " : "") + std::string("v.") + field_cname(st, i);
    }
    return {"[](const " + ctype(from) + "& v) { return " + ctype(to) + "{" + init + "}; }(" +
                x.text + ")",
            2};
  }
  if (ctype(from) == ctype(to) || identical(fu, tu)) return x;  // named <-> underlying: one C++ type
  // *T to *U where T and U have identical underlying types (flag's (*intValue)(p) of a *int,
  // cipher's (*cbcEncrypter)(newCBC(b, iv))): the same memory seen as the other type, whose C++
  // type may be another struct of the same layout.
  // (The checker allowed the conversion: the base types' underlying types are identical, struct
  // tags aside.)
  if (fu->kind == TypeKind::Pointer) {
    if (const Pointer* tp = tu->as<Pointer>()) {
      return {"go::ptr_cast<" + ctype(tp->elem) + ">(" + x.text + ")", 0};
    }
  }
  // Package unsafe (go/unsafe.h): *T and uintptr to unsafe.Pointer and back.
  if (basic_kind(tu) == BasicKind::UnsafePointer) return {"go::to_unsafe(" + x.text + ")", 0};
  if (basic_kind(fu) == BasicKind::UnsafePointer) {
    if (const Pointer* p = tu->as<Pointer>()) {
      return {"go::from_unsafe<" + ctype(p->elem) + ">(" + x.text + ")", 0};
    }
    if (basic_kind(tu) == BasicKind::Uintptr) return {"go::uintptr_of(" + x.text + ")", 0};
  }
  // A slice to a pointer to an array of its element type (Go 1.17).
  if (const Slice* fs = fu->as<Slice>()) {
    if (const Pointer* p = tu->as<Pointer>()) {
      if (const Array* a = under(p->elem)->as<Array>(); a && identical(a->elem, fs->elem)) {
        std::string text = "go::slice_to_array_ptr<" + std::to_string(a->len) + ">(" + x.text + ")";
        if (p->elem->kind == TypeKind::Named) {
          text = "go::ptr_cast<" + ctype(p->elem) + ">(" + text + ")";
        }
        return {text, 0};
      }
    }
  }
  unsupported(e, "the conversion from " + type_string(from, &pkg_) + " to " +
                     type_string(to, &pkg_));
  return {"0", 0};
}

CExpr Emitter::builtin(const CallExpr* e, BuiltinId id) {
  auto arg = [&](size_t i) { return expr(e->args[i]); };
  auto member = [&](size_t i, const char* m) {
    CExpr x = arg(i);
    const Type* t = type_of(e->args[i]);
    if (under(const_cast<Type*>(t))->kind == TypeKind::Pointer) {
      return CExpr{paren(x, 2) + "->" + m + "()", 2};
    }
    if (x.prec == 3 && x.text[0] == '*') return CExpr{x.text.substr(1) + "->" + m + "()", 2};
    return CExpr{paren(x, 2) + "." + m + "()", 2};
  };
  switch (id) {
    case BuiltinId::Len:
      return member(0, "len");
    case BuiltinId::Cap: {
      // cap of an array (or pointer to one) is its length.
      const Type* t = under(const_cast<Type*>(type_of(e->args[0])));
      if (const Pointer* p = t->as<Pointer>()) t = under(p->elem);
      if (const Array* a = t->as<Array>()) return {std::to_string(a->len), 0};
      return member(0, "cap");
    }
    case BuiltinId::Append: {
      const Type* st = type_of(e);
      const Slice* s = under(const_cast<Type*>(st))->as<Slice>();
      std::string base = arg(0).text;
      if (e->args.size() == 1) return {base, 0};
      if (e->has_ellipsis) {
        const Type* t1 = type_of(e->args[1]);
        const char* fn = is_string(t1) ? "go::append_string(" : "go::append_slice(";
        return {fn + base + ", " + arg(1).text + ")", 0};
      }
      std::string text = "go::append(" + base;
      for (size_t i = 1; i < e->args.size(); ++i) {
        const TypeAndValue* tv = tv_of(e->args[i]);
        CExpr v = expr_to(e->args[i], s->elem);
        // The runtime's append takes the element type from the slice; constants are spelled
        // with it so no narrowing is involved.
        if (tv && tv->mode == Mode::Constant && !is_interface(s->elem) &&
            !is_string(s->elem) && !is_boolean(s->elem)) {
          v = {ctype(s->elem) + "(" + v.text + ")", 0};
        }
        text += ", " + v.text;
      }
      return {text + ")", 0};
    }
    case BuiltinId::Make: {
      const Type* t = type_of(e->args[0]);
      const Type* u = under(const_cast<Type*>(t));
      if (const Slice* s = u->as<Slice>()) {
        std::string text = "go::make_slice<" + ctype(s->elem) + ">(" + arg(1).text;
        if (e->args.size() > 2) text += ", " + arg(2).text;
        return {text + ")", 0};
      }
      if (const Map* m = u->as<Map>()) {
        std::string text = "go::make_map<" + ctype(m->key) + ", " + ctype(m->elem) + ">(";
        if (e->args.size() > 1) text += arg(1).text;
        return {text + ")", 0};
      }
      if (const Chan* c = u->as<Chan>()) {
        std::string text = "go::make_chan<" + ctype(c->elem) + ">(";
        if (e->args.size() > 1) text += arg(1).text;
        return {text + ")", 0};
      }
      unsupported(e, "make of this type");
      return {"0", 0};
    }
    case BuiltinId::New: {
      const Type* t = type_of(e->args[0]);
      return {"go::ptr<" + ctype(t) + ">(go::gc_new<" + ctype(t) + ">())", 0};
    }
    case BuiltinId::Delete: {
      const Type* mt = type_of(e->args[0]);
      const Map* m = under(const_cast<Type*>(mt))->as<Map>();
      return {"go::delete_(" + arg(0).text + ", " + expr_to(e->args[1], m->key).text + ")", 0};
    }
    case BuiltinId::Clear:
      return {"go::clear(" + arg(0).text + ")", 2};
    case BuiltinId::Close:
      return {"go::close(" + arg(0).text + ")", 0};
    case BuiltinId::Copy:
      return {"go::copy(" + arg(0).text + ", " + arg(1).text + ")", 0};
    case BuiltinId::Panic:
      return {"go::panic(" + expr_to(e->args[0], universe_.any_type()).text + ")", 0};
    case BuiltinId::Print:
    case BuiltinId::Println: {
      std::string text = id == BuiltinId::Print ? "go::print(" : "go::println(";
      for (size_t i = 0; i < e->args.size(); ++i) {
        const TypeAndValue* tv = tv_of(e->args[i]);
        CExpr v = expr(e->args[i]);
        if (tv && tv->mode == Mode::Constant && !is_string(tv->type) && !is_boolean(tv->type)) {
          const Type* t = is_untyped(tv->type)
                              ? default_type(const_cast<Type*>(tv->type), universe_)
                              : tv->type;
          v = {ctype(t) + "(" + v.text + ")", 0};
        }
        text += (i ? ", " : "") + v.text;
      }
      return {text + ")", 0};
    }
    case BuiltinId::Recover:
      return {std::string("go::recover(") + (fn_ && fn_->recover_token ? "defer_token_" : "false") +
                  ")",
              0};
    case BuiltinId::Complex: {
      const Type* t = type_of(e);
      return {ctype(t) + "(" + arg(0).text + ", " + arg(1).text + ")", 0};
    }
    case BuiltinId::Min:
    case BuiltinId::Max: {
      // Operands are spelled with the result type, so the template sees one type.
      const Type* t = type_of(e);
      std::string text = std::string(id == BuiltinId::Min ? "go::min(" : "go::max(");
      std::vector<const Expr*> exprs(e->args.begin(), e->args.end());
      std::vector<const Type*> targets(exprs.size(), nullptr);
      std::vector<CExpr> vals = ordered(exprs, targets);
      for (size_t i = 0; i < vals.size(); ++i) {
        text += (i ? ", " : "") + ctype(t) + "(" + vals[i].text + ")";
      }
      return {text + ")", 0};
    }
    case BuiltinId::Real:
      return {paren(arg(0), 2) + ".real()", 2};
    case BuiltinId::Imag:
      return {paren(arg(0), 2) + ".imag()", 2};
    case BuiltinId::Add:
      return {"go::unsafe_add(" + arg(0).text + ", " + arg(1).text + ")", 0};
    case BuiltinId::Slice:
      return {"go::unsafe_slice(" + arg(0).text + ", " + arg(1).text + ")", 0};
    case BuiltinId::String:
      return {"go::unsafe_string(" + arg(0).text + ", " + arg(1).text + ")", 0};
    case BuiltinId::StringData:
      return {"go::unsafe_string_data(" + arg(0).text + ")", 0};
    case BuiltinId::SliceData:
      return {"go::unsafe_slice_data(" + arg(0).text + ")", 0};
    default:
      unsupported(e, "this builtin");
      return {"0", 0};
  }
}

}  // namespace go2cpp::emit
