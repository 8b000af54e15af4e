// Inlining decisions, made as gc 1.19 makes them.
//
// gc inlines a function at its call sites when its body costs at most a budget of 80 "nodes" of
// its IR. The cost is a walk over the body: every node costs 1, with the exceptions below (a call
// costs 57 extra unless its callee is itself inlinable, in which case it costs the callee's own
// cost; a closure costs 15 extra plus its body; ...), and some constructs refuse inlining outright
// whatever the cost (recover, go, defer, a local type declaration). go2cpp walks its AST with the
// same costs, mapping each Go construct onto the IR nodes gc would build for it (`x := v` is an
// ODCL and an OAS: 5 for `y := x`; a range loop is 3 plus its parts; ...), calibrated against
// `go build -gcflags='-m -m'`, which prints each function's cost.
//
// Every function and function literal of the package gets a Decision: inlinable with its cost,
// or not, with gc's reason ("unhandled op DEFER", "call to recover", "recursive", "function too
// complex: cost N exceeds budget 80"). A call site is inlined when its static callee is
// inlinable and the call is not the operand of go/defer nor a recursive inline of a function
// already being inlined there.
//
// What go2cpp does with the decision: escape analysis (transpiler/escape/) analyzes an inlined
// call's body in the caller's frame, exactly as gc does after inlining, so `-m` reports the same
// decisions; the emitted C++ keeps the call (the C++ compiler inlines it). See docs/escape.md.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "syntax/ast.h"
#include "types/info.h"

namespace go2cpp::inliner {

// The cost model: gc 1.19's constants (cmd/compile/internal/inline/inl.go).
inline constexpr int kMaxBudget = 80;         // inlineMaxBudget
inline constexpr int kExtraCallCost = 57;     // inlineExtraCallCost: a call that is not inlined
inline constexpr int kExtraPanicCost = 1;     // inlineExtraPanicCost
inline constexpr int kExtraAppendCost = 0;    // inlineExtraAppendCost
inline constexpr int kClosureCost = 15;       // a function literal, besides its body
inline constexpr int kDeclCost = 2;           // ODCL x of a declared variable
inline constexpr int kRangeCost = 3;          // ORANGE and its implicit nodes
inline constexpr int kMapRangeExtra = 2;      // ranging over a map costs two nodes more

// One function or function literal of the package being translated.
struct Function {
  const syntax::Node* node = nullptr;  // the FuncDecl or the FuncLit
  const syntax::BlockStmt* body = nullptr;
  const types::Signature* sig = nullptr;
  const types::Func* obj = nullptr;  // the declared function (null for a literal)
  const Function* outer = nullptr;   // the enclosing function of a literal
  std::string name;                  // as gc names it: F, (*T).M, T.M, F.func1, F.func1.1
  syntax::Pos pos;                   // where gc reports it (the name, or the `func` keyword)
  bool generic = false;              // generic code is not analyzed (docs/escape.md)
  bool inlinable = false;
  int cost = 0;
  std::string reason;  // why not inlinable
  int closures = 0;    // literals numbered so far inside (for naming F.funcN)
};

struct Result {
  std::vector<std::unique_ptr<Function>> functions;  // declarations in source order, literals after their encloser
  std::unordered_map<const syntax::Node*, Function*> by_node;
  std::unordered_map<const types::Func*, Function*> by_obj;
  // A local variable defined once by a function literal and never reassigned: its calls are
  // static calls of that literal (gc's ir.StaticValue).
  std::unordered_map<const types::Var*, const syntax::FuncLit*> static_lits;
};

// A call's static callee: a function of this package, or a runtime-package function gc inlines.
struct Callee {
  const Function* fn = nullptr;    // a function of this package
  std::string runtime_name;        // e.g. "fmt.Println" when fn is null and gc inlines it
  int runtime_cost = -1;
  bool inlinable() const { return fn ? fn->inlinable : runtime_cost >= 0; }
  std::string name() const { return fn ? fn->name : runtime_name; }
};

Result analyze(const std::vector<const syntax::File*>& files, const types::Info& info);

// Whether a call expression is a conversion T(x) (its operand a type: []byte(s), (*T)(p), ...).
bool is_conversion(const types::Info& info, const syntax::CallExpr* call);

// The static callee of a call, if there is one (a declared function, a method of a concrete
// type, a method expression, a function literal called directly or through a variable bound once).
Callee static_callee(const Result& r, const types::Info& info, const syntax::CallExpr* call);

}  // namespace go2cpp::inliner
