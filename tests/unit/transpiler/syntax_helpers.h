// Shared helpers for the syntax-phase unit tests: parse a snippet, print its diagnostics, and
// look for lines in its AST dump.
#pragma once

#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/parse.h"

namespace syntax_test {

using namespace go2cpp::syntax;

struct Parsed {
  FileSet files;
  Diagnostics diags;
  std::unique_ptr<File> file;

  // The diagnostics as the driver prints them ("f.go:3:5: message\n"...).
  std::string errors() const {
    std::ostringstream out;
    diags.print(out, files);
    return out.str();
  }
  std::string dump() const { return go2cpp::syntax::dump(*file, files); }
  // Whether some dump line, leading spaces removed, is exactly `line`.
  bool has(std::string_view line) const {
    std::istringstream in(dump());
    std::string l;
    while (std::getline(in, l)) {
      size_t i = l.find_first_not_of(' ');
      if (i != std::string::npos && std::string_view(l).substr(i) == line) return true;
    }
    return false;
  }
};

inline std::unique_ptr<Parsed> parse(std::string_view src, const std::string& name = "f.go") {
  auto p = std::make_unique<Parsed>();
  p->file = parse_file(p->files, name, src, p->diags);
  return p;
}

// Wraps statements in `package p; func f() { ... }`: the body starts on line 4; column 1 is the
// first byte of each line.
inline std::unique_ptr<Parsed> parse_body(std::string_view body) {
  return parse("package p\n\nfunc f() {\n" + std::string(body) + "\n}\n");
}

// The statements of the first function in a parsed file.
inline const std::vector<Stmt*>& body_of(const Parsed& p) {
  static const std::vector<Stmt*> none;
  for (Decl* d : p.file->decls) {
    if (auto* f = d->as<FuncDecl>(); f != nullptr && f->body != nullptr) return f->body->list;
  }
  return none;
}

}  // namespace syntax_test
