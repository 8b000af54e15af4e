// Syntax phase: every statement kind.
#include <catch2/catch.hpp>

#include "syntax_helpers.h"

using namespace syntax_test;

TEST_CASE("syntax: simple statements") {
  auto p = parse_body(
      "f()\n"
      "ch <- 1\n"
      "i++\n"
      "j--\n"
      "a, b = b, a\n"
      "x := 1\n"
      "y, z := 2, 3\n"
      "k += 2\n"
      "k &^= 1\n"
      "k <<= 3\n"
      ";");
  REQUIRE(p->errors().empty());
  const auto& body = body_of(*p);
  REQUIRE(body.size() == 11);
  CHECK(body[0]->is<ExprStmt>());
  CHECK(body[1]->is<SendStmt>());
  CHECK(body[2]->as<IncDecStmt>()->inc);
  CHECK_FALSE(body[3]->as<IncDecStmt>()->inc);
  auto* swap = body[4]->as<AssignStmt>();
  REQUIRE(swap != nullptr);
  CHECK_FALSE(swap->define);
  CHECK(swap->op == Op::None);
  CHECK(swap->lhs.size() == 2);
  CHECK(body[5]->as<AssignStmt>()->define);
  CHECK(body[6]->as<AssignStmt>()->rhs.size() == 2);
  CHECK(body[7]->as<AssignStmt>()->op == Op::Add);
  CHECK(body[8]->as<AssignStmt>()->op == Op::AndNot);
  CHECK(body[9]->as<AssignStmt>()->op == Op::Shl);
  CHECK(body[10]->is<EmptyStmt>());
  CHECK(body[1]->pos.line == 5);
  CHECK(body[1]->pos.col == 1);
}

TEST_CASE("syntax: declarations inside functions") {
  auto p = parse_body("var x int\nconst c = 1\ntype T struct{}");
  REQUIRE(p->errors().empty());
  const auto& body = body_of(*p);
  REQUIRE(body.size() == 3);
  auto* d = body[0]->as<DeclStmt>();
  REQUIRE(d != nullptr);
  CHECK(d->decl->tok == DeclKind::Var);
  CHECK(body[1]->as<DeclStmt>()->decl->tok == DeclKind::Const);
  CHECK(body[2]->as<DeclStmt>()->decl->tok == DeclKind::Type);
}

TEST_CASE("syntax: go, defer, return, branches and labels") {
  auto p = parse_body(
      "go f(1)\n"
      "defer func() {}()\n"
      "outer:\n"
      "for {\n"
      "\tbreak outer\n"
      "\tcontinue\n"
      "}\n"
      "goto outer\n"
      "return 1, 2\n"
      "end:");
  REQUIRE(p->errors().empty());
  const auto& body = body_of(*p);
  REQUIRE(body.size() == 6);
  CHECK(body[0]->as<GoStmt>()->call->is<CallExpr>());
  CHECK(body[1]->as<DeferStmt>()->call->is<CallExpr>());
  auto* l = body[2]->as<LabeledStmt>();
  REQUIRE(l != nullptr);
  CHECK(l->label->name == "outer");
  auto* loop = l->stmt->as<ForStmt>();
  REQUIRE(loop != nullptr);
  auto* brk = loop->body->list.at(0)->as<BranchStmt>();
  REQUIRE(brk != nullptr);
  CHECK(brk->tok == BranchKind::Break);
  CHECK(brk->label->name == "outer");
  auto* cont = loop->body->list.at(1)->as<BranchStmt>();
  CHECK(cont->tok == BranchKind::Continue);
  CHECK(cont->label == nullptr);
  CHECK(body[3]->as<BranchStmt>()->tok == BranchKind::Goto);
  CHECK(body[4]->as<ReturnStmt>()->results.size() == 2);
  auto* end = body[5]->as<LabeledStmt>();
  REQUIRE(end != nullptr);
  CHECK(end->stmt->is<EmptyStmt>());
}

TEST_CASE("syntax: if, else if, else, with init") {
  auto p = parse_body("if x := f(); x > 0 {\n} else if y {\n} else {\n}");
  REQUIRE(p->errors().empty());
  auto* s = body_of(*p).at(0)->as<IfStmt>();
  REQUIRE(s != nullptr);
  CHECK(s->init->is<AssignStmt>());
  CHECK(s->cond->is<BinaryExpr>());
  CHECK(s->body->rbrace.line == 5);
  auto* elif = s->else_->as<IfStmt>();
  REQUIRE(elif != nullptr);
  CHECK(elif->init == nullptr);
  CHECK(elif->else_->is<BlockStmt>());
}

TEST_CASE("syntax: the four for loops and range forms") {
  auto p = parse_body(
      "for {}\n"
      "for x < 3 {}\n"
      "for i := 0; i < n; i++ {}\n"
      "for ; ; {}\n"
      "for k, v := range m {}\n"
      "for k = range m {}\n"
      "for range ch {}");
  REQUIRE(p->errors().empty());
  const auto& body = body_of(*p);
  REQUIRE(body.size() == 7);
  auto* inf = body[0]->as<ForStmt>();
  REQUIRE(inf != nullptr);
  CHECK(inf->init == nullptr);
  CHECK(inf->cond == nullptr);
  CHECK(inf->post == nullptr);
  auto* cond = body[1]->as<ForStmt>();
  CHECK(cond->cond != nullptr);
  CHECK(cond->init == nullptr);
  auto* three = body[2]->as<ForStmt>();
  CHECK(three->init->is<AssignStmt>());
  CHECK(three->cond->is<BinaryExpr>());
  CHECK(three->post->is<IncDecStmt>());
  auto* empty = body[3]->as<ForStmt>();
  REQUIRE(empty != nullptr);
  CHECK(empty->cond == nullptr);
  auto* kv = body[4]->as<RangeStmt>();
  REQUIRE(kv != nullptr);
  CHECK(kv->define);
  CHECK(kv->key->as<Ident>()->name == "k");
  CHECK(kv->value->as<Ident>()->name == "v");
  CHECK(kv->x->as<Ident>()->name == "m");
  auto* assign = body[5]->as<RangeStmt>();
  REQUIRE(assign != nullptr);
  CHECK_FALSE(assign->define);
  CHECK(assign->value == nullptr);
  auto* bare = body[6]->as<RangeStmt>();
  REQUIRE(bare != nullptr);
  CHECK(bare->key == nullptr);
  CHECK(bare->value == nullptr);
  CHECK(bare->x->as<Ident>()->name == "ch");
  CHECK(bare->body != nullptr);
}

TEST_CASE("syntax: expression switches") {
  auto p = parse_body(
      "switch x := f(); x {\n"
      "case 1, 2:\n"
      "\tg()\n"
      "\tfallthrough\n"
      "default:\n"
      "case 3:\n"
      "}\n"
      "switch {\n"
      "case a > b:\n"
      "}");
  REQUIRE(p->errors().empty());
  auto* s = body_of(*p).at(0)->as<SwitchStmt>();
  REQUIRE(s != nullptr);
  CHECK(s->init != nullptr);
  CHECK(s->tag->as<Ident>()->name == "x");
  REQUIRE(s->clauses.size() == 3);
  CHECK(s->clauses[0]->list.size() == 2);
  CHECK(s->clauses[0]->body.size() == 2);
  CHECK(s->clauses[0]->body[1]->as<BranchStmt>()->tok == BranchKind::Fallthrough);
  CHECK(s->clauses[1]->is_default);
  CHECK(s->clauses[1]->list.empty());
  CHECK(s->clauses[2]->pos.line == 9);
  auto* tagless = body_of(*p).at(1)->as<SwitchStmt>();
  REQUIRE(tagless != nullptr);
  CHECK(tagless->tag == nullptr);
  CHECK(tagless->init == nullptr);
}

TEST_CASE("syntax: type switches, with and without a binding") {
  auto p = parse_body(
      "switch v := x.(type) {\n"
      "case int, *T:\n"
      "\t_ = v\n"
      "case nil:\n"
      "default:\n"
      "}\n"
      "switch y := 1; x.(type) {\n"
      "}");
  REQUIRE(p->errors().empty());
  auto* s = body_of(*p).at(0)->as<TypeSwitchStmt>();
  REQUIRE(s != nullptr);
  REQUIRE(s->bind != nullptr);
  CHECK(s->bind->name == "v");
  REQUIRE(s->guard != nullptr);
  CHECK(s->guard->type == nullptr);
  CHECK(s->guard->x->as<Ident>()->name == "x");
  REQUIRE(s->clauses.size() == 3);
  CHECK(s->clauses[0]->list.size() == 2);
  CHECK(s->clauses[0]->list[1]->is<StarExpr>());
  CHECK(s->clauses[1]->list.at(0)->as<Ident>()->name == "nil");
  CHECK(s->clauses[2]->is_default);
  auto* t = body_of(*p).at(1)->as<TypeSwitchStmt>();
  REQUIRE(t != nullptr);
  CHECK(t->bind == nullptr);
  CHECK(t->init != nullptr);
}

TEST_CASE("syntax: select with every kind of communication") {
  auto p = parse_body(
      "select {\n"
      "case v := <-a:\n"
      "\t_ = v\n"
      "case v, ok = <-b:\n"
      "case <-c:\n"
      "case d <- 1:\n"
      "default:\n"
      "}");
  REQUIRE(p->errors().empty());
  auto* s = body_of(*p).at(0)->as<SelectStmt>();
  REQUIRE(s != nullptr);
  REQUIRE(s->clauses.size() == 5);
  auto* recv = s->clauses[0]->comm->as<AssignStmt>();
  REQUIRE(recv != nullptr);
  CHECK(recv->define);
  CHECK(recv->rhs.at(0)->as<UnaryExpr>()->op == Op::Arrow);
  CHECK(s->clauses[0]->body.size() == 1);
  auto* recv2 = s->clauses[1]->comm->as<AssignStmt>();
  REQUIRE(recv2 != nullptr);
  CHECK_FALSE(recv2->define);
  CHECK(recv2->lhs.size() == 2);
  auto* bare = s->clauses[2]->comm->as<ExprStmt>();
  REQUIRE(bare != nullptr);
  CHECK(bare->x->as<UnaryExpr>()->op == Op::Arrow);
  CHECK(s->clauses[3]->comm->is<SendStmt>());
  CHECK(s->clauses[4]->comm == nullptr);
}

TEST_CASE("syntax: nested blocks") {
  auto p = parse_body("{\n\t{\n\t}\n}");
  REQUIRE(p->errors().empty());
  auto* b = body_of(*p).at(0)->as<BlockStmt>();
  REQUIRE(b != nullptr);
  REQUIRE(b->list.size() == 1);
  CHECK(b->list[0]->is<BlockStmt>());
  CHECK(b->rbrace.line == 7);
}
