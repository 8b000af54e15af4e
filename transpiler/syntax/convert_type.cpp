// Types: tree-sitter-go's type nodes → AST type expressions, and the field lists of structs,
// interfaces, signatures and type parameter lists.
//
// As in go/ast, a type is an Expr: `[]T` and `[N]T` and `[...]T` are all ArrayType (len null, an
// expression, or an Ellipsis), `*T` is StarExpr, `pkg.T` is SelectorExpr, `G[A, B]` is IndexExpr.
// Constraint syntax maps onto expressions too: `~T` is UnaryExpr(Tilde) and `A | B | C` a
// left-nested BinaryExpr(Or). A variadic parameter's type is an Ellipsis holding the element type.
#include "syntax/converter.h"

namespace go2cpp::syntax::detail {

Expr* Converter::type_node(TSNode n) {
  switch (cst_.kind(n)) {
    case K::PointerType: {
      auto* s = file_.make<StarExpr>(pos(n));
      auto kids = cst_.named(n);
      s->x = expr(kids.empty() ? TSNode{} : kids.front());
      return s;
    }
    case K::ArrayType: {
      auto* a = file_.make<ArrayType>(pos(n));
      a->len = expr(cst_.field(n, F::Length));
      a->elt = expr(cst_.field(n, F::Element));
      return a;
    }
    case K::ImplicitLengthArrayType: {
      auto* a = file_.make<ArrayType>(pos(n));
      TSNode dots = cst_.token(n, "...");
      a->len = file_.make<Ellipsis>(ts_node_is_null(dots) ? pos(n) : pos(dots));
      a->elt = expr(cst_.field(n, F::Element));
      return a;
    }
    case K::SliceType: {
      auto* a = file_.make<ArrayType>(pos(n));
      a->elt = expr(cst_.field(n, F::Element));
      return a;
    }
    case K::MapType: {
      auto* m = file_.make<MapType>(pos(n));
      m->key = expr(cst_.field(n, F::Key));
      m->value = expr(cst_.field(n, F::Value));
      return m;
    }
    case K::ChannelType:
      return channel_type(n);
    case K::FunctionType:
      return signature(n, pos(n));
    case K::StructType:
      return struct_type(n);
    case K::InterfaceType:
      return interface_type(n);
    case K::QualifiedType: {
      auto* s = file_.make<SelectorExpr>(pos(n));
      s->x = ident(cst_.field(n, F::Package));
      s->sel = ident(cst_.field(n, F::Name));
      return s;
    }
    case K::GenericType:
      return generic_type(n);
    case K::NegatedType: {
      auto* u = file_.make<UnaryExpr>(pos(n));
      u->op = Op::Tilde;
      auto kids = cst_.named(n);
      u->x = expr(kids.empty() ? TSNode{} : kids.front());
      return u;
    }
    case K::ParenthesizedType: {
      auto* p = file_.make<ParenExpr>(pos(n));
      auto kids = cst_.named(n);
      p->x = expr(kids.empty() ? TSNode{} : kids.front());
      return p;
    }
    case K::TypeElem:
    case K::TypeConstraint:
      return type_elem(n);
    default:
      // Not an expression or a type (a stray statement-level node inside broken code): the
      // syntax-error pass reports what is wrong with the tree.
      return file_.make<BadExpr>(pos(n));
  }
}

Expr* Converter::type_elem(TSNode n) {
  if (cst_.kind(n) != K::TypeElem && cst_.kind(n) != K::TypeConstraint) return expr(n);
  Expr* x = nullptr;
  Pos bar;
  for (const Child& c : cst_.children(n)) {
    if (!ts_node_is_named(c.node)) {
      if (cst_.text(c.node) == "|") bar = pos(c.node);
      continue;
    }
    Expr* t = expr(c.node);
    if (x == nullptr) {
      x = t;
      continue;
    }
    auto* b = file_.make<BinaryExpr>(x->pos);
    b->op = Op::Or;
    b->op_pos = bar.valid() ? bar : t->pos;
    b->x = x;
    b->y = t;
    x = b;
  }
  return x != nullptr ? x : file_.make<BadExpr>(pos(n));
}

Expr* Converter::channel_type(TSNode n) {
  auto* ch = file_.make<ChanType>(pos(n));
  auto kids = cst_.children(n);
  if (!kids.empty() && cst_.text(kids[0].node) == "<-") {
    ch->dir = ChanDir::Recv;
  } else if (kids.size() > 1 && !ts_node_is_named(kids[1].node) &&
             cst_.text(kids[1].node) == "<-") {
    ch->dir = ChanDir::Send;
  }
  ch->value = expr(cst_.field(n, F::Value));
  return ch;
}

Expr* Converter::struct_type(TSNode n) {
  auto* st = file_.make<StructType>(pos(n));
  for (TSNode list : cst_.named(n)) {
    if (cst_.kind(list) != K::FieldDeclarationList) continue;
    for (TSNode fd : cst_.named(list)) {
      if (cst_.kind(fd) != K::FieldDeclaration) continue;
      Field* f = file_.make_field(pos(fd));
      TSNode star{};
      for (const Child& c : cst_.children(fd)) {
        if (c.field == F::Name && ts_node_is_named(c.node)) f->names.push_back(ident(c.node));
        if (c.field == F::Type && f->type == nullptr) f->type = expr(c.node);
        if (c.field == F::Tag) f->tag = std::string(cst_.text(c.node));
        if (!ts_node_is_named(c.node) && cst_.text(c.node) == "*") star = c.node;
      }
      if (f->type == nullptr) f->type = file_.make<BadExpr>(pos(fd));
      if (!ts_node_is_null(star) && f->names.empty()) {  // embedded *T
        auto* s = file_.make<StarExpr>(pos(star));
        s->x = f->type;
        f->type = s;
      }
      st->fields.list.push_back(f);
    }
  }
  return st;
}

Expr* Converter::interface_type(TSNode n) {
  auto* it = file_.make<InterfaceType>(pos(n));
  for (TSNode elem : cst_.named(n)) {
    Field* f = file_.make_field(pos(elem));
    if (cst_.kind(elem) == K::MethodElem) {
      f->names.push_back(ident(cst_.field(elem, F::Name)));
      f->type = signature(elem, pos(elem));
    } else {
      f->type = type_elem(elem);
    }
    it->methods.list.push_back(f);
  }
  return it;
}

Expr* Converter::generic_type(TSNode n) {
  auto* ix = file_.make<IndexExpr>(pos(n));
  ix->x = expr(cst_.field(n, F::Type));
  TSNode args = cst_.field(n, F::TypeArguments);
  for (TSNode t : cst_.named(args)) ix->indices.push_back(type_elem(t));
  return ix;
}

FuncType* Converter::signature(TSNode n, Pos at) {
  auto* ft = file_.make<FuncType>(at);
  TSNode tparams = cst_.field(n, F::TypeParameters);
  if (!ts_node_is_null(tparams)) type_params(tparams, ft->type_params);
  params(cst_.field(n, F::Parameters), ft->params, true);
  results(cst_.field(n, F::Result), ft->results);
  return ft;
}

void Converter::params(TSNode list, FieldList& out, bool check_mixed) {
  const Field* first_unnamed = nullptr;
  bool any_named = false;
  check_list_end(cst_.children(list), "parameter list", ")");
  for (TSNode p : cst_.named(list)) {
    K k = cst_.kind(p);
    if (k != K::ParameterDeclaration && k != K::VariadicParameterDeclaration) continue;
    Field* f = file_.make_field(pos(p));
    for (TSNode name : cst_.fields(p, F::Name)) f->names.push_back(ident(name));
    Expr* type = expr(cst_.field(p, F::Type));
    if (k == K::VariadicParameterDeclaration) {
      TSNode dots = cst_.token(p, "...");
      auto* e = file_.make<Ellipsis>(ts_node_is_null(dots) ? pos(p) : pos(dots));
      e->elt = type;
      type = e;
    }
    f->type = type;
    if (f->names.empty()) {
      if (first_unnamed == nullptr) first_unnamed = f;
    } else {
      any_named = true;
    }
    out.list.push_back(f);
  }
  if (check_mixed && any_named && first_unnamed != nullptr) {
    error(first_unnamed->pos, "syntax error: mixed named and unnamed parameters");
  }
}

void Converter::results(TSNode result, FieldList& out) {
  if (ts_node_is_null(result)) return;
  if (cst_.kind(result) == K::ParameterList) {
    params(result, out, true);
    return;
  }
  Field* f = file_.make_field(pos(result));
  f->type = expr(result);
  out.list.push_back(f);
}

void Converter::type_params(TSNode list, FieldList& out) {
  for (TSNode p : cst_.named(list)) {
    if (cst_.kind(p) != K::TypeParameterDeclaration) continue;
    Field* f = file_.make_field(pos(p));
    for (TSNode name : cst_.fields(p, F::Name)) f->names.push_back(ident(name));
    f->type = expr(cst_.field(p, F::Type));
    out.list.push_back(f);
  }
}

}  // namespace go2cpp::syntax::detail
