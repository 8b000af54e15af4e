// A generic pre-order walk over the AST, for analyses that need to see every node (closure
// captures, escape analysis). The visitor returns false to skip a node's children.
#pragma once

#include <functional>

#include "syntax/ast.h"

namespace go2cpp::syntax {

void walk(const Node* n, const std::function<bool(const Node*)>& visit);

}  // namespace go2cpp::syntax
