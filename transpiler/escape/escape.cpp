// The driver of escape analysis: functions in batches bottom-up over the call graph (Tarjan's
// strongly connected components come out callees first), each batch walked, its closures'
// captures connected, solved, and its decisions and parameter summaries read off; then the -m
// report. escape.h has the model.
#include <algorithm>
#include <functional>
#include <sstream>

#include "escape/graph.h"
#include "syntax/walk.h"

namespace go2cpp::escape {

using namespace syntax;

void Builder::batch(const std::vector<const inliner::Function*>& fns) {
  locs_.clear();
  fns_.clear();
  frames_.clear();
  closures_.clear();
  looping_labels_.clear();
  heap_.edges.clear();
  blank_.edges.clear();
  batch_ = fns;
  cloned_closures_ = 0;
  std::vector<int> frames;
  for (const inliner::Function* fn : fns) frames.push_back(new_frame(fn, -1));
  for (int frame : frames) {
    cur_ = frame;
    loop_depth_ = 1;
    scopes_.assign(1, {});
    func_body(frame);
  }
  scopes_.clear();
  // Captured variables flow into their closures: by value when gc would copy them, otherwise
  // by reference (the closure holds their address).
  for (const Closure& c : closures_) {
    for (Location* v : c.vars) {
      bool byval = options_.gc_compatible && !v->addrtaken && !v->reassigned &&
                   type_size(v->var ? v->var->type : nullptr) <= 128;
      flow(byval ? c.k : c.k.addr(), v);
    }
  }
  walk_all();
  finish();
}

void Builder::finish() {
  for (Location& l : locs_) {
    switch (l.kind) {
      case LocKind::Var:
      case LocKind::Param:
      case LocKind::Result:
        if (l.escapes) {
          if (!l.text.empty() && l.text != "_") message(l.pos, "moved to heap: " + l.text);
          if (!l.inlined) result_.heap_vars.insert(l.var);
        } else if (!l.inlined && l.var) {
          result_.stack_vars.insert(l.var);
        }
        break;
      case LocKind::Alloc:
        if (l.escapes) {
          message(l.pos, l.text + " escapes to heap");
          if (!l.inlined) result_.heap_allocs.insert(l.node);
        } else {
          message(l.pos, l.text + " does not escape");
          if (!l.inlined) result_.stack_allocs.insert(l.node);
        }
        break;
      default: break;
    }
  }
  // Parameter summaries and their messages.
  for (FnFrame& f : fns_) {
    const types::Signature* sig = f.fn->sig;
    if (sig == nullptr) continue;
    result_.analyzed_funcs.insert(f.fn->node);
    std::vector<const types::Var*> pv;
    if (sig->recv) pv.push_back(sig->recv);
    for (const types::Var* v : sig->params->vars) pv.push_back(v);
    std::vector<Leaks> tl;
    for (const types::Var* v : pv) {
      Leaks esc;
      auto it = f.params.find(v);
      if (!has_pointers(v->type) || it == f.params.end()) {
        tl.push_back(esc);
        continue;
      }
      Location* l = it->second;
      esc = l->leaks;
      esc.optimize();
      if (!v->name.empty() && v->name != "_" && !l->escapes) {
        if (esc.empty()) message(v->pos, v->name + " does not escape");
        if (esc.heap == 0) message(v->pos, "leaking param: " + v->name);
        if (esc.heap > 0) message(v->pos, "leaking param content: " + v->name);
        for (size_t r = 0; r < esc.results.size(); ++r) {
          if (esc.results[r] < 0) continue;
          const types::Var* rv = sig->results->vars[r];
          std::string rn = rv->name.empty() ? "~r" + std::to_string(r) : rv->name;
          message(v->pos, "leaking param: " + v->name + " to result " + rn + " level=" +
                              std::to_string(esc.results[r]));
        }
      }
      if (v->name.empty() || v->name == "_") esc = Leaks{};
      tl.push_back(esc);
    }
    tags[f.fn] = std::move(tl);
  }
}

namespace {

// Strongly connected components of the static call graph, callees first.
std::vector<std::vector<const inliner::Function*>> batches(const inliner::Result& inl,
                                                          const types::Info& info) {
  std::vector<const inliner::Function*> tops;
  for (const auto& fn : inl.functions) {
    if (fn->outer == nullptr && !fn->generic) tops.push_back(fn.get());
  }
  auto top_of = [](const inliner::Function* f) {
    while (f->outer) f = f->outer;
    return f;
  };
  std::unordered_map<const inliner::Function*, std::vector<const inliner::Function*>> succ;
  for (const inliner::Function* f : tops) {
    walk(f->body, [&](const Node* n) {
      if (const CallExpr* c = n->as<CallExpr>()) {
        inliner::Callee ce = inliner::static_callee(inl, info, c);
        if (ce.fn && !ce.fn->generic) succ[f].push_back(top_of(ce.fn));
      }
      return true;
    });
  }
  std::vector<std::vector<const inliner::Function*>> out;
  std::unordered_map<const inliner::Function*, int> index, low;
  std::unordered_set<const inliner::Function*> on_stack;
  std::vector<const inliner::Function*> stack;
  int counter = 0;
  std::function<void(const inliner::Function*)> strong = [&](const inliner::Function* v) {
    index[v] = low[v] = counter++;
    stack.push_back(v);
    on_stack.insert(v);
    for (const inliner::Function* w : succ[v]) {
      if (!index.count(w)) {
        strong(w);
        low[v] = std::min(low[v], low[w]);
      } else if (on_stack.count(w)) {
        low[v] = std::min(low[v], index[w]);
      }
    }
    if (low[v] == index[v]) {
      std::vector<const inliner::Function*> comp;
      const inliner::Function* w;
      do {
        w = stack.back();
        stack.pop_back();
        on_stack.erase(w);
        comp.push_back(w);
      } while (w != v);
      std::reverse(comp.begin(), comp.end());
      out.push_back(std::move(comp));
    }
  };
  for (const inliner::Function* f : tops) {
    if (!index.count(f)) strong(f);
  }
  return out;
}

bool has_goto(const inliner::Function* f) {
  bool found = false;
  walk(f->body, [&](const Node* n) {
    if (const BranchStmt* b = n->as<BranchStmt>(); b && b->tok == BranchKind::Goto) found = true;
    return !found;
  });
  return found;
}

bool before(Pos a, Pos b) {
  if (a.file != b.file) return a.file < b.file;
  if (a.line != b.line) return a.line < b.line;
  return a.col < b.col;
}

}  // namespace

Result analyze(const std::vector<const File*>& files, const types::Info& info,
               const inliner::Result& inl, const FileSet& fileset, const Options& options) {
  (void)files;
  Result result;
  Builder b(info, inl, options, result, fileset);
  for (const auto& batch : batches(inl, info)) {
    // The emitter's run leaves functions with goto to the conservative defaults (a label can
    // head a loop whose variables C++ scopes differently); their callers see unknown callees.
    if (!options.gc_compatible &&
        std::any_of(batch.begin(), batch.end(), [](const inliner::Function* f) { return has_goto(f); })) {
      continue;
    }
    b.batch(batch);
  }
  return result;
}

std::string report(const std::vector<const File*>& files, const types::Info& info,
                   const inliner::Result& inl, const Result& esc, const FileSet& fileset) {
  (void)files;
  (void)info;
  std::vector<Message> inl_msgs;
  for (const auto& fn : inl.functions) {
    if (fn->inlinable && !fn->generic) inl_msgs.push_back({fn->pos, "can inline " + fn->name});
  }
  std::vector<Message> esc_msgs;
  for (const Message& m : esc.messages) {
    if (m.text.rfind("inlining call to ", 0) == 0) {
      inl_msgs.push_back(m);
    } else {
      esc_msgs.push_back(m);
    }
  }
  auto sort_dedupe = [](std::vector<Message>& ms) {
    std::stable_sort(ms.begin(), ms.end(), [](const Message& a, const Message& b) {
      if (before(a.pos, b.pos)) return true;
      if (before(b.pos, a.pos)) return false;
      return a.text < b.text;
    });
    ms.erase(std::unique(ms.begin(), ms.end(), [](const Message& a, const Message& b) {
               return a.pos.file == b.pos.file && a.pos.line == b.pos.line && a.pos.col == b.pos.col &&
                      a.text == b.text;
             }),
             ms.end());
  };
  // gc repeats "inlining call to" for each call inlined at one position (nested inlining).
  std::stable_sort(inl_msgs.begin(), inl_msgs.end(),
                   [](const Message& a, const Message& b) { return before(a.pos, b.pos); });
  sort_dedupe(esc_msgs);
  std::ostringstream out;
  for (const auto* ms : {&inl_msgs, &esc_msgs}) {
    for (const Message& m : *ms) out << fileset.format(m.pos) << ": " << m.text << "\n";
  }
  return out.str();
}

}  // namespace go2cpp::escape
