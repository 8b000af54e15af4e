// Syntax errors from the CST. tree-sitter recovers from any input by wrapping what it could not
// parse in ERROR nodes and inventing MISSING tokens; it does not say what it expected. gc, a
// recursive-descent parser, names the first token it could not use: "syntax error: unexpected X,
// expecting Y". This pass gets as close to gc as the tree allows:
//
//   * bytes gc's scanner rejects and tree-sitter does not notice: NUL, invalid UTF-8;
//   * ERROR nodes: first an unlexable character ("invalid character U+0040 '@'") or an unterminated
//     literal ("newline in string"); then `else` not followed by `if` or `{`; then a closing
//     bracket that opens nowhere in the ERROR; then an ERROR ending in an operator that wanted an
//     operand ("unexpected }, expecting expression", naming the token after it); otherwise the
//     ERROR's first token, with gc's context ("at end of statement", "after top level
//     declaration", "non-declaration statement outside function body");
//   * MISSING nodes: "unexpected <next token>, expecting <what is missing>", with gc's special
//     wording for argument lists, composite literals and if conditions.
//
// One diagnostic per ERROR/MISSING node, at most kMaxSyntaxErrors per file.
#include "syntax/syntax_errors.h"

#include <cstdio>

namespace go2cpp::syntax::detail {
namespace {

// Decodes one UTF-8 sequence at s[i]; returns its length, or 0 if it is invalid.
size_t utf8_length(std::string_view s, size_t i, char32_t* out) {
  auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    *out = b;
    return 1;
  }
  size_t len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
  if (len == 0 || b > 0xF4 || i + len > s.size()) return 0;
  char32_t cp = b & (0x7F >> len);
  for (size_t k = 1; k < len; ++k) {
    auto c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (c & 0x3F);
  }
  constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  *out = cp;
  return len;
}

bool wants_operand(std::string_view tok) {
  static constexpr std::string_view kOps[] = {
      "+",  "-",  "*",  "/",  "%",  "&",  "|",  "^",  "<<", ">>", "&^", "&&", "||", "<-",
      "==", "!=", "<",  "<=", ">",  ">=", "=",  ":=", "+=", "-=", "*=", "/=", "%=", "&=",
      "|=", "^=", "<<=", ">>=", "&^=", ",", "!", "("};
  for (std::string_view op : kOps) {
    if (tok == op) return true;
  }
  return false;
}

class Reporter {
 public:
  Reporter(const Cst& cst, Diagnostics& diags) : cst_(cst), diags_(diags) {}

  bool full() const { return reported_ >= kMaxSyntaxErrors; }

  void report(Pos pos, std::string message) {
    if (full()) return;
    ++reported_;
    diags_.error(pos, std::move(message));
  }

  void scan_bytes() {
    std::string_view s = cst_.source();
    for (size_t i = 0; i < s.size() && !full();) {
      if (s[i] == '\0') {
        report(cst_.pos_at(static_cast<uint32_t>(i)), "invalid NUL character");
        ++i;
        continue;
      }
      char32_t cp = 0;
      size_t len = utf8_length(s, i, &cp);
      if (len == 0) {
        report(cst_.pos_at(static_cast<uint32_t>(i)), "invalid UTF-8 encoding");
        ++i;
        continue;
      }
      if (cp == 0xFEFF && i != 0) {
        report(cst_.pos_at(static_cast<uint32_t>(i)), "invalid BOM in the middle of the file");
      }
      i += len;
    }
  }

  void missing(TSNode n, TSNode parent) {
    std::string_view type = ts_node_type(n);
    K pk = ts_node_is_null(parent) ? K::Unknown : cst_.kind(parent);
    Token next = next_token(cst_.source(), ts_node_start_byte(n), false);
    Pos at = cst_.pos_at(next.offset);
    std::string unexpected = "syntax error: unexpected " + describe_gc(next);
    if (pk == K::IfStatement && ts_node_is_named(n)) {
      TSNode semi = cst_.token(parent, ";");
      report(ts_node_is_null(semi) ? cst_.pos(n) : cst_.pos(semi),
             "syntax error: missing condition in if statement");
    } else if (type == ")" && pk == K::ArgumentList) {
      report(at, unexpected + " in argument list; possibly missing comma or )");
    } else if (type == ")" && pk == K::ParameterList) {
      report(at, unexpected + " in parameter list; possibly missing comma or )");
    } else if (type == "}" && pk == K::LiteralValue) {
      report(at, unexpected + " in composite literal; possibly missing comma or }");
    } else if (type == "\n" || type == ";") {
      report(at, unexpected + " at end of statement");
    } else if (!ts_node_is_named(n)) {
      report(at, unexpected + ", expecting " + std::string(type));
    } else if (type == "identifier" || type.ends_with("_identifier")) {
      report(at, unexpected + ", expecting name");
    } else if (type.find("type") != std::string_view::npos) {
      report(at, unexpected + ", expecting type");
    } else {
      report(at, unexpected + ", expecting expression");
    }
  }

  void error_node(TSNode n, bool in_body) {
    in_body_ = in_body;
    if (lexical_error(n)) return;
    auto kids = cst_.children(n);
    // `else` must be followed by `if` or a block.
    for (size_t i = 0; i + 1 < kids.size(); ++i) {
      if (ts_node_is_named(kids[i].node) || cst_.text(kids[i].node) != "else") continue;
      std::string_view next = cst_.text(kids[i + 1].node);
      if (next != "if" && next != "{" && cst_.kind(kids[i + 1].node) != K::Block) {
        report(cst_.pos(kids[i + 1].node),
               "syntax error: else must be followed by if or statement block");
        return;
      }
    }
    // A closing bracket that nothing in this ERROR opened.
    int depth = 0;
    for (const Child& c : kids) {
      if (ts_node_is_named(c.node)) continue;
      std::string_view t = cst_.text(c.node);
      if (t == "(" || t == "[" || t == "{") ++depth;
      if (t == ")" || t == "]" || t == "}") {
        if (depth == 0) {
          unexpected_at(static_cast<uint32_t>(ts_node_start_byte(c.node)));
          return;
        }
        --depth;
      }
    }
    std::string_view first = kids.empty() || ts_node_is_named(kids[0].node) ? ""
                                                                             : cst_.text(kids[0].node);
    bool has_brace = false;
    for (const Child& c : kids) {
      has_brace |= cst_.text(c.node) == "{" || cst_.kind(c.node) == K::Block;
    }
    // `for clause` / `if x` / `switch x` and no block: gc wanted the `{`.
    if ((first == "for" || first == "if" || first == "switch") && !has_brace) {
      Token next = next_token(cst_.source(), ts_node_end_byte(n), false);
      report(cst_.pos_at(next.offset), "syntax error: unexpected " + describe_gc(next) +
                                           ", expecting { after " + std::string(first) +
                                           " clause");
      return;
    }
    // `var x` with neither type nor value.
    if (first == "var" || first == "const") {
      bool names_only = true;
      for (size_t i = 1; i < kids.size(); ++i) {
        K k = cst_.kind(kids[i].node);
        names_only &= k == K::Identifier || cst_.text(kids[i].node) == ",";
      }
      if (names_only && kids.size() > 1) {
        Token next = next_token(cst_.source(), ts_node_end_byte(n), false);
        report(cst_.pos_at(next.offset), "syntax error: unexpected " + describe_gc(next) +
                                             (first == "var" ? ", expecting type"
                                                             : ", expecting = or type"));
        return;
      }
    }
    // An operator left without its operand: gc names the token that came instead.
    if (!kids.empty() && !ts_node_is_named(kids.back().node) &&
        wants_operand(cst_.text(kids.back().node))) {
      // No automatic semicolon after an operator: the newline is skipped, as gc's scanner does.
      Token next = next_token(cst_.source(), ts_node_end_byte(n), true);
      report(cst_.pos_at(next.offset),
             "syntax error: unexpected " + describe_gc(next) + ", expecting expression");
      return;
    }
    // A complete operand followed on the same line by another token: that token is the surprise
    // (`x := 1 2`).
    if (!kids.empty() && ts_node_is_named(kids.back().node)) {
      Token next = next_token(cst_.source(), ts_node_end_byte(n), false);
      if (next.cls != Token::Newline && next.cls != Token::Eof &&
          !(next.cls == Token::Operator && (next.text == "}" || next.text == ";"))) {
        unexpected_at(next.offset);
        return;
      }
    }
    unexpected_at(ts_node_start_byte(n));
  }

 private:
  // Reports "unexpected X" for the token at `offset`, with gc's context.
  void unexpected_at(uint32_t offset) {
    Token t = next_token(cst_.source(), offset, true);
    Pos at = cst_.pos_at(t.offset);
    bool first_on_line = next_token(cst_.source(), line_start(t.offset), true).offset == t.offset;
    bool in_body = in_body_;
    if (!in_body && first_on_line && t.cls != Token::Eof) {
      report(at, "syntax error: non-declaration statement outside function body");
    } else if (!in_body) {
      report(at, "syntax error: unexpected " + describe_gc(t) + " after top level declaration");
    } else if (first_on_line && t.cls == Token::Operator &&
               (t.text == ")" || t.text == "]" || t.text == "," || t.text == ":" ||
                t.text == "=" || t.text == ":=")) {
      report(at, "syntax error: unexpected " + describe_gc(t) + ", expecting }");
    } else if (first_on_line && (t.text == "else" || t.text == "case" || t.text == "default")) {
      report(at, "syntax error: unexpected " + describe_gc(t) + ", expecting }");
    } else if (!first_on_line && t.cls != Token::Eof) {
      report(at, "syntax error: unexpected " + describe_gc(t) + " at end of statement");
    } else {
      report(at, "syntax error: unexpected " + describe_gc(t));
    }
  }

  uint32_t line_start(uint32_t offset) const {
    std::string_view s = cst_.source();
    while (offset > 0 && s[offset - 1] != '\n') --offset;
    return offset;
  }

  // Characters and literals the grammar's lexer could not take. Returns whether it reported.
  bool lexical_error(TSNode n) {
    bool done = false;
    std::string_view s = cst_.source();
    walk(n, [&](TSNode k, const std::vector<TSNode>& ancestors) {
      if (done) return false;
      if (ts_node_child_count(k) != 0) return true;
      std::string_view text = cst_.text(k);
      if (text.empty()) return false;
      uint32_t off = ts_node_start_byte(k);
      bool in_error = ancestors.empty() || cst_.kind(ancestors.back()) == K::Error;
      if (in_error && !ts_node_is_named(k) && text == "\"") {
        size_t eol = s.find('\n', off);
        report(cst_.pos_at(static_cast<uint32_t>(eol == s.npos ? s.size() : eol)),
               eol == s.npos ? "string literal not terminated" : "newline in string");
        done = true;
      } else if (in_error && !ts_node_is_named(k) && text == "`") {
        report(cst_.pos(k), "string not terminated");
        done = true;
      } else if (cst_.kind(k) == K::Error) {
        if (text[0] == '\'') {
          size_t eol = s.find('\n', off);
          size_t close = s.find('\'', off + 1);
          report(cst_.pos(k), close < eol ? "more than one character in rune literal"
                                          : "rune literal not terminated");
        } else if (text[0] != '\0') {
          char32_t cp = 0;
          if (utf8_length(s, off, &cp) == 0) return false;  // reported by scan_bytes
          char buf[64];
          std::snprintf(buf, sizeof buf, "invalid character U+%04X", static_cast<unsigned>(cp));
          std::string msg = buf;
          if (cp >= 0x20 && cp < 0x7F) msg += " '" + std::string(1, static_cast<char>(cp)) + "'";
          report(cst_.pos(k), msg);
        }
        done = true;
      }
      return false;
    });
    return done;
  }

  const Cst& cst_;
  Diagnostics& diags_;
  int reported_ = 0;
  bool in_body_ = false;
};

}  // namespace

void report_syntax_errors(const Cst& cst, TSNode root, Diagnostics& diags) {
  Reporter r(cst, diags);
  r.scan_bytes();
  if (!ts_node_has_error(root)) return;
  walk(root, [&](TSNode n, const std::vector<TSNode>& ancestors) {
    if (r.full() || !ts_node_has_error(n)) return false;
    if (ts_node_is_missing(n)) {
      r.missing(n, ancestors.empty() ? TSNode{} : ancestors.back());
      return false;
    }
    if (cst.kind(n) == K::Error) {
      bool in_body = false;
      for (TSNode a : ancestors) {
        K k = cst.kind(a);
        if (k == K::Block || k == K::FuncLiteral) in_body = true;
      }
      r.error_node(n, in_body);
      return false;
    }
    return true;
  });
}

}  // namespace go2cpp::syntax::detail
