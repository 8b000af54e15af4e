// A minimal Go lexer for error messages. tree-sitter tells us roughly where a syntax error is but
// not the token gc would name, so this re-lexes the source from a byte offset and classifies one
// token the way gc's scanner does (name, keyword, literal, operator, newline, EOF). It is never
// used to parse: only to say "unexpected literal 2" rather than "unexpected int_literal".
#include <array>

#include "syntax/syntax_errors.h"

namespace go2cpp::syntax::detail {
namespace {

constexpr std::array<std::string_view, 25> kKeywords = {
    "break",  "case",   "chan",  "const",       "continue", "default", "defer",
    "else",   "fallthrough", "for", "func",     "go",       "goto",    "if",
    "import", "interface",   "map", "package",  "range",    "return",  "select",
    "struct", "switch",      "type", "var"};

// Longest first, so that a prefix never shadows a longer operator.
constexpr std::array<std::string_view, 47> kOperators = {
    "<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=", ":=",
    "+=",  "-=",  "*=",  "/=",  "%=", "&=", "|=", "^=", "<<", ">>", "&^", "+",  "-",  "*",
    "/",   "%",   "&",   "|",   "^",  "<",  ">",  "=",  "!",  "(",  ")",  "[",  "]",  "{",
    "}",   ",",   ";",   ".",   ":"};

bool is_letter(unsigned char c) { return c == '_' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// The end of a quoted literal starting at i (the quote), stopping at a newline for "" and ''.
size_t quoted_end(std::string_view s, size_t i) {
  char q = s[i];
  size_t j = i + 1;
  while (j < s.size() && s[j] != q) {
    if (q != '`' && s[j] == '\n') return j;
    if (q != '`' && s[j] == '\\') ++j;
    ++j;
  }
  return j < s.size() ? j + 1 : s.size();
}

}  // namespace

Token next_token(std::string_view s, uint32_t at, bool skip_newlines) {
  size_t i = at;
  for (;;) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' ||
                            (skip_newlines && s[i] == '\n'))) {
      ++i;
    }
    if (i + 1 < s.size() && s[i] == '/' && s[i + 1] == '/') {
      while (i < s.size() && s[i] != '\n') ++i;
      continue;
    }
    if (i + 1 < s.size() && s[i] == '/' && s[i + 1] == '*') {
      size_t end = s.find("*/", i + 2);
      // A block comment spanning lines counts as a newline to gc.
      if (!skip_newlines && s.substr(i, end == std::string_view::npos ? s.npos : end - i)
                                    .find('\n') != std::string_view::npos) {
        return Token{Token::Newline, static_cast<uint32_t>(i), s.substr(i, 0)};
      }
      i = end == std::string_view::npos ? s.size() : end + 2;
      continue;
    }
    break;
  }
  Token t;
  t.offset = static_cast<uint32_t>(i);
  if (i >= s.size()) return t;
  auto c = static_cast<unsigned char>(s[i]);
  size_t j = i + 1;
  if (c == '\n') {
    t.cls = Token::Newline;
  } else if (is_letter(c) || c >= 0x80) {
    while (j < s.size() && (is_letter(static_cast<unsigned char>(s[j])) ||
                            is_digit(static_cast<unsigned char>(s[j])) ||
                            static_cast<unsigned char>(s[j]) >= 0x80)) {
      ++j;
    }
    t.cls = Token::Name;
    for (std::string_view k : kKeywords) {
      if (s.substr(i, j - i) == k) t.cls = Token::Keyword;
    }
  } else if (is_digit(c) || (c == '.' && j < s.size() && is_digit(static_cast<unsigned char>(s[j])))) {
    while (j < s.size() && (is_letter(static_cast<unsigned char>(s[j])) ||
                            is_digit(static_cast<unsigned char>(s[j])) || s[j] == '.' ||
                            ((s[j] == '+' || s[j] == '-') && (s[j - 1] | 0x20) == 'e'))) {
      ++j;
    }
    t.cls = Token::Literal;
  } else if (c == '"' || c == '\'' || c == '`') {
    j = quoted_end(s, i);
    t.cls = Token::Literal;
  } else {
    t.cls = Token::Invalid;
    for (std::string_view op : kOperators) {
      if (s.substr(i, op.size()) == op) {
        t.cls = Token::Operator;
        j = i + op.size();
        break;
      }
    }
  }
  t.text = s.substr(i, j - i);
  return t;
}

uint32_t first_token_offset(std::string_view src, uint32_t at) {
  return next_token(src, at, true).offset;
}

bool is_keyword(std::string_view word) {
  for (std::string_view k : kKeywords) {
    if (word == k) return true;
  }
  return false;
}

std::string describe_gc(const Token& t) {
  switch (t.cls) {
    case Token::Eof:
      return "EOF";
    case Token::Newline:
      return "newline";
    case Token::Name:
      return "name " + std::string(t.text);
    case Token::Keyword:
      return std::string(t.text);  // gc 1.19 names keywords bare ("unexpected else")
    case Token::Literal:
      return "literal " + std::string(t.text);
    case Token::Operator:
      if (t.text == ";") return "semicolon";
      if (t.text == ",") return "comma";
      return std::string(t.text);
    case Token::Invalid:
      break;
  }
  return std::string(t.text);
}

std::string describe_token_goparser(std::string_view src, uint32_t at) {
  Token t = next_token(src, at, true);
  switch (t.cls) {
    case Token::Eof:
      return "'EOF'";
    case Token::Name:
    case Token::Literal:
      return std::string(t.text);
    default:
      return "'" + std::string(t.text) + "'";
  }
}

}  // namespace go2cpp::syntax::detail
