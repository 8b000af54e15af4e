// The package-level driver of the checker. Like go/types, it first collects every package-level
// object into the package scope (imports into per-file scopes), then type-checks the objects in
// source order — each lazily checking what it depends on, with cycle detection — then methods,
// then function bodies, and finally computes the order in which package variables initialize.
#include "types/checker.h"

#include <algorithm>
#include <functional>

namespace go2cpp::types {

void check_package(Package* pkg, const std::vector<const File*>& files, Arena& arena,
                   const Universe& universe, const Importer& importer, const CheckConfig& config,
                   Info& info, Diagnostics& diags) {
  Checker c(pkg, files, arena, universe, importer, config, info, diags);
  c.run();
}

Checker::Checker(Package* pkg, const std::vector<const File*>& files, Arena& arena,
                 const Universe& universe, const Importer& importer, const CheckConfig& config,
                 Info& info, Diagnostics& diags)
    : pkg_(pkg),
      files_(files),
      arena_(arena),
      universe_(universe),
      importer_(importer),
      config_(config),
      info_(info),
      diags_(diags) {
  if (!info_.context) info_.context = std::make_shared<Context>(arena_);
}

void Checker::error(Pos pos, std::string msg) { diags_.error(pos, std::move(msg)); }

void Checker::run() {
  if (pkg_->scope == nullptr) pkg_->scope = arena_.make<Scope>(universe_.scope(), "package");
  collect_objects();
  for (Object* obj : pkg_objects_) obj_decl(obj);
  collect_methods();
  check_bodies();
  check_instantiation_cycles();
  if (config_.report_unused) report_unused_imports();
  compute_init_order();
}

void Checker::declare(Scope* scope, Ident* id, Object* obj) {
  if (id->name == "_") {
    info_.defs[id] = obj;
    return;
  }
  if (Object* other = scope->insert(obj)) {
    std::string msg = id->name + " redeclared in this block";
    if (other->pos.valid() && config_.files != nullptr) {
      msg += "\n\t" + config_.files->format(other->pos) + ": other declaration of " + id->name;
    }
    error(id, msg);
    return;
  }
  info_.defs[id] = obj;
  if (fn_ != nullptr) {
    if (Var* v = obj->as<Var>(); v && !v->is_param) fn_->locals.push_back(v);
  }
}

void Checker::declare_pkg_obj(Ident* name, Object* obj, DeclInfo* d) {
  obj->pos = name->pos;
  obj->pkg = pkg_;
  if (name->name == "init" && obj->kind != ObjKind::Func) {
    error(name, "cannot declare init - must be func");
    return;
  }
  if (name->name == "main" && pkg_->name == "main" && obj->kind != ObjKind::Func) {
    error(name, "cannot declare main - must be func");
    return;
  }
  declare(pkg_->scope, name, obj);
  decls_[obj] = d;
  pkg_objects_.push_back(obj);
}

void Checker::collect_objects() {
  for (const File* file : files_) {
    Scope* file_scope = arena_.make<Scope>(pkg_->scope, "file " + file->path);
    file_scopes_.push_back(file_scope);
    auto new_decl = [&]() {
      decl_store_.push_back(std::make_unique<DeclInfo>());
      decl_store_.back()->file_scope = file_scope;
      return decl_store_.back().get();
    };
    for (const Decl* decl : file->decls) {
      if (const GenDecl* gd = decl->as<GenDecl>()) {
        const Expr* last_type = nullptr;
        const std::vector<Expr*>* last_values = nullptr;
        for (const Spec* spec : gd->specs) {
          switch (gd->tok) {
            case DeclKind::Import: {
              const ImportSpec* is = spec->as<ImportSpec>();
              Package* imported =
                  is->path == "unsafe" ? universe_.unsafe() : importer_(is->path);
              if (imported == nullptr) {
                // One error for the import; the package's uses are not reported again.
                std::string first = is->path.substr(0, is->path.find('/'));
                if (first.find('.') == std::string::npos) {
                  error(is->path_pos, "go2cpp does not support package " + is->path +
                                          " yet (docs/stdlib.md lists the packages it provides)");
                } else {
                  error(is->path_pos, "cannot find package " + is->path +
                                          " (go2cpp translates one package main for now)");
                }
                imported = arena_.make<Package>();
                imported->path = is->path;
                imported->name = is->path.substr(is->path.rfind('/') + 1);
                imported->scope = arena_.make<Scope>(nullptr, "package " + is->path);
                imported->missing = true;
              }
              std::string local = imported->name;
              if (is->name != nullptr) {
                if (is->name->name == "_") continue;
                if (is->name->name == ".") {
                  dot_import(file_scope, is, imported);
                  continue;
                }
                local = is->name->name;
              }
              auto* pn = arena_.make<PkgName>(local);
              pn->imported = imported;
              pn->used = imported->missing;  // already reported
              pn->pos = is->pos;
              pn->pkg = pkg_;
              if (Object* other = file_scope->insert(pn)) {
                (void)other;
                error(is->pos, local + " redeclared in this block");
                continue;
              }
              if (is->name) info_.defs[is->name] = pn;
              imports_.push_back(pn);
              break;
            }
            case DeclKind::Const: {
              const ValueSpec* vs = spec->as<ValueSpec>();
              if (vs->type != nullptr || !vs->values.empty()) {
                last_type = vs->type;
                last_values = &vs->values;
              }
              for (size_t i = 0; i < vs->names.size(); ++i) {
                auto* c = arena_.make<Const>(vs->names[i]->name);
                DeclInfo* d = new_decl();
                d->vspec = vs;
                d->type_expr = last_type;
                d->iota = vs->iota;
                if (last_values != nullptr && i < last_values->size()) d->init = (*last_values)[i];
                declare_pkg_obj(vs->names[i], c, d);
              }
              if (last_values == nullptr || last_values->size() < vs->names.size()) {
                Pos p = vs->names.empty() ? vs->pos : vs->names.back()->pos;
                if (last_values == nullptr || last_values->empty()) {
                  error(p, "missing init expr for const declaration");
                } else {
                  error(p, "missing init expr for const declaration");
                }
              } else if (last_values->size() > vs->names.size() && last_values == &vs->values) {
                error(vs->values[vs->names.size()], "extra init expr");
              }
              break;
            }
            case DeclKind::Var: {
              const ValueSpec* vs = spec->as<ValueSpec>();
              std::vector<Var*> vars;
              for (Ident* name : vs->names) {
                auto* v = arena_.make<Var>(name->name);
                v->is_package_level = true;
                vars.push_back(v);
              }
              for (size_t i = 0; i < vs->names.size(); ++i) {
                DeclInfo* d = new_decl();
                d->vspec = vs;
                d->type_expr = vs->type;
                if (vs->values.size() == 1 && vs->names.size() > 1) {
                  d->lhs = vars;
                  d->init = vs->values[0];
                } else if (i < vs->values.size()) {
                  d->init = vs->values[i];
                }
                declare_pkg_obj(vs->names[i], vars[i], d);
              }
              if (!vs->values.empty() && vs->values.size() != 1 &&
                  vs->values.size() != vs->names.size()) {
                assignment_mismatch(vs->names[0]->pos, vs->names.size(), vs->values.size(),
                                    nullptr, true);
              }
              break;
            }
            case DeclKind::Type: {
              const TypeSpec* ts = spec->as<TypeSpec>();
              auto* tn = arena_.make<TypeName>(ts->name->name);
              DeclInfo* d = new_decl();
              d->tspec = ts;
              declare_pkg_obj(ts->name, tn, d);
              break;
            }
          }
        }
      } else if (const FuncDecl* fd = decl->as<FuncDecl>()) {
        auto* f = arena_.make<Func>(fd->name->name);
        f->decl = fd;
        f->has_body = fd->body != nullptr;
        f->pos = fd->name->pos;
        f->pkg = pkg_;
        DeclInfo* d = new_decl();
        d->fdecl = fd;
        if (fd->recv != nullptr) {
          decls_[f] = d;
          info_.defs[fd->name] = f;
          methods_.emplace_back(f, fd);
          methods_by_base_[receiver_base_name(fd)].push_back(f);
          continue;
        }
        if (fd->name->name == "init") {
          if (!fd->type->params.list.empty() || !fd->type->results.list.empty()) {
            error(fd->name, "func init must have no arguments and no return values");
          }
          if (!fd->type->type_params.list.empty()) {
            error(fd->name, "func init must have no type parameters");
          }
          info_.defs[fd->name] = f;
          decls_[f] = d;
          pkg_objects_.push_back(f);
          continue;
        }
        if (fd->name->name == "main" && pkg_->name == "main") {
          if (!fd->type->params.list.empty() || !fd->type->results.list.empty()) {
            error(fd->name, "func main must have no arguments and no return values");
          }
        }
        declare_pkg_obj(fd->name, f, d);
      }
    }
  }
  check_file_scope_conflicts();
  if (pkg_->name == "main" && !pkg_->is_runtime) {
    Object* m = pkg_->scope->lookup_local("main");
    if (m == nullptr || m->kind != ObjKind::Func) {
      Pos p = files_.empty() ? Pos{} : files_[0]->package_name->pos;
      error(p, "function main is undeclared in the main package");
    }
  }
}

// `import . "path"`: the package's exported names enter the file's scope (not the package's),
// as go/types does; the import counts as used when one of them is.
void Checker::dot_import(Scope* file_scope, const ImportSpec* is, Package* imported) {
  auto* pn = arena_.make<PkgName>(".");
  pn->imported = imported;
  pn->used = imported->missing;  // already reported
  pn->pos = is->pos;
  pn->pkg = pkg_;
  info_.defs[is->name] = pn;
  imports_.push_back(pn);
  for (Object* obj : imported->scope->objects()) {
    if (!obj->exported()) continue;
    if (Object* other = file_scope->insert(obj)) {
      (void)other;
      error(is->pos, obj->name + " redeclared in this block");
      continue;
    }
    dot_imports_[{file_scope, obj->name}] = pn;
  }
}

// Go's rule that a package-level name may not also be a name of a file scope (an import's, or
// one a dot import brought in); gc reports it at the package-level declaration.
void Checker::check_file_scope_conflicts() {
  std::vector<std::pair<Pos, std::string>> found;
  for (Scope* fs : file_scopes_) {
    for (Object* obj : fs->objects()) {
      Object* alt = pkg_->scope->lookup_local(obj->name);
      if (alt == nullptr) continue;
      if (PkgName* pn = obj->as<PkgName>()) {
        found.push_back({alt->pos, alt->name + " already declared through import of package " +
                                       pn->imported->name + " (\"" + pn->imported->path + "\")"});
      } else if (auto dit = dot_imports_.find({fs, obj->name}); dit != dot_imports_.end()) {
        const Package* from = dit->second->imported;
        found.push_back({alt->pos, alt->name + " already declared through dot-import of package " +
                                       from->name + " (\"" + from->path + "\")"});
      }
    }
  }
  for (auto& [pos, msg] : found) error(pos, msg);
}

void Checker::check_bodies() {
  // Function bodies are checked after all package-level declarations, in source order; the
  // function's DeclInfo collects the package-level objects its body refers to (for init order).
  for (auto& [f, fd] : funcs_) {
    if (fd->body == nullptr) continue;
    DeclInfo* saved = current_decl_;
    current_decl_ = decls_[f];
    const Signature* fs = f->sig();
    in_generic_body_ = !fs->tparams.empty() || (fs->recv && has_type_params(fs->recv->type));
    func_body(f->name, f->sig(), fd->body, func_scopes_[fd]);
    in_generic_body_ = false;
    current_decl_ = saved;
  }
}

void Checker::report_unused_imports() {
  for (PkgName* pn : imports_) {
    if (pn->used) continue;
    std::string msg = "imported and not used: \"" + pn->imported->path + "\"";
    if (pn->name != pn->imported->name && pn->name != ".") msg += " as " + pn->name;
    error(pn->pos, msg);
  }
}

// Go's rule: repeatedly initialize the earliest variable in declaration order that has no
// dependencies on uninitialized variables; dependencies go through the functions a variable's
// initializer refers to, transitively.
void Checker::compute_init_order() {
  // Transitive variable dependencies of each package-level object.
  std::unordered_map<Object*, std::set<Var*>> var_deps;
  std::function<void(Object*, std::set<Object*>&, std::set<Var*>&)> reach =
      [&](Object* obj, std::set<Object*>& seen, std::set<Var*>& out) {
        auto it = decls_.find(obj);
        if (it == decls_.end()) return;
        for (Object* dep : it->second->deps) {
          if (!seen.insert(dep).second) continue;
          if (Var* v = dep->as<Var>()) {
            out.insert(v);
          } else if (dep->kind == ObjKind::Func) {
            reach(dep, seen, out);
          }
        }
      };
  std::vector<Var*> vars;
  for (Object* obj : pkg_objects_) {
    if (Var* v = obj->as<Var>()) vars.push_back(v);
  }
  for (Var* v : vars) {
    std::set<Object*> seen;
    reach(v, seen, var_deps[v]);
    if (var_deps[v].count(v)) {
      error(v->pos, "initialization cycle or initialization loop: " + v->name +
                        " refers to itself");
    }
  }
  std::set<Var*> done;
  std::set<const Expr*> emitted;
  size_t remaining = vars.size();
  while (remaining > 0) {
    bool progressed = false;
    for (Var* v : vars) {
      if (done.count(v)) continue;
      bool ready = true;
      for (Var* dep : var_deps[v]) {
        if (dep != v && !done.count(dep)) {
          ready = false;
          break;
        }
      }
      if (!ready) continue;
      DeclInfo* d = decls_[v];
      if (!d->lhs.empty()) {
        for (Var* w : d->lhs) {
          if (!done.count(w)) {
            done.insert(w);
            --remaining;
          }
        }
        if (d->init && emitted.insert(d->init).second) {
          info_.init_order.push_back({d->lhs, d->init});
        }
      } else {
        done.insert(v);
        --remaining;
        if (d->init) info_.init_order.push_back({{v}, d->init});
      }
      progressed = true;
      break;
    }
    if (!progressed) break;  // a cycle, already reported
  }
}

}  // namespace go2cpp::types
