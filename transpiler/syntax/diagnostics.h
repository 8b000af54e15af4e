// Diagnostics are data: every phase appends to one list, the driver prints it at the end, sorted by
// position, in gc's `file:line:col: message` form. Nothing throws for bad input.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "syntax/ast.h"

namespace go2cpp::syntax {

struct Diagnostic {
  Pos pos;
  std::string message;
};

class Diagnostics {
 public:
  void error(Pos pos, std::string message);
  bool has_errors() const { return !list_.empty(); }
  size_t count() const { return list_.size(); }
  const std::vector<Diagnostic>& list() const { return list_; }

  // Prints the diagnostics sorted by position, one per line, the way gc does: duplicates on one
  // line are dropped, and after 10 errors a final "too many errors" line ends the list.
  void print(std::ostream& out, const FileSet& files) const;

 private:
  std::vector<Diagnostic> list_;
};

}  // namespace go2cpp::syntax
