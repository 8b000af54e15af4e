// The escape graph: locations, dereference-weighted edges, holes (where a value is going), and
// the builder that walks function bodies to add them. escape.h explains the model.
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "escape/escape.h"

namespace go2cpp::escape {

using syntax::Pos;

// A parameter's leaks: the fewest dereferences with which its value reaches the heap or each
// result, or -1 when it does not.
struct Leaks {
  int heap = -1;
  std::vector<int> results;
  void add_heap(int d) {
    if (heap < 0 || d < heap) heap = d;
  }
  void add_result(size_t i, int d) {
    if (results.size() <= i) results.resize(i + 1, -1);
    if (results[i] < 0 || d < results[i]) results[i] = d;
  }
  // A heap leak at level x makes result leaks at levels >= x redundant.
  void optimize() {
    if (heap < 0) return;
    for (int& r : results) {
      if (r >= heap) r = -1;
    }
  }
  bool empty() const {
    if (heap >= 0) return false;
    for (int r : results) {
      if (r >= 0) return false;
    }
    return true;
  }
};

struct Location;

struct Edge {
  Location* src;
  int derefs;
};

enum class LocKind : uint8_t { Heap, Blank, Var, Param, Result, Alloc, Temp };

struct Location {
  LocKind kind = LocKind::Temp;
  const types::Var* var = nullptr;   // Var, Param, Result
  const syntax::Node* node = nullptr;  // an allocation site
  int fn = 0;                        // the function (index into Builder::fns_) it belongs to
  int loop_depth = 0;
  int result_index = -1;
  bool inlined = false;              // a variable or allocation of an inlined body
  bool escapes = false;
  bool addrtaken = false;
  bool captured = false;
  bool reassigned = false;
  std::string text;  // what -m calls it ("&T{...}", "make([]int, n)", "... argument")
  Pos pos;
  std::vector<Edge> edges;
  Leaks leaks;
  // Solver state.
  uint32_t walkgen = 0;
  int derefs = 0;
  bool queued = false;
};

// Where a value goes: into dst, dereferenced `derefs` times (-1: its address).
struct Hole {
  Location* dst = nullptr;
  int derefs = 0;
  bool addrtaken = false;
  Hole shift(int d) const {
    Hole h = *this;
    h.derefs += d;
    if (h.derefs < -1) h.derefs = -1;  // never happens in well-typed code
    return h;
  }
  Hole deref() const { return shift(1); }
  Hole addr() const {
    Hole h = shift(-1);
    h.addrtaken = true;
    return h;
  }
};

// A function being analyzed: a declaration or literal, or an inlined copy sharing its caller's
// frame (then `fn` is the caller's index).
struct FnFrame {
  const inliner::Function* fn = nullptr;
  int parent = -1;             // the enclosing function of a literal
  bool closure_called = false; // a literal called where it is written
  std::vector<Location*> results;
  std::unordered_map<const types::Var*, Location*> params;  // receiver, parameters, results
};

class Builder {
 public:
  Builder(const types::Info& info, const inliner::Result& inl, const Options& options,
          Result& result, const syntax::FileSet& fileset);

  // Analyzes one batch of mutually recursive functions.
  void batch(const std::vector<const inliner::Function*>& fns);

  // The summaries of analyzed functions' parameters (receiver first), by function.
  std::unordered_map<const inliner::Function*, std::vector<Leaks>> tags;

 private:
  friend class Walker;
  // Graph.
  Location* new_loc(LocKind kind, Pos pos, std::string text = {});
  Location* var_loc(const types::Var* v);  // the location of a variable in scope
  Location* declare(const types::Var* v, LocKind kind = LocKind::Var);
  void flow(Hole k, Location* src);
  Hole heap_hole() { return Hole{&heap_}; }
  Hole discard_hole() { return Hole{&blank_}; }
  Hole hole(Location* l) { return Hole{l}; }
  Hole tee(const std::vector<Hole>& ks);
  Hole spill(Hole k, const syntax::Node* n, Pos pos, std::string text);
  Hole later(Hole k);

  struct Scope {
    explicit Scope(Builder& b);
    ~Scope();
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;
    Builder& b_;
  };
  // Walking (expr.cpp, stmt.cpp, call.cpp).
  int new_frame(const inliner::Function* fn, int parent);  // declares its parameters and results
  void func_body(int frame);
  bool will_inline(const inliner::Callee& callee, bool go_defer) const;
  int frame_of(const inliner::Function* fn) const;
  void message(Pos pos, std::string text);  // a -m line (gc run only)
  void stmt(const syntax::Stmt* s);
  void stmts(const std::vector<syntax::Stmt*>& list);
  void expr(Hole k, const syntax::Expr* e);
  void discard(const syntax::Expr* e) { expr(discard_hole(), e); }
  void assign_heap(const syntax::Expr* e) { expr(heap_hole(), e); }
  Hole addr_of(const syntax::Expr* lhs);  // the hole for storing into lhs
  void reassigned(const std::vector<Hole>& ks);
  void value(Hole k, const syntax::Expr* e, const types::Type* dst, Pos conv_pos = {},
             std::string conv_text = {});
  void conv_iface(Hole k, const syntax::Expr* e, Pos pos, std::string text);
  void closure(Hole k, const syntax::FuncLit* fl);
  void call(const std::vector<Hole>& ks, const syntax::CallExpr* c, const Hole* go_defer = nullptr);
  void builtin(const std::vector<Hole>& ks, const syntax::CallExpr* c, const std::string& name);
  bool conversion(Hole k, const syntax::CallExpr* c);
  void inline_call(const std::vector<Hole>& ks, const syntax::CallExpr* c,
                   const inliner::Function* fn, const syntax::Expr* recv, bool recv_addr);
  void args_to(const syntax::CallExpr* c, const types::Signature* sig,
               const std::vector<Hole>& param_holes, const Hole* also, bool inlined_call);
  const types::Type* type_of(const syntax::Expr* e) const { return info_.type_of(e); }

  // Solving (solve.cpp).
  void walk_all();
  void walk_one(Location* root, uint32_t walkgen, std::vector<Location*>& todo);
  bool outlives(const Location* l, const Location* other) const;
  bool contains_closure(int f, int g) const;
  void finish();

  const types::Info& info_;
  const inliner::Result& inl_;
  Options options_;
  Result& result_;
  const syntax::FileSet& fileset_;

  Location heap_;
  Location blank_;
  std::deque<Location> locs_;
  std::vector<FnFrame> fns_;
  // Variables in scope, innermost inlined body last.
  std::vector<std::unordered_map<const types::Var*, Location*>> scopes_;
  std::unordered_map<const types::Var*, Location*> captured_;  // first capture seen
  struct Closure {
    Hole k;
    const syntax::FuncLit* lit;
    int frame;
    std::vector<Location*> vars;  // captured variables
  };
  std::vector<Closure> closures_;
  std::unordered_set<const syntax::LabeledStmt*> looping_labels_;
  std::vector<const inliner::Function*> inline_stack_;
  std::vector<std::vector<Location*>*> inline_results_;  // where `return` goes in inlined bodies
  int cur_ = 0;          // the current function frame
  int loop_depth_ = 1;
  int inline_depth_ = 0;
  Pos inline_pos_;
  // Parameters of inlined bodies bound to a function literal argument: calls through them are
  // static (gc's StaticValue sees the inlined assignment).
  std::unordered_map<const types::Var*, const syntax::FuncLit*> lit_params_;
  int cloned_closures_ = 0;  // literals copied by inlining, named F.funcN after the function
  inliner::Callee callee_of(const syntax::CallExpr* c) const;  // the outermost inlined call: gc reports everything inlined there
  std::vector<const inliner::Function*> batch_;
  std::unordered_map<const inliner::Function*, int> frames_;
};

// gc's spelling of an expression in -m messages, and the position gc reports it at.
std::string gc_text(const syntax::Expr* e, const types::Info& info);
Pos gc_pos(const syntax::Expr* e, const syntax::FileSet& fs);
bool has_pointers(const types::Type* t);
bool is_direct_iface(const types::Type* t);
int64_t type_size(const types::Type* t);

}  // namespace go2cpp::escape
