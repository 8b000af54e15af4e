// Package unsafe: the checker's side of Sizeof, Alignof, Offsetof (constants of type uintptr, with
// gc's values for a 64-bit target, sizes.h), Add, Slice, and Go 1.20's String, StringData and
// SliceData. unsafe.Pointer itself is the basic type UnsafePointer; its conversions are in
// Checker::convertible (call.cpp). The package is made by the universe (universe.cpp), not read
// from a stub, as go/types does.
#include <algorithm>

#include "types/checker.h"
#include "types/generic.h"
#include "types/sizes.h"

namespace go2cpp::types {

namespace {

int64_t round_up(int64_t n, int64_t a) { return (n + a - 1) / a * a; }

// gc's size of a basic type on a 64-bit target.
int64_t basic_size(BasicKind k) {
  switch (k) {
    case BasicKind::Bool:
    case BasicKind::Int8:
    case BasicKind::Uint8: return 1;
    case BasicKind::Int16:
    case BasicKind::Uint16: return 2;
    case BasicKind::Int32:
    case BasicKind::Uint32:
    case BasicKind::Float32: return 4;
    case BasicKind::Complex128:
    case BasicKind::String: return 16;
    default: return 8;  // int, uint, uintptr, the 64-bit kinds, complex64, unsafe.Pointer
  }
}

}  // namespace

int64_t type_align(const Type* t) {
  const Type* u = under(t);
  switch (u->kind) {
    case TypeKind::Basic: {
      // A complex number is aligned as its parts; a string as its pointer.
      BasicKind k = u->as<Basic>()->basic;
      if (k == BasicKind::Complex64 || k == BasicKind::Complex128) return basic_size(k) / 2;
      return std::min<int64_t>(basic_size(k), 8);
    }
    case TypeKind::Array: return type_align(u->as<Array>()->elem);
    case TypeKind::Struct: {
      int64_t a = 1;
      for (const Var* f : u->as<Struct>()->fields) a = std::max(a, type_align(f->type));
      return a;
    }
    default: return 8;  // pointers, slices, strings, maps, chans, funcs, interfaces
  }
}

int64_t type_size(const Type* t) {
  const Type* u = under(t);
  switch (u->kind) {
    case TypeKind::Basic: return basic_size(u->as<Basic>()->basic);
    case TypeKind::Slice: return 24;
    case TypeKind::Interface: return 16;
    case TypeKind::Array: {
      const Array* a = u->as<Array>();
      return a->len * type_size(a->elem);
    }
    case TypeKind::Struct: {
      const Struct* s = u->as<Struct>();
      if (s->fields.empty()) return 0;
      int64_t last = field_offset(s, s->fields.size() - 1);
      int64_t last_size = type_size(s->fields.back()->type);
      int64_t size = last + last_size;
      // gc pads a struct ending in a zero-size field, so &s.last does not point past the object.
      if (last_size == 0 && size > 0) size++;
      return round_up(size, type_align(u));
    }
    default: return 8;  // pointers, maps, chans, funcs
  }
}

int64_t field_offset(const Struct* s, size_t index) {
  int64_t off = 0;
  for (size_t i = 0; i < s->fields.size(); ++i) {
    off = round_up(off, type_align(s->fields[i]->type));
    if (i == index) return off;
    off += type_size(s->fields[i]->type);
  }
  return off;
}

bool layout_matches_gc(const Type* t) {
  const Type* u = under(t);
  switch (u->kind) {
    case TypeKind::Basic:
    case TypeKind::Pointer:
    case TypeKind::Slice:
    case TypeKind::Map:
    case TypeKind::Chan: return true;
    case TypeKind::Array: return layout_matches_gc(u->as<Array>()->elem);
    case TypeKind::Struct:
      for (const Var* f : u->as<Struct>()->fields) {
        if (!layout_matches_gc(f->type)) return false;
      }
      return true;
    default: return false;  // funcs are two words in C++, interfaces with methods three
  }
}

void Checker::unsafe_call(Operand& x, const CallExpr* e, BuiltinId id) {
  size_t nargs = e->args.size();
  auto fail = [&]() {
    x.mode = Mode::Invalid;
    x.type = universe_.basic(BasicKind::Invalid);
  };
  auto arity = [&](size_t n, const char* name) {
    if (nargs < n) {
      error(e->rparen, std::string("not enough arguments for ") + expr_str(e) + " (expected " +
                           std::to_string(n) + ", found " + std::to_string(nargs) + ")");
      use_exprs(e->args);
      return false;
    }
    if (nargs > n) {
      error(e->args[n], std::string("too many arguments for ") + expr_str(e) + " (expected " +
                            std::to_string(n) + ", found " + std::to_string(nargs) + ")");
      use_exprs(e->args);
      return false;
    }
    (void)name;
    return true;
  };
  Type* uintptr_type = universe_.basic(BasicKind::Uintptr);
  Type* pointer_type = universe_.basic(BasicKind::UnsafePointer);
  // The length argument of Add, Slice and String: an integer (untyped constants become int).
  auto length = [&](const Expr* arg, const char* what) {
    Operand n;
    expr(n, arg);
    if (n.invalid()) return false;
    if (is_untyped(n.type)) convert_untyped(n, universe_.basic(BasicKind::Int));
    if (n.invalid()) return false;
    if (!is_integer(n.type)) {
      error(arg, std::string("invalid argument: ") + what + " " + operand_str(n) +
                     " must be integer");
      return false;
    }
    if (n.mode == Mode::Constant && n.val.sign() < 0) {
      error(arg, std::string("invalid argument: ") + what + " " + operand_str(n) +
                     " must not be negative");
      return false;
    }
    return true;
  };
  switch (id) {
    case BuiltinId::Sizeof:
    case BuiltinId::Alignof: {
      if (!arity(1, "")) return fail();
      Operand a;
      expr(a, e->args[0]);
      if (a.invalid()) return fail();
      assignment(a, nullptr, id == BuiltinId::Sizeof ? "argument to unsafe.Sizeof"
                                                     : "argument to unsafe.Alignof");
      if (a.invalid()) return fail();
      if (has_type_params(a.type)) {
        error(e, "go2cpp does not support unsafe." +
                     std::string(id == BuiltinId::Sizeof ? "Sizeof" : "Alignof") +
                     " of a type with type parameters yet");
        return fail();
      }
      x.mode = Mode::Constant;
      x.type = uintptr_type;
      x.val = constant::Value::make_int64(id == BuiltinId::Sizeof ? type_size(a.type)
                                                                  : type_align(a.type));
      return;
    }
    case BuiltinId::Offsetof: {
      if (!arity(1, "")) return fail();
      const Expr* arg = e->args[0];
      while (const ParenExpr* p = arg->as<ParenExpr>()) arg = p->x;
      const SelectorExpr* sel = arg->as<SelectorExpr>();
      if (sel == nullptr) {
        error(e->args[0], "invalid argument: " + expr_str(e->args[0]) +
                              " is not a selector expression");
        use_exprs(e->args);
        return fail();
      }
      Operand a;
      expr(a, arg);
      if (a.invalid()) return fail();
      auto it = info_.selections.find(sel);
      if (it == info_.selections.end() || it->second.kind != Selection::Kind::FieldVal) {
        error(e->args[0], "invalid argument: " + expr_str(e->args[0]) + " is a method value");
        return fail();
      }
      const Selection& s = it->second;
      const Type* base = under(s.recv);
      if (const Pointer* p = base->as<Pointer>()) base = under(p->elem);
      int64_t offset = 0;
      for (size_t i = 0; i < s.path.size(); ++i) {
        const Struct* st = base->as<Struct>();
        if (st == nullptr) {
          error(e->args[0], "invalid argument: field " + sel->sel->name +
                                " is embedded via a pointer in " + tstr(s.recv));
          return fail();
        }
        if (!layout_matches_gc(st)) {
          error(e, "go2cpp does not support unsafe.Offsetof in a struct with func or interface "
                   "fields yet (their C++ layout is not gc's)");
          return fail();
        }
        size_t index = static_cast<size_t>(s.path[i]);
        offset += field_offset(st, index);
        base = under(st->fields[index]->type);
      }
      x.mode = Mode::Constant;
      x.type = uintptr_type;
      x.val = constant::Value::make_int64(offset);
      return;
    }
    case BuiltinId::Add: {
      if (!arity(2, "")) return fail();
      Operand p;
      expr(p, e->args[0]);
      if (p.invalid()) return fail();
      assignment(p, pointer_type, "argument to unsafe.Add");
      if (p.invalid()) return fail();
      if (!length(e->args[1], "length")) return fail();
      x.mode = Mode::Value;
      x.type = pointer_type;
      return;
    }
    case BuiltinId::Slice:
    case BuiltinId::String: {
      if (!arity(2, "")) return fail();
      Operand p;
      expr(p, e->args[0]);
      if (p.invalid()) return fail();
      const Pointer* pt = under(p.type)->as<Pointer>();
      if (id == BuiltinId::String) {
        Type* byte_ptr = arena_.make<Pointer>(universe_.basic(BasicKind::Uint8));
        assignment(p, byte_ptr, "argument to unsafe.String");
        if (p.invalid()) return fail();
      } else if (pt == nullptr) {
        error(p.expr, "invalid argument: " + operand_str(p) + " is not a pointer");
        return fail();
      }
      if (!length(e->args[1], "length")) return fail();
      x.mode = Mode::Value;
      x.type = id == BuiltinId::String ? static_cast<Type*>(universe_.basic(BasicKind::String))
                                       : arena_.make<Slice>(pt->elem);
      return;
    }
    case BuiltinId::StringData: {
      if (!arity(1, "")) return fail();
      Operand s;
      expr(s, e->args[0]);
      if (s.invalid()) return fail();
      assignment(s, universe_.basic(BasicKind::String), "argument to unsafe.StringData");
      if (s.invalid()) return fail();
      x.mode = Mode::Value;
      x.type = arena_.make<Pointer>(universe_.basic(BasicKind::Uint8));
      return;
    }
    case BuiltinId::SliceData: {
      if (!arity(1, "")) return fail();
      Operand s;
      expr(s, e->args[0]);
      if (s.invalid()) return fail();
      const Slice* st = under(s.type)->as<Slice>();
      if (st == nullptr) {
        error(s.expr, "invalid argument: " + operand_str(s) + " is not a slice");
        return fail();
      }
      x.mode = Mode::Value;
      x.type = arena_.make<Pointer>(st->elem);
      return;
    }
    default:
      error(e, "internal error: not a function of package unsafe");
      return fail();
  }
}

}  // namespace go2cpp::types
