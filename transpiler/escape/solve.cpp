// Solving the graph (gc's escape/solve.go): from every location, a shortest-path walk backwards
// along the edges finds who flows into it with how many dereferences; addresses that reach a
// location outliving them make their owners escape, and parameters reaching the heap or a result
// record their leaks. Then the decisions are read off (finish).
#include "escape/graph.h"

namespace go2cpp::escape {

bool Builder::contains_closure(int f, int g) const {
  // g is f or a literal nested (transitively) inside f.
  if (f == g) return false;
  for (int x = fns_[static_cast<size_t>(g)].parent; x >= 0; x = fns_[static_cast<size_t>(x)].parent) {
    if (x == f) return true;
  }
  return false;
}

// Whether l outlives `other`: values stored in l must survive as long as l does.
bool Builder::outlives(const Location* l, const Location* other) const {
  if (l->escapes) return true;  // the heap outlives everything
  if (l->kind == LocKind::Result && !l->inlined) {
    // Directly called closures may return locations of their callers without forcing them to
    // the heap.
    if (contains_closure(other->fn, l->fn) && fns_[static_cast<size_t>(l->fn)].closure_called) {
      return false;
    }
    return true;
  }
  if (l->fn == other->fn && l->loop_depth < other->loop_depth) return true;
  if (contains_closure(l->fn, other->fn)) return true;
  return false;
}

void Builder::walk_one(Location* root, uint32_t walkgen, std::vector<Location*>& todo) {
  root->walkgen = walkgen;
  root->derefs = 0;
  std::vector<Location*> stack{root};
  while (!stack.empty()) {
    Location* l = stack.back();
    stack.pop_back();
    int derefs = l->derefs;
    bool address_of = derefs < 0;
    if (address_of) derefs = 0;  // root = &l; l = x: x's address does not reach root
    if (outlives(root, l)) {
      if (l->kind == LocKind::Param && !l->inlined) {
        const Location* sink = root;
        if (!sink->escapes && sink->kind == LocKind::Result && !sink->inlined && sink->fn == l->fn) {
          l->leaks.add_result(static_cast<size_t>(sink->result_index), derefs);
        } else {
          l->leaks.add_heap(derefs);
        }
      }
      if (address_of && !l->escapes) {
        l->escapes = true;
        if (!l->queued) {
          l->queued = true;
          todo.push_back(l);
        }
        continue;
      }
    }
    for (const Edge& e : l->edges) {
      if (e.src->escapes) continue;
      int d = derefs + e.derefs;
      if (e.src->walkgen != walkgen || e.src->derefs > d) {
        e.src->walkgen = walkgen;
        e.src->derefs = d;
        stack.push_back(e.src);
      }
    }
  }
}

void Builder::walk_all() {
  std::vector<Location*> todo;
  for (Location& l : locs_) {
    l.queued = true;
    todo.push_back(&l);
  }
  heap_.queued = true;
  todo.push_back(&heap_);
  uint32_t walkgen = 0;
  while (!todo.empty()) {
    Location* root = todo.back();
    todo.pop_back();
    root->queued = false;
    walk_one(root, ++walkgen, todo);
  }
}

}  // namespace go2cpp::escape
