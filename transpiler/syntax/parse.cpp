// Placeholder until the CST → AST converter lands.
#include "syntax/parse.h"

namespace go2cpp::syntax {
std::unique_ptr<File> parse_file(FileSet&, const std::string&, std::string_view, Diagnostics&) {
  return nullptr;
}
std::string dump(const File&, const FileSet&) { return {}; }
}  // namespace go2cpp::syntax
