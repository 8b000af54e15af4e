// Scope lookups: a map per scope and a parent chain ending at the universe.
#include "types/types.h"

namespace go2cpp::types {

Object* Scope::lookup_local(const std::string& name) const {
  auto it = names_.find(name);
  return it == names_.end() ? nullptr : it->second;
}

Object* Scope::lookup(const std::string& name, Scope** scope_out) const {
  for (const Scope* s = this; s != nullptr; s = s->parent_) {
    if (Object* obj = s->lookup_local(name)) {
      if (scope_out) *scope_out = const_cast<Scope*>(s);
      return obj;
    }
  }
  return nullptr;
}

Object* Scope::insert(Object* obj) {
  auto [it, inserted] = names_.emplace(obj->name, obj);
  if (!inserted) return it->second;
  ordered_.push_back(obj);
  if (obj->parent == nullptr) obj->parent = this;
  return nullptr;
}

}  // namespace go2cpp::types
