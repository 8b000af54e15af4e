// Go types as C++ types: basic types are the runtime's aliases (go::int_, go::float64, ...),
// composite types the runtime's templates (go::slice<T>, go::array<T, N>, go::map<K, V>,
// go::ptr<T>, go::func<R(A...)>), named types their own name, the empty interface go::any.
// Also: zero values, string literals, and the runtime type descriptors fmt and interfaces use.
#include <cstdio>

#include "emit/emit_internal.h"

namespace go2cpp::emit {

using namespace go2cpp::types;

namespace {

const char* basic_ctype(BasicKind k) {
  switch (k) {
    case BasicKind::Bool:
    case BasicKind::UntypedBool: return "bool";
    case BasicKind::Int:
    case BasicKind::UntypedInt: return "go::int_";
    case BasicKind::Int8: return "go::int8";
    case BasicKind::Int16: return "go::int16";
    case BasicKind::Int32:
    case BasicKind::UntypedRune: return "go::int32";
    case BasicKind::Int64: return "go::int64";
    case BasicKind::Uint: return "go::uint";
    case BasicKind::Uint8: return "go::uint8";
    case BasicKind::Uint16: return "go::uint16";
    case BasicKind::Uint32: return "go::uint32";
    case BasicKind::Uint64: return "go::uint64";
    case BasicKind::Uintptr: return "go::uintptr";
    case BasicKind::Float32: return "go::float32";
    case BasicKind::Float64:
    case BasicKind::UntypedFloat: return "go::float64";
    case BasicKind::Complex64: return "go::complex64";
    case BasicKind::Complex128:
    case BasicKind::UntypedComplex: return "go::complex128";
    case BasicKind::String:
    case BasicKind::UntypedString: return "go::string";
    case BasicKind::UnsafePointer: return "go::unsafe_pointer";  // go/unsafe.h
    default: return nullptr;
  }
}

}  // namespace

std::string Emitter::ctype(const Type* t) {
  switch (t->kind) {
    case TypeKind::Basic: {
      const Basic* b = t->as<Basic>();
      if (b->name == "byte") return "go::byte";
      if (b->name == "rune") return "go::rune";
      if (const char* c = basic_ctype(b->basic)) return c;
      return "void*";
    }
    case TypeKind::Pointer:
      return "go::ptr<" + ctype(t->as<Pointer>()->elem) + ">";
    case TypeKind::Slice:
      return "go::slice<" + ctype(t->as<Slice>()->elem) + ">";
    case TypeKind::Array:
      return "go::array<" + ctype(t->as<Array>()->elem) + ", " +
             std::to_string(t->as<Array>()->len) + ">";
    case TypeKind::Map:
      return "go::map<" + ctype(t->as<Map>()->key) + ", " + ctype(t->as<Map>()->elem) + ">";
    case TypeKind::Signature: {
      const Signature* sig = t->as<Signature>();
      std::string s = "go::func<" + result_type(sig) + "(";
      for (size_t i = 0; i < sig->params->size(); ++i) {
        if (i > 0) s += ", ";
        s += ctype(sig->params->vars[i]->type);
      }
      return s + ")>";
    }
    case TypeKind::Interface: {
      const Interface* it = t->as<Interface>();
      if (it->all_methods.empty()) return "go::any";
      std::string name = interface_name(it);
      if (qualify_) return own_ns() + "::" + name;
      return name;
    }
    case TypeKind::Named: {
      const Named* n = t->as<Named>();
      if (n->obj->pkg == nullptr) {
        // error is the runtime's; comparable is only a constraint
        return n->obj->name == "error" ? "go::error" : "go::any";
      }
      if (n->obj->pkg != &pkg_ && n->obj->pkg->is_runtime) {
        // A generic type of a runtime package (atomic.Pointer[T]) is a C++ template there.
        std::string name = runtime_ns(n->obj->pkg) + "::" + n->obj->name;
        if (!n->targs.empty()) {
          name += "<";
          for (size_t i = 0; i < n->targs.size(); ++i) name += (i ? ", " : "") + ctype(n->targs[i]);
          name += ">";
        }
        return name;
      }
      std::string name = named_cname(n);
      const types::Package* home = named_home(n);
      if (qualify_ || home != &pkg_) return pkg_ns(home) + "::" + name;
      return name;
    }
    case TypeKind::Tuple: {
      const Tuple* tup = t->as<Tuple>();
      std::string s = "std::tuple<";
      for (size_t i = 0; i < tup->size(); ++i) {
        if (i > 0) s += ", ";
        s += ctype(tup->vars[i]->type);
      }
      return s + ">";
    }
    case TypeKind::Struct: {
      std::string name = struct_name(t->as<Struct>());
      if (qualify_) return own_ns() + "::" + name;
      return name;
    }
    case TypeKind::Chan:
      // chan T, <-chan T and chan<- T alike: the checker has enforced the direction.
      return "go::chan<" + ctype(t->as<Chan>()->elem) + ">";
    case TypeKind::TypeParam:
      return "void*";  // never emitted: generic code is stenciled with its type arguments
  }
  return "void*";
}

std::string Emitter::result_type(const Signature* sig) {
  size_t n = sig->results ? sig->results->size() : 0;
  if (n == 0) return "void";
  if (n == 1) return ctype(sig->results->vars[0]->type);
  return ctype(sig->results);
}

std::string Emitter::zero_value(const Type* t) {
  (void)t;
  return "{}";
}

bool Emitter::is_narrow_int(const Type* t) {
  switch (basic_kind(t)) {
    case BasicKind::Int8:
    case BasicKind::Int16:
    case BasicKind::Uint8:
    case BasicKind::Uint16:
      return true;
    default:
      return false;
  }
}

// Go types whose C++ spelling is shared with another Go type need their descriptor spelled out
// when converted to an interface (int64 is int64_t, as int is).
bool Emitter::needs_explicit_descriptor(const Type* t) {
  switch (t->kind) {
    case TypeKind::Basic: {
      BasicKind k = t->as<Basic>()->basic;
      return k == BasicKind::Int64 || k == BasicKind::Uint64 || k == BasicKind::Uintptr;
    }
    case TypeKind::Pointer:
      return needs_explicit_descriptor(t->as<Pointer>()->elem);
    case TypeKind::Slice:
      return needs_explicit_descriptor(t->as<Slice>()->elem);
    case TypeKind::Array:
      return needs_explicit_descriptor(t->as<Array>()->elem);
    case TypeKind::Map:
      return needs_explicit_descriptor(t->as<Map>()->key) ||
             needs_explicit_descriptor(t->as<Map>()->elem);
    case TypeKind::Signature:
      return true;  // go::func<...> names no Go type
    case TypeKind::Chan:
      // go::chan<T> names `chan T`; the directional types share it.
      return t->as<Chan>()->dir != ChanDir::Both || needs_explicit_descriptor(t->as<Chan>()->elem);
    case TypeKind::Named: {
      // Named structs have C++ types of their own; other named types are aliases.
      const Type* u = t->as<Named>()->underlying;
      return u->kind != TypeKind::Struct && u->kind != TypeKind::Interface &&
             t->as<Named>()->obj->pkg != nullptr;
    }
    default:
      return false;
  }
}

// Whether the runtime can describe values of t (for fmt and interfaces) yet.
bool Emitter::describable(const Type* t) {
  switch (t->kind) {
    case TypeKind::Tuple:
    case TypeKind::TypeParam:
      return false;
    case TypeKind::Pointer: return describable(t->as<Pointer>()->elem);
    case TypeKind::Slice: return describable(t->as<Slice>()->elem);
    case TypeKind::Array: return describable(t->as<Array>()->elem);
    case TypeKind::Map: return describable(t->as<Map>()->key) && describable(t->as<Map>()->elem);
    case TypeKind::Chan: return describable(t->as<Chan>()->elem);
    default: return true;
  }
}

std::string Emitter::descriptor(const Type* t) {
  if (needs_explicit_descriptor(t)) {
    switch (t->kind) {
      case TypeKind::Named: {
        const Named* n = t->as<Named>();
        if (n->obj->pkg != &pkg_ && n->obj->pkg->is_runtime) {
          return runtime_ns(n->obj->pkg) + "::" + n->obj->name + "_desc()";
        }
        return pkg_ns(named_home(n)) + "::" + named_cname(n) + "_desc()";
      }
      case TypeKind::Slice:
        return "go::slice_of(" + descriptor(t->as<Slice>()->elem) + ")";
      case TypeKind::Pointer:
        return "go::pointer_to(" + descriptor(t->as<Pointer>()->elem) + ")";
      case TypeKind::Array:
        return "go::array_of(" + descriptor(t->as<Array>()->elem) + ", " +
               std::to_string(t->as<Array>()->len) + ")";
      case TypeKind::Map:
        return "go::map_of(" + descriptor(t->as<Map>()->key) + ", " +
               descriptor(t->as<Map>()->elem) + ")";
      case TypeKind::Chan: {
        const Chan* c = t->as<Chan>();
        const char* dir = c->dir == ChanDir::Recv   ? "go::chan_dir::recv"
                          : c->dir == ChanDir::Send ? "go::chan_dir::send"
                                                    : "go::chan_dir::both";
        return "go::chan_of(" + descriptor(c->elem) + ", " + dir + ")";
      }
      default:
        break;
    }
  }
  if (t->kind == TypeKind::Signature) {
    // fmt prints func values as their first word; a minimal descriptor suffices. It is
    // interned by its name, so every func type has one descriptor (reflect.TypeOf ==).
    return "[] { static const go::type_desc* d = go::func_type(\"" + reflect_name(t, pkg_.name) +
           "\", sizeof(" + ctype(t) + ")); return d; }()";
  }
  if (const Basic* b = t->as<Basic>()) {
    switch (b->basic) {
      case BasicKind::Int64: return "&go::int64_type";
      case BasicKind::Uint64: return "&go::uint64_type";
      case BasicKind::Uintptr: return "&go::uintptr_type";
      default: break;
    }
  }
  return "go::type_of<" + ctype(t) + ">()";
}

// A C++ narrow string literal holding exactly these bytes. Printable ASCII and valid UTF-8 stay
// as they are; other bytes become three-digit octal escapes (octal escapes stop after three
// digits, unlike \x, so a following digit is never swallowed).
std::string Emitter::cpp_string_literal(const std::string& bytes) {
  std::string out = "\"";
  size_t i = 0;
  while (i < bytes.size()) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    switch (c) {
      case '"': out += "\\\""; ++i; continue;
      case '\\': out += "\\\\"; ++i; continue;
      case '\n': out += "\\n"; ++i; continue;
      case '\t': out += "\\t"; ++i; continue;
      case '\r': out += "\\r"; ++i; continue;
      case '?': out += "?"; ++i; continue;  // -std=c++20 has no trigraphs
      default: break;
    }
    if (c >= 0x20 && c < 0x7f) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    // A complete, valid UTF-8 sequence of a printable character stays readable.
    int len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
    if (c >= 0xF5) len = 0;
    bool valid = len > 0 && i + static_cast<size_t>(len) <= bytes.size();
    for (int k = 1; valid && k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(bytes[i + static_cast<size_t>(k)]);
      if ((cc & 0xC0) != 0x80) valid = false;
    }
    if (valid && len == 3) {
      uint32_t cp = ((c & 0x0Fu) << 12) |
                    ((static_cast<unsigned char>(bytes[i + 1]) & 0x3Fu) << 6) |
                    (static_cast<unsigned char>(bytes[i + 2]) & 0x3Fu);
      if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) valid = false;
    }
    if (valid && len == 4) {
      uint32_t cp = ((c & 0x07u) << 18) |
                    ((static_cast<unsigned char>(bytes[i + 1]) & 0x3Fu) << 12) |
                    ((static_cast<unsigned char>(bytes[i + 2]) & 0x3Fu) << 6) |
                    (static_cast<unsigned char>(bytes[i + 3]) & 0x3Fu);
      if (cp < 0x10000 || cp > 0x10FFFF) valid = false;
    }
    if (valid) {
      out.append(bytes, i, static_cast<size_t>(len));
      i += static_cast<size_t>(len);
      continue;
    }
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\%03o", c);
    out += buf;
    ++i;
  }
  return out + "\"";
}

}  // namespace go2cpp::emit
