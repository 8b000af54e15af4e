// Literal text helpers for the converter. Literals stay as written in the AST (decoding them is
// the checker's job); the one value the syntax phase needs is an import path, so `unquote`
// handles the escapes an import path can reasonably hold and keeps anything else as written.
#include "syntax/converter.h"

namespace go2cpp::syntax::detail {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') return (c | 0x20) - 'a' + 10;
  return -1;
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace

std::string unquote(std::string_view lit) {
  if (lit.size() < 2) return std::string(lit);
  char q = lit.front();
  std::string_view body = lit.substr(1, lit.size() - 2);
  if (q == '`') return std::string(body);
  if (q != '"') return std::string(lit);
  std::string out;
  for (size_t i = 0; i < body.size(); ++i) {
    if (body[i] != '\\' || i + 1 >= body.size()) {
      out += body[i];
      continue;
    }
    char e = body[++i];
    switch (e) {
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case 'x':
      case 'u':
      case 'U': {
        size_t digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        uint32_t v = 0;
        size_t k = 0;
        for (; k < digits && i + 1 + k < body.size() && hex_value(body[i + 1 + k]) >= 0; ++k) {
          v = v * 16 + static_cast<uint32_t>(hex_value(body[i + 1 + k]));
        }
        i += k;
        if (e == 'x') {
          out += static_cast<char>(v);
        } else {
          append_utf8(out, v > 0x10FFFF ? 0xFFFD : v);
        }
        break;
      }
      default:
        if (e >= '0' && e <= '7') {
          uint32_t v = 0;
          size_t k = 0;
          for (; k < 3 && i + k < body.size() && body[i + k] >= '0' && body[i + k] <= '7'; ++k) {
            v = v * 8 + static_cast<uint32_t>(body[i + k] - '0');
          }
          i += k - 1;
          out += static_cast<char>(v & 0xFF);
        } else {
          out += e;  // \\ \" \' and anything gc would reject anyway
        }
        break;
    }
  }
  return out;
}

Op op_from_text(std::string_view t) {
  static constexpr std::pair<std::string_view, Op> kOps[] = {
      {"+", Op::Add},   {"-", Op::Sub},    {"*", Op::Mul},   {"/", Op::Quo},   {"%", Op::Rem},
      {"&", Op::And},   {"|", Op::Or},     {"^", Op::Xor},   {"<<", Op::Shl},  {">>", Op::Shr},
      {"&^", Op::AndNot}, {"&&", Op::LAnd}, {"||", Op::LOr}, {"<-", Op::Arrow}, {"==", Op::Eql},
      {"!=", Op::Neq},  {"<", Op::Lss},    {"<=", Op::Leq},  {">", Op::Gtr},   {">=", Op::Geq},
      {"!", Op::Not},   {"~", Op::Tilde},
  };
  for (const auto& [s, op] : kOps) {
    if (s == t) return op;
  }
  return Op::None;
}

}  // namespace go2cpp::syntax::detail
