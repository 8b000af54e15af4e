// The Go abstract syntax tree, as produced from tree-sitter's concrete syntax tree.
//
// The shape follows go/ast: types are expressions (a `[]int` in a conversion and a `[]int` in a
// var declaration are the same node kind), declarations are GenDecl/FuncDecl, and every node keeps
// its position. Nodes are owned by the File's arena and referred to by plain pointers; a File
// outlives every phase that reads it. Later phases never mutate the tree: the type checker records
// what it learns in side tables keyed by node (types::Info), as go/types does.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace go2cpp::syntax {

// A position in a source file. `file` indexes the FileSet; lines and columns count from 1, columns
// in bytes, as gc reports them.
struct Pos {
  int32_t file = -1;
  int32_t line = 0;
  int32_t col = 0;
  bool valid() const { return file >= 0; }
};

// The names of the files taking part in one translation, indexed by Pos::file.
class FileSet {
 public:
  int32_t add(std::string name) {
    names_.push_back(std::move(name));
    return static_cast<int32_t>(names_.size() - 1);
  }
  const std::string& name(int32_t file) const { return names_[static_cast<size_t>(file)]; }
  // "file:line:col", the prefix of every diagnostic.
  std::string format(Pos p) const;

 private:
  std::vector<std::string> names_;
};

enum class NodeKind : uint8_t {
  // Expressions (and type expressions).
  BadExpr,
  Ident,
  BasicLit,
  CompositeLit,
  FuncLit,
  ParenExpr,
  SelectorExpr,
  IndexExpr,
  SliceExpr,
  TypeAssertExpr,
  CallExpr,
  StarExpr,
  UnaryExpr,
  BinaryExpr,
  KeyValueExpr,
  Ellipsis,
  ArrayType,
  StructType,
  FuncType,
  InterfaceType,
  MapType,
  ChanType,
  // Statements.
  BadStmt,
  DeclStmt,
  EmptyStmt,
  LabeledStmt,
  ExprStmt,
  SendStmt,
  IncDecStmt,
  AssignStmt,
  GoStmt,
  DeferStmt,
  ReturnStmt,
  BranchStmt,
  BlockStmt,
  IfStmt,
  CaseClause,
  SwitchStmt,
  TypeSwitchStmt,
  CommClause,
  SelectStmt,
  ForStmt,
  RangeStmt,
  // Declarations and specs.
  ImportSpec,
  ValueSpec,
  TypeSpec,
  GenDecl,
  FuncDecl,
};

struct Node {
  NodeKind kind;
  Pos pos;
  explicit Node(NodeKind k) : kind(k) {}
  virtual ~Node() = default;
  Node(const Node&) = delete;
  Node& operator=(const Node&) = delete;

  template <class T>
  T* as() {
    return kind == T::Kind ? static_cast<T*>(this) : nullptr;
  }
  template <class T>
  const T* as() const {
    return kind == T::Kind ? static_cast<const T*>(this) : nullptr;
  }
  template <class T>
  bool is() const {
    return kind == T::Kind;
  }
};

struct Expr : Node {
  using Node::Node;
};
struct Stmt : Node {
  using Node::Node;
};
struct Decl : Node {
  using Node::Node;
};

// Operators and tokens, spelled as in Go so that diagnostics and dumps can print them directly.
enum class Op : uint8_t {
  None,
  Add,     // +
  Sub,     // -
  Mul,     // *
  Quo,     // /
  Rem,     // %
  And,     // &
  Or,      // |
  Xor,     // ^
  Shl,     // <<
  Shr,     // >>
  AndNot,  // &^
  LAnd,    // &&
  LOr,     // ||
  Arrow,   // <-
  Eql,     // ==
  Neq,     // !=
  Lss,     // <
  Leq,     // <=
  Gtr,     // >
  Geq,     // >=
  Not,     // !
  Tilde,   // ~ (in constraints)
};
std::string_view op_spelling(Op op);

// ---------------------------------------------------------------------------------------------
// Expressions

struct BadExpr : Expr {
  static constexpr NodeKind Kind = NodeKind::BadExpr;
  BadExpr() : Expr(Kind) {}
};

struct Ident : Expr {
  static constexpr NodeKind Kind = NodeKind::Ident;
  std::string name;  // "_" for the blank identifier
  Ident() : Expr(Kind) {}
};

enum class LitKind : uint8_t { Int, Float, Imag, Rune, String };

struct BasicLit : Expr {
  static constexpr NodeKind Kind = NodeKind::BasicLit;
  LitKind lit = LitKind::Int;
  std::string text;  // the literal exactly as written, quotes and prefixes included
  BasicLit() : Expr(Kind) {}
};

// T{elts}. `type` is null for elided types inside another composite literal ({1, 2} in
// [][]int{{1, 2}}). Elements may be KeyValueExpr. An element that is itself a literal with an
// elided type is a CompositeLit with type == nullptr.
struct CompositeLit : Expr {
  static constexpr NodeKind Kind = NodeKind::CompositeLit;
  Expr* type = nullptr;
  std::vector<Expr*> elts;
  Pos rbrace;
  CompositeLit() : Expr(Kind) {}
};

struct FuncType;
struct BlockStmt;

struct FuncLit : Expr {
  static constexpr NodeKind Kind = NodeKind::FuncLit;
  FuncType* type = nullptr;
  BlockStmt* body = nullptr;
  FuncLit() : Expr(Kind) {}
};

struct ParenExpr : Expr {
  static constexpr NodeKind Kind = NodeKind::ParenExpr;
  Expr* x = nullptr;
  ParenExpr() : Expr(Kind) {}
};

// x.sel — a field or method selection, or a qualified identifier pkg.Name.
struct SelectorExpr : Expr {
  static constexpr NodeKind Kind = NodeKind::SelectorExpr;
  Expr* x = nullptr;
  Ident* sel = nullptr;
  SelectorExpr() : Expr(Kind) {}
};

// x[i], or x[T1, T2] for a generic instantiation (indices.size() > 1 only then).
struct IndexExpr : Expr {
  static constexpr NodeKind Kind = NodeKind::IndexExpr;
  Expr* x = nullptr;
  std::vector<Expr*> indices;
  IndexExpr() : Expr(Kind) {}
};

// x[low:high] or x[low:high:max]; absent bounds are null.
struct SliceExpr : Expr {
  static constexpr NodeKind Kind = NodeKind::SliceExpr;
  Expr* x = nullptr;
  Expr* low = nullptr;
  Expr* high = nullptr;
  Expr* max = nullptr;
  bool slice3 = false;
  SliceExpr() : Expr(Kind) {}
};

// x.(T); type == nullptr for x.(type) in a type switch guard.
struct TypeAssertExpr : Expr {
  static constexpr NodeKind Kind = NodeKind::TypeAssertExpr;
  Expr* x = nullptr;
  Expr* type = nullptr;
  TypeAssertExpr() : Expr(Kind) {}
};

// fun(args) — a call, a conversion T(x), or a builtin call. `has_ellipsis` for f(xs...).
// Explicit type arguments f[int](x) arrive as fun being an IndexExpr.
struct CallExpr : Expr {
  static constexpr NodeKind Kind = NodeKind::CallExpr;
  Expr* fun = nullptr;
  std::vector<Expr*> args;
  bool has_ellipsis = false;
  Pos lparen;  // where gc reports inference and instantiation errors
  Pos rparen;
  CallExpr() : Expr(Kind) {}
};

// *x — a dereference or a pointer type.
struct StarExpr : Expr {
  static constexpr NodeKind Kind = NodeKind::StarExpr;
  Expr* x = nullptr;
  StarExpr() : Expr(Kind) {}
};

// op x for + - ! ^ & <- and ~ (constraint element).
struct UnaryExpr : Expr {
  static constexpr NodeKind Kind = NodeKind::UnaryExpr;
  Op op = Op::None;
  Expr* x = nullptr;
  UnaryExpr() : Expr(Kind) {}
};

// x op y; `op_pos` is where the operator is, which gc uses for some diagnostics.
struct BinaryExpr : Expr {
  static constexpr NodeKind Kind = NodeKind::BinaryExpr;
  Op op = Op::None;
  Expr* x = nullptr;
  Expr* y = nullptr;
  Pos op_pos;
  BinaryExpr() : Expr(Kind) {}
};

struct KeyValueExpr : Expr {
  static constexpr NodeKind Kind = NodeKind::KeyValueExpr;
  Expr* key = nullptr;
  Expr* value = nullptr;
  KeyValueExpr() : Expr(Kind) {}
};

// ...T in a variadic parameter list, or the [...] of an array literal type (elt == nullptr).
struct Ellipsis : Expr {
  static constexpr NodeKind Kind = NodeKind::Ellipsis;
  Expr* elt = nullptr;
  Ellipsis() : Expr(Kind) {}
};

// [len]elt, or []elt when len == nullptr, or [...]elt when len is an Ellipsis.
struct ArrayType : Expr {
  static constexpr NodeKind Kind = NodeKind::ArrayType;
  Expr* len = nullptr;
  Expr* elt = nullptr;
  ArrayType() : Expr(Kind) {}
};

// A field of a struct, a parameter or result, or an interface element. `names` is empty for an
// embedded field, an unnamed parameter, or an embedded interface / type-set element.
struct Field {
  Pos pos;
  std::vector<Ident*> names;
  Expr* type = nullptr;
  std::string tag;  // struct tags, as written (with quotes); empty when absent
};

struct FieldList {
  std::vector<Field*> list;
  // The number of declared entities: each name counts once, an unnamed field once.
  size_t count() const;
};

struct StructType : Expr {
  static constexpr NodeKind Kind = NodeKind::StructType;
  FieldList fields;
  StructType() : Expr(Kind) {}
};

// func(params) results, also used for function declarations. A variadic last parameter has an
// Ellipsis as its type. type_params is set only on generic function declarations.
struct FuncType : Expr {
  static constexpr NodeKind Kind = NodeKind::FuncType;
  FieldList type_params;
  FieldList params;
  FieldList results;
  FuncType() : Expr(Kind) {}
};

// interface{ ... }: a method has one name and a FuncType; an embedded interface or a type-set
// element (a | b, ~T) has no names.
struct InterfaceType : Expr {
  static constexpr NodeKind Kind = NodeKind::InterfaceType;
  FieldList methods;
  InterfaceType() : Expr(Kind) {}
};

struct MapType : Expr {
  static constexpr NodeKind Kind = NodeKind::MapType;
  Expr* key = nullptr;
  Expr* value = nullptr;
  MapType() : Expr(Kind) {}
};

enum class ChanDir : uint8_t { Both, Send, Recv };

struct ChanType : Expr {
  static constexpr NodeKind Kind = NodeKind::ChanType;
  ChanDir dir = ChanDir::Both;
  Expr* value = nullptr;
  ChanType() : Expr(Kind) {}
};

// ---------------------------------------------------------------------------------------------
// Statements

struct BadStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::BadStmt;
  BadStmt() : Stmt(Kind) {}
};

struct GenDecl;

struct DeclStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::DeclStmt;
  GenDecl* decl = nullptr;
  DeclStmt() : Stmt(Kind) {}
};

struct EmptyStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::EmptyStmt;
  EmptyStmt() : Stmt(Kind) {}
};

struct LabeledStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::LabeledStmt;
  Ident* label = nullptr;
  Stmt* stmt = nullptr;  // an EmptyStmt when the label ends a block
  LabeledStmt() : Stmt(Kind) {}
};

struct ExprStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::ExprStmt;
  Expr* x = nullptr;
  ExprStmt() : Stmt(Kind) {}
};

struct SendStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::SendStmt;
  Expr* chan = nullptr;
  Expr* value = nullptr;
  SendStmt() : Stmt(Kind) {}
};

struct IncDecStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::IncDecStmt;
  Expr* x = nullptr;
  bool inc = true;
  IncDecStmt() : Stmt(Kind) {}
};

// lhs = rhs, lhs := rhs (define), or lhs op= rhs (op set, one expression on each side).
struct AssignStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::AssignStmt;
  std::vector<Expr*> lhs;
  std::vector<Expr*> rhs;
  bool define = false;
  Op op = Op::None;  // the operator of a compound assignment such as +=
  AssignStmt() : Stmt(Kind) {}
};

struct GoStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::GoStmt;
  Expr* call = nullptr;  // a CallExpr when well-formed
  GoStmt() : Stmt(Kind) {}
};

struct DeferStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::DeferStmt;
  Expr* call = nullptr;  // a CallExpr when well-formed
  DeferStmt() : Stmt(Kind) {}
};

struct ReturnStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::ReturnStmt;
  std::vector<Expr*> results;
  ReturnStmt() : Stmt(Kind) {}
};

enum class BranchKind : uint8_t { Break, Continue, Goto, Fallthrough };

struct BranchStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::BranchStmt;
  BranchKind tok = BranchKind::Break;
  Ident* label = nullptr;
  BranchStmt() : Stmt(Kind) {}
};

struct BlockStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::BlockStmt;
  std::vector<Stmt*> list;
  Pos rbrace;
  BlockStmt() : Stmt(Kind) {}
};

struct IfStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::IfStmt;
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  BlockStmt* body = nullptr;
  Stmt* else_ = nullptr;  // a BlockStmt or an IfStmt, or null
  IfStmt() : Stmt(Kind) {}
};

// A case of a switch or type switch. `list` is empty for default (is_default is then true).
struct CaseClause : Stmt {
  static constexpr NodeKind Kind = NodeKind::CaseClause;
  std::vector<Expr*> list;
  bool is_default = false;
  std::vector<Stmt*> body;
  CaseClause() : Stmt(Kind) {}
};

struct SwitchStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::SwitchStmt;
  Stmt* init = nullptr;
  Expr* tag = nullptr;  // null for a tagless switch
  std::vector<CaseClause*> clauses;
  SwitchStmt() : Stmt(Kind) {}
};

// switch [init;] [bind :=] x.(type) { ... }
struct TypeSwitchStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::TypeSwitchStmt;
  Stmt* init = nullptr;
  Ident* bind = nullptr;            // the symbol declared by bind := x.(type), or null
  TypeAssertExpr* guard = nullptr;  // x.(type)
  std::vector<CaseClause*> clauses;
  TypeSwitchStmt() : Stmt(Kind) {}
};

// A select case: comm is a SendStmt, an ExprStmt holding <-ch, or an AssignStmt v[, ok] = / :=
// <-ch. comm is null for default.
struct CommClause : Stmt {
  static constexpr NodeKind Kind = NodeKind::CommClause;
  Stmt* comm = nullptr;
  std::vector<Stmt*> body;
  CommClause() : Stmt(Kind) {}
};

struct SelectStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::SelectStmt;
  std::vector<CommClause*> clauses;
  SelectStmt() : Stmt(Kind) {}
};

// for init; cond; post {}   — all three may be null (for {}), or only cond (for cond {}).
struct ForStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::ForStmt;
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  BlockStmt* body = nullptr;
  ForStmt() : Stmt(Kind) {}
};

// for key, value := range x {} ; key/value may be null; define tells := from =.
struct RangeStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::RangeStmt;
  Expr* key = nullptr;
  Expr* value = nullptr;
  bool define = false;
  Expr* x = nullptr;
  BlockStmt* body = nullptr;
  RangeStmt() : Stmt(Kind) {}
};

// ---------------------------------------------------------------------------------------------
// Declarations

struct Spec : Node {
  using Node::Node;
};

struct ImportSpec : Spec {
  static constexpr NodeKind Kind = NodeKind::ImportSpec;
  Ident* name = nullptr;  // null, "_" or "." or a local name
  std::string path;       // the unquoted import path
  Pos path_pos;
  ImportSpec() : Spec(Kind) {}
};

// A const or var spec. For consts, an omitted type and value list repeat the previous spec's
// (the converter leaves them null; the checker applies the rule); `iota` is the spec's index in
// its declaration.
struct ValueSpec : Spec {
  static constexpr NodeKind Kind = NodeKind::ValueSpec;
  std::vector<Ident*> names;
  Expr* type = nullptr;
  std::vector<Expr*> values;
  int iota = 0;
  ValueSpec() : Spec(Kind) {}
};

// type Name[TParams] Type, or an alias type Name = Type.
struct TypeSpec : Spec {
  static constexpr NodeKind Kind = NodeKind::TypeSpec;
  Ident* name = nullptr;
  FieldList type_params;
  bool alias = false;
  Expr* type = nullptr;
  TypeSpec() : Spec(Kind) {}
};

enum class DeclKind : uint8_t { Import, Const, Type, Var };

struct GenDecl : Decl {
  static constexpr NodeKind Kind = NodeKind::GenDecl;
  DeclKind tok = DeclKind::Var;
  std::vector<Spec*> specs;
  GenDecl() : Decl(Kind) {}
};

// func (recv) Name[TParams](params) results { body }. recv is null for plain functions; body is
// null for a declaration without a body (implemented elsewhere).
struct FuncDecl : Decl {
  static constexpr NodeKind Kind = NodeKind::FuncDecl;
  Field* recv = nullptr;
  Ident* name = nullptr;
  FuncType* type = nullptr;
  BlockStmt* body = nullptr;
  FuncDecl() : Decl(Kind) {}
};

// A comment as written (with its // or /* */), and where it starts and ends.
struct Comment {
  Pos pos;
  Pos end;
  std::string text;
};

// One parsed .go file: its package clause, imports and top-level declarations, in source order.
struct File {
  std::string path;  // as given on the command line
  int32_t file_id = -1;
  Ident* package_name = nullptr;
  std::vector<ImportSpec*> imports;  // also present inside decls
  std::vector<Decl*> decls;
  std::vector<Comment> comments;

  // Allocates a node owned by this file.
  template <class T>
  T* make(Pos pos) {
    auto node = std::make_unique<T>();
    node->pos = pos;
    T* raw = node.get();
    nodes_.push_back(std::move(node));
    return raw;
  }
  Field* make_field(Pos pos) {
    fields_.push_back(std::make_unique<Field>());
    fields_.back()->pos = pos;
    return fields_.back().get();
  }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
  std::vector<std::unique_ptr<Field>> fields_;
};

}  // namespace go2cpp::syntax
