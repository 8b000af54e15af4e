// The CST → AST converter's shared state and its member functions, implemented one concern per
// file: convert_expr.cpp (expressions and literals), convert_type.cpp (type expressions, field
// lists, signatures), convert_stmt.cpp (statements), convert_decl.cpp (the file and its
// declarations).
//
// The converter trusts tree-sitter for the shape of well-formed code and checks what the grammar
// accepts but Go does not (statements at top level, `a.b := 1`, mixed named and unnamed
// parameters, ...), reporting those with gc's words. Where the CST is broken (ERROR nodes, missing
// fields) it produces BadExpr / BadStmt and stays quiet: the syntax-error pass (syntax_errors.cpp)
// has already reported the cause. Recursion is bounded by kMaxNesting, so no input can overflow
// the C++ stack here or in later phases that walk the tree recursively.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "syntax/ast.h"
#include "syntax/cst.h"
#include "syntax/diagnostics.h"

namespace go2cpp::syntax::detail {

// ---- Tuning knobs -------------------------------------------------------------------------------
// How deeply expressions, types and statements may nest. gc has no fixed limit (Go stacks grow);
// real code stays below a few dozen levels. Each level costs a few hundred bytes of C++ stack in
// the converter and in each later phase, so 1000 keeps the whole pipeline far below an 8 MiB
// (or a 1 MiB fiber) stack.
inline constexpr int kMaxNesting = 1000;

class Converter {
 public:
  Converter(const Cst& cst, File& file, Diagnostics& diags) : cst_(cst), file_(file), diags_(diags) {}

  // The whole file: package clause, imports, declarations.
  void source_file(TSNode root);

  // Expressions and types (both are Expr in the AST). A null or broken node yields a BadExpr.
  Expr* expr(TSNode n);
  std::vector<Expr*> expr_list(TSNode list);  // an expression_list (or a single expression)

  // Statements. A null or broken node yields a BadStmt.
  Stmt* stmt(TSNode n);
  BlockStmt* block(TSNode n);

 private:
  friend class DepthGuard;

  // Expressions (convert_expr.cpp).
  Expr* expr_node(TSNode n);
  Ident* ident(TSNode n);
  BasicLit* basic_lit(TSNode n, LitKind kind);
  Expr* unary(TSNode n);
  Expr* binary(TSNode n);
  Expr* call(TSNode n);
  Expr* slice(TSNode n);
  Expr* composite_lit(TSNode n);
  CompositeLit* literal_value(TSNode n, Expr* type, Pos pos);
  Expr* literal_element(TSNode n);
  Expr* func_lit(TSNode n);

  // Types (convert_type.cpp).
  Expr* type_node(TSNode n);
  Expr* type_elem(TSNode n);  // T1 | ~T2 | ... as a left-nested BinaryExpr Or
  Expr* channel_type(TSNode n);
  Expr* struct_type(TSNode n);
  Expr* interface_type(TSNode n);
  Expr* generic_type(TSNode n);
  FuncType* signature(TSNode n, Pos pos);  // a node with parameters and result fields
  void params(TSNode list, FieldList& out, bool check_mixed);
  void results(TSNode result, FieldList& out);
  void type_params(TSNode list, FieldList& out);

  // Statements (convert_stmt.cpp).
  Stmt* stmt_node(TSNode n);
  std::vector<Stmt*> stmt_list(const std::vector<Child>& kids, size_t from);
  Stmt* assign(TSNode n);
  Stmt* short_var_decl(TSNode n);
  Stmt* call_stmt(TSNode n, bool is_go);
  Stmt* if_stmt(TSNode n);
  Stmt* for_stmt(TSNode n);
  Stmt* range(TSNode clause, TSNode body, Pos pos);
  Stmt* expr_switch(TSNode n);
  Stmt* type_switch(TSNode n);
  Stmt* select(TSNode n);
  CaseClause* case_clause(TSNode n);
  Stmt* branch(TSNode n, BranchKind kind);

  // Declarations (convert_decl.cpp).
  GenDecl* gen_decl(TSNode n);
  void import_specs(TSNode n, GenDecl* decl);
  void value_specs(TSNode n, GenDecl* decl);
  Spec* type_spec(TSNode n);
  FuncDecl* func_decl(TSNode n);
  bool method_type_params(TSNode n);

  // gc's automatic semicolon: a list whose closing token is on a later line than its last element,
  // with no comma between, is "unexpected newline in <what>; possibly missing comma or <close>".
  void check_list_end(const std::vector<Child>& kids, std::string_view what, std::string_view close);

  // Diagnostics.
  void error(Pos pos, std::string message);
  bool broken(TSNode n) const;  // null, ERROR or MISSING
  void too_deep(Pos pos);       // reports the nesting limit, once per file
  Pos pos(TSNode n) const { return cst_.pos(n); }

  const Cst& cst_;
  File& file_;
  Diagnostics& diags_;
  int depth_ = 0;
  int errors_ = 0;
  bool nesting_reported_ = false;
};

// Counts one level of nesting for the lifetime of a conversion call; `ok()` is false past
// kMaxNesting (the first time, it reports the error).
class DepthGuard {
 public:
  DepthGuard(Converter& c, Pos pos);
  ~DepthGuard() { --c_.depth_; }
  DepthGuard(const DepthGuard&) = delete;
  DepthGuard& operator=(const DepthGuard&) = delete;
  bool ok() const { return ok_; }

 private:
  Converter& c_;
  bool ok_;
};

// Literal and token text helpers (text.cpp).
// The value of a Go string literal as written (quotes included); good enough for import paths.
std::string unquote(std::string_view lit);
// The Op spelled `text` ("+", "&^", "<-", ...), or Op::None.
Op op_from_text(std::string_view text);

}  // namespace go2cpp::syntax::detail
