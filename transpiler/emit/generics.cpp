// Generics, stenciled: every instantiation of a generic function or type that the program uses
// becomes its own C++ function or struct, emitted from the one generic body with the type
// arguments substituted for the type parameters (docs/generated-code.md, "Generics", says why
// not C++ templates). Each gets a readable name from its type arguments — Map[int, string] is
// Map_int_string, Stack[*Node] Stack_ptr_Node — and a comment with the Go instantiation.
//
// The instances are found before anything is emitted: starting from the concrete instantiations
// in non-generic code, each instance's body is walked under its substitution, which instantiates
// whatever generic types and functions it uses in turn, until nothing new appears.
#include <algorithm>

#include "emit/emit_internal.h"
#include "syntax/walk.h"
#include "types/components.h"
#include "types/generic.h"
#include "types/methodset.h"

namespace go2cpp::emit {

using namespace go2cpp::types;

const Type* Emitter::T(const Type* t) {
  if (subst_ == nullptr || t == nullptr) return t;
  return info_->context->subst(const_cast<Type*>(t), *subst_);
}

const Signature* Emitter::subst_sig(const Signature* sig) { return T(sig)->as<Signature>(); }

const Type* Emitter::type_of(const Expr* e) { return T(info_->type_of(e)); }

const TypeAndValue* Emitter::tv_of(const Expr* e) {
  const TypeAndValue* tv = info_->type_and_value(e);
  if (subst_ == nullptr || tv == nullptr) return tv;
  auto it = tv_cache_.find(e);
  if (it != tv_cache_.end()) return &it->second;
  TypeAndValue copy = *tv;
  copy.type = const_cast<Type*>(T(tv->type));
  return &tv_cache_.emplace(e, copy).first->second;
}

const Type* Emitter::otype(const Object* obj) { return T(obj->type); }

void Emitter::set_subst(const SubstMap* m) {
  subst_ = m;
  tv_cache_.clear();
}

namespace {

// A type argument as part of a C++ identifier.
std::string mangle(const Type* t) {
  switch (t->kind) {
    case TypeKind::Basic: {
      std::string n = t->as<Basic>()->name;
      for (char& c : n) {
        if (c == ' ') c = '_';
      }
      return n;
    }
    case TypeKind::Pointer: return "ptr_" + mangle(t->as<Pointer>()->elem);
    case TypeKind::Slice: return "slice_" + mangle(t->as<Slice>()->elem);
    case TypeKind::Array:
      return "array" + std::to_string(t->as<Array>()->len) + "_" + mangle(t->as<Array>()->elem);
    case TypeKind::Map:
      return "map_" + mangle(t->as<Map>()->key) + "_" + mangle(t->as<Map>()->elem);
    case TypeKind::Chan: return "chan_" + mangle(t->as<Chan>()->elem);
    case TypeKind::Signature: return "func";
    case TypeKind::Struct: return "struct";
    case TypeKind::Interface: return t->as<Interface>()->all_methods.empty() ? "any" : "iface";
    case TypeKind::Named: {
      const Named* n = t->as<Named>();
      std::string s;
      if (n->obj->pkg != nullptr && n->obj->pkg->name != "main") s = n->obj->pkg->name + "_";
      s += n->obj->name;
      for (const Type* a : n->targs) s += "_" + mangle(a);
      return s;
    }
    case TypeKind::Tuple: return "tuple";
    case TypeKind::TypeParam: return t->as<TypeParam>()->obj->name;
  }
  return "T";
}

// Struct tags distinguish types that print alike (struct{ int } and struct{ int "x" }).
void tags_of(const Type* t, std::string& out, int depth) {
  if (t == nullptr || depth > 16) return;
  if (const Struct* st = t->as<Struct>()) {
    for (size_t i = 0; i < st->fields.size(); ++i) {
      if (i < st->tags.size()) out += st->tags[i];
      out += ',';
      tags_of(st->fields[i]->type, out, depth + 1);
    }
    return;
  }
  for_each_component(t, [&](const Type* c) { tags_of(c, out, depth + 1); });
}

std::string targs_key(const std::vector<Type*>& targs) {
  std::string key;
  for (const Type* a : targs) {
    key += type_string(a) + "#";
    tags_of(a, key, 0);
    key += ";";
  }
  return key;
}

}  // namespace

std::string Emitter::instance_cname(const std::string& base, const std::string& key,
                                    const std::vector<Type*>& targs) {
  auto it = instance_names_.find(base + "[" + key);
  if (it != instance_names_.end()) return it->second;
  std::string name = base;
  for (const Type* a : targs) name += "_" + mangle(a);
  name = cpp_name(name);
  std::string unique = name;
  for (int k = 2; taken_instance_names_.count(unique); ++k) unique = name + "_" + std::to_string(k);
  taken_instance_names_.insert(unique);
  instance_names_.emplace(base + "[" + key, unique);
  return unique;
}

std::string Emitter::named_cname(const Named* n) {
  std::string name = cpp_name(n->obj->name);
  if (auto it = local_type_names_.find(n->obj); it != local_type_names_.end()) name = it->second;
  if (n->orig == nullptr) return name;
  const Package* home = named_home(n);
  homeless(home, n->obj, n->targs);
  return generic_instance_name(n->obj, n->targs, home);
}

namespace {

// The packages a type names (those of its named components, type arguments included).
void packages_of(const Type* t, std::vector<const Package*>& out, int depth) {
  if (t == nullptr || depth > 32) return;
  if (const Named* n = t->as<Named>(); n && n->obj->pkg != nullptr && !n->obj->pkg->is_runtime &&
                                       std::find(out.begin(), out.end(), n->obj->pkg) == out.end()) {
    out.push_back(n->obj->pkg);
  }
  for_each_component(t, [&](const Type* c) { packages_of(c, out, depth + 1); });
}

}  // namespace

// Of the generic's package and the packages its type arguments name, the one that imports all
// the others emits the instance: it sees every type involved, and every package that uses the
// instance imports it. When those packages do not import one another (cache.Cache[string,
// model.User]), the first package of the program, in dependency order, that imports them all is
// the home; a package using the instance without importing that one is reported (homeless).
const Package* Emitter::instance_home(const Object* generic, const std::vector<Type*>& targs) {
  std::vector<const Package*> pkgs;
  if (generic->pkg != nullptr && !generic->pkg->is_runtime) pkgs.push_back(generic->pkg);
  for (const Type* a : targs) packages_of(a, pkgs, 0);
  auto sees = [&](const Package* a, const Package* b) {
    if (a == b) return true;
    auto it = options_.deps.find(a);
    return it != options_.deps.end() && it->second.count(b) != 0;
  };
  auto sees_all = [&](const Package* c) {
    return std::all_of(pkgs.begin(), pkgs.end(), [&](const Package* o) { return sees(c, o); });
  };
  for (const Package* c : pkgs) {
    if (sees_all(c)) return c;
  }
  for (const Package* c : options_.order) {
    if (sees_all(c)) return c;
  }
  return &pkg_;
}

const Package* Emitter::named_home(const Named* n) {
  // An instance of a runtime package's generic (atomic.Pointer[T]) is that package's template.
  if (n->orig == nullptr || (n->obj->pkg != nullptr && n->obj->pkg->is_runtime)) return n->obj->pkg;
  return instance_home(n->obj, n->targs);
}

// This package uses an instance whose home it does not import: it cannot name it.
bool Emitter::homeless(const Package* home, const Object* generic, const std::vector<Type*>& targs) {
  if (home == &pkg_) return false;
  auto it = options_.deps.find(&pkg_);
  if (it == options_.deps.end() || it->second.count(home) != 0) return false;
  std::string name = generic->pkg->name + "." + generic->name + "[";
  for (size_t i = 0; i < targs.size(); ++i) name += (i ? ", " : "") + type_string(targs[i], &pkg_);
  name += "]";
  if (reported_homeless_.insert(name).second) {
    unsupported(nullptr, "the instance " + name + " here: its type arguments come from packages "
                         "that do not import each other, and " + home->name +
                         ", which emits it, is not imported by " + pkg_.name);
  }
  return true;
}

// Instances are named after the generic and the type arguments (Map_int_string); one emitted by
// a package other than the generic's is also prefixed with the generic's namespace
// (gen_Map_Point in main_). The emitting package resolves clashes of mangled names; a package
// referring to another's instance computes the same name.
std::string Emitter::generic_instance_name(const Object* generic, const std::vector<Type*>& targs,
                                           const Package* home) {
  std::string base = cpp_name(generic->name);
  if (generic->pkg != home) base = pkg_ns(generic->pkg) + "_" + base;
  if (home == &pkg_) return instance_cname(base, targs_key(targs), targs);
  std::string name = base;
  for (const Type* a : targs) name += "_" + mangle(a);
  return cpp_name(name);
}

const Info* Emitter::info_for(const Package* p) {
  if (p == &pkg_) return own_info_;
  auto it = options_.infos.find(p);
  return it != options_.infos.end() ? it->second : own_info_;
}

std::string Emitter::func_instance(const Func* fn, const std::vector<Type*>& targs) {
  const Package* home = instance_home(fn, targs);
  homeless(home, fn, targs);
  std::string name = generic_instance_name(fn, targs, home);
  if (home != &pkg_) {
    // The home package is emitted after this one (importers first) and emits what is asked.
    if (options_.requests != nullptr) (*options_.requests)[home].push_back({fn, targs});
    return pkg_ns(home) + "::" + name;
  }
  if (func_instance_keys_.insert(name).second) {
    func_instances_.push_back({fn, targs, name, false});
  }
  return name;
}

std::string Emitter::generic_ref(const Ident* id) {
  auto it = info_->instances.find(id);
  if (it == info_->instances.end()) return "";
  const Object* obj = info_->object_of(id);
  const Func* fn = obj ? obj->as<Func>() : nullptr;
  if (fn == nullptr) return "";
  std::vector<Type*> targs;
  for (Type* a : it->second.targs) targs.push_back(const_cast<Type*>(T(a)));
  return func_instance(fn, targs);
}

// Under a substitution, a method selected in generic code — a constraint's method on a type
// parameter, or a method of the generic type itself — is the concrete receiver type's method.
void Emitter::resolve_method(const Type* recv_t, const Func*& m, std::vector<int>& path) {
  if (subst_ == nullptr) return;
  bool generic = m->sig()->recv == nullptr || has_type_params(m->sig()->recv->type);
  if (!generic || recv_t == nullptr) return;
  if (const Interface* it = under(const_cast<Type*>(recv_t))->as<Interface>()) {
    // An instance of a generic interface: its own (substituted) method.
    for (const Func* f : it->all_methods) {
      if (f->name == m->name) m = f;
    }
    return;
  }
  bool ptr = recv_t->kind == TypeKind::Pointer;
  for (const MethodSetEntry& e : method_set(recv_t, !ptr && !is_interface(recv_t))) {
    if (e.func->name == m->name) {
      m = e.func;
      path = e.path;
      return;
    }
  }
}

// Walks one function body under the current substitution: instantiates the generic types its
// expressions and variables have, and records the generic functions it calls.
void Emitter::discover_body(const Node* body) {
  walk(body, [&](const Node* n) {
    if (const Expr* e = dynamic_cast<const Expr*>(n)) {
      if (const Type* t = type_of(e)) note_type(t);
    }
    if (const Ident* id = n->as<Ident>()) {
      if (auto it = info_->defs.find(id); it != info_->defs.end() && it->second) {
        note_type(otype(it->second));
      }
      if (info_->instances.count(id)) generic_ref(id);
    }
    return true;
  });
}

void Emitter::note_type(const Type* t) {
  if (t == nullptr || has_type_params(t)) return;
  discovered_types_.push_back(t);
}

void Emitter::discover_instances() {
  // Concrete instantiations in ordinary code, and the function instances that packages emitted
  // before this one (its importers) left for it.
  for (const auto& [id, inst] : info_->instances) {
    bool concrete = true;
    for (const Type* a : inst.targs) concrete = concrete && !has_type_params(a);
    if (concrete) generic_ref(id);
  }
  if (options_.requests != nullptr) {
    auto it = options_.requests->find(&pkg_);
    if (it != options_.requests->end()) {
      for (const auto& r : std::vector<EmitOptions::FuncRequest>(it->second)) func_instance(r.fn, r.targs);
    }
  }
  size_t funcs_done = 0;
  size_t types_done = 0;
  while (true) {
    bool progress = false;
    while (funcs_done < func_instances_.size()) {
      FuncInstance fi = func_instances_[funcs_done++];
      SubstMap m = make_subst(fi.fn->sig()->tparams, fi.targs);
      info_ = info_for(fi.fn->pkg);
      set_subst(&m);
      note_type(T(fi.fn->sig()));
      if (fi.fn->decl && fi.fn->decl->body) discover_body(fi.fn->decl->body);
      set_subst(nullptr);
      info_ = own_info_;
      progress = true;
    }
    // The instances of generic types: one list for the whole program (the packages share their
    // instantiation context), of which this package emits those it is the home of.
    const std::vector<Named*>& all = info_->context->instances();
    while (types_done < all.size()) {
      Named* inst = all[types_done++];
      if (has_type_params(inst) || named_home(inst) != &pkg_) continue;
      const std::vector<Func*> methods = info_->context->methods(inst);  // a copy: stable
      SubstMap m = make_subst(inst->orig->tparams, inst->targs);
      for (const Func* meth : methods) {
        const Func* g = meth->origin ? meth->origin : meth;
        info_ = info_for(g->pkg);
        set_subst(&m);
        note_type(meth->type);
        if (g->decl && g->decl->body) discover_body(g->decl->body);
        set_subst(nullptr);
        info_ = own_info_;
      }
      progress = true;
    }
    if (!progress) break;
    // The checker rejects instantiation cycles; this only keeps a translator bug from looping.
    if (func_instances_.size() + all.size() > 100000) {
      unsupported(nullptr, "more than 100000 generic instantiations");
      break;
    }
  }
}

// Emits a generic's body as an instance, with the side tables of the generic's package (another
// package's generic is stenciled here when this package is the instance's home).
void Emitter::emit_instance_body(const FuncDecl* decl, const Func* g, const SubstMap& m,
                                 const std::string& name, const std::string& comment) {
  info_ = info_for(g->pkg);
  if (g->pkg != &pkg_) find_captures(decl->body);
  set_subst(&m);
  emit_func_def(decl, g, subst_sig(g->sig()), name, comment);
  set_subst(nullptr);
  info_ = own_info_;
}

// The bodies of every function instance and of every concrete generic type instance's methods.
void Emitter::emit_instances() {
  size_t done = 0;
  // By index: emitting may instantiate (the list may grow; discovery made sure nothing new is).
  for (size_t i = 0; i < info_->context->instances().size(); ++i) {
    const Named* inst = info_->context->instances()[i];
    if (has_type_params(inst) || named_home(inst) != &pkg_) continue;
    Named* n = const_cast<Named*>(inst);
    const std::vector<Func*> methods = info_->context->methods(n);  // a copy: stable
    SubstMap m = make_subst(inst->orig->tparams, inst->targs);
    for (const Func* meth : methods) {
      const Func* g = meth->origin ? meth->origin : meth;
      if (g->decl == nullptr || g->decl->body == nullptr) continue;
      emit_instance_body(g->decl, g, m, method_name(meth),
                         "// " + type_string(inst, &pkg_) + "." + g->name);
    }
  }
  while (done < func_instances_.size()) {
    FuncInstance fi = func_instances_[done++];
    if (fi.fn->decl == nullptr || fi.fn->decl->body == nullptr) continue;
    SubstMap m = make_subst(fi.fn->sig()->tparams, fi.targs);
    std::string inst = (fi.fn->pkg != &pkg_ ? fi.fn->pkg->name + "." : "") + fi.fn->name + "[";
    for (size_t i = 0; i < fi.targs.size(); ++i) inst += (i ? ", " : "") + type_string(fi.targs[i], &pkg_);
    emit_instance_body(fi.fn->decl, fi.fn, m, fi.name, "// " + inst + "]");
  }
}

}  // namespace go2cpp::emit
