// dump(): the AST as an indented tree for `go2cpp --dump=ast` and for tests.
//
// One node per line: two spaces per level, then the role the node plays in its parent ("x:",
// "body:", ... omitted for list elements), the node kind, its salient fields, and line:col.
//
//   File hello.go package main
//     FuncDecl main 3:1
//       type: FuncType 3:1
//       body: BlockStmt 3:13 rbrace=5:1
//         ExprStmt 4:2
//           x: CallExpr 4:2
//             fun: SelectorExpr .Println 4:2
//               x: Ident fmt 4:2
//             BasicLit String "hi" 4:14
//
// The AST is at most kMaxNesting levels deep (the converter guarantees it), so plain recursion is
// safe here.
#include <string>

#include "syntax/parse.h"

namespace go2cpp::syntax {
namespace {

std::string_view lit_kind(LitKind k) {
  switch (k) {
    case LitKind::Int: return "Int";
    case LitKind::Float: return "Float";
    case LitKind::Imag: return "Imag";
    case LitKind::Rune: return "Rune";
    case LitKind::String: return "String";
  }
  return "?";
}

std::string_view decl_kind(DeclKind k) {
  switch (k) {
    case DeclKind::Import: return "import";
    case DeclKind::Const: return "const";
    case DeclKind::Type: return "type";
    case DeclKind::Var: return "var";
  }
  return "?";
}

std::string_view branch_kind(BranchKind k) {
  switch (k) {
    case BranchKind::Break: return "break";
    case BranchKind::Continue: return "continue";
    case BranchKind::Goto: return "goto";
    case BranchKind::Fallthrough: return "fallthrough";
  }
  return "?";
}

std::string at(Pos p) { return std::to_string(p.line) + ":" + std::to_string(p.col); }

class Dumper {
 public:
  std::string out;

  void file(const File& f) {
    out += "File " + f.path + " package " +
           (f.package_name != nullptr ? f.package_name->name : std::string("<none>")) + "\n";
    for (const Decl* d : f.decls) decl(d, 1, "");
  }

 private:
  void line(int indent, std::string_view role, const std::string& text, Pos pos) {
    out.append(static_cast<size_t>(indent) * 2, ' ');
    if (!role.empty()) {
      out += role;
      out += ": ";
    }
    out += text;
    out += ' ';
    out += at(pos);
    out += '\n';
  }

  std::string names(const std::vector<Ident*>& ids) {
    std::string s;
    for (const Ident* id : ids) {
      if (!s.empty()) s += ", ";
      s += id != nullptr ? id->name : "<nil>";
    }
    return s;
  }

  void fields(const FieldList& fl, int indent, std::string_view role) {
    for (const Field* f : fl.list) field(f, indent, role);
  }

  void field(const Field* f, int indent, std::string_view role) {
    if (f == nullptr) return;
    std::string text = "Field";
    if (!f->names.empty()) text += " " + names(f->names);
    if (!f->tag.empty()) text += " tag=" + f->tag;
    line(indent, role, text, f->pos);
    expr(f->type, indent + 1, "type");
  }

  void exprs(const std::vector<Expr*>& list, int indent, std::string_view role) {
    for (const Expr* e : list) expr(e, indent, role);
  }

  void expr(const Expr* e, int indent, std::string_view role) {
    if (e == nullptr) return;
    switch (e->kind) {
      case NodeKind::BadExpr:
        return line(indent, role, "BadExpr", e->pos);
      case NodeKind::Ident:
        return line(indent, role, "Ident " + e->as<Ident>()->name, e->pos);
      case NodeKind::BasicLit: {
        auto* b = e->as<BasicLit>();
        return line(indent, role, "BasicLit " + std::string(lit_kind(b->lit)) + " " + b->text,
                    e->pos);
      }
      case NodeKind::CompositeLit: {
        auto* c = e->as<CompositeLit>();
        line(indent, role, "CompositeLit rbrace=" + at(c->rbrace), e->pos);
        expr(c->type, indent + 1, "type");
        return exprs(c->elts, indent + 1, "");
      }
      case NodeKind::FuncLit: {
        auto* f = e->as<FuncLit>();
        line(indent, role, "FuncLit", e->pos);
        expr(f->type, indent + 1, "type");
        return stmt(f->body, indent + 1, "body");
      }
      case NodeKind::ParenExpr:
        line(indent, role, "ParenExpr", e->pos);
        return expr(e->as<ParenExpr>()->x, indent + 1, "x");
      case NodeKind::SelectorExpr: {
        auto* s = e->as<SelectorExpr>();
        line(indent, role, "SelectorExpr ." + (s->sel ? s->sel->name : std::string("?")), e->pos);
        return expr(s->x, indent + 1, "x");
      }
      case NodeKind::IndexExpr: {
        auto* ix = e->as<IndexExpr>();
        line(indent, role, "IndexExpr", e->pos);
        expr(ix->x, indent + 1, "x");
        return exprs(ix->indices, indent + 1, "index");
      }
      case NodeKind::SliceExpr: {
        auto* s = e->as<SliceExpr>();
        line(indent, role, s->slice3 ? "SliceExpr slice3" : "SliceExpr", e->pos);
        expr(s->x, indent + 1, "x");
        expr(s->low, indent + 1, "low");
        expr(s->high, indent + 1, "high");
        return expr(s->max, indent + 1, "max");
      }
      case NodeKind::TypeAssertExpr: {
        auto* t = e->as<TypeAssertExpr>();
        line(indent, role, t->type ? "TypeAssertExpr" : "TypeAssertExpr (type)", e->pos);
        expr(t->x, indent + 1, "x");
        return expr(t->type, indent + 1, "type");
      }
      case NodeKind::CallExpr: {
        auto* c = e->as<CallExpr>();
        line(indent, role,
             std::string(c->has_ellipsis ? "CallExpr ... " : "CallExpr ") + "rparen=" +
                 at(c->rparen),
             e->pos);
        expr(c->fun, indent + 1, "fun");
        return exprs(c->args, indent + 1, "");
      }
      case NodeKind::StarExpr:
        line(indent, role, "StarExpr", e->pos);
        return expr(e->as<StarExpr>()->x, indent + 1, "x");
      case NodeKind::UnaryExpr: {
        auto* u = e->as<UnaryExpr>();
        line(indent, role, "UnaryExpr " + std::string(op_spelling(u->op)), e->pos);
        return expr(u->x, indent + 1, "x");
      }
      case NodeKind::BinaryExpr: {
        auto* b = e->as<BinaryExpr>();
        line(indent, role,
             "BinaryExpr " + std::string(op_spelling(b->op)) + " op=" + at(b->op_pos), e->pos);
        expr(b->x, indent + 1, "x");
        return expr(b->y, indent + 1, "y");
      }
      case NodeKind::KeyValueExpr: {
        auto* kv = e->as<KeyValueExpr>();
        line(indent, role, "KeyValueExpr", e->pos);
        expr(kv->key, indent + 1, "key");
        return expr(kv->value, indent + 1, "value");
      }
      case NodeKind::Ellipsis:
        line(indent, role, "Ellipsis", e->pos);
        return expr(e->as<Ellipsis>()->elt, indent + 1, "elt");
      case NodeKind::ArrayType: {
        auto* a = e->as<ArrayType>();
        line(indent, role, a->len ? "ArrayType" : "ArrayType slice", e->pos);
        expr(a->len, indent + 1, "len");
        return expr(a->elt, indent + 1, "elt");
      }
      case NodeKind::StructType:
        line(indent, role, "StructType", e->pos);
        return fields(e->as<StructType>()->fields, indent + 1, "");
      case NodeKind::FuncType: {
        auto* f = e->as<FuncType>();
        line(indent, role, "FuncType", e->pos);
        fields(f->type_params, indent + 1, "tparam");
        fields(f->params, indent + 1, "param");
        return fields(f->results, indent + 1, "result");
      }
      case NodeKind::InterfaceType:
        line(indent, role, "InterfaceType", e->pos);
        return fields(e->as<InterfaceType>()->methods, indent + 1, "");
      case NodeKind::MapType: {
        auto* m = e->as<MapType>();
        line(indent, role, "MapType", e->pos);
        expr(m->key, indent + 1, "key");
        return expr(m->value, indent + 1, "value");
      }
      case NodeKind::ChanType: {
        auto* c = e->as<ChanType>();
        std::string dir = c->dir == ChanDir::Send ? "chan<-" : c->dir == ChanDir::Recv ? "<-chan"
                                                                                        : "chan";
        line(indent, role, "ChanType " + dir, e->pos);
        return expr(c->value, indent + 1, "value");
      }
      default:
        return line(indent, role, "<not an expression>", e->pos);
    }
  }

  void stmts(const std::vector<Stmt*>& list, int indent) {
    for (const Stmt* s : list) stmt(s, indent, "");
  }

  void stmt(const Stmt* s, int indent, std::string_view role) {
    if (s == nullptr) return;
    switch (s->kind) {
      case NodeKind::BadStmt:
        return line(indent, role, "BadStmt", s->pos);
      case NodeKind::DeclStmt:
        line(indent, role, "DeclStmt", s->pos);
        return decl(s->as<DeclStmt>()->decl, indent + 1, "");
      case NodeKind::EmptyStmt:
        return line(indent, role, "EmptyStmt", s->pos);
      case NodeKind::LabeledStmt: {
        auto* l = s->as<LabeledStmt>();
        line(indent, role, "LabeledStmt " + (l->label ? l->label->name : std::string("?")), s->pos);
        return stmt(l->stmt, indent + 1, "stmt");
      }
      case NodeKind::ExprStmt:
        line(indent, role, "ExprStmt", s->pos);
        return expr(s->as<ExprStmt>()->x, indent + 1, "x");
      case NodeKind::SendStmt: {
        auto* ss = s->as<SendStmt>();
        line(indent, role, "SendStmt", s->pos);
        expr(ss->chan, indent + 1, "chan");
        return expr(ss->value, indent + 1, "value");
      }
      case NodeKind::IncDecStmt: {
        auto* i = s->as<IncDecStmt>();
        line(indent, role, i->inc ? "IncDecStmt ++" : "IncDecStmt --", s->pos);
        return expr(i->x, indent + 1, "x");
      }
      case NodeKind::AssignStmt: {
        auto* a = s->as<AssignStmt>();
        std::string tok = a->define ? ":=" : std::string(op_spelling(a->op)) + "=";
        line(indent, role, "AssignStmt " + tok, s->pos);
        exprs(a->lhs, indent + 1, "lhs");
        return exprs(a->rhs, indent + 1, "rhs");
      }
      case NodeKind::GoStmt:
        line(indent, role, "GoStmt", s->pos);
        return expr(s->as<GoStmt>()->call, indent + 1, "call");
      case NodeKind::DeferStmt:
        line(indent, role, "DeferStmt", s->pos);
        return expr(s->as<DeferStmt>()->call, indent + 1, "call");
      case NodeKind::ReturnStmt:
        line(indent, role, "ReturnStmt", s->pos);
        return exprs(s->as<ReturnStmt>()->results, indent + 1, "");
      case NodeKind::BranchStmt: {
        auto* b = s->as<BranchStmt>();
        std::string text = "BranchStmt " + std::string(branch_kind(b->tok));
        if (b->label != nullptr) text += " " + b->label->name;
        return line(indent, role, text, s->pos);
      }
      case NodeKind::BlockStmt: {
        auto* b = s->as<BlockStmt>();
        line(indent, role, "BlockStmt rbrace=" + at(b->rbrace), s->pos);
        return stmts(b->list, indent + 1);
      }
      case NodeKind::IfStmt: {
        auto* i = s->as<IfStmt>();
        line(indent, role, "IfStmt", s->pos);
        stmt(i->init, indent + 1, "init");
        expr(i->cond, indent + 1, "cond");
        stmt(i->body, indent + 1, "body");
        return stmt(i->else_, indent + 1, "else");
      }
      case NodeKind::CaseClause: {
        auto* c = s->as<CaseClause>();
        line(indent, role, c->is_default ? "CaseClause default" : "CaseClause", s->pos);
        exprs(c->list, indent + 1, "case");
        return stmts(c->body, indent + 1);
      }
      case NodeKind::SwitchStmt: {
        auto* sw = s->as<SwitchStmt>();
        line(indent, role, "SwitchStmt", s->pos);
        stmt(sw->init, indent + 1, "init");
        expr(sw->tag, indent + 1, "tag");
        for (const CaseClause* c : sw->clauses) stmt(c, indent + 1, "");
        return;
      }
      case NodeKind::TypeSwitchStmt: {
        auto* ts = s->as<TypeSwitchStmt>();
        line(indent, role, "TypeSwitchStmt", s->pos);
        stmt(ts->init, indent + 1, "init");
        expr(ts->bind, indent + 1, "bind");
        expr(ts->guard, indent + 1, "guard");
        for (const CaseClause* c : ts->clauses) stmt(c, indent + 1, "");
        return;
      }
      case NodeKind::CommClause: {
        auto* c = s->as<CommClause>();
        line(indent, role, c->comm ? "CommClause" : "CommClause default", s->pos);
        stmt(c->comm, indent + 1, "comm");
        return stmts(c->body, indent + 1);
      }
      case NodeKind::SelectStmt:
        line(indent, role, "SelectStmt", s->pos);
        for (const CommClause* c : s->as<SelectStmt>()->clauses) stmt(c, indent + 1, "");
        return;
      case NodeKind::ForStmt: {
        auto* f = s->as<ForStmt>();
        line(indent, role, "ForStmt", s->pos);
        stmt(f->init, indent + 1, "init");
        expr(f->cond, indent + 1, "cond");
        stmt(f->post, indent + 1, "post");
        return stmt(f->body, indent + 1, "body");
      }
      case NodeKind::RangeStmt: {
        auto* r = s->as<RangeStmt>();
        line(indent, role, r->define ? "RangeStmt :=" : (r->key ? "RangeStmt =" : "RangeStmt"),
             s->pos);
        expr(r->key, indent + 1, "key");
        expr(r->value, indent + 1, "value");
        expr(r->x, indent + 1, "x");
        return stmt(r->body, indent + 1, "body");
      }
      default:
        return line(indent, role, "<not a statement>", s->pos);
    }
  }

  void spec(const Spec* s, int indent) {
    if (auto* i = s->as<ImportSpec>()) {
      std::string text = "ImportSpec ";
      if (i->name != nullptr) text += i->name->name + " ";
      return line(indent, "", text + "\"" + i->path + "\"", s->pos);
    }
    if (auto* v = s->as<ValueSpec>()) {
      line(indent, "", "ValueSpec " + names(v->names) + " iota=" + std::to_string(v->iota),
           s->pos);
      expr(v->type, indent + 1, "type");
      return exprs(v->values, indent + 1, "value");
    }
    if (auto* t = s->as<TypeSpec>()) {
      line(indent, "",
           "TypeSpec " + (t->name ? t->name->name : std::string("?")) + (t->alias ? " alias" : ""),
           s->pos);
      fields(t->type_params, indent + 1, "tparam");
      return expr(t->type, indent + 1, "type");
    }
  }

  void decl(const Decl* d, int indent, std::string_view role) {
    if (d == nullptr) return;
    if (auto* g = d->as<GenDecl>()) {
      line(indent, role, "GenDecl " + std::string(decl_kind(g->tok)), d->pos);
      for (const Spec* s : g->specs) spec(s, indent + 1);
      return;
    }
    if (auto* f = d->as<FuncDecl>()) {
      line(indent, role, "FuncDecl " + (f->name ? f->name->name : std::string("?")), d->pos);
      field(f->recv, indent + 1, "recv");
      expr(f->type, indent + 1, "type");
      return stmt(f->body, indent + 1, "body");
    }
  }
};

}  // namespace

std::string dump(const File& file, const FileSet&) {
  Dumper d;
  d.file(file);
  return d.out;
}

}  // namespace go2cpp::syntax
