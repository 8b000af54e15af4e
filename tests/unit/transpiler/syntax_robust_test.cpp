// Syntax phase: inputs that must not crash or hang the parser — empty, garbage, invalid UTF-8,
// deep nesting, long chains, huge files — and the nesting limit's diagnostic.
#include <catch2/catch.hpp>
#include <random>

#include "syntax_helpers.h"

using namespace syntax_test;

TEST_CASE("robustness: empty and blank input") {
  for (std::string_view src : {"", " ", "\n\n\n", "\t", "\xEF\xBB\xBF"}) {
    auto p = parse(src);
    REQUIRE(p->file != nullptr);
    CHECK(p->diags.has_errors());
    CHECK(p->file->package_name == nullptr);
  }
}

TEST_CASE("robustness: random bytes never crash and always report") {
  std::mt19937 rng(7);
  for (int i = 0; i < 200; ++i) {
    std::string src(static_cast<size_t>(rng() % 400), '\0');
    for (char& c : src) c = static_cast<char>(rng());
    auto p = parse(src);
    REQUIRE(p->file != nullptr);
    CHECK(p->diags.has_errors());
    // At most 11 from the syntax-error pass and 11 from the converter's checks (the 11th makes
    // the printer say "too many errors"), plus the nesting limit.
    CHECK(p->diags.count() <= 23);
    (void)p->dump();
  }
}

TEST_CASE("robustness: mutated Go source never crashes") {
  const std::string seed =
      "package p\n"
      "import \"fmt\"\n"
      "type T[K comparable] struct{ m map[K][]int }\n"
      "func (t *T[K]) f(xs ...int) (int, error) {\n"
      "\tfor i, x := range xs { if x > 0 { return i, nil } }\n"
      "\tswitch v := any(t).(type) { case int: _ = v }\n"
      "\tselect { case c <- 1: default: }\n"
      "\treturn 0, fmt.Errorf(\"%d\", len(xs))\n"
      "}\n";
  const char* bits[] = {"(", ")", "{", "}", "[", "]", ",", ";", "\n", "func", ":=", ".", "\"",
                        "`", "'", "\xff", "type", "case", ":", "<-", "..."};
  std::mt19937 rng(11);
  for (int i = 0; i < 500; ++i) {
    std::string src = seed;
    for (int m = 0; m < 3; ++m) {
      size_t at = rng() % src.size();
      if (rng() % 2 == 0) {
        src.erase(at, 1 + rng() % 5);
      } else {
        src.insert(at, bits[rng() % (sizeof bits / sizeof *bits)]);
      }
    }
    auto p = parse(src);
    REQUIRE(p->file != nullptr);
    (void)p->dump();
  }
}

TEST_CASE("robustness: 10,000 nested parentheses hit the nesting limit, not the stack") {
  std::string src = "package p\nvar x = " + std::string(10000, '(') + "1" +
                    std::string(10000, ')') + "\n";
  auto p = parse(src);
  CHECK(p->errors() == "f.go:2:1009: go2cpp does not support nesting deeper than 1000 levels yet\n");
  CHECK_FALSE(p->dump().empty());
}

TEST_CASE("robustness: deep nesting of every kind is bounded") {
  std::string blocks = "package p\nfunc f() {" + std::string(5000, '{') + std::string(5000, '}') + "}\n";
  CHECK(parse(blocks)->errors().find("nesting deeper than 1000 levels") != std::string::npos);
  std::string lits = "package p\nvar x = [][]int" + std::string(5000, '{') + std::string(5000, '}') + "\n";
  CHECK(parse(lits)->diags.has_errors());
  std::string chain = "package p\nvar x = 1";
  for (int i = 0; i < 20000; ++i) chain += " + 1";
  chain += "\n";
  CHECK(parse(chain)->errors().find("nesting deeper than 1000 levels") != std::string::npos);
  std::string unary = "package p\nvar x = " + std::string(10000, '-') + "1\n";
  CHECK(parse(unary)->errors().find("nesting deeper than 1000 levels") != std::string::npos);
  std::string unclosed = "package p\nvar x = " + std::string(10000, '(') + "\n";
  CHECK(parse(unclosed)->diags.has_errors());
}

TEST_CASE("robustness: moderate nesting is fine") {
  std::string src = "package p\nvar x = " + std::string(200, '(') + "1" + std::string(200, ')') + "\n";
  auto p = parse(src);
  CHECK(p->errors().empty());
}

TEST_CASE("robustness: invalid UTF-8 in identifiers, strings and comments") {
  auto p = parse(std::string("package p\n// caf\xC3\n/* \xFF */\nvar \xE2\x28 = 1\n"));
  CHECK(p->diags.has_errors());
  CHECK(p->errors().find("f.go:2:7: invalid UTF-8 encoding") != std::string::npos);
}

TEST_CASE("robustness: a large generated file parses cleanly") {
  std::string src = "package p\n";
  for (int i = 0; i < 20000; ++i) {
    src += "func f" + std::to_string(i) + "(a, b int) int { return a*b + " + std::to_string(i) +
           " }\n";
  }
  auto p = parse(src);
  CHECK(p->errors().empty());
  CHECK(p->file->decls.size() == 20000);
  CHECK(p->file->decls.back()->pos.line == 20001);
}

TEST_CASE("robustness: many errors are capped") {
  std::string src = "package p\n";
  for (int i = 0; i < 500; ++i) src += "func f" + std::to_string(i) + "() { x := 1 @ }\n";
  auto p = parse(src);
  CHECK(p->diags.count() <= 12);
  CHECK(p->errors().ends_with("too many errors\n"));
}
