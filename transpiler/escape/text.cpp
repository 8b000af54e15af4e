// How gc names things in -m messages: expressions printed the way cmd/compile/internal/ir's
// formatter prints them (`&T{...}`, `make([]int, n)`, `s + "x"`), positions as gc's syntax
// package records them (a call at its '(', a selector at its '.', a composite literal at its
// '{', a binary expression at its operator), and the type facts escape decisions depend on.
#include <fstream>
#include <map>
#include <sstream>

#include "escape/graph.h"
#include "types/predicates.h"

namespace go2cpp::escape {

using namespace syntax;

namespace {

int precedence(Op op) {
  switch (op) {
    case Op::LOr: return 1;
    case Op::LAnd: return 2;
    case Op::Eql: case Op::Neq: case Op::Lss: case Op::Leq: case Op::Gtr: case Op::Geq: return 3;
    case Op::Add: case Op::Sub: case Op::Or: case Op::Xor: return 4;
    default: return 5;
  }
}

std::string type_text(const Expr* texpr, const types::Info& info, const Expr* lit) {
  const types::Type* t = texpr ? info.type_of(texpr) : info.type_of(lit);
  if (t == nullptr) return "?";
  // Types of this package print unqualified, as gc prints local types.
  const types::Package* local = nullptr;
  if (const auto* n = t->as<types::Named>(); n && n->obj) local = n->obj->pkg;
  std::string s = types::type_string(t, local);
  // gc spells the empty interface "interface {}".
  size_t p;
  while ((p = s.find("interface{}")) != std::string::npos) s.replace(p, 11, "interface {}");
  return s;
}

std::string text(const Expr* e, const types::Info& info, int prec);

std::string list(const std::vector<Expr*>& xs, const types::Info& info) {
  std::string s;
  for (size_t i = 0; i < xs.size(); ++i) {
    if (i) s += ", ";
    s += text(xs[i], info, 0);
  }
  return s;
}

std::string text(const Expr* e, const types::Info& info, int prec) {
  if (e == nullptr) return "";
  const types::TypeAndValue* tv = info.type_and_value(e);
  if (tv && tv->mode == types::Mode::Constant && !e->is<Ident>()) {
    if (const BasicLit* bl = e->as<BasicLit>(); bl && bl->lit == LitKind::String) return bl->text;
    std::string v = tv->value.to_string();
    return v;
  }
  switch (e->kind) {
    case NodeKind::Ident: return e->as<Ident>()->name;
    case NodeKind::BasicLit: return e->as<BasicLit>()->text;
    case NodeKind::ParenExpr: return text(e->as<ParenExpr>()->x, info, prec);
    case NodeKind::FuncLit: return "func literal";
    case NodeKind::CompositeLit: {
      const CompositeLit* cl = e->as<CompositeLit>();
      return type_text(cl->type, info, cl) + (cl->elts.empty() ? "{}" : "{...}");
    }
    case NodeKind::SelectorExpr: {
      const SelectorExpr* se = e->as<SelectorExpr>();
      return text(se->x, info, 6) + "." + se->sel->name;
    }
    case NodeKind::IndexExpr: {
      const IndexExpr* ix = e->as<IndexExpr>();
      return text(ix->x, info, 6) + "[" + list(ix->indices, info) + "]";
    }
    case NodeKind::SliceExpr: {
      const SliceExpr* s = e->as<SliceExpr>();
      std::string r = text(s->x, info, 6) + "[" + text(s->low, info, 0) + ":" + text(s->high, info, 0);
      if (s->slice3) r += ":" + text(s->max, info, 0);
      return r + "]";
    }
    case NodeKind::TypeAssertExpr: {
      const TypeAssertExpr* ta = e->as<TypeAssertExpr>();
      return text(ta->x, info, 6) + ".(" + type_text(ta->type, info, nullptr) + ")";
    }
    case NodeKind::CallExpr: {
      const CallExpr* c = e->as<CallExpr>();
      std::string fun;
      if (inliner::is_conversion(info, c)) {
        fun = type_text(nullptr, info, c);
        const types::Type* ct = info.type_of(c);
        const types::Type* u = ct ? types::under(ct) : nullptr;
        if (u && (u->kind == types::TypeKind::Slice || u->kind == types::TypeKind::Pointer ||
                  u->kind == types::TypeKind::Signature)) {
          fun = "(" + fun + ")";
        }
      } else {
        fun = text(c->fun, info, 6);
      }
      std::string args;
      for (size_t i = 0; i < c->args.size(); ++i) {
        if (i) args += ", ";
        const Expr* a = c->args[i];
        const types::TypeAndValue* atv = info.type_and_value(a);
        args += atv && atv->mode == types::Mode::TypeExpr ? type_text(a, info, nullptr) : text(a, info, 0);
      }
      if (c->has_ellipsis) args += "...";
      return fun + "(" + args + ")";
    }
    case NodeKind::StarExpr: return "*" + text(e->as<StarExpr>()->x, info, 6);
    case NodeKind::UnaryExpr: {
      const UnaryExpr* u = e->as<UnaryExpr>();
      return std::string(op_spelling(u->op)) + text(u->x, info, 6);
    }
    case NodeKind::BinaryExpr: {
      const BinaryExpr* b = e->as<BinaryExpr>();
      int p = precedence(b->op);
      std::string s = text(b->x, info, p) + " " + std::string(op_spelling(b->op)) + " " +
                      text(b->y, info, p + 1);
      return p < prec ? "(" + s + ")" : s;
    }
    default: return "?";
  }
}

// Source text, for the positions gc records but the AST does not ('{' of a literal, '[').
const std::string& source(const FileSet& fs, int32_t file) {
  static std::map<std::string, std::string> cache;
  const std::string& name = fs.name(file);
  auto it = cache.find(name);
  if (it != cache.end()) return it->second;
  std::ifstream in(name, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return cache[name] = ss.str();
}

// The byte offset of (line, col) in text, or npos.
size_t offset_of(const std::string& text, Pos p) {
  size_t off = 0;
  for (int line = 1; line < p.line; ++line) {
    off = text.find('\n', off);
    if (off == std::string::npos) return off;
    ++off;
  }
  return off + static_cast<size_t>(p.col - 1);
}

Pos pos_at(const std::string& text, Pos base, size_t off) {
  Pos p = base;
  size_t start = offset_of(text, base);
  for (size_t i = start; i < off && i < text.size(); ++i) {
    if (text[i] == '\n') {
      p.line++;
      p.col = 1;
    } else {
      p.col++;
    }
  }
  return p;
}

// The first `ch` at or after p (for '{' of a literal), skipping bracketed type text.
Pos find_forward(const FileSet& fs, Pos p, char ch) {
  if (!p.valid()) return p;
  const std::string& t = source(fs, p.file);
  size_t off = offset_of(t, p);
  int depth = 0;
  for (size_t i = off; i < t.size(); ++i) {
    char c = t[i];
    if (c == ch && depth == 0) return pos_at(t, p, i);
    if (c == '[' || c == '(') depth++;
    if ((c == ']' || c == ')') && depth > 0) depth--;
  }
  return p;
}

// The last `ch` before p.
Pos find_backward(const FileSet& fs, Pos from, Pos p, char ch) {
  if (!p.valid()) return p;
  const std::string& t = source(fs, p.file);
  size_t off = offset_of(t, p);
  size_t lo = offset_of(t, from);
  for (size_t i = off; i-- > lo;) {
    if (t[i] == ch) return pos_at(t, from, i);
  }
  return p;
}

}  // namespace

std::string gc_text(const Expr* e, const types::Info& info) { return text(e, info, 0); }

Pos gc_pos(const Expr* e, const FileSet& fs) {
  while (const ParenExpr* p = e->as<ParenExpr>()) e = p->x;
  switch (e->kind) {
    case NodeKind::CallExpr: {
      const CallExpr* c = e->as<CallExpr>();
      if (c->lparen.valid() || c->args.empty()) return c->lparen.valid() ? c->lparen : c->pos;
      return find_backward(fs, c->pos, c->args[0]->pos, '(');  // conversions like []byte(s)
    }
    case NodeKind::BinaryExpr: return e->as<BinaryExpr>()->op_pos;
    case NodeKind::CompositeLit: {
      const CompositeLit* cl = e->as<CompositeLit>();
      if (cl->type == nullptr) return cl->pos;
      if (const ArrayType* at = cl->type->as<ArrayType>()) {
        // Skip the brackets of the type itself.
        Pos after = at->elt ? at->elt->pos : cl->pos;
        return find_forward(fs, after, '{');
      }
      if (const MapType* mt = cl->type->as<MapType>()) return find_forward(fs, mt->value->pos, '{');
      return find_forward(fs, cl->type->pos, '{');
    }
    case NodeKind::SelectorExpr: {
      const SelectorExpr* se = e->as<SelectorExpr>();
      return find_backward(fs, se->x->pos, se->sel->pos, '.');
    }
    case NodeKind::IndexExpr: {
      const IndexExpr* ix = e->as<IndexExpr>();
      return ix->indices.empty() ? ix->pos : find_backward(fs, ix->x->pos, ix->indices[0]->pos, '[');
    }
    case NodeKind::SliceExpr: {
      const SliceExpr* s = e->as<SliceExpr>();
      const Expr* first = s->low ? s->low : s->high ? s->high : s->max;
      if (first) return find_backward(fs, s->x->pos, first->pos, '[');
      return s->pos;
    }
    case NodeKind::TypeAssertExpr: {
      const TypeAssertExpr* ta = e->as<TypeAssertExpr>();
      return ta->type ? find_backward(fs, ta->x->pos, ta->type->pos, '.') : ta->pos;
    }
    default: return e->pos;
  }
}

bool has_pointers(const types::Type* t) {
  if (t == nullptr) return true;
  const types::Type* u = types::under(t);
  switch (u->kind) {
    case types::TypeKind::Basic: {
      auto k = u->as<types::Basic>()->basic;
      return k == types::BasicKind::String || k == types::BasicKind::UnsafePointer ||
             k == types::BasicKind::UntypedString || k == types::BasicKind::UntypedNil;
    }
    case types::TypeKind::Array: {
      const auto* a = u->as<types::Array>();
      return a->len > 0 && has_pointers(a->elem);
    }
    case types::TypeKind::Struct:
      for (const types::Var* f : u->as<types::Struct>()->fields) {
        if (has_pointers(f->type)) return true;
      }
      return false;
    default: return true;
  }
}

bool is_direct_iface(const types::Type* t) {
  if (t == nullptr) return false;
  const types::Type* u = types::under(t);
  switch (u->kind) {
    case types::TypeKind::Pointer:
    case types::TypeKind::Chan:
    case types::TypeKind::Map:
    case types::TypeKind::Signature: return true;
    case types::TypeKind::Basic: return u->as<types::Basic>()->basic == types::BasicKind::UnsafePointer;
    case types::TypeKind::Array: {
      const auto* a = u->as<types::Array>();
      return a->len == 1 && is_direct_iface(a->elem);
    }
    case types::TypeKind::Struct: {
      const auto* s = u->as<types::Struct>();
      return s->fields.size() == 1 && is_direct_iface(s->fields[0]->type);
    }
    default: return false;
  }
}

int64_t type_size(const types::Type* t) {
  if (t == nullptr) return 8;
  const types::Type* u = types::under(t);
  switch (u->kind) {
    case types::TypeKind::Basic:
      switch (u->as<types::Basic>()->basic) {
        case types::BasicKind::Bool: case types::BasicKind::Int8: case types::BasicKind::Uint8: return 1;
        case types::BasicKind::Int16: case types::BasicKind::Uint16: return 2;
        case types::BasicKind::Int32: case types::BasicKind::Uint32: case types::BasicKind::Float32: return 4;
        case types::BasicKind::String: case types::BasicKind::Complex128: return 16;
        default: return 8;
      }
    case types::TypeKind::Slice: return 24;
    case types::TypeKind::Interface: return 16;
    case types::TypeKind::Array: {
      const auto* a = u->as<types::Array>();
      return a->len * type_size(a->elem);
    }
    case types::TypeKind::Struct: {
      int64_t n = 0;
      for (const types::Var* f : u->as<types::Struct>()->fields) n += type_size(f->type);
      return n;
    }
    default: return 8;
  }
}

}  // namespace go2cpp::escape
