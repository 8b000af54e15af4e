// Escape analysis: which values outlive the function that creates them.
//
// The model is gc's (cmd/compile/internal/escape), and so are its words.
//
// Locations. Every variable of a function (parameters, results, locals, and the variables of
// inlined calls) is a location, and so is every expression that allocates: &T{...}, new(T),
// make([]T, n), make(map...), slice and map literals, function literals (their closure),
// conversions of non-pointer values to interfaces, string concatenation and []byte/string
// conversions, method values and the implicit slice of a variadic call ("... argument"). Two
// more are special: the heap, which outlives everything, and a blank sink that nothing outlives.
//
// Edges. Evaluating `dst = expr` adds an edge into dst for every location the value of expr may
// come from, weighted by how many times it is dereferenced on the way: `p = &x` is an edge x→p of
// weight -1 (p holds x's address), `p = q` weight 0, `p = *q` weight 1. Weights below -1 never
// arise (you cannot take the address of an address) and the solver clamps at 0 after an address
// is taken, so "p = &x; q = *p" correctly makes q hold x's value, not its address. Stores through
// pointers (`*p = v`, `p.f = v`, `s[i] = v`) flow into the heap: the analysis is flow- and
// field-insensitive, as gc's is.
//
// Solving. For each location `root`, a shortest-path walk (Bellman–Ford over the weights) finds
// every location whose value or address reaches root, and with what minimal weight. If the
// address of l reaches root (weight < 0) and root outlives l, l must be heap allocated ("moved to
// heap: x", "&T{...} escapes to heap"); l then becomes a root itself, since whatever flows into a
// heap location escapes as well. Root outlives l when root is the heap, a result (callers may keep
// it), declared outside the loop l is declared in (the same variable sees many l's), or belongs to
// a function enclosing the closure l is in.
//
// Calls and summaries. Functions are analyzed bottom-up over the call graph, one strongly
// connected component (a "batch") at a time. When a parameter's value reaches the heap or a
// result, the walk records the weight as the parameter's leak: "leaking param: p" (to the heap,
// weight 0), "leaking param content: p" (weight ≥ 1), "leaking param: p to result ~r0 level=0".
// A call to an already analyzed function flows each argument into the heap and the call's results
// through those summaries, so callers need not see callee bodies; calls within a batch connect
// arguments to parameters directly. A call to an inlinable function (transpiler/inline/) is
// analyzed as gc does after inlining: its body's variables and allocations become the caller's,
// so `New()`'s `&T{}` does not escape when the caller keeps the pointer local. Dynamic calls
// (function values, interface methods) send their arguments to the heap; runtime-package
// functions (fmt, sync, ...) leak their arguments' contents, as fmt's do in gc.
//
// Closures capture by reference (an edge of weight -1 from the variable into the closure) unless
// gc would capture by value (never reassigned, address never taken, at most 128 bytes). `go`
// statements send their function and arguments to the heap; so does `defer` in a loop; a
// top-level `defer` keeps them until the function returns.
//
// Two runs. `-m` reports the run that reproduces gc 1.19 (inlined calls, capture by value, Go
// 1.19's loop variables shared by all iterations). The emitter uses a second, conservative run
// over the same graph code that matches the C++ go2cpp writes: no call is inlined, closures always
// capture by reference, loop variables are per iteration (Go 1.22), and a deferred call's
// arguments go to the heap because go2cpp runs deferred calls after the body's scope has ended.
// A function containing goto or generic code is not analyzed for the emitter (all its cells stay
// on the heap). docs/escape.md describes how the emitter uses the result.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "inline/inline.h"
#include "syntax/ast.h"
#include "types/info.h"

namespace go2cpp::escape {

// One `-m` line: "file:line:col: text".
struct Message {
  syntax::Pos pos;
  std::string text;
};

struct Options {
  bool gc_compatible = true;  // the -m run; false: the emitter's conservative run (above)
};

struct Result {
  // Variables whose address outlives their frame ("moved to heap").
  std::unordered_set<const types::Var*> heap_vars;
  // Variables analyzed and found not to outlive their frame (their C++ block, in the emitter's
  // run): the emitter may keep them on the stack. A variable in neither set was not analyzed.
  std::unordered_set<const types::Var*> stack_vars;
  // Allocation sites (the UnaryExpr of &T{...}, the CallExpr of new/make, ...) that escape, and
  // those that do not.
  std::unordered_set<const syntax::Node*> heap_allocs;
  std::unordered_set<const syntax::Node*> stack_allocs;
  // Function bodies analyzed (declarations and literals); anything outside them is not decided.
  std::unordered_set<const syntax::Node*> analyzed_funcs;
  std::vector<Message> messages;  // escape messages (gc run only), positions from the source

  bool var_on_heap(const types::Var* v) const { return heap_vars.count(v) != 0; }
  bool var_on_stack(const types::Var* v) const {
    return stack_vars.count(v) != 0 && heap_vars.count(v) == 0;
  }
  bool alloc_on_stack(const syntax::Node* n) const {
    return stack_allocs.count(n) != 0 && heap_allocs.count(n) == 0;
  }
};

// Analyzes every non-generic function of the package. `inl` supplies call targets and, in the gc
// run, which calls are inlined.
Result analyze(const std::vector<const syntax::File*>& files, const types::Info& info,
               const inliner::Result& inl, const syntax::FileSet& fileset, const Options& options);

// The whole -m report, inlining and escape lines, one "file:line:col: text" per line, in gc's
// order: inlining decisions first (function by function, then the calls inlined in it), then
// escape decisions by position.
std::string report(const std::vector<const syntax::File*>& files, const types::Info& info,
                   const inliner::Result& inl, const Result& esc, const syntax::FileSet& fileset);

}  // namespace go2cpp::escape
