// Building the graph: locations and the edges between them (escape.h has the model).
#include "escape/graph.h"

namespace go2cpp::escape {

Builder::Builder(const types::Info& info, const inliner::Result& inl, const Options& options,
                 Result& result, const syntax::FileSet& fileset)
    : info_(info), inl_(inl), options_(options), result_(result), fileset_(fileset) {
  heap_.kind = LocKind::Heap;
  heap_.escapes = true;
  blank_.kind = LocKind::Blank;
}

Location* Builder::new_loc(LocKind kind, Pos pos, std::string text) {
  Location& l = locs_.emplace_back();
  l.kind = kind;
  l.pos = inline_depth_ > 0 ? inline_pos_ : pos;
  l.text = std::move(text);
  l.fn = cur_;
  l.loop_depth = loop_depth_;
  l.inlined = inline_depth_ > 0;
  return &l;
}

Location* Builder::declare(const types::Var* v, LocKind kind) {
  Location* l = new_loc(kind, v->pos, v->name);
  l->var = v;
  scopes_.back()[v] = l;
  return l;
}

Location* Builder::var_loc(const types::Var* v) {
  for (size_t i = scopes_.size(); i-- > 0;) {
    auto it = scopes_[i].find(v);
    if (it != scopes_[i].end()) return it->second;
  }
  return nullptr;
}

void Builder::flow(Hole k, Location* src) {
  if (k.addrtaken) src->addrtaken = true;
  Location* dst = k.dst;
  if (dst == &blank_) return;
  if (dst == src && k.derefs >= 0) return;
  if (dst->escapes && k.derefs < 0) {
    src->escapes = true;
    return;
  }
  dst->edges.push_back(Edge{src, k.derefs});
}

Hole Builder::tee(const std::vector<Hole>& ks) {
  if (ks.empty()) return discard_hole();
  if (ks.size() == 1) return ks[0];
  Location* t = new_loc(LocKind::Temp, {});
  for (const Hole& k : ks) flow(k, t);
  return hole(t);
}

Hole Builder::spill(Hole k, const syntax::Node* n, Pos pos, std::string text) {
  Location* l = new_loc(LocKind::Alloc, pos, std::move(text));
  l->node = n;
  flow(k.addr(), l);
  return hole(l);
}

// A hole flowing into k, but through a location that is not transient (a top-level defer's
// arguments live until the function returns).
Hole Builder::later(Hole k) {
  Location* l = new_loc(LocKind::Temp, {});
  flow(k, l);
  return hole(l);
}

}  // namespace go2cpp::escape
