// Type definitions: every struct type the package uses becomes a C++ struct — named struct types
// under their name, struct types declared inside functions hoisted to namespace scope as
// Func_Type, and anonymous struct types as struct_1, struct_2, ... (one per distinct type).
// Each comes with zero-initialized members, a defaulted operator== when Go can compare it, a
// hash_of for map keys, and a runtime type descriptor. Structs are ordered so that one follows
// every struct it contains by value. Named non-struct types are aliases of their underlying type.
#include <algorithm>
#include <functional>
#include <tuple>

#include "emit/emit_internal.h"
#include "syntax/walk.h"
#include "types/components.h"
#include "types/methodset.h"

namespace go2cpp::emit {

using namespace go2cpp::types;

// A type's name as reflect (and so %T) spells it.
std::string reflect_name(const Type* t, const std::string& pkg) {
  switch (t->kind) {
    case TypeKind::Basic: {
      const Basic* b = t->as<Basic>();
      if (b->name == "byte") return "uint8";
      if (b->name == "rune") return "int32";
      return b->name;
    }
    case TypeKind::Pointer: return "*" + reflect_name(t->as<Pointer>()->elem, pkg);
    case TypeKind::Slice: return "[]" + reflect_name(t->as<Slice>()->elem, pkg);
    case TypeKind::Array:
      return "[" + std::to_string(t->as<Array>()->len) + "]" +
             reflect_name(t->as<Array>()->elem, pkg);
    case TypeKind::Map:
      return "map[" + reflect_name(t->as<Map>()->key, pkg) + "]" +
             reflect_name(t->as<Map>()->elem, pkg);
    case TypeKind::Named: {
      const Named* n = t->as<Named>();
      std::string s = n->obj->pkg ? n->obj->pkg->name + "." + n->obj->name : n->obj->name;
      if (!n->targs.empty()) {
        s += "[";
        for (size_t i = 0; i < n->targs.size(); ++i) {
          s += (i ? "," : "") + reflect_name(n->targs[i], pkg);
        }
        s += "]";
      }
      return s;
    }
    case TypeKind::Struct: {
      const Struct* st = t->as<Struct>();
      if (st->fields.empty()) return "struct {}";
      std::string s = "struct { ";
      for (size_t i = 0; i < st->fields.size(); ++i) {
        if (i > 0) s += "; ";
        if (!st->fields[i]->embedded) s += st->fields[i]->name + " ";
        s += reflect_name(st->fields[i]->type, pkg);
      }
      return s + " }";
    }
    case TypeKind::Interface: {
      const Interface* it = t->as<Interface>();
      if (it->all_methods.empty()) return "interface {}";
      std::string s = "interface { ";
      for (size_t i = 0; i < it->all_methods.size(); ++i) {
        if (i > 0) s += "; ";
        s += it->all_methods[i]->name + reflect_name(it->all_methods[i]->type, pkg).substr(4);
      }
      return s + " }";
    }
    case TypeKind::Signature: {
      const Signature* sig = t->as<Signature>();
      std::string s = "func(";
      for (size_t i = 0; i < sig->params->size(); ++i) {
        if (i > 0) s += ", ";
        const Type* pt = sig->params->vars[i]->type;
        if (sig->variadic && i + 1 == sig->params->size()) {
          s += "..." + reflect_name(pt->as<Slice>()->elem, pkg);
        } else {
          s += reflect_name(pt, pkg);
        }
      }
      s += ")";
      size_t n = sig->results->size();
      if (n == 1) s += " " + reflect_name(sig->results->vars[0]->type, pkg);
      if (n > 1) {
        s += " (";
        for (size_t i = 0; i < n; ++i) {
          s += (i ? ", " : "") + reflect_name(sig->results->vars[i]->type, pkg);
        }
        s += ")";
      }
      return s;
    }
    default:
      return "?";
  }
}

std::string Emitter::struct_name(const Struct* st) {
  for (const auto& [s, name] : anon_structs_) {
    if (identical(s, st)) return name;
  }
  std::string name = "struct_" + std::to_string(anon_structs_.size() + 1);
  anon_structs_.emplace_back(st, name);
  return name;
}

// A field's C++ name: its Go name by the renaming rule, and blank_<index> for a blank field (Go
// allows several `_` fields in one struct).
std::string Emitter::field_cname(const Struct* st, size_t i) const {
  const Var* f = st->fields[i];
  return f->name == "_" ? "blank_" + std::to_string(i) : cpp_name(f->name);
}

void Emitter::emit_struct(const std::string& name, const Struct* st, bool is_comparable) {
  line("struct " + name + " {");
  ++indent_;
  qualify_ = true;  // a field may share its type's name (embedding): qualify the type
  for (size_t i = 0; i < st->fields.size(); ++i) {
    line(ctype(st->fields[i]->type) + " " + field_cname(st, i) + "{};");
  }
  qualify_ = false;
  if (is_comparable) line("bool operator==(const " + name + "&) const = default;");
  --indent_;
  line("};");
  if (is_comparable) {
    // Map keys hash through go::hash_of, found by argument-dependent lookup.
    line("inline uint64_t hash_of(const " + name + "& v, uint64_t seed) {");
    ++indent_;
    for (const Var* f : st->fields) {
      if (f->name != "_") line("seed = go::hash_of(v." + cpp_name(f->name) + ", seed);");
    }
    line("return seed;");
    --indent_;
    line("}");
  }
}

// The runtime type descriptor of a struct: its %T name, fields (for %v and friends), equality
// and hashing, its method set (for interfaces) and the Error()/String() hooks. Specializes
// go::detail::type_of_impl, so go::type_of<T>() finds it. Fields and methods are filled in on
// the first call, after `done` is set: a field of type *T asks for this descriptor again.
void Emitter::emit_struct_descriptor(const std::string& name, const Struct* st,
                                     const Named* named) {
  std::string ns = own_ns();
  std::string cname = ns + "::" + name;
  const Type* self = named ? static_cast<const Type*>(named) : st;
  std::string go_name = named ? reflect_name(named, pkg_.name) : reflect_name(st, pkg_.name);
  bool is_comparable = comparable(self);
  qualify_ = true;
  std::string methods, hooks;
  int num_methods = method_table(self, false, cname, methods, hooks);
  bool ptr_methods = !method_set(self, true).empty();
  if (ptr_methods) emit_ptr_descriptor(self, name + "_ptr_desc", cname);
  qualify_ = true;
  descriptor_decls_ += "template <>\nstruct go::detail::type_of_impl<" + cname +
                       "> {\n  static const go::type_desc* get();\n};\n";
  std::string& d = descriptors_;
  d += "inline const go::type_desc* go::detail::type_of_impl<" + cname + ">::get() {\n";
  d += "  static go::type_desc desc{\n";
  d += "      .kind = go::kind::struct_,\n";
  d += "      .name = \"" + go_name + "\",\n";
  d += "      .pkg_path = \"" + std::string(named ? named->obj->pkg->path : "") + "\",\n";
  d += std::string("      .named = ") + (named ? "true" : "false") + ",\n";
  d += "      .has_pointers = true,\n";
  d += "      .size = sizeof(" + cname + "),\n";
  d += "      .align = alignof(" + cname + "),\n";
  if (is_comparable) {
    d += "      .equal = [](const go::type_desc*, const void* a, const void* b) {\n";
    d += "        return *static_cast<const " + cname + "*>(a) == *static_cast<const " + cname +
         "*>(b);\n      },\n";
    d += "      .hash = [](const go::type_desc*, const void* v, uint64_t seed) {\n";
    d += "        return hash_of(*static_cast<const " + cname + "*>(v), seed);\n";
    d += "      },\n";
  }
  if (ptr_methods) d += "      .ptr_desc = &" + ns + "::" + name + "_ptr_desc,\n";
  d += "  };\n";
  d += "  static bool done = false;\n";
  d += "  if (!done) {\n    done = true;\n";
  if (!st->fields.empty()) {
    d += "    static const go::struct_field fields[] = {\n";
    for (size_t i = 0; i < st->fields.size(); ++i) {
      const Var* f = st->fields[i];
      d += "        {\"" + f->name + "\", " + descriptor(f->type) + ", offsetof(" + cname + ", " +
           field_cname(st, i) + "), " + (f->embedded ? "true" : "false") + ", " +
           (f->exported() ? "true" : "false");
      if (i < st->tags.size() && !st->tags[i].empty()) {
        std::string error;
        constant::Value tag = constant::Value::from_literal("string", st->tags[i], &error);
        if (error.empty()) d += ", " + cpp_string_literal(tag.string_val());
      }
      d += "},\n";
    }
    d += "    };\n";
    d += "    desc.fields = fields;\n";
    d += "    desc.num_fields = " + std::to_string(st->fields.size()) + ";\n";
  }
  if (num_methods > 0) {
    d += methods;
    d += "    desc.methods = methods;\n";
    d += "    desc.num_methods = " + std::to_string(num_methods) + ";\n";
  }
  d += hooks;
  d += "  }\n  return &desc;\n}\n\n";
  qualify_ = false;
}

// The descriptor of *T for a type T whose pointer has methods: the plain pointer descriptor
// plus *T's method set (go::pointer_to(T) returns it, through T's ptr_desc).
void Emitter::emit_ptr_descriptor(const Type* t, const std::string& fn_name,
                                  const std::string& cname) {
  std::string ns = own_ns();
  qualify_ = true;
  std::string methods, hooks;
  int n = method_table(t, true, "go::ptr<" + cname + ">", methods, hooks);
  qualify_ = true;
  descriptor_decls_ += "namespace " + ns + " {\nconst go::type_desc* " + fn_name + "();\n}\n";
  std::string& d = alias_descriptors_;
  d += "inline const go::type_desc* " + ns + "::" + fn_name + "() {\n";
  d += "  static go::type_desc desc;\n";
  d += "  static bool done = false;  // set first: T's fields can ask for *T again\n";
  d += "  if (!done) {\n    done = true;\n";
  d += "    desc = go::plain_pointer_desc(" + descriptor(t) + ");\n";
  d += methods;
  d += "    desc.methods = methods;\n";
  d += "    desc.num_methods = " + std::to_string(n) + ";\n";
  d += hooks;
  d += "  }\n  return &desc;\n}\n\n";
  qualify_ = false;
}

// A named non-struct type is a C++ alias of its underlying type, so its descriptor cannot be found
// through the C++ type: the emitter names it wherever such a value becomes an interface
// (descriptor()). It is the underlying type's descriptor under the Go name, with the type's
// method set and the String() and Error() hooks.
void Emitter::emit_alias_descriptor(const Named* named, const std::string& cname) {
  std::string ns = own_ns();
  qualify_ = true;
  std::string methods, hooks;
  int num_methods = method_table(named, false, ns + "::" + cname, methods, hooks);
  bool ptr_methods = !method_set(named, true).empty();
  if (ptr_methods) emit_ptr_descriptor(named, cname + "_ptr_desc", ns + "::" + cname);
  qualify_ = true;
  descriptor_decls_ += "namespace " + ns + " {\nconst go::type_desc* " + cname + "_desc();\n}\n";
  std::string& d = alias_descriptors_;
  d += "inline const go::type_desc* " + ns + "::" + cname + "_desc() {\n";
  d += "  static go::type_desc desc;\n";
  d += "  static bool done = false;\n";
  d += "  if (!done) {\n    done = true;\n";
  d += "    desc = *" + descriptor(named->underlying) + ";\n";
  d += "    desc.name = \"" + reflect_name(named, pkg_.name) + "\";\n";
  d += "    desc.pkg_path = \"" + named->obj->pkg->path + "\";\n";
  d += "    desc.named = true;\n";
  if (num_methods > 0) {
    d += methods;
    d += "    desc.methods = methods;\n";
    d += "    desc.num_methods = " + std::to_string(num_methods) + ";\n";
  }
  if (ptr_methods) d += "    desc.ptr_desc = &" + ns + "::" + cname + "_ptr_desc;\n";
  d += hooks;
  d += "  }\n  return &desc;\n}\n\n";
  qualify_ = false;
}

namespace {

// Whether a named non-struct type refers to itself other than through a struct or interface
// (type F func() F, type C chan C): a C++ alias cannot name itself.
bool alias_refers_to(const Type* t, const Named* self, std::set<const Type*>& seen) {
  if (t == nullptr || !seen.insert(t).second) return false;
  switch (t->kind) {
    case TypeKind::Named: {
      if (t == self) return true;
      const Type* u = t->as<Named>()->underlying;
      if (u == nullptr || u->kind == TypeKind::Struct || u->kind == TypeKind::Interface) {
        return false;
      }
      return alias_refers_to(u, self, seen);
    }
    case TypeKind::Struct:
    case TypeKind::Interface:
      return false;  // a C++ struct breaks the cycle
    default: {
      bool found = false;
      for_each_component(t, [&](const Type* c) { found = found || alias_refers_to(c, self, seen); });
      return found;
    }
  }
}

}  // namespace

bool Emitter::recursive_alias(const Named* n) {
  std::set<const Type*> seen;
  if (!alias_refers_to(n->underlying, n, seen)) return false;
  failed_ = true;
  diags_.error(n->obj->pos, "go2cpp does not support the recursive type " +
                                type_string(n, &pkg_) + " (a " +
                                type_string(n->underlying, &pkg_) + " holding itself) yet");
  return true;
}

void Emitter::emit_types() {
  struct Entity {
    std::string name;
    const Struct* st;
    const Named* named;  // null for anonymous structs
  };
  std::vector<Entity> entities;
  struct IfaceEntity {
    std::string name;
    const Interface* it;
    const Named* named;  // null for interface literals
  };
  std::vector<IfaceEntity> ifaces;
  std::vector<std::string> aliases;
  std::set<std::string> taken;  // hoisted local type names must not collide
  auto add_named = [&](const TypeSpec* ts, const std::string& cname) {
    auto it = info_->defs.find(ts->name);
    const TypeName* tn = it != info_->defs.end() && it->second ? it->second->as<TypeName>() : nullptr;
    if (tn == nullptr || tn->is_alias) return;
    const Named* n = tn->type->as<Named>();
    if (n == nullptr || !n->tparams.empty()) return;  // generic: its instances are below
    if (cname != cpp_name(tn->name)) local_type_names_[tn] = cname;
    const Type* u = n->underlying;
    if (const Struct* st = u->as<Struct>()) {
      entities.push_back({cname, st, n});
    } else if (const Interface* it2 = u->as<Interface>()) {
      if (it2->has_type_set) {
        return;  // only a constraint: no value has this type
      } else if (!it2->all_methods.empty()) {
        ifaces.push_back({cname, it2, n});
      } else {
        aliases.push_back(doc_comment(tn) + "using " + cname + " = go::any;");
      }
    } else if (!recursive_alias(n)) {
      aliases.push_back(doc_comment(tn) + "using " + cname + " = " + ctype(u) + ";");
      named_aliases_.emplace_back(n, cname);
    }
  };
  for (const File* f : files_) {
    for (const Decl* d : f->decls) {
      if (const GenDecl* gd = d->as<GenDecl>(); gd && gd->tok == DeclKind::Type) {
        for (const Spec* sp : gd->specs) {
          add_named(sp->as<TypeSpec>(), cpp_name(sp->as<TypeSpec>()->name->name));
        }
      }
      // Types declared inside functions move to namespace scope as Func_Type.
      if (const FuncDecl* fd = d->as<FuncDecl>(); fd && fd->body) {
        std::string prefix = fd->recv ? "" : fd->name->name + "_";
        walk(fd->body, [&](const Node* n) {
          if (const GenDecl* gd = n->as<GenDecl>(); gd && gd->tok == DeclKind::Type) {
            for (const Spec* sp : gd->specs) {
              const TypeSpec* ts = sp->as<TypeSpec>();
              std::string name = cpp_name(prefix + ts->name->name);
              for (int k = 2; taken.count(name); ++k) {
                name = cpp_name(prefix + ts->name->name + "_" + std::to_string(k));
              }
              taken.insert(name);
              add_named(ts, name);
            }
          }
          return true;
        });
      }
    }
  }
  // Instances of generic types, as the program uses them (generics.cpp found them).
  for (size_t i = 0; i < info_->context->instances().size(); ++i) {
    const Named* inst = info_->context->instances()[i];
    if (has_type_params(inst) || named_home(inst) != &pkg_) continue;  // emitted by its home
    std::string cname = named_cname(inst);
    const Type* u = inst->underlying;
    if (const Struct* st = u->as<Struct>()) {
      entities.push_back({cname, st, inst});
    } else if (const Interface* it2 = u->as<Interface>()) {
      if (!it2->all_methods.empty()) {
        ifaces.push_back({cname, it2, inst});
      } else {
        aliases.push_back("using " + cname + " = go::any;");
      }
    } else if (!recursive_alias(inst)) {
      aliases.push_back("using " + cname + " = " + ctype(u) + ";");
      named_aliases_.emplace_back(inst, cname);
    }
  }
  // Anonymous struct types, wherever the package uses them.
  std::function<void(const Type*)> find = [&](const Type* t) {
    if (t == nullptr || has_type_params(t)) return;
    switch (t->kind) {
      case TypeKind::Struct: {
        const Struct* st = t->as<Struct>();
        bool known = false;
        for (const Entity& e : entities) {
          known = known || e.st == st || (e.named == nullptr && identical(e.st, st));
        }
        if (known) return;
        for (const Var* f : st->fields) find(f->type);
        std::string name = struct_name(st);
        entities.push_back({name, st, nullptr});
        return;
      }
      case TypeKind::Interface: {
        const Interface* it = t->as<Interface>();
        if (it->all_methods.empty()) return;
        for (const IfaceEntity& e : ifaces) {
          // A named interface's own literal is the named type's; identical literals share one.
          if (e.it == it || (e.named == nullptr && identical(e.it, it))) return;
        }
        ifaces.push_back({interface_name(it), it, nullptr});
        for (const Func* m : it->all_methods) find(m->type);
        return;
      }
      case TypeKind::Named: return;  // its underlying type is its own entity
      case TypeKind::Pointer: return find(t->as<Pointer>()->elem);
      case TypeKind::Slice: return find(t->as<Slice>()->elem);
      case TypeKind::Array: return find(t->as<Array>()->elem);
      case TypeKind::Map:
        find(t->as<Map>()->key);
        return find(t->as<Map>()->elem);
      case TypeKind::Tuple:
        for (const Var* v : t->as<Tuple>()->vars) find(v->type);
        return;
      case TypeKind::Signature:
        find(t->as<Signature>()->params);
        return find(t->as<Signature>()->results);
      default: return;
    }
  };
  for (const Entity& e : std::vector<Entity>(entities)) {
    for (const Var* f : e.st->fields) find(f->type);
  }
  for (const IfaceEntity& e : std::vector<IfaceEntity>(ifaces)) {
    for (const Func* m : e.it->all_methods) find(m->type);
  }
  // info_'s maps are keyed by node address: visited in source order instead, so that the
  // struct_N numbering, and with it a std package's C++ (part of its prebuilt object's key,
  // driver/objcache.h), is the same in every run.
  auto source_order = [](const syntax::Node* a, const syntax::Node* b) {
    return std::tie(a->pos.file, a->pos.line, a->pos.col, a->kind) <
           std::tie(b->pos.file, b->pos.line, b->pos.col, b->kind);
  };
  std::vector<std::pair<const syntax::Node*, const Type*>> used;
  for (const auto& [expr, tv] : info_->types) used.emplace_back(expr, tv.type);
  std::stable_sort(used.begin(), used.end(),
                   [&](const auto& a, const auto& b) { return source_order(a.first, b.first); });
  for (const auto& [expr, t] : used) find(t);
  for (const Type* t : discovered_types_) find(t);
  std::vector<std::pair<const syntax::Node*, const Type*>> vars;
  for (const auto& [id, obj] : info_->defs) {
    if (obj != nullptr && obj->kind == ObjKind::Var) vars.emplace_back(id, obj->type);
  }
  std::stable_sort(vars.begin(), vars.end(),
                   [&](const auto& a, const auto& b) { return source_order(a.first, b.first); });
  for (const auto& [id, t] : vars) find(t);

  // Order: each struct after the structs it holds by value.
  std::vector<const Entity*> order;
  // By entity, not by struct: `type cbcEncrypter cbc` is a second C++ struct with the same
  // underlying Go struct.
  std::set<const Entity*> done;
  std::function<void(const Entity&)> visit = [&](const Entity& e) {
    if (!done.insert(&e).second) return;
    std::function<void(const Type*)> deps = [&](const Type* t) {
      const Struct* dep = nullptr;
      if (const Named* m = t->as<Named>()) dep = m->underlying->as<Struct>();
      if (const Struct* s = t->as<Struct>()) dep = s;
      if (const Array* a = t->as<Array>()) return deps(a->elem);
      if (const Map* m = t->as<Map>()) {
        // go::map<K, V> inspects K and V when instantiated: they must be complete.
        deps(m->key);
        return deps(m->elem);
      }
      if (dep == nullptr) return;
      for (const Entity& other : entities) {
        if (other.st == dep || (other.named == nullptr && t->kind == TypeKind::Struct &&
                                identical(other.st, dep))) {
          visit(other);
        }
      }
    };
    for (const Var* f : e.st->fields) deps(f->type);
    order.push_back(&e);
  };
  for (const Entity& e : entities) visit(e);

  std::string* saved = out_;
  out_ = &types_;
  for (const Entity& e : entities) line("struct " + e.name + ";");
  for (const IfaceEntity& e : ifaces) line("struct " + e.name + ";");
  if (!entities.empty() || !ifaces.empty()) blank();
  for (const std::string& a : aliases) line(a);
  if (!aliases.empty()) blank();
  for (const IfaceEntity& e : ifaces) {
    if (e.named != nullptr && e.named->orig == nullptr) out() += doc_comment(e.named->obj);
    emit_interface(e.name, e.it, e.named);
    blank();
  }
  for (const Entity* e : order) {
    if (e->named != nullptr && e->named->orig == nullptr) out() += doc_comment(e->named->obj);
    emit_struct(e->name, e->st, comparable(e->named ? static_cast<const Type*>(e->named) : e->st));
    emit_struct_descriptor(e->name, e->st, e->named);
    blank();
  }
  if (!iface_defs_.empty()) {
    line("// Interface methods call through the dynamic type's method table.");
    out() += iface_defs_;
    blank();
  }
  out_ = saved;
  emitted_ifaces_ = anon_ifaces_.size();
  for (const auto& [n, cname] : named_aliases_) emit_alias_descriptor(n, cname);
}

}  // namespace go2cpp::emit
