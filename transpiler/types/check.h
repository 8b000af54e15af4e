// The type checker's entry point: checks one package's files, filling in Info.
#pragma once

#include <vector>

#include "syntax/ast.h"
#include "syntax/diagnostics.h"
#include "types/info.h"
#include "types/types.h"
#include "types/universe.h"

namespace go2cpp::types {

struct CheckConfig {
  // Report unused variables and imports as errors (as gc does); stubs of runtime packages skip it.
  bool report_unused = true;
  // For positions inside messages ("other declaration of x" notes).
  const syntax::FileSet* files = nullptr;
};

// Type-checks `files`, which must all declare package `pkg->name`. Diagnostics are appended; the
// result is usable for emission only when no error was reported.
void check_package(Package* pkg, const std::vector<const syntax::File*>& files, Arena& arena,
                   const Universe& universe, const Importer& importer, const CheckConfig& config,
                   Info& info, syntax::Diagnostics& diags);

}  // namespace go2cpp::types
