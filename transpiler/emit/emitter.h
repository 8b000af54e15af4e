// The emitter: typed AST → readable C++ against the runtime API of docs/runtime-api.md.
#pragma once

#include <string>
#include <vector>

#include "syntax/ast.h"
#include "syntax/diagnostics.h"
#include "types/info.h"
#include "types/types.h"
#include "types/universe.h"

namespace go2cpp::emit {

struct EmitOptions {
  bool line_directives = true;  // #line back to the .go source
};

// Emits one checked package as one C++ translation unit. A construct the emitter cannot translate
// yet is reported as "go2cpp does not support ... yet" in `diags`; the text is then unusable.
std::string emit_package(const types::Package& pkg, const std::vector<const syntax::File*>& files,
                         const types::Info& info, const types::Universe& universe,
                         const syntax::FileSet& fileset, const EmitOptions& options,
                         syntax::Diagnostics& diags);

// The C++ spelling of a Go identifier: the identifier itself, or — when it is a C++ keyword, a
// name the standard library defines as a macro, or a name the generated code relies on (`std`,
// `go`) — the identifier with a trailing underscore. (docs/generated-code.md)
std::string cpp_name(const std::string& go_name);

}  // namespace go2cpp::emit
