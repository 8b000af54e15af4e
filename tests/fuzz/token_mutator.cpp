// The token-level mutation mode: a libFuzzer custom mutator that edits Go source as a sequence of
// tokens instead of bytes, so mutants of valid programs stay close to Go — a statement moved, an
// operand swapped, an identifier replaced by another in scope, a keyword or C++ name dropped in —
// and get past the parser into the checker and the emitter, where byte flips rarely reach.
// Linked into fuzz_translate_tokens only (the plain fuzz_translate keeps libFuzzer's byte
// mutations).
//
// The lexer here is deliberately rough (it only has to cut text where Go's scanner would):
// identifiers and numbers, string/rune/raw-string literals, comments, blank runs, and operators by
// longest match. Joining the tokens back gives the input byte for byte.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <string_view>
#include <vector>

extern "C" size_t LLVMFuzzerMutate(uint8_t* data, size_t size, size_t max_size);

namespace {

// ---- Tuning knobs -------------------------------------------------------------------------------
// One mutation in kByteMutationOneIn is libFuzzer's own byte-level one, so bytes the token lexer
// would never produce (invalid UTF-8, odd escapes) still turn up.
constexpr unsigned kByteMutationOneIn = 5;
// Token edits applied per call: 1..kMaxEdits.
constexpr unsigned kMaxEdits = 3;
// Longest run of tokens copied or moved at once (a short statement).
constexpr size_t kMaxSpan = 12;

// Tokens worth inserting: Go keywords, operators and predeclared names, the names of C++ keywords
// and of the runtime (go2cpp must rename them), and a few literals.
constexpr const char* kDictionary[] = {
    "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough",
    "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range",
    "return", "select", "struct", "switch", "type", "var",
    "+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^", "+=", "-=", "*=", "/=", "%=",
    "&=", "|=", "^=", "<<=", ">>=", "&^=", "&&", "||", "<-", "++", "--", "==", "<", ">", "=",
    "!", "~", "!=", "<=", ">=", ":=", "...", "(", ")", "[", "]", "{", "}", ",", ";", ".", ":",
    "\n", " ",
    "int", "int8", "uint64", "float32", "float64", "complex128", "string", "byte", "rune",
    "bool", "any", "error", "true", "false", "nil", "iota", "_",
    "append", "cap", "len", "make", "new", "delete", "copy", "panic", "recover", "print",
    "println", "complex", "real", "imag", "close", "min", "max", "clear",
    "class", "namespace", "template", "typename", "auto", "register", "this", "operator",
    "std", "go", "main", "string", "slice", "array", "ptr", "gc_new", "NULL", "int64_t",
    "0", "1", "-1", "1<<63", "0x7fffffffffffffff", "1e309", "0.5", "'a'", "'\\x00'", "\"\"",
    "\"s\"", "`raw`", "1i", "fmt.Println", "fmt.Sprintf(\"%v\", ", "os.Exit(3)",
    "[]int{1, 2}", "map[string]int{}", "struct{}{}", "func() {}", "interface{}",
};

struct Rng {
  std::minstd_rand engine;
  explicit Rng(unsigned seed) : engine(seed) {}
  size_t below(size_t n) { return n == 0 ? 0 : engine() % n; }
};

bool is_word_byte(unsigned char c) {
  return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         c >= 0x80;
}

// Operators, longest first within each leading byte.
constexpr const char* kOperators[] = {"&^=", "<<=", ">>=", "...", "&&", "||", "<-", "++", "--",
                                      "==", "!=", "<=", ">=", ":=", "+=", "-=", "*=", "/=", "%=",
                                      "&=", "|=", "^=", "<<", ">>", "&^"};

size_t quoted_end(std::string_view s, size_t i, char quote) {
  size_t j = i + 1;
  while (j < s.size() && s[j] != quote && s[j] != '\n') j += s[j] == '\\' ? 2 : 1;
  return j < s.size() ? j + 1 : s.size();
}

std::vector<std::string_view> tokenize(std::string_view s) {
  std::vector<std::string_view> tokens;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i + 1;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (is_word_byte(c)) {
      while (j < s.size() && is_word_byte(static_cast<unsigned char>(s[j]))) ++j;
    } else if (c == ' ' || c == '\t' || c == '\r') {
      while (j < s.size() && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r')) ++j;
    } else if (c == '"' || c == '\'') {
      j = quoted_end(s, i, static_cast<char>(c));
    } else if (c == '`') {
      size_t end = s.find('`', i + 1);
      j = end == std::string_view::npos ? s.size() : end + 1;
    } else if (s.substr(i, 2) == "//") {
      size_t end = s.find('\n', i);
      j = end == std::string_view::npos ? s.size() : end;
    } else if (s.substr(i, 2) == "/*") {
      size_t end = s.find("*/", i + 2);
      j = end == std::string_view::npos ? s.size() : end + 2;
    } else {
      for (const char* op : kOperators) {
        if (s.substr(i, std::strlen(op)) == op) {
          j = i + std::strlen(op);
          break;
        }
      }
    }
    tokens.push_back(s.substr(i, j - i));
    i = j;
  }
  return tokens;
}

bool is_identifier(std::string_view t) {
  return !t.empty() && is_word_byte(static_cast<unsigned char>(t[0])) && !(t[0] >= '0' && t[0] <= '9');
}

// One token-level edit of `tokens` (inserted dictionary tokens point at static strings).
void edit(std::vector<std::string_view>& tokens, Rng& rng) {
  size_t n = tokens.size();
  size_t at = rng.below(n + 1);
  auto dictionary_token = [&] {
    return std::string_view(kDictionary[rng.below(std::size(kDictionary))]);
  };
  switch (rng.below(8)) {
    case 0:  // delete a token
      if (at < n) tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(at));
      break;
    case 1:  // duplicate a token
      if (at < n) tokens.insert(tokens.begin() + static_cast<std::ptrdiff_t>(at), tokens[at]);
      break;
    case 2:  // swap two tokens
      if (n >= 2) std::swap(tokens[rng.below(n)], tokens[rng.below(n)]);
      break;
    case 3:  // insert a dictionary token
      tokens.insert(tokens.begin() + static_cast<std::ptrdiff_t>(at), dictionary_token());
      break;
    case 4:  // replace a token with a dictionary token
      if (at < n) tokens[at] = dictionary_token();
      break;
    case 5: {  // replace an identifier with another identifier of the same input
      std::vector<size_t> ids;
      for (size_t i = 0; i < n; ++i) {
        if (is_identifier(tokens[i])) ids.push_back(i);
      }
      if (ids.size() >= 2) tokens[ids[rng.below(ids.size())]] = tokens[ids[rng.below(ids.size())]];
      break;
    }
    case 6: {  // copy a span of tokens elsewhere
      if (n == 0) break;
      size_t from = rng.below(n);
      size_t len = 1 + rng.below(std::min(kMaxSpan, n - from));
      std::vector<std::string_view> span(tokens.begin() + static_cast<std::ptrdiff_t>(from),
                                         tokens.begin() + static_cast<std::ptrdiff_t>(from + len));
      tokens.insert(tokens.begin() + static_cast<std::ptrdiff_t>(rng.below(n + 1)), span.begin(),
                    span.end());
      break;
    }
    default: {  // delete a span of tokens
      if (n == 0) break;
      size_t from = rng.below(n);
      size_t len = 1 + rng.below(std::min(kMaxSpan, n - from));
      tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(from),
                   tokens.begin() + static_cast<std::ptrdiff_t>(from + len));
      break;
    }
  }
}

}  // namespace

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t* data, size_t size, size_t max_size,
                                          unsigned int seed) {
  Rng rng(seed);
  if (size == 0 || rng.below(kByteMutationOneIn) == 0) return LLVMFuzzerMutate(data, size, max_size);
  std::string source(reinterpret_cast<const char*>(data), size);
  std::vector<std::string_view> tokens = tokenize(source);
  for (size_t e = 1 + rng.below(kMaxEdits); e > 0; --e) edit(tokens, rng);
  std::string out;
  for (std::string_view t : tokens) {
    if (out.size() + t.size() > max_size) break;
    out += t;
  }
  std::memcpy(data, out.data(), out.size());
  return out.size();
}
