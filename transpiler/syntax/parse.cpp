// parse_file: runs tree-sitter-go over one file and drives the syntax phase.
//
// Order of work: tree-sitter builds the CST (it never fails and never recurses, whatever the
// input); comments are collected from it; the converter builds the AST and reports what the
// grammar accepts but Go rejects; the syntax-error pass reports ERROR and MISSING nodes and bad
// bytes. The File is always returned; when diagnostics were added it is partial (BadExpr/BadStmt
// where the CST was broken) and must not be type-checked.
//
// `new` and `make` are predeclared names, not keywords, but tree-sitter-go parses `new(` and
// `make(` as builtin calls whose first argument must be a type: a user's own function `new`
// called as `new(5)` is a syntax error there. When the tree has an error, the `new`/`make` token
// closest before the first one is spelled as a plain identifier of the same length (`neW`,
// `makE`) and the file is parsed again; the rewrite is kept when the first error moved on or
// went away (repeated for a few tokens). The CST still reads its text from the original source,
// so the call's callee is the identifier `new`, and the checker resolves it by scope: a user's
// object, or the builtin with a non-type argument (`5 is not a type`, as gc says).
#include "syntax/parse.h"

#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "syntax/converter.h"
#include "syntax/cst.h"
#include "syntax/syntax_errors.h"

namespace go2cpp::syntax {
namespace {

// ---- Tuning knobs -------------------------------------------------------------------------------
// tree-sitter keeps byte offsets in 32 bits; stay well inside them.
constexpr size_t kMaxSourceBytes = size_t{1} << 30;
// How many extra parses respelling `new(`/`make(` tokens may cost one file, and how many
// candidates before one error are tried.
constexpr int kMaxBuiltinRespellings = 16;
constexpr size_t kCandidatesPerError = 3;

struct ParserDeleter {
  void operator()(TSParser* p) const { ts_parser_delete(p); }
};
struct TreeDeleter {
  void operator()(TSTree* t) const { ts_tree_delete(t); }
};

void collect_comments(const detail::Cst& cst, TSNode root, File& file) {
  detail::walk(root, [&](TSNode n, const std::vector<TSNode>&) {
    if (cst.kind(n) == detail::K::Comment) {
      file.comments.push_back(Comment{cst.pos(n), cst.end(n), std::string(cst.text(n))});
      return false;
    }
    return ts_node_child_count(n) != 0;
  });
}

// The byte range of the first ERROR or MISSING node in source order, or none.
struct ErrorSpan {
  uint32_t start;
  uint32_t end;
};
std::optional<ErrorSpan> first_error(TSNode root) {
  if (!ts_node_has_error(root)) return std::nullopt;
  std::optional<ErrorSpan> at;
  detail::walk(root, [&](TSNode n, const std::vector<TSNode>&) {
    if (at) return false;
    if (ts_node_is_missing(n) || std::strcmp(ts_node_type(n), "ERROR") == 0) {
      at = ErrorSpan{ts_node_start_byte(n), ts_node_end_byte(n)};
      return false;
    }
    return ts_node_has_error(n);
  });
  return at;
}

bool is_ident_byte(char c) {
  return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

// The starts of the tokens `new` and `make` before `limit` that are followed by `(`, in source
// order, found among the tree's leaves (so never inside a comment or a literal).
std::vector<size_t> builtin_calls_before(TSNode root, std::string_view text, uint32_t limit) {
  std::vector<size_t> found;
  detail::walk(root, [&](TSNode n, const std::vector<TSNode>&) {
    const uint32_t start = ts_node_start_byte(n);
    if (start >= limit) return false;
    if (ts_node_child_count(n) != 0) return true;
    const uint32_t end = ts_node_end_byte(n);
    const std::string_view word = text.substr(start, end - start);
    if (word != "new" && word != "make") return false;
    if (start > 0 && is_ident_byte(text[start - 1])) return false;
    size_t i = end;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) i++;
    if (i < text.size() && text[i] == '(') found.push_back(start);
    return false;
  });
  return found;
}

}  // namespace

std::unique_ptr<File> parse_file(FileSet& files, const std::string& path, std::string_view source,
                                 Diagnostics& diags) {
  auto file = std::make_unique<File>();
  file->path = path;
  file->file_id = files.add(path);
  if (source.size() > kMaxSourceBytes) {
    diags.error(Pos{file->file_id, 1, 1}, "file too large (more than 1 GiB)");
    return file;
  }
  std::unique_ptr<TSParser, ParserDeleter> parser(ts_parser_new());
  if (!parser || !ts_parser_set_language(parser.get(), tree_sitter_go())) {
    diags.error(Pos{file->file_id, 1, 1},
                "internal error: tree-sitter-go does not load into this libtree-sitter");
    return file;
  }
  std::unique_ptr<TSTree, TreeDeleter> tree(ts_parser_parse_string(
      parser.get(), nullptr, source.data(), static_cast<uint32_t>(source.size())));
  if (!tree) {
    diags.error(Pos{file->file_id, 1, 1}, "internal error: tree-sitter returned no tree");
    return file;
  }
  // A user's `new`/`make` called with a non-type argument (see the top of the file): respell
  // the closest candidate before the end of the first error (an ERROR node may span the whole
  // statement holding the call), or one of the two before it (new(new(5)): the outer call is the
  // one that fails), until the first error starts later or is gone.
  std::string respelled;
  int parses = 0;
  for (bool progress = true; progress && parses < kMaxBuiltinRespellings;) {
    progress = false;
    const std::optional<ErrorSpan> err = first_error(ts_tree_root_node(tree.get()));
    if (!err) break;
    const std::string_view current = respelled.empty() ? source : std::string_view(respelled);
    const std::vector<size_t> candidates =
        builtin_calls_before(ts_tree_root_node(tree.get()), current, err->end + 1);
    for (size_t k = candidates.size(); k-- > 0 && candidates.size() - k <= kCandidatesPerError &&
                                       parses < kMaxBuiltinRespellings;) {
      const size_t at = candidates[k];
      std::string attempt(current);
      attempt[at + (attempt[at] == 'n' ? 2 : 3)] ^= 0x20;  // neW, makE: plain identifiers
      parses++;
      std::unique_ptr<TSTree, TreeDeleter> retry(ts_parser_parse_string(
          parser.get(), nullptr, attempt.data(), static_cast<uint32_t>(attempt.size())));
      if (!retry) break;
      const std::optional<ErrorSpan> retry_err = first_error(ts_tree_root_node(retry.get()));
      if (retry_err && retry_err->start <= err->start) continue;
      tree = std::move(retry);
      respelled = std::move(attempt);
      progress = true;
      break;
    }
  }
  detail::Cst cst(source, file->file_id);
  TSNode root = ts_tree_root_node(tree.get());
  collect_comments(cst, root, *file);
  detail::Converter converter(cst, *file, diags);
  converter.source_file(root);
  detail::report_syntax_errors(cst, root, diags);
  return file;
}

}  // namespace go2cpp::syntax
