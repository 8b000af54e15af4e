// Syntax phase: syntax errors, with the message and position gc 1.19 gives for the same input
// (each expectation below was taken from `go tool compile`, or `go build` for the package
// clause), and the constructs tree-sitter accepts but Go rejects.
#include <catch2/catch.hpp>

#include "syntax_helpers.h"

using namespace syntax_test;

namespace {

std::string errors_of(const std::string& src) { return parse(src)->errors(); }

}  // namespace

TEST_CASE("syntax errors: missing and stray brackets") {
  CHECK(errors_of("package p\n\nfunc f() {\n\tx := 1\n\t_ = x\n") ==
        "f.go:6:1: syntax error: unexpected EOF, expecting }\n");
  CHECK(errors_of("package p\n\nfunc f() {\n\tg(1, 2\n}\nfunc g(a, b int) {}\n") ==
        "f.go:4:8: syntax error: unexpected newline in argument list; possibly missing comma or "
        ")\n");
  CHECK(errors_of("package p\n\nfunc f() {\n\tx := 1 )\n\t_ = x\n}\n") ==
        "f.go:4:9: syntax error: unexpected ) at end of statement\n");
  CHECK(errors_of("package p\nfunc f() {\n}\n}\n") ==
        "f.go:4:1: syntax error: non-declaration statement outside function body\n");
  CHECK(errors_of("package p\nfunc f(a int {\n}\n").starts_with(
      "f.go:2:14: syntax error: unexpected { in parameter list; possibly missing comma or )\n"));
  CHECK(errors_of("package p\nfunc f() {\n\t) ) )\n}\n") ==
        "f.go:3:2: syntax error: unexpected ), expecting }\n");
  CHECK(errors_of("package p\nvar x = []int{\n\t1,\n\t2\n}\n") ==
        "f.go:4:3: syntax error: unexpected newline in composite literal; possibly missing comma "
        "or }\n");
}

TEST_CASE("syntax errors: statements and operators") {
  CHECK(errors_of("package p\nfunc f() { x := 1 +\n}\n") ==
        "f.go:3:1: syntax error: unexpected }, expecting expression\n");
  CHECK(errors_of("package p\nfunc f() {\n\tx := 1 2\n\t_ = x\n}\n") ==
        "f.go:3:9: syntax error: unexpected literal 2 at end of statement\n");
  CHECK(errors_of("package p\nfunc f() { a, b := 1, 2; a, b += 1, 2 }\n") ==
        "f.go:2:31: syntax error: unexpected +=, expecting := or = or comma\n");
  CHECK(errors_of("package p\nfunc f() { for i := 0; i < 3; j := 1 {} }\n") ==
        "f.go:2:33: syntax error: cannot declare in post statement of for loop\n");
  CHECK(errors_of("package p\nfunc f() {\n\tfor i := 0; i < 3; i++\n}\n") ==
        "f.go:3:24: syntax error: unexpected newline, expecting { after for clause\n");
  CHECK(errors_of("package p\nfunc f() { if x := 1; { _ = x } }\n") ==
        "f.go:2:21: syntax error: missing condition in if statement\n");
  CHECK(errors_of("package p\nfunc f() { if true {} else return }\n") ==
        "f.go:2:28: syntax error: else must be followed by if or statement block\n");
  CHECK(errors_of("package p\nfunc f() {\n\tif true {\n\t}\n\telse {\n\t}\n}\n") ==
        "f.go:5:2: syntax error: unexpected else, expecting }\n");
  CHECK(errors_of("package p\nfunc f() { var a struct{b int}; a.b := 1 }\n") ==
        "f.go:2:33: non-name a.b on left side of :=\n");
  CHECK(errors_of("package p\nfunc f() { defer 1 }\n") ==
        "f.go:2:18: expression in defer must be function call\n");
  CHECK(errors_of("package p\nfunc f() { go (g()) }\nfunc g() {}\n") ==
        "f.go:2:15: expression in go must not be parenthesized\n");
  CHECK(errors_of("package p\nfunc f() { for a, b, c := range \"x\" {} }\n") ==
        "f.go:2:22: range clause permits at most two iteration variables\n");
  CHECK(errors_of("package p\nfunc f(x any) {\n\tswitch a, b := x.(type) {\n\t}\n}\n") ==
        "f.go:3:14: syntax error: cannot use a, b := x.(type) as value\n");
  CHECK(errors_of("package p\nfunc f(x any) { _ = x.(type) }\n") ==
        "f.go:2:21: invalid AST: use of .(type) outside type switch\n");
  CHECK(errors_of("package p\nfunc f() {\n\tvar func int\n}\n") ==
        "f.go:3:6: syntax error: unexpected func, expecting name\n");
}

TEST_CASE("syntax errors: declarations") {
  CHECK(errors_of("package p\n\nx := 1\n") ==
        "f.go:3:1: syntax error: non-declaration statement outside function body\n");
  CHECK(errors_of("package p\nfunc f() {}\nimport \"fmt\"\n") ==
        "f.go:3:1: syntax error: non-declaration statement outside function body\n");
  CHECK(errors_of("package p\nfunc f()\n{\n}\n") ==
        "f.go:3:1: syntax error: unexpected semicolon or newline before {\n");
  CHECK(errors_of("package p\nfunc f(a int, string) {}\n") ==
        "f.go:2:15: syntax error: mixed named and unnamed parameters\n");
  CHECK(errors_of("package p\nfunc () f() {}\n") == "f.go:2:9: method has no receiver\n");
  CHECK(errors_of("package p\ntype T int\nfunc (a, b T) f() {}\n") ==
        "f.go:3:15: method has multiple receivers\n");
  CHECK(errors_of("package p\ntype T int\nfunc (T) m[X any]() {}\n") ==
        "f.go:3:11: syntax error: method must have no type parameters\n");
  CHECK(errors_of("package p\nvar x\n") == "f.go:2:6: syntax error: unexpected newline, expecting type\n");
}

TEST_CASE("syntax errors: the package clause") {
  CHECK(errors_of("func f() {}\n") == "f.go:1:1: expected 'package', found 'func'\n");
  CHECK(errors_of("") == "f.go:1:1: expected 'package', found 'EOF'\n");
  CHECK(errors_of("// just a comment\n") == "f.go:2:1: expected 'package', found 'EOF'\n");
  CHECK(errors_of("\n\nx := 1\n") == "f.go:3:1: expected 'package', found x\n");
}

TEST_CASE("syntax errors: bad characters and literals") {
  CHECK(errors_of("package p\nfunc f() { x := 1 @ 2 }\n") ==
        "f.go:2:19: invalid character U+0040 '@'\n");
  CHECK(errors_of("package p\n#\n") == "f.go:2:1: invalid character U+0023 '#'\n");
  CHECK(errors_of("package p\nvar s = \"abc\n") == "f.go:2:13: newline in string\n");
  CHECK(errors_of("package p\nvar s = `abc\n") == "f.go:2:9: string not terminated\n");
  CHECK(errors_of("package p\nvar r = 'ab'\n") ==
        "f.go:2:9: more than one character in rune literal\n");
  CHECK(errors_of(std::string("package p\nvar s = \"a\xff\"\n")) ==
        "f.go:2:11: invalid UTF-8 encoding\n");
  CHECK(errors_of(std::string("package p\n\0\n", 12)).starts_with("f.go:2:1: invalid NUL character\n"));
}

TEST_CASE("syntax errors: a broken file still yields a partial AST and no cascade") {
  auto p = parse("package p\nfunc f() {\n\tx := \n}\nfunc g() { return }\n");
  CHECK(p->diags.has_errors());
  CHECK(p->diags.count() <= 2);
  bool has_g = false;
  for (Decl* d : p->file->decls) {
    if (auto* f = d->as<FuncDecl>(); f != nullptr && f->name->name == "g") has_g = true;
  }
  CHECK(has_g);
}
