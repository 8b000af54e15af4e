// Syntax errors: turning tree-sitter's ERROR and MISSING nodes, and byte-level problems it does not
// see, into gc-worded diagnostics; and the small Go lexer that names the offending token.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "syntax/cst.h"
#include "syntax/diagnostics.h"

namespace go2cpp::syntax::detail {

// ---- Tuning knobs -------------------------------------------------------------------------------
// Syntax errors reported per file, by the error pass and by the converter's checks each. gc stops
// after 10 errors and the printer cuts there too; the 11th is kept so that the printer says "too
// many errors". One broken file can hold thousands of ERROR nodes: no point collecting them.
inline constexpr int kMaxSyntaxErrors = 11;

// Reports every ERROR and MISSING node under root (at most kMaxSyntaxErrors), plus NUL bytes and
// invalid UTF-8 anywhere in the source.
void report_syntax_errors(const Cst& cst, TSNode root, Diagnostics& diags);

// One Go token found by a minimal lexer, enough to name it in a message.
struct Token {
  enum Class : uint8_t { Eof, Newline, Name, Keyword, Literal, Operator, Invalid };
  Class cls = Eof;
  uint32_t offset = 0;  // where it starts
  std::string_view text;
};

// The first token at or after `at`, skipping blanks and comments; a newline is a token (gc's
// automatic semicolon) unless `skip_newlines`.
Token next_token(std::string_view src, uint32_t at, bool skip_newlines);
uint32_t first_token_offset(std::string_view src, uint32_t at);
bool is_keyword(std::string_view word);

// gc's name for a token: "name x", "literal 1", "newline", "EOF", "comma", a keyword or an
// operator as written.
std::string describe_gc(const Token& t);
// go/parser's name for the token at `at` ("found 'func'", "found x", "found 'EOF'").
std::string describe_token_goparser(std::string_view src, uint32_t at);

}  // namespace go2cpp::syntax::detail
