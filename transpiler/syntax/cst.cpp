// The CST view: symbol and field tables built from the language, and cursor-based child listing.
#include "syntax/cst.h"

#include <array>

namespace go2cpp::syntax::detail {
namespace {

constexpr std::pair<std::string_view, K> kNamedKinds[] = {
    {"argument_list", K::ArgumentList},
    {"array_type", K::ArrayType},
    {"assignment_statement", K::AssignmentStatement},
    {"binary_expression", K::BinaryExpression},
    {"blank_identifier", K::BlankIdentifier},
    {"block", K::Block},
    {"break_statement", K::BreakStatement},
    {"call_expression", K::CallExpression},
    {"channel_type", K::ChannelType},
    {"comment", K::Comment},
    {"communication_case", K::CommunicationCase},
    {"composite_literal", K::CompositeLiteral},
    {"const_declaration", K::ConstDeclaration},
    {"const_spec", K::ConstSpec},
    {"continue_statement", K::ContinueStatement},
    {"dec_statement", K::DecStatement},
    {"default_case", K::DefaultCase},
    {"defer_statement", K::DeferStatement},
    {"dot", K::Dot},
    {"empty_statement", K::EmptyStatement},
    {"escape_sequence", K::EscapeSequence},
    {"expression_case", K::ExpressionCase},
    {"expression_list", K::ExpressionList},
    {"expression_statement", K::ExpressionStatement},
    {"expression_switch_statement", K::ExpressionSwitchStatement},
    {"fallthrough_statement", K::FallthroughStatement},
    {"false", K::False},
    {"field_declaration", K::FieldDeclaration},
    {"field_declaration_list", K::FieldDeclarationList},
    {"field_identifier", K::FieldIdentifier},
    {"float_literal", K::FloatLiteral},
    {"for_clause", K::ForClause},
    {"for_statement", K::ForStatement},
    {"func_literal", K::FuncLiteral},
    {"function_declaration", K::FunctionDeclaration},
    {"function_type", K::FunctionType},
    {"generic_type", K::GenericType},
    {"go_statement", K::GoStatement},
    {"goto_statement", K::GotoStatement},
    {"identifier", K::Identifier},
    {"if_statement", K::IfStatement},
    {"imaginary_literal", K::ImaginaryLiteral},
    {"implicit_length_array_type", K::ImplicitLengthArrayType},
    {"import_declaration", K::ImportDeclaration},
    {"import_spec", K::ImportSpec},
    {"import_spec_list", K::ImportSpecList},
    {"inc_statement", K::IncStatement},
    {"index_expression", K::IndexExpression},
    {"int_literal", K::IntLiteral},
    {"interface_type", K::InterfaceType},
    {"interpreted_string_literal", K::InterpretedStringLiteral},
    {"interpreted_string_literal_content", K::InterpretedStringLiteralContent},
    {"iota", K::Iota},
    {"keyed_element", K::KeyedElement},
    {"label_name", K::LabelName},
    {"labeled_statement", K::LabeledStatement},
    {"literal_element", K::LiteralElement},
    {"literal_value", K::LiteralValue},
    {"map_type", K::MapType},
    {"method_declaration", K::MethodDeclaration},
    {"method_elem", K::MethodElem},
    {"negated_type", K::NegatedType},
    {"nil", K::Nil},
    {"package_clause", K::PackageClause},
    {"package_identifier", K::PackageIdentifier},
    {"parameter_declaration", K::ParameterDeclaration},
    {"parameter_list", K::ParameterList},
    {"parenthesized_expression", K::ParenthesizedExpression},
    {"parenthesized_type", K::ParenthesizedType},
    {"pointer_type", K::PointerType},
    {"qualified_type", K::QualifiedType},
    {"range_clause", K::RangeClause},
    {"raw_string_literal", K::RawStringLiteral},
    {"raw_string_literal_content", K::RawStringLiteralContent},
    {"receive_statement", K::ReceiveStatement},
    {"return_statement", K::ReturnStatement},
    {"rune_literal", K::RuneLiteral},
    {"select_statement", K::SelectStatement},
    {"selector_expression", K::SelectorExpression},
    {"send_statement", K::SendStatement},
    {"short_var_declaration", K::ShortVarDeclaration},
    {"slice_expression", K::SliceExpression},
    {"slice_type", K::SliceType},
    {"source_file", K::SourceFile},
    {"struct_type", K::StructType},
    {"true", K::True},
    {"type_alias", K::TypeAlias},
    {"type_arguments", K::TypeArguments},
    {"type_assertion_expression", K::TypeAssertionExpression},
    {"type_case", K::TypeCase},
    {"type_constraint", K::TypeConstraint},
    {"type_conversion_expression", K::TypeConversionExpression},
    {"type_declaration", K::TypeDeclaration},
    {"type_elem", K::TypeElem},
    {"type_identifier", K::TypeIdentifier},
    {"type_instantiation_expression", K::TypeInstantiationExpression},
    {"type_parameter_declaration", K::TypeParameterDeclaration},
    {"type_parameter_list", K::TypeParameterList},
    {"type_spec", K::TypeSpec},
    {"type_switch_statement", K::TypeSwitchStatement},
    {"unary_expression", K::UnaryExpression},
    {"var_declaration", K::VarDeclaration},
    {"var_spec", K::VarSpec},
    {"var_spec_list", K::VarSpecList},
    {"variadic_argument", K::VariadicArgument},
    {"variadic_parameter_declaration", K::VariadicParameterDeclaration},
};

constexpr std::pair<std::string_view, F> kFieldNames[] = {
    {"alias", F::Alias},         {"alternative", F::Alternative},
    {"arguments", F::Arguments}, {"body", F::Body},
    {"capacity", F::Capacity},   {"channel", F::Channel},
    {"communication", F::Communication}, {"condition", F::Condition},
    {"consequence", F::Consequence},     {"element", F::Element},
    {"end", F::End},             {"field", F::Field},
    {"function", F::Function},   {"index", F::Index},
    {"initializer", F::Initializer}, {"key", F::Key},
    {"label", F::Label},         {"left", F::Left},
    {"length", F::Length},       {"name", F::Name},
    {"operand", F::Operand},     {"operator", F::Operator},
    {"package", F::Package},     {"parameters", F::Parameters},
    {"path", F::Path},           {"receiver", F::Receiver},
    {"result", F::Result},       {"right", F::Right},
    {"start", F::Start},         {"tag", F::Tag},
    {"type", F::Type},           {"type_arguments", F::TypeArguments},
    {"type_parameters", F::TypeParameters}, {"update", F::Update},
    {"value", F::Value},
};

}  // namespace

Cst::Cst(std::string_view source, int32_t file_id) : source_(source), file_id_(file_id) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < source.size(); ++i) {
    if (source[i] == '\n') line_starts_.push_back(static_cast<uint32_t>(i + 1));
  }
  const TSLanguage* lang = tree_sitter_go();
  uint32_t nsym = ts_language_symbol_count(lang);
  kinds_.assign(nsym, K::Unknown);
  for (uint32_t s = 0; s < nsym; ++s) {
    auto sym = static_cast<TSSymbol>(s);
    if (ts_language_symbol_type(lang, sym) != TSSymbolTypeRegular) {
      kinds_[s] = K::Token;
      continue;
    }
    std::string_view name = ts_language_symbol_name(lang, sym);
    for (const auto& [n, k] : kNamedKinds) {
      if (n == name) kinds_[s] = k;
    }
  }
  uint32_t nfield = ts_language_field_count(lang);
  fields_by_id_.assign(nfield + 1, F::None);
  for (const auto& [n, f] : kFieldNames) {
    TSFieldId id = ts_language_field_id_for_name(lang, n.data(), static_cast<uint32_t>(n.size()));
    if (id != 0 && id <= nfield) fields_by_id_[id] = f;
  }
}

Pos Cst::pos_at(uint32_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  auto line = static_cast<int32_t>(it - line_starts_.begin());  // 1-based: it is past the line
  uint32_t start = line_starts_[static_cast<size_t>(line - 1)];
  return Pos{file_id_, line, static_cast<int32_t>(offset - start) + 1};
}

K Cst::kind(TSNode n) const {
  TSSymbol s = ts_node_symbol(n);
  if (s == static_cast<TSSymbol>(-1)) return K::Error;
  if (s >= kinds_.size()) return K::Unknown;
  return kinds_[s];
}

std::string_view Cst::text(TSNode n) const {
  uint32_t b = ts_node_start_byte(n), e = ts_node_end_byte(n);
  if (b > e || e > source_.size()) return {};
  return source_.substr(b, e - b);
}

std::vector<Child> Cst::children(TSNode n) const {
  std::vector<Child> out;
  if (ts_node_is_null(n) || ts_node_child_count(n) == 0) return out;
  TSTreeCursor c = ts_tree_cursor_new(n);
  if (ts_tree_cursor_goto_first_child(&c)) {
    do {
      TSNode k = ts_tree_cursor_current_node(&c);
      if (kind(k) == K::Comment) continue;
      TSFieldId id = ts_tree_cursor_current_field_id(&c);
      out.push_back({k, id < fields_by_id_.size() ? fields_by_id_[id] : F::None});
    } while (ts_tree_cursor_goto_next_sibling(&c));
  }
  ts_tree_cursor_delete(&c);
  return out;
}

TSNode Cst::field(TSNode n, F f) const {
  for (const Child& c : children(n)) {
    if (c.field == f) return c.node;
  }
  return TSNode{};
}

std::vector<TSNode> Cst::fields(TSNode n, F f) const {
  std::vector<TSNode> out;
  for (const Child& c : children(n)) {
    if (c.field == f && ts_node_is_named(c.node)) out.push_back(c.node);
  }
  return out;
}

std::vector<TSNode> Cst::named(TSNode n) const {
  std::vector<TSNode> out;
  for (const Child& c : children(n)) {
    if (ts_node_is_named(c.node)) out.push_back(c.node);
  }
  return out;
}

TSNode Cst::token(TSNode n, std::string_view tok) const {
  for (const Child& c : children(n)) {
    if (!ts_node_is_named(c.node) && text(c.node) == tok && !ts_node_is_missing(c.node)) {
      return c.node;
    }
  }
  return TSNode{};
}

}  // namespace go2cpp::syntax::detail
