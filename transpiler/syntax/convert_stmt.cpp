// Statements: tree-sitter-go's statement nodes → AST Stmt nodes.
//
// The grammar is looser than Go in a few places, and those checks live here with gc's wording:
// `a.b := 1` ("non-name a.b on left side of :="), `a, b += 1, 2`, `defer (f())` and `defer 1`,
// `for ;; x := 1 {}` ("cannot declare in post statement of for loop"), more than two range
// variables, and a type switch binding that is not one identifier. A statement list is every
// named child without a field (the grammar gives case values and types a field, never the body).
#include "syntax/converter.h"

namespace go2cpp::syntax::detail {

Stmt* Converter::stmt(TSNode n) {
  if (broken(n)) return file_.make<BadStmt>(ts_node_is_null(n) ? Pos{} : pos(n));
  DepthGuard guard(*this, pos(n));
  if (!guard.ok()) return file_.make<BadStmt>(pos(n));
  return stmt_node(n);
}

BlockStmt* Converter::block(TSNode n) {
  auto* b = file_.make<BlockStmt>(ts_node_is_null(n) ? Pos{} : pos(n));
  if (broken(n)) {
    b->rbrace = b->pos;
    return b;
  }
  DepthGuard guard(*this, pos(n));
  if (!guard.ok()) return b;
  auto kids = cst_.children(n);
  b->list = stmt_list(kids, 0);
  b->rbrace = cst_.end(n);
  for (const Child& c : kids) {
    if (!ts_node_is_named(c.node) && cst_.text(c.node) == "}") b->rbrace = pos(c.node);
  }
  return b;
}

std::vector<Stmt*> Converter::stmt_list(const std::vector<Child>& kids, size_t from) {
  std::vector<Stmt*> out;
  for (size_t i = from; i < kids.size(); ++i) {
    if (kids[i].field != F::None || !ts_node_is_named(kids[i].node)) continue;
    out.push_back(stmt(kids[i].node));
  }
  return out;
}

Stmt* Converter::stmt_node(TSNode n) {
  auto first_named = [&](TSNode p) {
    auto kids = cst_.named(p);
    return kids.empty() ? TSNode{} : kids.front();
  };
  switch (cst_.kind(n)) {
    case K::ExpressionStatement: {
      auto* s = file_.make<ExprStmt>(pos(n));
      s->x = expr(first_named(n));
      return s;
    }
    case K::SendStatement: {
      auto* s = file_.make<SendStmt>(pos(n));
      s->chan = expr(cst_.field(n, F::Channel));
      s->value = expr(cst_.field(n, F::Value));
      return s;
    }
    case K::IncStatement:
    case K::DecStatement: {
      auto* s = file_.make<IncDecStmt>(pos(n));
      s->x = expr(first_named(n));
      s->inc = cst_.kind(n) == K::IncStatement;
      return s;
    }
    case K::AssignmentStatement:
      return assign(n);
    case K::ShortVarDeclaration:
      return short_var_decl(n);
    case K::LabeledStatement: {
      auto* s = file_.make<LabeledStmt>(pos(n));
      for (const Child& c : cst_.children(n)) {
        if (!ts_node_is_named(c.node)) continue;
        if (c.field == F::Label) {
          s->label = ident(c.node);
        } else if (s->stmt == nullptr) {
          s->stmt = stmt(c.node);
        }
      }
      if (s->label == nullptr) s->label = ident(TSNode{});
      if (s->stmt == nullptr) s->stmt = file_.make<EmptyStmt>(cst_.end(n));
      return s;
    }
    case K::FallthroughStatement:
      return branch(n, BranchKind::Fallthrough);
    case K::BreakStatement:
      return branch(n, BranchKind::Break);
    case K::ContinueStatement:
      return branch(n, BranchKind::Continue);
    case K::GotoStatement:
      return branch(n, BranchKind::Goto);
    case K::ReturnStatement: {
      auto* s = file_.make<ReturnStmt>(pos(n));
      TSNode list = first_named(n);
      if (!ts_node_is_null(list)) s->results = expr_list(list);
      return s;
    }
    case K::GoStatement:
      return call_stmt(n, true);
    case K::DeferStatement:
      return call_stmt(n, false);
    case K::Block:
      return block(n);
    case K::EmptyStatement:
      return file_.make<EmptyStmt>(pos(n));
    case K::ConstDeclaration:
    case K::VarDeclaration:
    case K::TypeDeclaration: {
      auto* s = file_.make<DeclStmt>(pos(n));
      s->decl = gen_decl(n);
      return s;
    }
    case K::IfStatement:
      return if_stmt(n);
    case K::ForStatement:
      return for_stmt(n);
    case K::ExpressionSwitchStatement:
      return expr_switch(n);
    case K::TypeSwitchStatement:
      return type_switch(n);
    case K::SelectStatement:
      return select(n);
    default:
      return file_.make<BadStmt>(pos(n));
  }
}

Stmt* Converter::assign(TSNode n) {
  auto* s = file_.make<AssignStmt>(pos(n));
  s->lhs = expr_list(cst_.field(n, F::Left));
  s->rhs = expr_list(cst_.field(n, F::Right));
  TSNode op = cst_.field(n, F::Operator);
  std::string_view spelling = ts_node_is_null(op) ? "=" : cst_.text(op);
  if (spelling.size() > 1 && spelling.back() == '=') {
    s->op = op_from_text(spelling.substr(0, spelling.size() - 1));
    if (s->lhs.size() > 1) {
      error(pos(op), "syntax error: unexpected " + std::string(spelling) +
                         ", expecting := or = or comma");
    } else if (s->rhs.size() > 1) {
      TSNode right = cst_.field(n, F::Right);
      TSNode comma = cst_.token(right, ",");
      error(ts_node_is_null(comma) ? pos(right) : pos(comma),
            "syntax error: unexpected comma at end of statement");
    }
  }
  return s;
}

Stmt* Converter::short_var_decl(TSNode n) {
  auto* s = file_.make<AssignStmt>(pos(n));
  s->define = true;
  TSNode left = cst_.field(n, F::Left);
  s->lhs = expr_list(left);
  s->rhs = expr_list(cst_.field(n, F::Right));
  for (TSNode e : cst_.named(left)) {
    // tree-sitter-go has nodes of their own for the predeclared true, false, nil and iota, but
    // they are ordinary identifiers that a := may redeclare (`true := false` is valid Go).
    K k = cst_.kind(e);
    if (k == K::Identifier || k == K::True || k == K::False || k == K::Nil || k == K::Iota ||
        broken(e)) {
      continue;
    }
    error(pos(e), "non-name " + std::string(cst_.text(e)) + " on left side of :=");
  }
  return s;
}

Stmt* Converter::call_stmt(TSNode n, bool is_go) {
  std::string tok = is_go ? "go" : "defer";
  auto kids = cst_.named(n);
  TSNode x = kids.empty() ? TSNode{} : kids.front();
  if (!broken(x) && cst_.kind(x) == K::ParenthesizedExpression) {
    error(pos(x), "expression in " + tok + " must not be parenthesized");
    while (!broken(x) && cst_.kind(x) == K::ParenthesizedExpression) {
      auto inner = cst_.named(x);
      x = inner.empty() ? TSNode{} : inner.front();
    }
  }
  Expr* call = expr(x);
  if (!call->is<CallExpr>() && !call->is<BadExpr>()) {
    error(call->pos, "expression in " + tok + " must be function call");
  }
  if (is_go) {
    auto* s = file_.make<GoStmt>(pos(n));
    s->call = call;
    return s;
  }
  auto* s = file_.make<DeferStmt>(pos(n));
  s->call = call;
  return s;
}

Stmt* Converter::branch(TSNode n, BranchKind kind) {
  auto* s = file_.make<BranchStmt>(pos(n));
  s->tok = kind;
  for (TSNode k : cst_.named(n)) {
    if (cst_.kind(k) == K::LabelName) s->label = ident(k);
  }
  return s;
}

Stmt* Converter::if_stmt(TSNode n) {
  auto* s = file_.make<IfStmt>(pos(n));
  TSNode init = cst_.field(n, F::Initializer);
  if (!ts_node_is_null(init)) s->init = stmt(init);
  s->cond = expr(cst_.field(n, F::Condition));
  s->body = block(cst_.field(n, F::Consequence));
  TSNode alt = cst_.field(n, F::Alternative);
  if (!ts_node_is_null(alt)) {
    TSNode else_tok = cst_.token(n, "else");
    if (!ts_node_is_null(else_tok) && pos(else_tok).line > s->body->rbrace.line) {
      // gc ends the if statement at the newline after `}`.
      error(pos(else_tok), "syntax error: unexpected else, expecting }");
    }
    s->else_ = stmt(alt);
  }
  return s;
}

Stmt* Converter::for_stmt(TSNode n) {
  TSNode header{}, body{};
  for (const Child& c : cst_.children(n)) {
    if (!ts_node_is_named(c.node)) continue;
    if (c.field == F::Body) {
      body = c.node;
    } else if (ts_node_is_null(header)) {
      header = c.node;
    }
  }
  if (!ts_node_is_null(header) && cst_.kind(header) == K::RangeClause) {
    return range(header, body, pos(n));
  }
  auto* s = file_.make<ForStmt>(pos(n));
  if (!ts_node_is_null(header) && cst_.kind(header) == K::ForClause) {
    TSNode init = cst_.field(header, F::Initializer);
    TSNode cond = cst_.field(header, F::Condition);
    TSNode post = cst_.field(header, F::Update);
    if (!ts_node_is_null(init)) s->init = stmt(init);
    if (!ts_node_is_null(cond)) s->cond = expr(cond);
    if (!ts_node_is_null(post)) {
      if (cst_.kind(post) == K::ShortVarDeclaration) {
        TSNode define = cst_.token(post, ":=");
        error(ts_node_is_null(define) ? pos(post) : pos(define),
              "syntax error: cannot declare in post statement of for loop");
      }
      s->post = stmt(post);
    }
  } else if (!ts_node_is_null(header)) {
    s->cond = expr(header);
  }
  s->body = block(body);
  return s;
}

Stmt* Converter::range(TSNode clause, TSNode body, Pos at) {
  auto* s = file_.make<RangeStmt>(at);
  TSNode left = cst_.field(clause, F::Left);
  std::vector<Expr*> vars = expr_list(left);
  if (vars.size() > 2) {
    error(vars[2]->pos, "range clause permits at most two iteration variables");
  }
  if (!vars.empty()) s->key = vars[0];
  if (vars.size() > 1) s->value = vars[1];
  s->define = !ts_node_is_null(cst_.token(clause, ":="));
  s->x = expr(cst_.field(clause, F::Right));
  s->body = block(body);
  return s;
}

CaseClause* Converter::case_clause(TSNode n) {
  auto* c = file_.make<CaseClause>(pos(n));
  auto kids = cst_.children(n);
  switch (cst_.kind(n)) {
    case K::ExpressionCase:
      c->list = expr_list(cst_.field(n, F::Value));
      break;
    case K::TypeCase:
      for (TSNode t : cst_.fields(n, F::Type)) c->list.push_back(expr(t));
      break;
    default:
      c->is_default = true;
      break;
  }
  c->body = stmt_list(kids, 0);
  return c;
}

Stmt* Converter::expr_switch(TSNode n) {
  auto* s = file_.make<SwitchStmt>(pos(n));
  TSNode init = cst_.field(n, F::Initializer);
  if (!ts_node_is_null(init)) s->init = stmt(init);
  TSNode tag = cst_.field(n, F::Value);
  if (!ts_node_is_null(tag)) s->tag = expr(tag);
  for (TSNode c : cst_.named(n)) {
    K k = cst_.kind(c);
    if (k == K::ExpressionCase || k == K::DefaultCase) s->clauses.push_back(case_clause(c));
  }
  return s;
}

Stmt* Converter::type_switch(TSNode n) {
  auto* s = file_.make<TypeSwitchStmt>(pos(n));
  TSNode init = cst_.field(n, F::Initializer);
  if (!ts_node_is_null(init)) s->init = stmt(init);
  TSNode alias = cst_.field(n, F::Alias);
  if (!ts_node_is_null(alias)) {
    auto names = cst_.named(alias);
    if (names.size() == 1 && cst_.kind(names[0]) == K::Identifier) {
      s->bind = ident(names[0]);
    } else if (!names.empty()) {
      TSNode define = cst_.token(n, ":=");
      TSNode value = cst_.field(n, F::Value);
      if (names.size() > 1) {
        error(ts_node_is_null(define) ? pos(alias) : pos(define),
              "syntax error: cannot use " + std::string(cst_.text(alias)) + " := " +
                  std::string(ts_node_is_null(value) ? "" : cst_.text(value)) +
                  ".(type) as value");
      } else {
        error(pos(names[0]),
              "invalid variable name " + std::string(cst_.text(names[0])) + " in type switch");
      }
    }
  }
  TSNode value = cst_.field(n, F::Value);
  auto* guard = file_.make<TypeAssertExpr>(ts_node_is_null(value) ? pos(n) : pos(value));
  guard->x = expr(value);
  s->guard = guard;
  for (TSNode c : cst_.named(n)) {
    K k = cst_.kind(c);
    if (k == K::TypeCase || k == K::DefaultCase) s->clauses.push_back(case_clause(c));
  }
  return s;
}

Stmt* Converter::select(TSNode n) {
  auto* s = file_.make<SelectStmt>(pos(n));
  for (TSNode c : cst_.named(n)) {
    K k = cst_.kind(c);
    if (k != K::CommunicationCase && k != K::DefaultCase) continue;
    auto* cc = file_.make<CommClause>(pos(c));
    if (k == K::CommunicationCase) {
      TSNode comm = cst_.field(c, F::Communication);
      if (cst_.is(comm, K::ReceiveStatement)) {
        TSNode left = cst_.field(comm, F::Left);
        Expr* rhs = expr(cst_.field(comm, F::Right));
        if (ts_node_is_null(left)) {
          auto* es = file_.make<ExprStmt>(pos(comm));
          es->x = rhs;
          cc->comm = es;
        } else {
          auto* as = file_.make<AssignStmt>(pos(comm));
          as->lhs = expr_list(left);
          as->rhs.push_back(rhs);
          as->define = !ts_node_is_null(cst_.token(comm, ":="));
          cc->comm = as;
        }
      } else {
        cc->comm = stmt(comm);
      }
    }
    cc->body = stmt_list(cst_.children(c), 0);
    s->clauses.push_back(cc);
  }
  return s;
}

}  // namespace go2cpp::syntax::detail
