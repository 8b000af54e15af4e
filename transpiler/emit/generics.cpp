// Generics, stenciled: every instantiation of a generic function or type that the program uses
// becomes its own C++ function or struct, emitted from the one generic body with the type
// arguments substituted for the type parameters (docs/generated-code.md, "Generics", says why
// not C++ templates). Each gets a readable name from its type arguments — Map[int, string] is
// Map_int_string, Stack[*Node] Stack_ptr_Node — and a comment with the Go instantiation.
//
// The instances are found before anything is emitted: starting from the concrete instantiations
// in non-generic code, each instance's body is walked under its substitution, which instantiates
// whatever generic types and functions it uses in turn, until nothing new appears.
#include "emit/emit_internal.h"
#include "syntax/walk.h"
#include "types/generic.h"
#include "types/methodset.h"

namespace go2cpp::emit {

using namespace go2cpp::types;

const Type* Emitter::T(const Type* t) {
  if (subst_ == nullptr || t == nullptr) return t;
  return info_.context->subst(const_cast<Type*>(t), *subst_);
}

const Signature* Emitter::subst_sig(const Signature* sig) { return T(sig)->as<Signature>(); }

const Type* Emitter::type_of(const Expr* e) { return T(info_.type_of(e)); }

const TypeAndValue* Emitter::tv_of(const Expr* e) {
  const TypeAndValue* tv = info_.type_and_value(e);
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
  switch (t->kind) {
    case TypeKind::Struct:
      for (size_t i = 0; i < t->as<Struct>()->fields.size(); ++i) {
        if (i < t->as<Struct>()->tags.size()) out += t->as<Struct>()->tags[i];
        out += ',';
        tags_of(t->as<Struct>()->fields[i]->type, out, depth + 1);
      }
      return;
    case TypeKind::Pointer: return tags_of(t->as<Pointer>()->elem, out, depth + 1);
    case TypeKind::Slice: return tags_of(t->as<Slice>()->elem, out, depth + 1);
    case TypeKind::Array: return tags_of(t->as<Array>()->elem, out, depth + 1);
    case TypeKind::Chan: return tags_of(t->as<Chan>()->elem, out, depth + 1);
    case TypeKind::Map:
      tags_of(t->as<Map>()->key, out, depth + 1);
      return tags_of(t->as<Map>()->elem, out, depth + 1);
    default:
      return;
  }
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
  return instance_cname(name, targs_key(n->targs), n->targs);
}

std::string Emitter::func_instance(const Func* fn, const std::vector<Type*>& targs) {
  std::string key = targs_key(targs);
  std::string name = instance_cname(cpp_name(fn->name), key, targs);
  if (func_instance_keys_.insert(name).second) {
    func_instances_.push_back({fn, targs, name, false});
  }
  return name;
}

std::string Emitter::generic_ref(const Ident* id) {
  auto it = info_.instances.find(id);
  if (it == info_.instances.end()) return "";
  const Object* obj = info_.object_of(id);
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
      if (auto it = info_.defs.find(id); it != info_.defs.end() && it->second) {
        note_type(otype(it->second));
      }
      if (info_.instances.count(id)) generic_ref(id);
    }
    return true;
  });
}

// Stenciling another package's generic would need its body emitted here, with that package's
// side tables; go2cpp does not do that yet (docs/packages.md). Reported once per generic.
bool Emitter::foreign_generic(const types::Object* obj, const Node* at) {
  if (obj == nullptr || obj->pkg == nullptr || obj->pkg == &pkg_ || obj->pkg->is_runtime) {
    return false;
  }
  if (reported_foreign_.insert(obj).second) {
    unsupported(at, "instantiating " + obj->pkg->name + "." + obj->name +
                        ", a generic declared in another package,");
  }
  return true;
}

void Emitter::note_type(const Type* t) {
  if (t == nullptr || has_type_params(t)) return;
  discovered_types_.push_back(t);
}

void Emitter::discover_instances() {
  // Concrete instantiations in ordinary code.
  for (const auto& [id, inst] : info_.instances) {
    const Object* obj = info_.object_of(id);
    if (obj == nullptr && inst.type != nullptr && inst.type->as<Named>()) {
      obj = inst.type->as<Named>()->obj;
    }
    if (foreign_generic(obj, id)) continue;
    bool concrete = true;
    for (const Type* a : inst.targs) concrete = concrete && !has_type_params(a);
    if (concrete) generic_ref(id);
  }
  size_t funcs_done = 0;
  size_t types_done = 0;
  while (true) {
    bool progress = false;
    while (funcs_done < func_instances_.size()) {
      FuncInstance fi = func_instances_[funcs_done++];
      SubstMap m = make_subst(fi.fn->sig()->tparams, fi.targs);
      set_subst(&m);
      note_type(T(fi.fn->sig()));
      if (fi.fn->decl && fi.fn->decl->body) discover_body(fi.fn->decl->body);
      set_subst(nullptr);
      progress = true;
    }
    const std::vector<Named*>& all = info_.context->instances();
    while (types_done < all.size()) {
      Named* inst = all[types_done++];
      if (has_type_params(inst) || inst->obj->pkg != &pkg_) continue;
      const std::vector<Func*> methods = info_.context->methods(inst);  // a copy: stable
      SubstMap m = make_subst(inst->orig->tparams, inst->targs);
      set_subst(&m);
      for (const Func* meth : methods) {
        const Func* g = meth->origin ? meth->origin : meth;
        note_type(meth->type);
        if (g->decl && g->decl->body) discover_body(g->decl->body);
      }
      set_subst(nullptr);
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

// The bodies of every function instance and of every concrete generic type instance's methods.
void Emitter::emit_instances() {
  size_t done = 0;
  // By index: emitting may instantiate (the list may grow; discovery made sure nothing new is).
  for (size_t i = 0; i < info_.context->instances().size(); ++i) {
    const Named* inst = info_.context->instances()[i];
    if (has_type_params(inst) || inst->obj->pkg != &pkg_) continue;
    Named* n = const_cast<Named*>(inst);
    const std::vector<Func*> methods = info_.context->methods(n);  // a copy: stable
    SubstMap m = make_subst(inst->orig->tparams, inst->targs);
    for (const Func* meth : methods) {
      const Func* g = meth->origin ? meth->origin : meth;
      if (g->decl == nullptr || g->decl->body == nullptr) continue;
      set_subst(&m);
      emit_func_def(g->decl, g, subst_sig(g->sig()), method_name(meth),
                    "// " + type_string(inst, &pkg_) + "." + g->name);
      set_subst(nullptr);
    }
  }
  while (done < func_instances_.size()) {
    FuncInstance fi = func_instances_[done++];
    if (fi.fn->decl == nullptr || fi.fn->decl->body == nullptr) continue;
    SubstMap m = make_subst(fi.fn->sig()->tparams, fi.targs);
    set_subst(&m);
    std::string inst = fi.fn->name + "[";
    for (size_t i = 0; i < fi.targs.size(); ++i) inst += (i ? ", " : "") + type_string(fi.targs[i], &pkg_);
    emit_func_def(fi.fn->decl, fi.fn, subst_sig(fi.fn->sig()), fi.name, "// " + inst + "]");
    set_subst(nullptr);
  }
}

}  // namespace go2cpp::emit
