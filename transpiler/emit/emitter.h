// The emitter: typed AST → readable C++ against the runtime API of docs/runtime-api.md.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "escape/escape.h"
#include "syntax/ast.h"
#include "syntax/diagnostics.h"
#include "types/info.h"
#include "types/types.h"
#include "types/universe.h"

namespace go2cpp::emit {

struct EmitOptions {
  bool line_directives = true;  // #line back to the .go source
  // The C++ namespace of every package of the program that go2cpp translates (the driver picks
  // them: docs/generated-code.md, "Packages"); runtime packages are go::<path>.
  std::map<const types::Package*, std::string> namespaces;
  // Packages whose package_init_ runs before this package's own variables and init functions, in
  // this order: for package main, every translated package of the program in Go's order; for
  // another package, its direct imports.
  std::vector<const types::Package*> init_first;
  // For generics across packages (docs/packages.md): every translated package's side tables and
  // the packages it imports, directly or not; and the function instances that packages emitted
  // so far asked others to emit (packages are emitted importers first).
  std::map<const types::Package*, const types::Info*> infos;
  std::map<const types::Package*, std::set<const types::Package*>> deps;
  struct FuncRequest {
    const types::Func* fn;
    std::vector<types::Type*> targs;
  };
  std::map<const types::Package*, std::vector<FuncRequest>>* requests = nullptr;
  std::vector<const types::Package*> order;  // the translated packages, dependencies first
  // Escape analysis (the emitter's conservative run): locals and allocations it proves do not
  // outlive their frame become C++ stack objects. Null: everything stays on the heap.
  const escape::Result* escapes = nullptr;
};

// One package in C++. Package main is one translation unit (`source`) with the C++ main(); any
// other package is a header declaring everything the package defines, in its namespace (`header`,
// to be written as <namespace>.h), and the source file defining it.
struct EmittedPackage {
  std::string header;
  std::string source;
};

// Emits one checked package. A construct the emitter cannot translate yet is reported as
// "go2cpp does not support ... yet" in `diags`; the text is then unusable.
EmittedPackage emit_package(const types::Package& pkg,
                            const std::vector<const syntax::File*>& files,
                            const types::Info& info, const types::Universe& universe,
                            const syntax::FileSet& fileset, const EmitOptions& options,
                            syntax::Diagnostics& diags);

// The namespace of a translated package named `pkg_name`: the name itself, renamed by
// cpp_name's rule, and also when the C and POSIX headers declare that name at global scope (a
// package `time` or `log` would clash with ::time or ::log); package main's is main_.
std::string namespace_name(const std::string& pkg_name);

// The C++ spelling of a Go identifier: the identifier itself, or — when it is a C++ keyword, a
// name the standard library defines as a macro, or a name the generated code relies on (`std`,
// `go`) — the identifier with a trailing underscore. (docs/generated-code.md)
std::string cpp_name(const std::string& go_name);

}  // namespace go2cpp::emit
