// Expressions: tree-sitter-go's expression nodes → AST Expr nodes, shaped as go/ast shapes them.
//
// Conversions `T(x)` (type_conversion_expression) become CallExpr with the type as `fun`, generic
// instantiations `f[int]` (type_instantiation_expression, call_expression's type_arguments) become
// IndexExpr, unary `*x` becomes StarExpr, and `nil`, `true`, `false`, `iota` are plain identifiers
// (they are predeclared names, not keywords). Literals keep their text exactly as written.
// Type nodes reached from expression position (new([]int), make(map[K]V)) go to convert_type.cpp.
#include "syntax/converter.h"
#include "syntax/syntax_errors.h"

namespace go2cpp::syntax::detail {

DepthGuard::DepthGuard(Converter& c, Pos pos) : c_(c), ok_(++c.depth_ <= kMaxNesting) {
  if (!ok_) c.too_deep(pos);
}

void Converter::too_deep(Pos pos) {
  if (nesting_reported_) return;
  nesting_reported_ = true;
  // Valid Go (gc has no such limit), so it is a go2cpp limitation, worded as one.
  error(pos, "go2cpp does not support nesting deeper than " + std::to_string(kMaxNesting) +
                 " levels yet");
}

void Converter::error(Pos pos, std::string message) {
  if (errors_ >= kMaxSyntaxErrors) return;
  ++errors_;
  diags_.error(pos, std::move(message));
}

bool Converter::broken(TSNode n) const {
  return ts_node_is_null(n) || cst_.kind(n) == K::Error || ts_node_is_missing(n);
}

Expr* Converter::expr(TSNode n) {
  if (broken(n)) return file_.make<BadExpr>(ts_node_is_null(n) ? Pos{} : pos(n));
  DepthGuard guard(*this, pos(n));
  if (!guard.ok()) return file_.make<BadExpr>(pos(n));
  return expr_node(n);
}

std::vector<Expr*> Converter::expr_list(TSNode list) {
  std::vector<Expr*> out;
  if (ts_node_is_null(list)) return out;
  if (cst_.kind(list) != K::ExpressionList) {
    out.push_back(expr(list));
    return out;
  }
  for (TSNode e : cst_.named(list)) out.push_back(expr(e));
  return out;
}

Ident* Converter::ident(TSNode n) {
  auto* id = file_.make<Ident>(ts_node_is_null(n) ? Pos{} : pos(n));
  if (!ts_node_is_null(n)) id->name = std::string(cst_.text(n));
  if (id->name.empty()) id->name = "_";  // a MISSING identifier: keep later phases quiet
  if (is_keyword(id->name)) {
    // The grammar's word rule lets keywords through as names: `var func int`, and `}` newline
    // `else {}` (a composite literal of type "else"), where gc's statement list has ended.
    bool ends_list = id->name == "else" || id->name == "case" || id->name == "default";
    error(id->pos, "syntax error: unexpected " + id->name +
                       (ends_list ? ", expecting }" : ", expecting name"));
  }
  return id;
}

BasicLit* Converter::basic_lit(TSNode n, LitKind kind) {
  auto* lit = file_.make<BasicLit>(pos(n));
  lit->lit = kind;
  lit->text = std::string(cst_.text(n));
  return lit;
}

Expr* Converter::expr_node(TSNode n) {
  switch (cst_.kind(n)) {
    case K::Identifier:
    case K::FieldIdentifier:
    case K::TypeIdentifier:
    case K::PackageIdentifier:
    case K::LabelName:
    case K::BlankIdentifier:
    case K::Nil:
    case K::True:
    case K::False:
    case K::Iota:
    case K::Dot:
      return ident(n);
    case K::IntLiteral:
      return basic_lit(n, LitKind::Int);
    case K::FloatLiteral:
      return basic_lit(n, LitKind::Float);
    case K::ImaginaryLiteral:
      return basic_lit(n, LitKind::Imag);
    case K::RuneLiteral:
      return basic_lit(n, LitKind::Rune);
    case K::InterpretedStringLiteral:
    case K::RawStringLiteral:
      return basic_lit(n, LitKind::String);
    case K::ParenthesizedExpression: {
      auto* p = file_.make<ParenExpr>(pos(n));
      auto kids = cst_.named(n);
      p->x = expr(kids.empty() ? TSNode{} : kids.front());
      return p;
    }
    case K::UnaryExpression:
      return unary(n);
    case K::BinaryExpression:
      return binary(n);
    case K::SelectorExpression: {
      auto* s = file_.make<SelectorExpr>(pos(n));
      s->x = expr(cst_.field(n, F::Operand));
      s->sel = ident(cst_.field(n, F::Field));
      return s;
    }
    case K::IndexExpression: {
      auto* ix = file_.make<IndexExpr>(pos(n));
      ix->x = expr(cst_.field(n, F::Operand));
      ix->indices.push_back(expr(cst_.field(n, F::Index)));
      return ix;
    }
    case K::SliceExpression:
      return slice(n);
    case K::CallExpression:
      return call(n);
    case K::TypeAssertionExpression: {
      auto* ta = file_.make<TypeAssertExpr>(pos(n));
      ta->x = expr(cst_.field(n, F::Operand));
      TSNode type = cst_.field(n, F::Type);
      if (cst_.is(type, K::TypeIdentifier) && cst_.text(type) == "type") {
        // x.(type) is only valid as a type switch guard, which the grammar handles apart.
        error(ta->x->pos, "invalid AST: use of .(type) outside type switch");
      } else {
        ta->type = expr(type);
      }
      return ta;
    }
    case K::TypeConversionExpression: {
      auto* c = file_.make<CallExpr>(pos(n));
      c->fun = expr(cst_.field(n, F::Type));
      c->args.push_back(expr(cst_.field(n, F::Operand)));
      TSNode rparen = cst_.token(n, ")");
      c->rparen = ts_node_is_null(rparen) ? cst_.end(n) : pos(rparen);
      if (StarExpr* star = c->fun->as<StarExpr>()) {
        // Go reads `*T(x)` as `*(T(x))` (the spec's conversions: a type starting with * must be
        // parenthesized); tree-sitter takes `*(*[]uintptr)(p)` as a conversion to **[]uintptr.
        c->fun = star->x;
        c->pos = star->x->pos;
        star->x = c;
        return star;
      }
      return c;
    }
    case K::TypeInstantiationExpression: {
      auto* ix = file_.make<IndexExpr>(pos(n));
      for (const Child& c : cst_.children(n)) {
        if (!ts_node_is_named(c.node)) continue;
        if (c.field == F::Type && ix->x == nullptr) {
          ix->x = expr(c.node);
        } else {
          ix->indices.push_back(expr(c.node));
        }
      }
      if (ix->x == nullptr) ix->x = file_.make<BadExpr>(pos(n));
      return ix;
    }
    case K::CompositeLiteral:
      return composite_lit(n);
    case K::LiteralValue:
      return literal_value(n, nullptr, pos(n));
    case K::LiteralElement:
      return literal_element(n);
    case K::FuncLiteral:
      return func_lit(n);
    default:
      return type_node(n);
  }
}

Expr* Converter::unary(TSNode n) {
  TSNode op = cst_.field(n, F::Operator);
  std::string_view spelling = ts_node_is_null(op) ? "" : cst_.text(op);
  TSNode operand = cst_.field(n, F::Operand);
  if (spelling == "*") {
    auto* s = file_.make<StarExpr>(pos(n));
    s->x = expr(operand);
    return s;
  }
  auto* u = file_.make<UnaryExpr>(pos(n));
  u->op = op_from_text(spelling);
  u->x = expr(operand);
  return u;
}

// A chain a + b + c + ... nests to the left in the CST. The left spine is walked with a loop
// (only right operands recurse), but every BinaryExpr still counts as a level of nesting: the AST
// is as deep as the chain, and later phases walk it recursively.
Expr* Converter::binary(TSNode n) {
  std::vector<TSNode> spine;
  TSNode cur = n;
  while (!ts_node_is_null(cur) && !ts_node_is_missing(cur) &&
         cst_.kind(cur) == K::BinaryExpression) {
    spine.push_back(cur);
    if (depth_ + static_cast<int>(spine.size()) > kMaxNesting) {
      too_deep(pos(cur));
      return file_.make<BadExpr>(pos(n));
    }
    cur = cst_.field(cur, F::Left);
  }
  Expr* x = expr(cur);
  for (auto it = spine.rbegin(); it != spine.rend(); ++it) {
    auto* b = file_.make<BinaryExpr>(pos(*it));
    TSNode op = cst_.field(*it, F::Operator);
    b->op = ts_node_is_null(op) ? Op::None : op_from_text(cst_.text(op));
    b->op_pos = ts_node_is_null(op) ? b->pos : pos(op);
    b->x = x;
    b->y = expr(cst_.field(*it, F::Right));
    x = b;
  }
  return x;
}

Expr* Converter::call(TSNode n) {
  auto* c = file_.make<CallExpr>(pos(n));
  Expr* fun = expr(cst_.field(n, F::Function));
  TSNode targs = cst_.field(n, F::TypeArguments);
  if (!ts_node_is_null(targs)) {
    auto* ix = file_.make<IndexExpr>(fun->pos);
    ix->x = fun;
    for (TSNode t : cst_.named(targs)) ix->indices.push_back(type_elem(t));
    fun = ix;
  }
  c->fun = fun;
  TSNode args = cst_.field(n, F::Arguments);
  c->rparen = cst_.end(n);
  auto arg_kids = cst_.children(args);
  check_list_end(arg_kids, "argument list", ")");
  for (const Child& k : arg_kids) {
    if (!ts_node_is_named(k.node)) {
      if (cst_.text(k.node) == ")") c->rparen = pos(k.node);
      if (cst_.text(k.node) == "(" && !c->lparen.valid()) c->lparen = pos(k.node);
      continue;
    }
    if (cst_.kind(k.node) == K::VariadicArgument) {
      auto inner = cst_.named(k.node);
      c->args.push_back(expr(inner.empty() ? TSNode{} : inner.front()));
      c->has_ellipsis = true;
    } else {
      c->args.push_back(expr(k.node));
    }
  }
  return c;
}

Expr* Converter::slice(TSNode n) {
  auto* s = file_.make<SliceExpr>(pos(n));
  s->x = expr(cst_.field(n, F::Operand));
  TSNode lo = cst_.field(n, F::Start), hi = cst_.field(n, F::End), max = cst_.field(n, F::Capacity);
  if (!ts_node_is_null(lo)) s->low = expr(lo);
  if (!ts_node_is_null(hi)) s->high = expr(hi);
  if (!ts_node_is_null(max)) s->max = expr(max);
  int colons = 0;
  for (const Child& c : cst_.children(n)) {
    if (!ts_node_is_named(c.node) && cst_.text(c.node) == ":") ++colons;
  }
  s->slice3 = colons == 2 || s->max != nullptr;
  return s;
}

Expr* Converter::composite_lit(TSNode n) {
  Expr* type = expr(cst_.field(n, F::Type));
  TSNode body = cst_.field(n, F::Body);
  if (ts_node_is_null(body)) {
    auto* lit = file_.make<CompositeLit>(pos(n));
    lit->type = type;
    lit->rbrace = cst_.end(n);
    return lit;
  }
  return literal_value(body, type, pos(n));
}

CompositeLit* Converter::literal_value(TSNode n, Expr* type, Pos at) {
  auto* lit = file_.make<CompositeLit>(at);
  lit->type = type;
  lit->rbrace = cst_.end(n);
  auto kids = cst_.children(n);
  check_list_end(kids, "composite literal", "}");
  for (const Child& c : kids) {
    if (!ts_node_is_named(c.node)) {
      if (cst_.text(c.node) == "}") lit->rbrace = pos(c.node);
      continue;
    }
    if (cst_.kind(c.node) == K::KeyedElement) {
      auto* kv = file_.make<KeyValueExpr>(pos(c.node));
      kv->key = expr(cst_.field(c.node, F::Key));
      kv->value = expr(cst_.field(c.node, F::Value));
      lit->elts.push_back(kv);
    } else {
      lit->elts.push_back(expr(c.node));
    }
  }
  return lit;
}

void Converter::check_list_end(const std::vector<Child>& kids, std::string_view what,
                               std::string_view close) {
  if (kids.size() < 2) return;
  const Child& last = kids.back();
  const Child& before = kids[kids.size() - 2];
  if (ts_node_is_named(last.node) || ts_node_is_missing(last.node) ||
      cst_.text(last.node) != close || !ts_node_is_named(before.node) || broken(before.node)) {
    return;
  }
  Pos end = cst_.end(before.node);
  if (pos(last.node).line > end.line) {
    error(end, "syntax error: unexpected newline in " + std::string(what) +
                   "; possibly missing comma or " + std::string(close));
  }
}

// literal_element wraps either an expression or a nested literal_value with an elided type.
Expr* Converter::literal_element(TSNode n) {
  auto kids = cst_.named(n);
  return expr(kids.empty() ? TSNode{} : kids.front());
}

Expr* Converter::func_lit(TSNode n) {
  auto* f = file_.make<FuncLit>(pos(n));
  f->type = signature(n, pos(n));
  f->body = block(cst_.field(n, F::Body));
  return f;
}

}  // namespace go2cpp::syntax::detail
