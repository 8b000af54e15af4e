// Syntax phase: every expression and type form, checked through the dump and on the nodes.
#include <catch2/catch.hpp>

#include "syntax_helpers.h"

using namespace syntax_test;

namespace {

// The right-hand side of `_ = <expr>` written on line 4 of a function body, column 5.
const Expr* rhs(const Parsed& p) {
  const auto& body = body_of(p);
  REQUIRE(body.size() == 1);
  auto* a = body[0]->as<AssignStmt>();
  REQUIRE(a != nullptr);
  REQUIRE(a->rhs.size() == 1);
  return a->rhs[0];
}

}  // namespace

TEST_CASE("syntax: literals keep their text as written") {
  auto p = parse_body("_ = []any{42, 0x_1F, 0o17, 1_000, 1.5e3, .5, 0x1p-2, 3i, 'x', '\\n', \"a\\tb\", `r\\n`}");
  REQUIRE(p->errors().empty());
  auto* lit = rhs(*p)->as<CompositeLit>();
  REQUIRE(lit != nullptr);
  REQUIRE(lit->elts.size() == 12);
  struct Want {
    LitKind kind;
    const char* text;
  };
  const Want want[] = {{LitKind::Int, "42"},        {LitKind::Int, "0x_1F"},
                       {LitKind::Int, "0o17"},      {LitKind::Int, "1_000"},
                       {LitKind::Float, "1.5e3"},   {LitKind::Float, ".5"},
                       {LitKind::Float, "0x1p-2"},  {LitKind::Imag, "3i"},
                       {LitKind::Rune, "'x'"},      {LitKind::Rune, "'\\n'"},
                       {LitKind::String, "\"a\\tb\""}, {LitKind::String, "`r\\n`"}};
  for (size_t i = 0; i < 12; ++i) {
    auto* b = lit->elts[i]->as<BasicLit>();
    REQUIRE(b != nullptr);
    CHECK(b->lit == want[i].kind);
    CHECK(b->text == want[i].text);
  }
}

TEST_CASE("syntax: nil, true, false and iota are identifiers") {
  auto p = parse_body("_ = []any{nil, true, false, iota}");
  REQUIRE(p->errors().empty());
  CHECK(p->has("Ident nil 4:11"));
  CHECK(p->has("Ident true 4:16"));
  CHECK(p->has("Ident false 4:22"));
  CHECK(p->has("Ident iota 4:29"));
}

TEST_CASE("syntax: binary expressions nest by precedence and record the operator position") {
  auto p = parse_body("_ = a + b*c - d<<1 == e || !f && g&^h != 0");
  REQUIRE(p->errors().empty());
  auto* lor = rhs(*p)->as<BinaryExpr>();
  REQUIRE(lor != nullptr);
  CHECK(lor->op == Op::LOr);
  CHECK(lor->op_pos.line == 4);
  CHECK(lor->op_pos.col == 25);
  auto* eq = lor->x->as<BinaryExpr>();
  REQUIRE(eq != nullptr);
  CHECK(eq->op == Op::Eql);
  auto* sub = eq->x->as<BinaryExpr>();
  REQUIRE(sub != nullptr);
  CHECK(sub->op == Op::Sub);
  CHECK(sub->x->as<BinaryExpr>()->op == Op::Add);
  CHECK(sub->y->as<BinaryExpr>()->op == Op::Shl);
  auto* land = lor->y->as<BinaryExpr>();
  REQUIRE(land != nullptr);
  CHECK(land->op == Op::LAnd);
  CHECK(land->x->as<UnaryExpr>()->op == Op::Not);
  CHECK(land->y->as<BinaryExpr>()->op == Op::Neq);
  CHECK(land->y->as<BinaryExpr>()->x->as<BinaryExpr>()->op == Op::AndNot);
  CHECK(lor->pos.col == 5);
}

TEST_CASE("syntax: unary operators, dereference, address-of and receive") {
  auto p = parse_body("_ = []any{-x, +x, !x, ^x, *p, &v, <-ch}");
  REQUIRE(p->errors().empty());
  CHECK(p->has("UnaryExpr - 4:11"));
  CHECK(p->has("UnaryExpr + 4:15"));
  CHECK(p->has("UnaryExpr ! 4:19"));
  CHECK(p->has("UnaryExpr ^ 4:23"));
  CHECK(p->has("StarExpr 4:27"));
  CHECK(p->has("UnaryExpr & 4:31"));
  CHECK(p->has("UnaryExpr <- 4:35"));
}

TEST_CASE("syntax: selectors, indexes, slices, type assertions and parentheses") {
  auto p = parse_body("_ = []any{a.b.c, m[k], s[1:], s[:2], s[:], s[1:2:3], x.(T), (x)}");
  REQUIRE(p->errors().empty());
  auto* lit = rhs(*p)->as<CompositeLit>();
  REQUIRE(lit->elts.size() == 8);
  auto* sel = lit->elts[0]->as<SelectorExpr>();
  REQUIRE(sel != nullptr);
  CHECK(sel->sel->name == "c");
  CHECK(sel->x->as<SelectorExpr>()->sel->name == "b");
  CHECK(lit->elts[1]->as<IndexExpr>()->indices.size() == 1);
  auto* s1 = lit->elts[2]->as<SliceExpr>();
  REQUIRE(s1 != nullptr);
  CHECK(s1->low != nullptr);
  CHECK(s1->high == nullptr);
  auto* s2 = lit->elts[3]->as<SliceExpr>();
  CHECK(s2->low == nullptr);
  CHECK(s2->high != nullptr);
  auto* s3 = lit->elts[4]->as<SliceExpr>();
  CHECK(s3->low == nullptr);
  CHECK(s3->high == nullptr);
  CHECK_FALSE(s3->slice3);
  auto* s4 = lit->elts[5]->as<SliceExpr>();
  CHECK(s4->slice3);
  CHECK(s4->max != nullptr);
  auto* ta = lit->elts[6]->as<TypeAssertExpr>();
  REQUIRE(ta != nullptr);
  CHECK(ta->type->as<Ident>()->name == "T");
  CHECK(lit->elts[7]->is<ParenExpr>());
}

TEST_CASE("syntax: calls, variadic calls, builtins with types, conversions, instantiation") {
  auto p = parse_body(
      "_ = []any{f(1, 2), g(xs...), make([]int, 3), new(T), []byte(s), (*T)(p), "
      "F[int](x), G[int, string], pkg.H[T]{}, func(int) int(nil)}");
  REQUIRE(p->errors().empty());
  auto* lit = rhs(*p)->as<CompositeLit>();
  REQUIRE(lit->elts.size() == 10);
  auto* c0 = lit->elts[0]->as<CallExpr>();
  REQUIRE(c0 != nullptr);
  CHECK(c0->args.size() == 2);
  CHECK_FALSE(c0->has_ellipsis);
  CHECK(c0->rparen.col == 17);
  CHECK(lit->elts[1]->as<CallExpr>()->has_ellipsis);
  auto* mk = lit->elts[2]->as<CallExpr>();
  REQUIRE(mk != nullptr);
  CHECK(mk->fun->as<Ident>()->name == "make");
  CHECK(mk->args.at(0)->is<ArrayType>());
  CHECK(lit->elts[3]->as<CallExpr>()->args.at(0)->as<Ident>()->name == "T");
  auto* conv = lit->elts[4]->as<CallExpr>();
  REQUIRE(conv != nullptr);
  CHECK(conv->fun->is<ArrayType>());
  auto* pconv = lit->elts[5]->as<CallExpr>();
  REQUIRE(pconv != nullptr);
  CHECK(pconv->fun->as<ParenExpr>()->x->is<StarExpr>());
  auto* inst = lit->elts[6]->as<CallExpr>();
  REQUIRE(inst != nullptr);
  auto* fun = inst->fun->as<IndexExpr>();
  REQUIRE(fun != nullptr);
  CHECK(fun->x->as<Ident>()->name == "F");
  CHECK(fun->indices.size() == 1);
  auto* two = lit->elts[7]->as<IndexExpr>();
  REQUIRE(two != nullptr);
  CHECK(two->indices.size() == 2);
  auto* generic_lit = lit->elts[8]->as<CompositeLit>();
  REQUIRE(generic_lit != nullptr);
  auto* gt = generic_lit->type->as<IndexExpr>();
  REQUIRE(gt != nullptr);
  CHECK(gt->x->is<SelectorExpr>());
  auto* fconv = lit->elts[9]->as<CallExpr>();
  REQUIRE(fconv != nullptr);
  CHECK(fconv->fun->is<FuncType>());
}

TEST_CASE("syntax: composite literals with keys and elided types") {
  auto p = parse_body("_ = map[string][]Point{\"a\": {{1, 2}, {X: 3}}, \"b\": nil}");
  REQUIRE(p->errors().empty());
  auto* lit = rhs(*p)->as<CompositeLit>();
  REQUIRE(lit != nullptr);
  CHECK(lit->type->is<MapType>());
  CHECK(lit->rbrace.col == 55);
  REQUIRE(lit->elts.size() == 2);
  auto* kv = lit->elts[0]->as<KeyValueExpr>();
  REQUIRE(kv != nullptr);
  CHECK(kv->key->as<BasicLit>()->text == "\"a\"");
  auto* inner = kv->value->as<CompositeLit>();
  REQUIRE(inner != nullptr);
  CHECK(inner->type == nullptr);
  REQUIRE(inner->elts.size() == 2);
  auto* point = inner->elts[0]->as<CompositeLit>();
  REQUIRE(point != nullptr);
  CHECK(point->type == nullptr);
  CHECK(point->elts.size() == 2);
  auto* keyed = inner->elts[1]->as<CompositeLit>();
  REQUIRE(keyed != nullptr);
  CHECK(keyed->elts.at(0)->is<KeyValueExpr>());
  auto q = parse_body("_ = [...]int{1: 10, 2: 20}");
  REQUIRE(q->errors().empty());
  auto* arr = rhs(*q)->as<CompositeLit>()->type->as<ArrayType>();
  REQUIRE(arr != nullptr);
  CHECK(arr->len->is<Ellipsis>());
  CHECK(arr->len->as<Ellipsis>()->elt == nullptr);
}

TEST_CASE("syntax: function literals") {
  auto p = parse_body("_ = func(a int, b ...string) (r bool) { return true }");
  REQUIRE(p->errors().empty());
  auto* fl = rhs(*p)->as<FuncLit>();
  REQUIRE(fl != nullptr);
  CHECK(fl->type->params.count() == 2);
  CHECK(fl->type->results.count() == 1);
  REQUIRE(fl->body != nullptr);
  CHECK(fl->body->list.size() == 1);
  CHECK(fl->pos.col == 5);
}

TEST_CASE("syntax: every type form") {
  auto p = parse(
      "package p\n"
      "var (\n"
      "\ta [4]int\n"
      "\tb []string\n"
      "\tc *T\n"
      "\td map[K]V\n"
      "\te chan int\n"
      "\tf chan<- int\n"
      "\tg <-chan int\n"
      "\th func(int, string) (bool, error)\n"
      "\ti interface{}\n"
      "\tj struct{}\n"
      "\tk pkg.T\n"
      "\tl G[int]\n"
      "\tm (int)\n"
      "\tn [N + 1]byte\n"
      ")\n");
  REQUIRE(p->errors().empty());
  CHECK(p->has("type: ArrayType 3:4"));
  CHECK(p->has("len: BasicLit Int 4 3:5"));
  CHECK(p->has("type: ArrayType slice 4:4"));
  CHECK(p->has("type: StarExpr 5:4"));
  CHECK(p->has("type: MapType 6:4"));
  CHECK(p->has("type: ChanType chan 7:4"));
  CHECK(p->has("type: ChanType chan<- 8:4"));
  CHECK(p->has("type: ChanType <-chan 9:4"));
  CHECK(p->has("type: FuncType 10:4"));
  CHECK(p->has("param: Field 10:9"));
  CHECK(p->has("param: Field 10:14"));
  CHECK(p->has("result: Field 10:23"));
  CHECK(p->has("type: InterfaceType 11:4"));
  CHECK(p->has("type: StructType 12:4"));
  CHECK(p->has("type: SelectorExpr .T 13:4"));
  CHECK(p->has("type: IndexExpr 14:4"));
  CHECK(p->has("type: ParenExpr 15:4"));
  CHECK(p->has("len: BinaryExpr + op=16:7 16:5"));
}

TEST_CASE("syntax: constraints with unions, tilde, and parenthesized types") {
  auto p = parse(
      "package p\n"
      "func F[T ~int | ~int8 | MyInt, P interface{ *T }](x T) {}\n");
  REQUIRE(p->errors().empty());
  auto* f = p->file->decls.at(0)->as<FuncDecl>();
  REQUIRE(f != nullptr);
  REQUIRE(f->type->type_params.list.size() == 2);
  auto* u = f->type->type_params.list[0]->type->as<BinaryExpr>();
  REQUIRE(u != nullptr);
  CHECK(u->op == Op::Or);
  CHECK(u->y->as<Ident>()->name == "MyInt");
  auto* inner = u->x->as<BinaryExpr>();
  REQUIRE(inner != nullptr);
  CHECK(inner->x->as<UnaryExpr>()->op == Op::Tilde);
  CHECK(inner->y->as<UnaryExpr>()->op == Op::Tilde);
  auto* pi = f->type->type_params.list[1]->type->as<InterfaceType>();
  REQUIRE(pi != nullptr);
  CHECK(pi->methods.list.at(0)->type->is<StarExpr>());
}
