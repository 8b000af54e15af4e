// Method sets by breadth-first search over embedding depth, as lookup does for one name: at each
// depth the names found there are settled (a field or a method; two at the same depth cancel
// each other out), and deeper candidates of a settled name are shadowed.
#include "types/methodset.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "types/predicates.h"

namespace go2cpp::types {

namespace {

struct Candidate {
  const Type* type;
  std::vector<int> path;
  bool indirect;  // reached through an embedded pointer
};

struct Found {
  int count = 0;
  const Func* func = nullptr;  // null: a field
  std::vector<int> path;
  bool indirect = false;
};

}  // namespace

std::vector<MethodSetEntry> method_set(const Type* t, bool of_pointer) {
  std::vector<MethodSetEntry> out;
  if (const Interface* it = under(t)->as<Interface>(); it && !of_pointer) {
    for (const Func* m : it->all_methods) out.push_back({m, {}});
    return out;
  }
  bool is_ptr = of_pointer;
  if (of_pointer && (under(t)->kind == TypeKind::Interface || under(t)->kind == TypeKind::Pointer)) {
    return out;
  }
  if (const Pointer* p = t->as<Pointer>(); p && !of_pointer) {
    t = p->elem;
    is_ptr = true;
    if (under(t)->kind == TypeKind::Interface || under(t)->kind == TypeKind::Pointer) return out;
  } else if (t->kind != TypeKind::Named && t->kind != TypeKind::Struct) {
    return out;
  }
  std::map<std::string, Found> settled;
  std::vector<Candidate> current{{t, {}, false}};
  std::set<const Type*> seen;
  while (!current.empty()) {
    std::map<std::string, Found> level;
    std::vector<Candidate> next;
    auto add = [&](const std::string& name, const Func* f, const std::vector<int>& path,
                   bool indirect) {
      if (settled.count(name)) return;  // shadowed by a shallower field or method
      Found& found = level[name];
      ++found.count;
      found.func = f;
      found.path = path;
      found.indirect = indirect;
    };
    for (const Candidate& c : current) {
      const Type* typ = c.type;
      if (const Named* n = typ->as<Named>()) {
        if (!seen.insert(n).second) continue;
        for (const Func* m : n->methods) add(m->name, m, c.path, c.indirect);
        typ = n->underlying;
        if (typ == nullptr) continue;
      }
      if (const Struct* st = typ->as<Struct>()) {
        for (size_t i = 0; i < st->fields.size(); ++i) {
          const Var* f = st->fields[i];
          std::vector<int> p = c.path;
          p.push_back(static_cast<int>(i));
          add(f->name, nullptr, p, c.indirect);
          if (f->embedded) {
            const Type* ft = f->type;
            bool ind = c.indirect;
            if (const Pointer* fp = ft->as<Pointer>()) {
              ft = fp->elem;
              ind = true;
            }
            next.push_back({ft, p, ind});
          }
        }
      } else if (const Interface* it = typ->as<Interface>()) {
        for (const Func* m : it->all_methods) add(m->name, m, c.path, c.indirect);
      }
    }
    for (auto& [name, found] : level) settled.emplace(name, found);
    current = std::move(next);
  }
  for (const auto& [name, found] : settled) {
    if (found.count != 1 || found.func == nullptr) continue;
    const Signature* sig = static_cast<const Signature*>(found.func->type);
    bool ptr_recv = sig->recv != nullptr && sig->recv->type->kind == TypeKind::Pointer;
    if (ptr_recv && !is_ptr && !found.indirect) continue;
    out.push_back({found.func, found.path});
  }
  return out;  // std::map iterates in name order
}

}  // namespace go2cpp::types
