// parse_file: runs tree-sitter-go over one file and drives the syntax phase.
//
// Order of work: tree-sitter builds the CST (it never fails and never recurses, whatever the
// input); comments are collected from it; the converter builds the AST and reports what the
// grammar accepts but Go rejects; the syntax-error pass reports ERROR and MISSING nodes and bad
// bytes. The File is always returned; when diagnostics were added it is partial (BadExpr/BadStmt
// where the CST was broken) and must not be type-checked.
#include "syntax/parse.h"

#include <memory>

#include "syntax/converter.h"
#include "syntax/cst.h"
#include "syntax/syntax_errors.h"

namespace go2cpp::syntax {
namespace {

// ---- Tuning knobs -------------------------------------------------------------------------------
// tree-sitter keeps byte offsets in 32 bits; stay well inside them.
constexpr size_t kMaxSourceBytes = size_t{1} << 30;

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
  detail::Cst cst(source, file->file_id);
  TSNode root = ts_tree_root_node(tree.get());
  collect_comments(cst, root, *file);
  detail::Converter converter(cst, *file, diags);
  converter.source_file(root);
  detail::report_syntax_errors(cst, root, diags);
  return file;
}

}  // namespace go2cpp::syntax
