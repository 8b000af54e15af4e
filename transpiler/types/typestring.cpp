// Type strings in go/types' notation, which is what gc's messages show.
#include "types/generic.h"
#include "types/predicates.h"

namespace go2cpp::types {

namespace {

void write_type(std::string& out, const Type* t, const Package* local);

void write_tuple(std::string& out, const Tuple* tup, bool variadic, const Package* local) {
  out += '(';
  if (tup != nullptr) {
    for (size_t i = 0; i < tup->size(); ++i) {
      if (i > 0) out += ", ";
      const Var* v = tup->vars[i];
      if (!v->name.empty()) {
        out += v->name;
        out += ' ';
      }
      if (variadic && i + 1 == tup->size()) {
        out += "...";
        const Slice* s = v->type->as<Slice>();
        write_type(out, s ? s->elem : v->type, local);
      } else {
        write_type(out, v->type, local);
      }
    }
  }
  out += ')';
}

void write_signature(std::string& out, const Signature* sig, const Package* local) {
  write_tuple(out, sig->params, sig->variadic, local);
  size_t n = sig->results ? sig->results->size() : 0;
  if (n == 0) return;
  out += ' ';
  if (n == 1 && sig->results->vars[0]->name.empty()) {
    write_type(out, sig->results->vars[0]->type, local);
    return;
  }
  write_tuple(out, sig->results, false, local);
}

void write_type(std::string& out, const Type* t, const Package* local) {
  if (t == nullptr) {
    out += "<nil>";
    return;
  }
  switch (t->kind) {
    case TypeKind::Basic:
      out += t->as<Basic>()->name;
      return;
    case TypeKind::Pointer:
      out += '*';
      write_type(out, t->as<Pointer>()->elem, local);
      return;
    case TypeKind::Slice:
      out += "[]";
      write_type(out, t->as<Slice>()->elem, local);
      return;
    case TypeKind::Array:
      out += '[' + std::to_string(t->as<Array>()->len) + ']';
      write_type(out, t->as<Array>()->elem, local);
      return;
    case TypeKind::Map:
      out += "map[";
      write_type(out, t->as<Map>()->key, local);
      out += ']';
      write_type(out, t->as<Map>()->elem, local);
      return;
    case TypeKind::Chan: {
      const Chan* c = t->as<Chan>();
      if (c->dir == syntax::ChanDir::Recv) out += "<-";
      out += "chan";
      if (c->dir == syntax::ChanDir::Send) out += "<-";
      out += ' ';
      bool paren = c->dir != syntax::ChanDir::Send && c->elem->kind == TypeKind::Chan &&
                   c->elem->as<Chan>()->dir == syntax::ChanDir::Recv;
      if (paren) out += '(';
      write_type(out, c->elem, local);
      if (paren) out += ')';
      return;
    }
    case TypeKind::Struct: {
      const Struct* s = t->as<Struct>();
      out += "struct{";
      for (size_t i = 0; i < s->fields.size(); ++i) {
        if (i > 0) out += "; ";
        const Var* f = s->fields[i];
        if (!f->embedded) {
          out += f->name;
          out += ' ';
        }
        write_type(out, f->type, local);
        if (i < s->tags.size() && !s->tags[i].empty()) out += ' ' + s->tags[i];
      }
      out += '}';
      return;
    }
    case TypeKind::Signature:
      out += "func";
      write_signature(out, t->as<Signature>(), local);
      return;
    case TypeKind::Interface: {
      const Interface* it = t->as<Interface>();
      if (it->is_any) {
        out += "any";
        return;
      }
      if (it->implicit) {
        out += terms_string(it->terms, local);
        return;
      }
      if (it->methods.empty() && it->embeddeds.empty() && it->unions.empty() &&
          !it->is_comparable) {
        out += "interface{}";
        return;
      }
      out += "interface{";
      bool first = true;
      for (const Func* m : it->methods) {
        if (!first) out += "; ";
        first = false;
        out += m->name;
        write_signature(out, m->sig(), local);
      }
      for (const Type* e : it->embeddeds) {
        if (!first) out += "; ";
        first = false;
        write_type(out, e, local);
      }
      for (const std::vector<Term>& u : it->unions) {
        if (!first) out += "; ";
        first = false;
        out += terms_string(u, local);
      }
      out += '}';
      return;
    }
    case TypeKind::Named: {
      const Named* n = t->as<Named>();
      if (n->obj->pkg != nullptr && n->obj->pkg != local) {
        out += n->obj->pkg->name;
        out += '.';
      }
      out += n->obj->name;
      if (!n->targs.empty()) {
        out += '[';
        for (size_t i = 0; i < n->targs.size(); ++i) {
          if (i) out += ',';
          write_type(out, n->targs[i], local);
        }
        out += ']';
      }
      return;
    }
    case TypeKind::Tuple:
      write_tuple(out, t->as<Tuple>(), false, local);
      return;
    case TypeKind::TypeParam:
      out += t->as<TypeParam>()->obj->name;
      return;
  }
}

}  // namespace

std::string type_string(const Type* t, const Package* local) {
  std::string out;
  write_type(out, t, local);
  return out;
}

}  // namespace go2cpp::types
