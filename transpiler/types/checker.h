// The checker's internals, shared by its files:
//   check.cpp      package-level driver: collect objects, check declarations and bodies, unused
//                  imports, initialization order
//   decl.cpp       const, var, type and func declarations (package-level and local)
//   typexpr.cpp    type expressions → Type
//   expr.cpp       operands, identifiers, literals, unary and binary operators, untyped constants
//   selector.cpp   x.f, x[i], x[i:j], composite literals, field and method lookup
//   call.cpp       calls and conversions;  builtins.cpp  the builtin functions
//   assign.cpp     assignability and assignments
//   stmt.cpp       statements; labels.cpp  labels, break/continue targets, terminating statements
// It follows go/types (and gc's types2) closely, including the wording of diagnostics.
#pragma once

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "syntax/ast.h"
#include "syntax/diagnostics.h"
#include "types/check.h"
#include "types/generic.h"
#include "types/info.h"
#include "types/predicates.h"
#include "types/types.h"
#include "types/universe.h"

namespace go2cpp::types {

using namespace go2cpp::syntax;
using syntax::Pos;

struct Operand {
  Mode mode = Mode::Invalid;
  const syntax::Expr* expr = nullptr;
  Type* type = nullptr;
  constant::Value val;
  BuiltinId builtin = BuiltinId::Append;
  bool is_nil = false;  // the predeclared nil (stays true after nil is given a type)
  bool invalid() const { return mode == Mode::Invalid; }
};

// What a package-level object was declared by.
struct DeclInfo {
  Scope* file_scope = nullptr;
  const ValueSpec* vspec = nullptr;  // const or var
  std::vector<Var*> lhs;             // var a, b = f(): all the vars sharing one initializer
  const Expr* type_expr = nullptr;   // const/var type (inherited for consts)
  const Expr* init = nullptr;        // the one initializer for this object (or shared)
  int iota = 0;
  const TypeSpec* tspec = nullptr;
  const FuncDecl* fdecl = nullptr;
  std::set<Object*> deps;            // package-level objects this one's initializer refers to
};

class Checker {
 public:
  Checker(Package* pkg, const std::vector<const File*>& files, Arena& arena,
          const Universe& universe, const Importer& importer, const CheckConfig& config,
          Info& info, Diagnostics& diags);
  void run();

  // ---- diagnostics
  void error(Pos pos, std::string msg);
  void error(const Node* n, std::string msg) { error(n->pos, std::move(msg)); }
  std::string tstr(const Type* t) const { return type_string(t, pkg_); }
  std::string expr_str(const Expr* e) const;
  std::string operand_str(const Operand& x) const;  // "x (variable of type int)"

  // ---- check.cpp
  void collect_objects();
  void dot_import(Scope* file_scope, const ImportSpec* is, Package* imported);
  void check_file_scope_conflicts();
  void declare_pkg_obj(Ident* name, Object* obj, DeclInfo* d);
  void check_bodies();
  void report_unused_imports();
  void compute_init_order();

  // ---- decl.cpp
  void obj_decl(Object* obj);
  void const_decl(Const* obj, const Expr* type_expr, const Expr* init, int iota);
  void var_decl(Var* obj, const std::vector<Var*>& lhs, const Expr* type_expr, const Expr* init);
  void type_decl(TypeName* obj, const TypeSpec* spec);
  void func_decl(Func* obj, const FuncDecl* decl);
  void collect_methods();
  void attach_methods(TypeName* obj, Named* named);
  static std::string receiver_base_name(const FuncDecl* fd);
  void declare_receiver_type_params(const FuncDecl* fd, Scope* scope);
  void decl_stmt(const GenDecl* decl);
  void declare(Scope* scope, Ident* id, Object* obj);

  // ---- typexpr.cpp
  Type* type_expr(const Expr* e);
  Type* defined_type(const Expr* e, Named* def);
  Signature* func_type(const FuncType* ft, const Field* recv, Scope* scope, bool declare_params);
  Type* struct_type(const StructType* st);
  Type* interface_type(const InterfaceType* it);
  void complete_interface(Interface* it);
  int64_t array_length(const Expr* e);

  // ---- generics.cpp
  std::vector<TypeParam*> declare_type_params(const FieldList& list, Scope* scope);
  Type* constraint_type(const Expr* e);
  std::vector<Term> union_terms(const Expr* e);
  // List[int] as a type; x is the generic type's operand.
  Type* instantiate_type(const IndexExpr* e, Type* generic);
  // F[int] as a value (all type arguments given).
  void func_instance(Operand& x, const IndexExpr* e);
  // A call of generic function fn (with explicit type arguments, possibly partial): infers the
  // rest from the arguments, checks constraints, and returns the instantiated signature (null
  // after an error, which is reported).
  Signature* infer_call(const CallExpr* e, const Expr* fn_expr, Signature* generic,
                        std::vector<Type*> targs, std::vector<Operand>& args);
  bool verify_targs(const std::vector<TypeParam*>& tparams, const std::vector<Type*>& targs,
                    const std::vector<Pos>& positions);
  void record_instance(const Expr* fn_expr, const std::vector<Type*>& targs, Type* type);
  Context& ctx() { return *info_.context; }
  void record_mono_edges(const std::vector<TypeParam*>& tparams, const std::vector<Type*>& targs,
                         Pos pos);
  void check_instantiation_cycles();
  struct MonoEdge {
    const TypeParam* from;
    const TypeParam* to;
    bool grows;  // the type argument wraps `from` ([]T), rather than being it
    const Type* targ;
    Pos pos;
  };
  std::vector<MonoEdge> mono_edges_;
  bool in_constraint_ = false;  // interfaces with type terms are allowed here
  bool in_generic_body_ = false;  // checking the body of a generic function or method

  // ---- expr.cpp
  void raw_expr(Operand& x, const Expr* e, Type* hint);
  void expr(Operand& x, const Expr* e);                 // a single value (not a type)
  void expr_or_type(Operand& x, const Expr* e);
  void multi_expr(std::vector<Operand>& list, const Expr* e);  // f() may yield several values
  void expr_with_hint(Operand& x, const Expr* e, Type* hint);
  void ident(Operand& x, const Ident* id);
  void basic_lit(Operand& x, const BasicLit* lit);
  void unary(Operand& x, const UnaryExpr* e);
  void binary(Operand& x, const Expr* e, const Expr* lhs, const Expr* rhs, Op op, Pos op_pos);
  void shift(Operand& x, Operand& y, const Expr* e, Op op);
  void comparison(Operand& x, Operand& y, Op op, const Expr* e);
  void match_types(Operand& x, Operand& y);
  void convert_untyped(Operand& x, Type* target);
  bool representable(Operand& x, const Basic* typ, std::string* cause);
  void update_expr_type(const Expr* e, Type* t, bool final);
  void record(const Expr* e, const Operand& x);
  void record_type(const Expr* e, Type* t);
  void record_value(const Expr* e, Type* t);  // an instantiated generic function
  void overflow(Operand& x, Pos op_pos);
  bool use_exprs(const std::vector<Expr*>& list);  // evaluate for side effects after an error
  bool use_exprs(std::initializer_list<const Expr*> list);

  // ---- selector.cpp
  void selector(Operand& x, const SelectorExpr* e);
  void index_expr(Operand& x, const IndexExpr* e);
  void index_operand(Operand& x, const IndexExpr* e);  // x is e->x, already evaluated
  void slice_expr(Operand& x, const SliceExpr* e);
  void composite_lit(Operand& x, const CompositeLit* e, Type* hint);
  bool index_value(const Expr* index, int64_t max, int64_t* value);
  // Field or method lookup; returns null when absent. `path` gets the embedding path.
  Object* lookup_field_or_method(Type* t, bool addressable, const std::string& name,
                                 std::vector<int>& path, bool& indirect);
  Func* lookup_method(Type* t, const std::string& name);  // including pointer receivers

  // ---- call.cpp / builtins.cpp
  void call_expr(Operand& x, const CallExpr* e);
  void conversion(Operand& x, Type* target, const CallExpr* e);
  bool convertible(const Operand& x, Type* target);
  void arguments(const CallExpr* e, Signature* sig, std::vector<Operand>& args,
                 const std::string& fname, bool evaluated = false);
  void evaluate_args(const CallExpr* e, std::vector<Operand>& args);
  void generic_call(Operand& x, const CallExpr* e, const IndexExpr* fix);
  void builtin_call(Operand& x, const CallExpr* e, BuiltinId id);
  // ---- unsafe.cpp: package unsafe's functions
  void unsafe_call(Operand& x, const CallExpr* e, BuiltinId id);

  // ---- assign.cpp
  bool assignable(Operand& x, Type* target, std::string* reason);
  void assignment(Operand& x, Type* target, const std::string& context);
  void assign_var(const Expr* lhs, Operand& x);
  Type* lhs_var(const Expr* lhs, Operand* out);
  void assign_stmt(const AssignStmt* s);
  void short_var_decl(const AssignStmt* s);
  void init_vars(const std::vector<Var*>& lhs, const std::vector<Expr*>& rhs, Pos pos,
                 bool is_decl_stmt);
  void assignment_mismatch(Pos pos, size_t nvars, size_t nvals, const Expr* call,
                           bool vars_are_lhs);
  bool implements(Type* t, Interface* iface, std::string* missing);

  // ---- stmt.cpp
  void func_body(const std::string& name, Signature* sig, const BlockStmt* body, Scope* scope);
  void stmt_list(const std::vector<Stmt*>& list);
  void stmt(const Stmt* s);
  void open_scope(const char* comment);
  void close_scope();
  void usage(Scope* scope);
  void simple_stmt(const Stmt* s);
  void for_stmt(const ForStmt* s);
  void range_stmt(const RangeStmt* s);
  void switch_stmt(const SwitchStmt* s);
  void type_switch_stmt(const TypeSwitchStmt* s);
  void return_stmt(const ReturnStmt* s);

  // ---- labels.cpp
  void check_labels(const BlockStmt* body);
  bool is_terminating(const Stmt* s, const std::string& label);
  bool is_terminating_list(const std::vector<Stmt*>& list);

  // ---- state
  Package* pkg_;
  std::vector<const File*> files_;
  Arena& arena_;
  const Universe& universe_;
  const Importer& importer_;
  CheckConfig config_;
  Info& info_;
  Diagnostics& diags_;

  std::unordered_map<Object*, DeclInfo*> decls_;
  std::vector<std::unique_ptr<DeclInfo>> decl_store_;
  std::vector<Object*> pkg_objects_;  // in source order
  std::vector<PkgName*> imports_;
  // The file scopes, and for each name a dot import put into one, the import that put it there
  // (so a use marks the import used).
  std::vector<Scope*> file_scopes_;
  std::map<std::pair<const Scope*, std::string>, PkgName*> dot_imports_;
  std::vector<std::pair<Func*, const FuncDecl*>> methods_;  // declared methods, in source order
  std::vector<std::pair<Func*, const FuncDecl*>> funcs_;    // every function with a body
  std::unordered_map<const FuncDecl*, Scope*> func_scopes_;  // parameters' scope, per function
  // Methods by the name of their receiver's base type, attached when the type is declared.
  std::unordered_map<std::string, std::vector<Func*>> methods_by_base_;
  std::set<Func*> attached_methods_;

  // Cycle detection in package-level declarations: objects being checked, in order.
  std::vector<Object*> obj_path_;
  std::unordered_map<Object*, int> color_;  // 0 white, 1 grey (on path), 2 black
  DeclInfo* current_decl_ = nullptr;        // for dependency recording

  // Function context.
  struct FuncContext {
    Signature* sig = nullptr;
    bool has_defer = false;
    std::vector<Var*> locals;  // for "declared but not used"
  };
  FuncContext* fn_ = nullptr;
  Scope* scope_ = nullptr;
  int iota_ = -1;  // current iota value inside a const declaration, -1 outside
  // Break/continue/fallthrough legality while walking statements.
  int loop_depth_ = 0;
  int break_depth_ = 0;  // loops, switches and selects
  bool fallthrough_ok_ = false;  // the statement list being checked is a non-final switch case
};

}  // namespace go2cpp::types
