// The file and its declarations: package clause, imports, const/var/type (grouped or not), and
// functions and methods.
//
// tree-sitter-go accepts statements at top level (for documentation snippets) and does not require
// the package clause; Go requires both, so they are checked here with gc's and go/parser's words:
// "expected 'package', found ...", "syntax error: non-declaration statement outside function
// body". A const spec's `iota` is its index in its declaration; an omitted type and value list
// stay null (the checker repeats the previous spec's, as the spec says).
#include "syntax/converter.h"
#include "syntax/syntax_errors.h"

namespace go2cpp::syntax::detail {

void Converter::source_file(TSNode root) {
  bool seen_package = false;
  bool first = true;
  TSNode prev{};  // the previous top-level node
  for (TSNode n : cst_.named(root)) {
    TSNode before = prev;
    prev = n;
    K k = cst_.kind(n);
    if (first) {
      first = false;
      if (k != K::PackageClause) {
        // go/parser's words (what `go build` prints); gc's would be "package statement must be
        // first". An ERROR node first is left to the syntax-error pass unless it hides the clause.
        uint32_t at = ts_node_start_byte(n);
        if (k != K::Error || cst_.text(n).substr(0, 7) != "package") {
          error(cst_.pos_at(first_token_offset(cst_.source(), at)),
                "expected 'package', found " + describe_token_goparser(cst_.source(), at));
        }
      }
    }
    switch (k) {
      case K::PackageClause: {
        if (seen_package) {
          error(pos(n), "syntax error: non-declaration statement outside function body");
          break;
        }
        seen_package = true;
        auto ids = cst_.named(n);
        file_.package_name = ident(ids.empty() ? TSNode{} : ids.front());
        break;
      }
      case K::ImportDeclaration:
      case K::ConstDeclaration:
      case K::VarDeclaration:
      case K::TypeDeclaration:
        file_.decls.push_back(gen_decl(n));
        break;
      case K::FunctionDeclaration:
      case K::MethodDeclaration:
        file_.decls.push_back(func_decl(n));
        break;
      case K::Error:
        break;  // reported by the syntax-error pass
      case K::Block: {
        // `func f()` and its `{` on the next line: the grammar takes a bodiless function and a
        // top-level block; gc sees the automatic semicolon.
        bool after_func = !ts_node_is_null(before) &&
                          (cst_.kind(before) == K::FunctionDeclaration ||
                           cst_.kind(before) == K::MethodDeclaration) &&
                          ts_node_is_null(cst_.field(before, F::Body));
        error(pos(n), after_func ? "syntax error: unexpected semicolon or newline before {"
                                 : "syntax error: non-declaration statement outside function body");
        break;
      }
      default:
        if (!method_type_params(n)) {
          error(pos(n), "syntax error: non-declaration statement outside function body");
        }
        break;
    }
  }
  if (first) {  // nothing but comments and white space
    error(cst_.pos_at(static_cast<uint32_t>(cst_.source().size())),
          "expected 'package', found 'EOF'");
  }
  // gc (1.19) treats an import after other declarations as a misplaced statement.
  bool other_seen = false;
  for (Decl* d : file_.decls) {
    auto* g = d->as<GenDecl>();
    if (g != nullptr && g->tok == DeclKind::Import) {
      if (other_seen) error(g->pos, "syntax error: non-declaration statement outside function body");
    } else {
      other_seen = true;
    }
  }
}

// `func (T) m[X any]() {}` reaches the top level as the call of an instantiated function type;
// gc's word for it is about the type parameters.
bool Converter::method_type_params(TSNode n) {
  if (cst_.kind(n) != K::ExpressionStatement) return false;
  auto kids = cst_.named(n);
  if (kids.empty() || cst_.kind(kids[0]) != K::CallExpression) return false;
  TSNode fun = cst_.field(kids[0], F::Function);
  if (!cst_.is(fun, K::TypeInstantiationExpression)) return false;
  if (!cst_.is(cst_.field(fun, F::Type), K::FunctionType)) return false;
  TSNode bracket = cst_.token(fun, "[");
  error(ts_node_is_null(bracket) ? pos(n) : pos(bracket),
        "syntax error: method must have no type parameters");
  return true;
}

GenDecl* Converter::gen_decl(TSNode n) {
  auto* d = file_.make<GenDecl>(pos(n));
  switch (cst_.kind(n)) {
    case K::ImportDeclaration:
      d->tok = DeclKind::Import;
      import_specs(n, d);
      break;
    case K::ConstDeclaration:
      d->tok = DeclKind::Const;
      value_specs(n, d);
      break;
    case K::VarDeclaration:
      d->tok = DeclKind::Var;
      value_specs(n, d);
      break;
    default:
      d->tok = DeclKind::Type;
      for (TSNode s : cst_.named(n)) {
        K k = cst_.kind(s);
        if (k == K::TypeSpec || k == K::TypeAlias) d->specs.push_back(type_spec(s));
      }
      break;
  }
  return d;
}

void Converter::import_specs(TSNode n, GenDecl* decl) {
  std::vector<TSNode> specs;
  for (TSNode k : cst_.named(n)) {
    if (cst_.kind(k) == K::ImportSpec) specs.push_back(k);
    if (cst_.kind(k) == K::ImportSpecList) {
      for (TSNode s : cst_.named(k)) {
        if (cst_.kind(s) == K::ImportSpec) specs.push_back(s);
      }
    }
  }
  for (TSNode s : specs) {
    auto* spec = file_.make<ImportSpec>(pos(s));
    TSNode name = cst_.field(s, F::Name);
    if (!ts_node_is_null(name)) spec->name = ident(name);
    TSNode path = cst_.field(s, F::Path);
    if (!broken(path)) {
      spec->path = unquote(cst_.text(path));
      spec->path_pos = pos(path);
    } else {
      spec->path_pos = spec->pos;
    }
    decl->specs.push_back(spec);
    file_.imports.push_back(spec);
  }
}

void Converter::value_specs(TSNode n, GenDecl* decl) {
  std::vector<TSNode> specs;
  for (TSNode k : cst_.named(n)) {
    K kind = cst_.kind(k);
    if (kind == K::ConstSpec || kind == K::VarSpec) specs.push_back(k);
    if (kind == K::VarSpecList) {
      for (TSNode s : cst_.named(k)) {
        if (cst_.kind(s) == K::VarSpec) specs.push_back(s);
      }
    }
  }
  int index = 0;
  for (TSNode s : specs) {
    auto* spec = file_.make<ValueSpec>(pos(s));
    spec->iota = index++;
    for (TSNode name : cst_.fields(s, F::Name)) spec->names.push_back(ident(name));
    TSNode type = cst_.field(s, F::Type);
    if (!ts_node_is_null(type)) spec->type = expr(type);
    TSNode values = cst_.field(s, F::Value);
    if (!ts_node_is_null(values)) spec->values = expr_list(values);
    decl->specs.push_back(spec);
  }
}

Spec* Converter::type_spec(TSNode n) {
  auto* spec = file_.make<TypeSpec>(pos(n));
  spec->name = ident(cst_.field(n, F::Name));
  spec->alias = cst_.kind(n) == K::TypeAlias;
  TSNode tparams = cst_.field(n, F::TypeParameters);
  if (!ts_node_is_null(tparams)) type_params(tparams, spec->type_params);
  spec->type = expr(cst_.field(n, F::Type));
  return spec;
}

FuncDecl* Converter::func_decl(TSNode n) {
  auto* fd = file_.make<FuncDecl>(pos(n));
  TSNode name = cst_.field(n, F::Name);
  fd->name = ident(name);
  if (cst_.kind(n) == K::MethodDeclaration) {
    FieldList recv;
    params(cst_.field(n, F::Receiver), recv, false);
    Pos at = ts_node_is_null(name) ? fd->pos : pos(name);
    if (recv.list.empty()) {
      error(at, "method has no receiver");
    } else if (recv.count() > 1) {
      error(at, "method has multiple receivers");
    }
    if (!recv.list.empty()) fd->recv = recv.list.front();
  }
  fd->type = signature(n, fd->pos);
  TSNode body = cst_.field(n, F::Body);
  if (!ts_node_is_null(body)) fd->body = block(body);
  return fd;
}

}  // namespace go2cpp::syntax::detail
