#include "syntax/diagnostics.h"

#include <algorithm>
#include <ostream>

namespace go2cpp::syntax {

std::string FileSet::format(Pos p) const {
  if (!p.valid()) return "<unknown>";
  return name(p.file) + ":" + std::to_string(p.line) + ":" + std::to_string(p.col);
}

void Diagnostics::error(Pos pos, std::string message) {
  list_.push_back({pos, std::move(message)});
}

void Diagnostics::print(std::ostream& out, const FileSet& files) const {
  std::vector<Diagnostic> sorted = list_;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.pos.file != b.pos.file) return a.pos.file < b.pos.file;
    if (a.pos.line != b.pos.line) return a.pos.line < b.pos.line;
    return a.pos.col < b.pos.col;
  });
  constexpr int kMaxErrors = 10;  // gc stops after 10 errors unless -e is given
  int printed = 0;
  int last_file = -2, last_line = -1;
  for (const Diagnostic& d : sorted) {
    // gc reports at most one error per line.
    if (d.pos.file == last_file && d.pos.line == last_line) continue;
    last_file = d.pos.file;
    last_line = d.pos.line;
    if (printed == kMaxErrors) {
      out << files.format(d.pos) << ": too many errors\n";
      break;
    }
    // A diagnostic about no one place (the files of a directory disagree) is printed bare, as the
    // go command prints it.
    if (d.pos.valid()) out << files.format(d.pos) << ": ";
    out << d.message << "\n";
    ++printed;
  }
}

}  // namespace go2cpp::syntax
