// The CST side of the syntax phase: a thin, typed view of tree-sitter-go's concrete syntax tree.
//
// tree-sitter names node kinds and fields by string; Cst translates them once, when it is built,
// into the enum K and the enum F so that the converter can switch on them. Children are always
// listed through a TSTreeCursor: libtree-sitter 0.20.7's ts_node_field_name_for_child mislabels
// the children of nodes with hidden or aliased sub-rules, while the cursor's field ids are right.
#pragma once

#include <tree_sitter/api.h>

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "syntax/ast.h"

extern "C" const TSLanguage* tree_sitter_go();

namespace go2cpp::syntax::detail {

// Node kinds of tree-sitter-go 0.23.4 (src/node-types.json), named after the grammar's rules.
enum class K : uint8_t {
  Token,  // an anonymous token: keyword, operator or punctuation
  Error,  // an ERROR node (a MISSING node keeps the kind of what is missing)
  Unknown,
  ArgumentList,
  ArrayType,
  AssignmentStatement,
  BinaryExpression,
  BlankIdentifier,
  Block,
  BreakStatement,
  CallExpression,
  ChannelType,
  Comment,
  CommunicationCase,
  CompositeLiteral,
  ConstDeclaration,
  ConstSpec,
  ContinueStatement,
  DecStatement,
  DefaultCase,
  DeferStatement,
  Dot,
  EmptyStatement,
  EscapeSequence,
  ExpressionCase,
  ExpressionList,
  ExpressionStatement,
  ExpressionSwitchStatement,
  FallthroughStatement,
  False,
  FieldDeclaration,
  FieldDeclarationList,
  FieldIdentifier,
  FloatLiteral,
  ForClause,
  ForStatement,
  FuncLiteral,
  FunctionDeclaration,
  FunctionType,
  GenericType,
  GoStatement,
  GotoStatement,
  Identifier,
  IfStatement,
  ImaginaryLiteral,
  ImplicitLengthArrayType,
  ImportDeclaration,
  ImportSpec,
  ImportSpecList,
  IncStatement,
  IndexExpression,
  IntLiteral,
  InterfaceType,
  InterpretedStringLiteral,
  InterpretedStringLiteralContent,
  Iota,
  KeyedElement,
  LabelName,
  LabeledStatement,
  LiteralElement,
  LiteralValue,
  MapType,
  MethodDeclaration,
  MethodElem,
  NegatedType,
  Nil,
  PackageClause,
  PackageIdentifier,
  ParameterDeclaration,
  ParameterList,
  ParenthesizedExpression,
  ParenthesizedType,
  PointerType,
  QualifiedType,
  RangeClause,
  RawStringLiteral,
  RawStringLiteralContent,
  ReceiveStatement,
  ReturnStatement,
  RuneLiteral,
  SelectStatement,
  SelectorExpression,
  SendStatement,
  ShortVarDeclaration,
  SliceExpression,
  SliceType,
  SourceFile,
  StructType,
  True,
  TypeAlias,
  TypeArguments,
  TypeAssertionExpression,
  TypeCase,
  TypeConstraint,
  TypeConversionExpression,
  TypeDeclaration,
  TypeElem,
  TypeIdentifier,
  TypeInstantiationExpression,
  TypeParameterDeclaration,
  TypeParameterList,
  TypeSpec,
  TypeSwitchStatement,
  UnaryExpression,
  VarDeclaration,
  VarSpec,
  VarSpecList,
  VariadicArgument,
  VariadicParameterDeclaration,
};

// The grammar's field names.
enum class F : uint8_t {
  None,
  Alias, Alternative, Arguments, Body, Capacity, Channel, Communication, Condition, Consequence,
  Element, End, Field, Function, Index, Initializer, Key, Label, Left, Length, Name, Operand,
  Operator, Package, Parameters, Path, Receiver, Result, Right, Start, Tag, Type, TypeArguments,
  TypeParameters, Update, Value,
  Count_,
};

struct Child {
  TSNode node;
  F field;
};

class Cst {
 public:
  Cst(std::string_view source, int32_t file_id);

  K kind(TSNode n) const;
  bool is(TSNode n, K k) const { return !ts_node_is_null(n) && kind(n) == k; }
  // The source text a node covers ("" for a MISSING node).
  std::string_view text(TSNode n) const;
  Pos pos(TSNode n) const { return pos_of(ts_node_start_point(n)); }
  Pos end(TSNode n) const { return pos_of(ts_node_end_point(n)); }
  // The position of a byte offset in the source.
  Pos pos_at(uint32_t offset) const;
  Pos pos_of(TSPoint p) const {
    return Pos{file_id_, static_cast<int32_t>(p.row) + 1, static_cast<int32_t>(p.column) + 1};
  }

  // All children, named and anonymous (comments excluded), each with its field.
  std::vector<Child> children(TSNode n) const;
  // The first child in field f, or a null node.
  TSNode field(TSNode n, F f) const;
  // The named children (comments excluded) in field f.
  std::vector<TSNode> fields(TSNode n, F f) const;
  // The named children, comments excluded.
  std::vector<TSNode> named(TSNode n) const;
  // The first anonymous child token spelled `tok`, or a null node.
  TSNode token(TSNode n, std::string_view tok) const;

  std::string_view source() const { return source_; }
  int32_t file_id() const { return file_id_; }

 private:
  std::string_view source_;
  int32_t file_id_;
  std::vector<uint32_t> line_starts_;  // byte offset of each line's first byte
  std::vector<K> kinds_;            // by TSSymbol
  std::vector<F> fields_by_id_;     // by TSFieldId
};

// Visits every node under root in source order without recursion (trees can be arbitrarily
// deep). `visit(node, ancestors)` returns whether to descend into the node's children;
// `ancestors` runs from root to the node's parent (ts_node_parent is a search from the root in
// libtree-sitter 0.20, too slow to call per node).
template <class Visit>
void walk(TSNode root, Visit visit) {
  if (ts_node_is_null(root)) return;
  std::vector<TSNode> ancestors;
  TSTreeCursor c = ts_tree_cursor_new(root);
  for (;;) {
    TSNode n = ts_tree_cursor_current_node(&c);
    if (visit(n, static_cast<const std::vector<TSNode>&>(ancestors)) &&
        ts_tree_cursor_goto_first_child(&c)) {
      ancestors.push_back(n);
      continue;
    }
    bool moved = false;
    while (!moved) {
      if (ts_tree_cursor_goto_next_sibling(&c)) {
        moved = true;
      } else if (ts_tree_cursor_goto_parent(&c)) {
        ancestors.pop_back();
      } else {
        ts_tree_cursor_delete(&c);
        return;
      }
    }
  }
}

}  // namespace go2cpp::syntax::detail
