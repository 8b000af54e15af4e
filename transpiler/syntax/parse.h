// CST → AST: tree-sitter-go parses a file; this turns its concrete syntax tree into syntax::File.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "syntax/ast.h"
#include "syntax/diagnostics.h"

namespace go2cpp::syntax {

// Parses one Go source file. Syntax errors (tree-sitter ERROR and MISSING nodes, plus what the
// grammar accepts but Go does not) are reported as "syntax error: ..." diagnostics; the returned
// File is then partial and must not be type-checked. Never throws for any input bytes.
std::unique_ptr<File> parse_file(FileSet& files, const std::string& path, std::string_view source,
                                 Diagnostics& diags);

// A readable, indented dump of the AST (go2cpp's --dump=ast), one node per line with its position.
std::string dump(const File& file, const FileSet& files);

}  // namespace go2cpp::syntax
