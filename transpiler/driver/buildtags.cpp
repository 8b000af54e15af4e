// Build constraints (see buildtags.h). The expression grammar is go/build/constraint's:
//   expr = or;  or = and { "||" and };  and = not { "&&" not };  not = "!" not | "(" expr ")" | tag
// A malformed expression makes the file not match, as go/build treats a file it cannot parse.
#include "driver/buildtags.h"

#include <cctype>
#include <set>
#include <vector>

namespace go2cpp::driver {

namespace {

// GOOS and GOARCH values that go/build recognizes in file name suffixes (Go 1.19's lists).
const std::set<std::string, std::less<>> kKnownOS = {
    "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js",
    "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "windows", "zos"};
const std::set<std::string, std::less<>> kKnownArch = {
    "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips",
    "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le",
    "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm"};
const std::set<std::string, std::less<>> kUnixOS = {
    "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "linux",
    "netbsd", "openbsd", "solaris"};

bool tag_satisfied(std::string_view tag, const BuildContext& ctx) {
  if (tag == ctx.goos || tag == ctx.goarch || tag == "go2cpp") return true;
  for (const std::string& t : ctx.tags) {
    if (tag == t) return true;
  }
  if (tag == "unix") return kUnixOS.count(ctx.goos) != 0;
  if (tag.starts_with("go1.")) {
    std::string_view minor = tag.substr(4);
    if (minor.empty() || minor.size() > 2) return false;
    int n = 0;
    for (char c : minor) {
      if (!std::isdigit(static_cast<unsigned char>(c))) return false;
      n = n * 10 + (c - '0');
    }
    return n >= 1 && n <= 22;
  }
  return false;
}

class ExprParser {
 public:
  ExprParser(std::string_view text, const BuildContext& ctx) : s_(text), ctx_(ctx) {}

  // The value of the whole expression; false (with ok() false) when it is malformed.
  bool parse() {
    bool v = parse_or();
    skip_space();
    if (pos_ != s_.size()) ok_ = false;
    return ok_ && v;
  }
  bool ok() const { return ok_; }

 private:
  void skip_space() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t')) ++pos_;
  }
  bool eat(std::string_view tok) {
    skip_space();
    if (s_.substr(pos_, tok.size()) != tok) return false;
    pos_ += tok.size();
    return true;
  }
  bool parse_or() {
    bool v = parse_and();
    while (eat("||")) v = parse_and() || v;
    return v;
  }
  bool parse_and() {
    bool v = parse_not();
    while (eat("&&")) v = parse_not() && v;
    return v;
  }
  bool parse_not() {
    if (eat("!")) return !parse_not();
    if (eat("(")) {
      bool v = parse_or();
      if (!eat(")")) ok_ = false;
      return v;
    }
    skip_space();
    size_t start = pos_;
    while (pos_ < s_.size() &&
           (std::isalnum(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '_' || s_[pos_] == '.')) {
      ++pos_;
    }
    if (start == pos_) {
      ok_ = false;
      return false;
    }
    return tag_satisfied(s_.substr(start, pos_ - start), ctx_);
  }

  std::string_view s_;
  const BuildContext& ctx_;
  size_t pos_ = 0;
  bool ok_ = true;
};

// One `// +build` line: space-separated options of which one must hold; each option is
// comma-separated terms that must all hold; a term may start with `!`.
bool plus_build_line(std::string_view line, const BuildContext& ctx) {
  bool any = false;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (start == i) break;
    std::string_view option = line.substr(start, i - start);
    bool all = true;
    size_t j = 0;
    while (j <= option.size()) {
      size_t comma = option.find(',', j);
      std::string_view term = option.substr(j, comma == std::string_view::npos ? std::string_view::npos : comma - j);
      bool negate = term.starts_with('!');
      if (negate) term.remove_prefix(1);
      if (term.empty() || tag_satisfied(term, ctx) == negate) all = false;
      if (comma == std::string_view::npos) break;
      j = comma + 1;
    }
    any = any || all;
  }
  return any;
}

// The file name rule: after removing ".go" and "_test", a trailing _GOOS, _GOARCH or
// _GOOS_GOARCH (of known values) must match the target.
bool name_matches(std::string_view name, const BuildContext& ctx) {
  if (name.ends_with(".go")) name.remove_suffix(3);
  if (name.ends_with("_test")) name.remove_suffix(5);
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i <= name.size(); ++i) {
    if (i == name.size() || name[i] == '_') {
      parts.push_back(name.substr(start, i - start));
      start = i + 1;
    }
  }
  // The first element is the file's own name, never a constraint ("linux.go" is unconstrained).
  size_t n = parts.size();
  if (n >= 3 && kKnownOS.count(parts[n - 2]) && kKnownArch.count(parts[n - 1])) {
    return parts[n - 2] == ctx.goos && parts[n - 1] == ctx.goarch;
  }
  if (n >= 2 && kKnownOS.count(parts[n - 1])) return parts[n - 1] == ctx.goos;
  if (n >= 2 && kKnownArch.count(parts[n - 1])) return parts[n - 1] == ctx.goarch;
  return true;
}

}  // namespace

bool file_matches(std::string_view name, std::string_view text, const BuildContext& ctx) {
  if (!name_matches(name, ctx)) return false;
  // Constraints live in the leading comments: stop at the first line that is neither blank nor
  // a comment. A /* */ comment is skipped whole (a constraint after it still counts).
  std::vector<std::string_view> plus_build;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    std::string_view line = text.substr(pos, eol == std::string_view::npos ? std::string_view::npos : eol - pos);
    pos = eol == std::string_view::npos ? text.size() : eol + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (line.empty()) continue;
    if (line.starts_with("/*")) {
      size_t start = static_cast<size_t>(line.data() - text.data());  // the comment's "/*"
      size_t close = text.find("*/", start + 2);
      if (close == std::string_view::npos) break;
      size_t after = text.find('\n', close);
      pos = after == std::string_view::npos ? text.size() : after + 1;
      continue;
    }
    if (!line.starts_with("//")) break;
    if (line.starts_with("//go:build") && (line.size() == 10 || line[10] == ' ' || line[10] == '\t')) {
      ExprParser parser(line.substr(10), ctx);
      return parser.parse();
    }
    std::string_view body = line.substr(2);
    while (!body.empty() && (body.front() == ' ' || body.front() == '\t')) body.remove_prefix(1);
    if (body.starts_with("+build") && (body.size() == 6 || body[6] == ' ' || body[6] == '\t')) {
      plus_build.push_back(body.substr(6));
    }
  }
  for (std::string_view line : plus_build) {
    if (!plus_build_line(line, ctx)) return false;
  }
  return true;
}

}  // namespace go2cpp::driver
