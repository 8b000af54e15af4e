// The emitter's internals, shared by its files, one per construct family:
//   package.cpp   the file layout (sections), package variables, init, main
//   names.cpp     the identifier renaming rule
//   cpptypes.cpp  Go types → C++ type names, struct definitions, zero values
//   captures.cpp  which local variables closures capture (those live in heap cells)
//   stmt.cpp      statements;  loops.cpp  for/range/switch;  recover.cpp  recover's rule
//   expr.cpp      expressions;  call.cpp  calls, conversions, builtins;  literal.cpp  constants
//
// Expressions are built as text with a C++ precedence, so parentheses appear only where C++
// needs them (or where g++ -Wparentheses would ask for them).
#pragma once

#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "emit/emitter.h"
#include "types/generic.h"
#include "types/predicates.h"

namespace go2cpp::emit {

using namespace go2cpp::syntax;
using types::Type;
namespace constant = types::constant;

// A type's name as reflect (and so %T) spells it (structs.cpp).
std::string reflect_name(const Type* t, const std::string& pkg);

// A C++ expression and how tightly it binds (C++'s precedence groups; lower binds tighter).
struct CExpr {
  std::string text;
  int prec = 0;  // 0 primary/postfix, 3 unary, 5 multiplicative, 6 additive, 7 shift,
                 // 9 relational, 10 equality, 11 &, 12 ^, 13 |, 14 &&, 15 ||, 16 ?: and =
};

class Emitter {
 public:
  Emitter(const types::Package& pkg, const std::vector<const File*>& files,
          const types::Info& info, const types::Universe& universe, const FileSet& fileset,
          const EmitOptions& options, Diagnostics& diags);
  EmittedPackage run();

  // ---- diagnostics
  void unsupported(const Node* n, const std::string& what);
  bool failed() const { return failed_; }

  // ---- output
  void line(const std::string& s);  // one line at the current indentation
  void blank();
  void line_directive(Pos pos);
  std::string& out() { return *out_; }
  int indent_ = 0;

  // ---- package.cpp
  void emit_types();
  // The Go doc comment of the declaration at `pos` (the comment lines right above it, as
  // written, each ending in a newline; //go: directives left out), or "".
  std::string doc_comment(Pos pos);
  std::string doc_comment(const types::Object* obj) { return obj ? doc_comment(obj->pos) : ""; }
  // ---- structs.cpp
  std::string field_cname(const types::Struct* st, size_t i) const;
  void emit_struct(const std::string& name, const types::Struct* st, bool is_comparable);
  void emit_struct_descriptor(const std::string& name, const types::Struct* st,
                              const types::Named* named);
  void emit_alias_descriptor(const types::Named* named, const std::string& cname);
  bool recursive_alias(const types::Named* n);  // reports it: C++ cannot express it yet
  std::vector<std::pair<const types::Named*, std::string>> named_aliases_;
  std::string descriptor_decls_;    // declarations of every descriptor, then...
  std::string alias_descriptors_;   // ...named non-struct types' descriptors, then structs'
  std::string struct_name(const types::Struct* st);  // the C++ name of an anonymous struct
  std::vector<std::pair<const types::Struct*, std::string>> anon_structs_;
  std::unordered_map<const types::TypeName*, std::string> local_type_names_;
  // ---- interfaces.cpp
  std::string runtime_ns(const types::Package* p);          // "go::fmt"
  // The namespace of any package's C++: the runtime's go::fmt, a translated package's own
  // namespace (EmitOptions::namespaces), this package's (own_ns()).
  std::string pkg_ns(const types::Package* p);
  const std::string& own_ns() const { return own_ns_; }
  std::string own_ns_;
  std::string interface_name(const types::Interface* it);   // interface_1, ... (anonymous)
  std::vector<std::pair<const types::Interface*, std::string>> anon_ifaces_;
  std::string iface_member(const Type* iface_type, const std::string& method);
  // A method's Go signature as the runtime compares it (method_entry::sig, an interface's sigs).
  std::string method_sig_text(const types::Func* m);
  // The program's package main, which gets the C++ main(); a package main imported by go2cpp
  // test's generated main is a library like any other (its path is then not "main").
  bool is_program() const { return pkg_.name == "main" && pkg_.path == "main"; }
  void emit_interface(const std::string& name, const types::Interface* it,
                      const types::Named* named);
  void emit_cpp_implementation(const std::string& name, const types::Interface* it,
                               const types::Named* named);
  std::string iface_defs_;
  size_t emitted_ifaces_ = 0;  // interface literals found by emit_types (later ones: unsupported)  // interfaces' member functions, after every type is complete
  // The receiver of method m for a value `base` of type t, following the embedded fields in
  // `path` and adjusting to m's receiver (value or pointer); *holder gets the type declaring m.
  CExpr receiver_for(CExpr base, const Type* t, const std::vector<int>& path,
                     const types::Func* m, const Node* at, const Type** holder);
  std::string method_call_text(const CExpr& recv, const Type* holder, const types::Func* m,
                               const std::vector<std::string>& args);
  // The method set of t (of *t with of_pointer) as a `methods` array of thunks written to out,
  // and the error_method/string_method assignments to hooks; returns the number of methods.
  int method_table(const Type* t, bool of_pointer, const std::string& self_ctype,
                   std::string& out, std::string& hooks);
  void emit_ptr_descriptor(const Type* t, const std::string& fn_name, const std::string& cname);
  void emit_vars();
  void emit_funcs();
  void emit_init();
  std::string func_signature(const std::string& name, const types::Signature* sig,
                             const FuncType* ft, bool for_definition);

  // ---- generics.cpp: stenciling. Every type the emitter reads goes through T(), which applies
  // the substitution of the generic instance being emitted (none outside generic code).
  const Type* T(const Type* t);
  const types::Signature* subst_sig(const types::Signature* sig);
  const Type* type_of(const Expr* e);
  const types::TypeAndValue* tv_of(const Expr* e);
  const Type* otype(const types::Object* obj);
  void set_subst(const types::SubstMap* m);
  std::string instance_cname(const std::string& base, const std::string& key,
                             const std::vector<Type*>& targs);
  std::string named_cname(const types::Named* n);  // a named type's C++ name (instances too)
  // The C++ name of fn[targs], registering the instance for emission.
  std::string func_instance(const types::Func* fn, const std::vector<Type*>& targs);
  std::string generic_ref(const Ident* id);  // "" unless id names a generic function instance
  void resolve_method(const Type* recv_t, const types::Func*& m, std::vector<int>& path);
  void discover_body(const Node* body);
  void note_type(const Type* t);
  // Generics across packages: the package that emits an instance, the instance's C++ name there,
  // and the namespace a named type (an instance or not) lives in.
  const types::Package* instance_home(const types::Object* generic, const std::vector<Type*>& targs);
  std::string generic_instance_name(const types::Object* generic, const std::vector<Type*>& targs,
                                    const types::Package* home);
  const types::Package* named_home(const types::Named* n);
  bool homeless(const types::Package* home, const types::Object* generic,
                const std::vector<Type*>& targs);
  std::set<std::string> reported_homeless_;
  const types::Info* info_for(const types::Package* p);  // a package's side tables
  const types::Info* own_info_ = nullptr;
  void discover_instances();
  void emit_instances();
  void emit_instance_body(const FuncDecl* decl, const types::Func* g, const types::SubstMap& m,
                          const std::string& name, const std::string& comment);
  void emit_func_def(const FuncDecl* fd, const types::Func* fn, const types::Signature* sig,
                     const std::string& name, const std::string& comment);
  struct FuncInstance {
    const types::Func* fn;  // the generic, possibly another package's
    std::vector<Type*> targs;
    std::string name;
    bool emitted;
  };
  const types::SubstMap* subst_ = nullptr;
  const types::Var* recv_var_ = nullptr;  // the declared receiver of the method being emitted
  std::unordered_map<const Expr*, types::TypeAndValue> tv_cache_;
  std::unordered_map<std::string, std::string> instance_names_;
  std::set<std::string> taken_instance_names_;
  std::vector<FuncInstance> func_instances_;
  std::set<std::string> func_instance_keys_;
  std::vector<const Type*> discovered_types_;

  // ---- cpptypes.cpp
  std::string ctype(const Type* t);                // C++ type for a Go type
  std::string result_type(const types::Signature* sig);
  std::string zero_value(const Type* t);           // "{}" style initializer text
  bool needs_explicit_descriptor(const Type* t);
  bool describable(const Type* t);   // the C++ type does not name the Go type
  std::string descriptor(const Type* t);           // an expression: const go::type_desc*
  bool is_narrow_int(const Type* t);               // promoted by C++ arithmetic
  std::string cpp_string_literal(const std::string& bytes);

  // ---- captures.cpp
  void find_captures(const BlockStmt* body);
  bool boxed(const types::Object* v) const { return boxed_.count(v) != 0; }

  // ---- literal.cpp
  CExpr constant(const constant::Value& v, const Type* t, const Node* at);

  // ---- expr.cpp
  CExpr expr(const Expr* e);
  std::string expr_text(const Expr* e) { return expr(e).text; }
  CExpr expr_to(const Expr* e, const Type* target);  // with implicit conversions (interfaces)
  std::string paren(const CExpr& e, int max_prec);     // parenthesize if looser than max_prec
  CExpr ident(const Ident* id);
  CExpr type_assert(const TypeAssertExpr* e, bool comma_ok);
  CExpr binary(const BinaryExpr* e);
  CExpr unary(const UnaryExpr* e);
  CExpr selector(const SelectorExpr* e);
  // The receiver of a method selection x.M, adjusted to the method's receiver (value or
  // pointer), following embedded fields; and the C++ name of a method (Type_Method).
  CExpr method_receiver(const SelectorExpr* e, const types::Selection& sel);
  std::string method_name(const types::Func* m);
  CExpr field_path(CExpr base, const Type* t, const std::vector<int>& path, const Node* at);
  CExpr index(const IndexExpr* e);
  CExpr slice_expr(const SliceExpr* e);
  CExpr composite_lit(const CompositeLit* e, const Type* t);
  CExpr func_lit(const FuncLit* e);
  CExpr convert_value(CExpr value, const Type* from, const Type* to);
  std::string var_ref(const types::Object* obj);
  bool declare_stack_object(const syntax::Ident* id, const types::Var* v, const syntax::Expr* rhs);
  std::unordered_set<std::string> go_identifiers_;  // every identifier of the package  // a variable, dereferenced if boxed

  // ---- order.cpp: Go evaluates calls left to right; C++ leaves argument order unspecified.
  bool has_call(const Expr* e);
  // Emits each expression; when two or more contain calls, those are first evaluated into
  // temporaries, in order, by statements placed before the current one.
  std::vector<CExpr> ordered(const std::vector<const Expr*>& list,
                             const std::vector<const Type*>& targets);
  bool no_hoist_ = false;  // inside a for clause or else-if condition: cannot hoist

  // ---- call.cpp
  std::string intrinsic_for(const Expr* fun) const;
  CExpr call(const CallExpr* e);
  CExpr conversion(const CallExpr* e, const Type* to);
  CExpr builtin(const CallExpr* e, types::BuiltinId id);
  std::vector<std::string> call_args(const CallExpr* e, const types::Signature* sig);

  // ---- stmt.cpp
  bool redeclared_in(const BlockStmt* body, const types::Var* v);
  void func_body(const types::Signature* sig, const FieldList* results_fields,
                 const FieldList* params_fields, const BlockStmt* body);
  void block(const std::vector<Stmt*>& list);
  void stmt(const Stmt* s);
  void simple_stmt_inline(const Stmt* s, std::string& text);  // for `for` headers
  void assign(const AssignStmt* s);
  void define(const AssignStmt* s);
  std::string comma_ok_value(const Expr* rhs);
  std::string bound_call(const CallExpr* call, const Stmt* at);
  void select_stmt(const SelectStmt* s, const std::string& label);
  void assign_comma_ok(const std::vector<Expr*>& lhs, const std::string& value, const Expr* rhs);
  void var_decl_stmt(const GenDecl* d);
  void declare_local(const Ident* id, const types::Var* v, const std::string& init);
  void return_stmt(const ReturnStmt* s);
  std::string assign_target(const Expr* lhs);
  void if_stmt(const IfStmt* s);

  // ---- loops.cpp
  void for_stmt(const ForStmt* s, const std::string& label);
  void range_stmt(const RangeStmt* s, const std::string& label);
  void case_body(const CaseClause* cc);
  void switch_stmt(const SwitchStmt* s, const std::string& label);
  void type_switch(const TypeSwitchStmt* s, const std::string& label);
  void branch(const BranchStmt* s);
  void loop_body(const std::function<void()>& emit_body);
  // A loop's body statements, in a block of their own when they redeclare a loop variable.
  void loop_block(const std::vector<Stmt*>& body, const std::vector<std::string>& loop_names);

  // ---- state
  const types::Package& pkg_;
  std::vector<const File*> files_;
  // The side tables of the code being emitted: this package's, or, while a generic of another
  // package is stenciled here, that package's (docs/packages.md).
  const types::Info* info_;
  const types::Universe& universe_;
  const FileSet& fileset_;
  EmitOptions options_;
  Diagnostics& diags_;
  bool failed_ = false;

  std::string* out_ = nullptr;
  std::string decls_;    // section: function declarations
  std::string types_;    // section: type definitions
  std::string vars_;     // section: package variables
  std::string var_decls_;  // their extern declarations, for a package's header
  std::string const_decls_;  // exported constants, for a package's header
  void emit_const_decls(const GenDecl* gd);
  std::string defs_;     // section: function definitions
  std::string descriptors_;  // runtime type descriptors (namespace go)
  bool qualify_ = false;     // spell this package's types with their namespace
  std::set<std::string> includes_;

  std::unordered_set<const types::Object*> boxed_;  // locals living in heap cells
  int last_line_ = -1;
  int32_t last_file_ = -1;
  const std::string* last_out_ = nullptr;  // the buffer and its size right after that directive
  size_t last_size_ = 0;
  int temp_counter_ = 0;
  std::string fresh(const std::string& base) { return base + std::to_string(++temp_counter_); }

  // The function being emitted.
  struct FuncState {
    const types::Signature* sig = nullptr;
    std::vector<std::string> result_names;  // C++ names of the result variables, if any
    bool has_defer = false;
    bool in_defer_body = false;             // return statements assign then `return;`
    bool recover_token = false;             // took go::take_defer_token(): recover may work
  };
  FuncState* fn_ = nullptr;
  // The statements that break/continue can target, innermost last. A Go switch emitted as an
  // if-chain is left by `goto` to its end label; labelled break/continue of outer loops too.
  struct Breakable {
    enum Kind { Loop, CppSwitch, IfSwitch } kind;
    std::string label;           // the Go label, or ""
    std::string break_label;     // C++ label after the statement
    std::string continue_label;  // C++ label at the end of a loop body
    bool break_used = false;
    bool continue_used = false;
  };
  std::vector<Breakable> breakables_;
  std::vector<std::string> used_goto_labels_;  // Go labels that some goto targets
  std::unordered_set<const types::Object*> used_;  // objects the current function body uses
  std::vector<std::string> init_funcs_;            // C++ names of the package's init functions
  bool assigns(const Node* body, const types::Object* v);  // body assigns or takes &v

  // ---- recover.cpp: gc lets recover() stop a panic only in the deferred function
  // itself. Functions calling recover() directly take the runtime's defer token at entry;
  // functions that may be deferred and call such functions (or func values) drop it.
  bool calls_recover(const BlockStmt* body) const;     // directly, not in nested literals
  bool may_reach_recover(const BlockStmt* body) const;
  std::unordered_set<const types::Object*> recover_funcs_;
  // What may run as a deferred call itself: functions and methods that are deferred by name or
  // used as values, and function literals that are deferred or used as values.
  std::unordered_set<const types::Object*> deferrable_funcs_;
  std::unordered_set<const Node*> deferrable_lits_;
  bool body_deferrable_ = false;  // the body func_body is emitting may be a deferred call
  bool uses_recover_ = false;
  void find_recover_funcs();
};

}  // namespace go2cpp::emit
