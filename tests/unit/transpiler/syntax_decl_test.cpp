// Syntax phase: the file, its package clause, imports, const/var/type declarations, functions and
// methods, and comments.
#include <catch2/catch.hpp>

#include "syntax_helpers.h"

using namespace syntax_test;

TEST_CASE("syntax: a small file dumps as an indented tree with positions") {
  auto p = parse(
      "package main\n"
      "\n"
      "import \"fmt\"\n"
      "\n"
      "func main() {\n"
      "\tfmt.Println(\"hi\", 1)\n"
      "}\n",
      "hello.go");
  CHECK(p->errors().empty());
  CHECK(p->dump() ==
        "File hello.go package main\n"
        "  GenDecl import 3:1\n"
        "    ImportSpec \"fmt\" 3:8\n"
        "  FuncDecl main 5:1\n"
        "    type: FuncType 5:1\n"
        "    body: BlockStmt rbrace=7:1 5:13\n"
        "      ExprStmt 6:2\n"
        "        x: CallExpr rparen=6:21 6:2\n"
        "          fun: SelectorExpr .Println 6:2\n"
        "            x: Ident fmt 6:2\n"
        "          BasicLit String \"hi\" 6:14\n"
        "          BasicLit Int 1 6:20\n");
}

TEST_CASE("syntax: package clause and imports in every form") {
  auto p = parse(
      "package lib\n"
      "import (\n"
      "\t\"fmt\"\n"
      "\tm \"math\"\n"
      "\t. \"strings\"\n"
      "\t_ \"embed\"\n"
      "\t`raw/path`\n"
      "\t\"esc\\x61ped\"\n"
      ")\n"
      "import \"os\"\n");
  REQUIRE(p->errors().empty());
  REQUIRE(p->file->package_name != nullptr);
  CHECK(p->file->package_name->name == "lib");
  CHECK(p->file->package_name->pos.line == 1);
  CHECK(p->file->package_name->pos.col == 9);
  REQUIRE(p->file->imports.size() == 7);
  CHECK(p->file->imports[0]->name == nullptr);
  CHECK(p->file->imports[0]->path == "fmt");
  CHECK(p->file->imports[0]->path_pos.line == 3);
  CHECK(p->file->imports[0]->path_pos.col == 2);
  CHECK(p->file->imports[1]->name->name == "m");
  CHECK(p->file->imports[2]->name->name == ".");
  CHECK(p->file->imports[3]->name->name == "_");
  CHECK(p->file->imports[4]->path == "raw/path");
  CHECK(p->file->imports[5]->path == "escaped");
  CHECK(p->file->imports[6]->path == "os");
  REQUIRE(p->file->decls.size() == 2);
  auto* g = p->file->decls[0]->as<GenDecl>();
  REQUIRE(g != nullptr);
  CHECK(g->tok == DeclKind::Import);
  CHECK(g->specs.size() == 6);
}

TEST_CASE("syntax: const groups number their specs for iota and keep omitted parts null") {
  auto p = parse(
      "package p\n"
      "const (\n"
      "\tA, B int = iota, iota * 10\n"
      "\tC, D\n"
      "\t_\n"
      ")\n"
      "const E = 1\n");
  REQUIRE(p->errors().empty());
  auto* g = p->file->decls.at(0)->as<GenDecl>();
  REQUIRE(g != nullptr);
  CHECK(g->tok == DeclKind::Const);
  REQUIRE(g->specs.size() == 3);
  auto* a = g->specs[0]->as<ValueSpec>();
  auto* c = g->specs[1]->as<ValueSpec>();
  auto* u = g->specs[2]->as<ValueSpec>();
  REQUIRE(a != nullptr);
  REQUIRE(c != nullptr);
  REQUIRE(u != nullptr);
  CHECK(a->iota == 0);
  CHECK(c->iota == 1);
  CHECK(u->iota == 2);
  CHECK(a->names.size() == 2);
  CHECK(a->type != nullptr);
  CHECK(a->values.size() == 2);
  CHECK(c->names.size() == 2);
  CHECK(c->type == nullptr);
  CHECK(c->values.empty());
  CHECK(p->has("ValueSpec E iota=0 7:7"));
}

TEST_CASE("syntax: var declarations, grouped and not") {
  auto p = parse(
      "package p\n"
      "var x int\n"
      "var y, z = 1, \"s\"\n"
      "var (\n"
      "\ta []int\n"
      "\tb map[string]bool = nil\n"
      ")\n");
  REQUIRE(p->errors().empty());
  REQUIRE(p->file->decls.size() == 3);
  auto* grouped = p->file->decls[2]->as<GenDecl>();
  REQUIRE(grouped != nullptr);
  CHECK(grouped->tok == DeclKind::Var);
  CHECK(grouped->specs.size() == 2);
  CHECK(p->has("ValueSpec y, z iota=0 3:5"));
  CHECK(p->has("type: ArrayType slice 5:4"));
  CHECK(p->has("type: MapType 6:4"));
}

TEST_CASE("syntax: type declarations, aliases and type parameters") {
  auto p = parse(
      "package p\n"
      "type (\n"
      "\tT struct{ a, b int; c string `json:\"c\"`; *E; pkg.F }\n"
      "\tA = T\n"
      ")\n"
      "type List[T any, K comparable] struct{ v T }\n"
      "type Num interface{ ~int | ~float64; String() string }\n");
  REQUIRE(p->errors().empty());
  auto* group = p->file->decls.at(0)->as<GenDecl>();
  REQUIRE(group != nullptr);
  CHECK(group->tok == DeclKind::Type);
  REQUIRE(group->specs.size() == 2);
  auto* t = group->specs[0]->as<TypeSpec>();
  auto* a = group->specs[1]->as<TypeSpec>();
  REQUIRE(t != nullptr);
  REQUIRE(a != nullptr);
  CHECK_FALSE(t->alias);
  CHECK(a->alias);
  auto* st = t->type->as<StructType>();
  REQUIRE(st != nullptr);
  REQUIRE(st->fields.list.size() == 4);
  CHECK(st->fields.count() == 5);
  CHECK(st->fields.list[1]->tag == "`json:\"c\"`");
  CHECK(st->fields.list[2]->names.empty());
  CHECK(st->fields.list[2]->type->is<StarExpr>());
  CHECK(st->fields.list[3]->type->is<SelectorExpr>());

  auto* list = p->file->decls.at(1)->as<GenDecl>()->specs.at(0)->as<TypeSpec>();
  REQUIRE(list != nullptr);
  CHECK(list->type_params.list.size() == 2);
  CHECK(list->type_params.count() == 2);

  auto* num = p->file->decls.at(2)->as<GenDecl>()->specs.at(0)->as<TypeSpec>();
  REQUIRE(num != nullptr);
  auto* it = num->type->as<InterfaceType>();
  REQUIRE(it != nullptr);
  REQUIRE(it->methods.list.size() == 2);
  CHECK(it->methods.list[0]->names.empty());
  auto* u = it->methods.list[0]->type->as<BinaryExpr>();
  REQUIRE(u != nullptr);
  CHECK(u->op == Op::Or);
  REQUIRE(u->x->as<UnaryExpr>() != nullptr);
  CHECK(u->x->as<UnaryExpr>()->op == Op::Tilde);
  CHECK(it->methods.list[1]->names.at(0)->name == "String");
  CHECK(it->methods.list[1]->type->is<FuncType>());
}

TEST_CASE("syntax: functions, generic functions, methods and bodiless declarations") {
  auto p = parse(
      "package p\n"
      "func f(a, b int, s ...string) (n int, err error) { return }\n"
      "func Map[T, U any](xs []T, f func(T) U) []U { return nil }\n"
      "func (r *List[T]) Len() int { return 0 }\n"
      "func (List[T]) Empty() bool { return true }\n"
      "func asm(x int) int\n");
  REQUIRE(p->errors().empty());
  REQUIRE(p->file->decls.size() == 5);
  auto* f = p->file->decls[0]->as<FuncDecl>();
  REQUIRE(f != nullptr);
  CHECK(f->recv == nullptr);
  CHECK(f->type->params.count() == 3);
  CHECK(f->type->params.list.size() == 2);
  auto* variadic = f->type->params.list[1]->type->as<Ellipsis>();
  REQUIRE(variadic != nullptr);
  CHECK(variadic->elt->as<Ident>()->name == "string");
  CHECK(f->type->results.count() == 2);

  auto* m = p->file->decls[1]->as<FuncDecl>();
  REQUIRE(m != nullptr);
  CHECK(m->type->type_params.count() == 2);
  CHECK(m->type->results.list.size() == 1);
  CHECK(m->type->results.list[0]->names.empty());

  auto* len = p->file->decls[2]->as<FuncDecl>();
  REQUIRE(len != nullptr);
  REQUIRE(len->recv != nullptr);
  CHECK(len->recv->names.at(0)->name == "r");
  auto* star = len->recv->type->as<StarExpr>();
  REQUIRE(star != nullptr);
  CHECK(star->x->is<IndexExpr>());

  auto* empty = p->file->decls[3]->as<FuncDecl>();
  REQUIRE(empty != nullptr);
  REQUIRE(empty->recv != nullptr);
  CHECK(empty->recv->names.empty());

  auto* asm_decl = p->file->decls[4]->as<FuncDecl>();
  REQUIRE(asm_decl != nullptr);
  CHECK(asm_decl->body == nullptr);
  CHECK(asm_decl->name->name == "asm");
}

TEST_CASE("syntax: comments are collected with their extent") {
  auto p = parse(
      "// Package p does things.\n"
      "package p\n"
      "\n"
      "/* block\n"
      "   comment */\n"
      "func f() { // trailing\n"
      "}\n");
  REQUIRE(p->errors().empty());
  REQUIRE(p->file->comments.size() == 3);
  CHECK(p->file->comments[0].text == "// Package p does things.");
  CHECK(p->file->comments[0].pos.line == 1);
  CHECK(p->file->comments[0].pos.col == 1);
  CHECK(p->file->comments[1].text == "/* block\n   comment */");
  CHECK(p->file->comments[1].end.line == 5);
  CHECK(p->file->comments[1].end.col == 14);
  CHECK(p->file->comments[2].text == "// trailing");
  CHECK(p->file->comments[2].pos.line == 6);
  CHECK(p->file->comments[2].pos.col == 12);
}

TEST_CASE("syntax: FieldList::count and op_spelling") {
  auto p = parse("package p\nfunc f(a, b, c int, d string) (int, bool) {}\n");
  REQUIRE(p->errors().empty());
  auto* f = p->file->decls.at(0)->as<FuncDecl>();
  REQUIRE(f != nullptr);
  CHECK(f->type->params.count() == 4);
  CHECK(f->type->results.count() == 2);
  CHECK(op_spelling(Op::AndNot) == "&^");
  CHECK(op_spelling(Op::Arrow) == "<-");
  CHECK(op_spelling(Op::Tilde) == "~");
  CHECK(op_spelling(Op::Geq) == ">=");
}
