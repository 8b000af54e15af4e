// The translation pipeline for one package: read and parse every file (syntax errors stop here),
// check that they form one package, type-check it — importing runtime packages from their Go
// declaration stubs in support-lib/go/<path>/ — and emit C++. Each phase only runs when the one
// before reported no error, so one mistake never cascades into the next phase's complaints.
#include "driver/pipeline.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>

#include "driver/fsutil.h"
#include "driver/inputs.h"
#include "driver/module.h"
#include "driver/stdlib.h"
#include "emit/emitter.h"
#include "escape/escape.h"
#include "inline/inline.h"
#include "go2cpp_config.h"
#include "syntax/parse.h"
#include "types/check.h"
#include "types/generic.h"
#include "types/predicates.h"

namespace go2cpp::driver {

namespace fs = std::filesystem;

namespace {

bool read_file(const std::string& path, std::string* text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *text = ss.str();
  return true;
}

// The Go declarations of the runtime packages: under GO2CPP_ROOT, else under the prefix go2cpp
// is installed in (bin/..), else in the source tree it was built from.
std::string stdlib_dir() {
  if (const char* root = std::getenv("GO2CPP_ROOT")) {
    fs::path p = fs::path(root) / "share" / "go2cpp" / "go";
    if (fs::exists(p)) return p.string();
  }
  if (std::string bin = executable_dir(); !bin.empty()) {
    fs::path p = fs::path(bin).parent_path() / "share" / "go2cpp" / "go";
    if (fs::exists(p)) return p.string();
  }
  return GO2CPP_STDLIB_DIR;
}

// The folder of the Go stubs of runtime package or stand-in `path` (support-lib/go/<path>/),
// or "" when go2cpp has none: the folder must hold .go files (support-lib/go/unicode/ holds
// utf8/ as well as unicode's stubs).
std::string stub_dir(const std::string& path) {
  if (path.empty() || path.find("..") != std::string::npos) return "";
  fs::path dir = fs::path(stdlib_dir()) / path;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return "";
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".go") return dir.string();
  }
  return "";
}

// Everything one translation owns: the parsed files (of the package and of imported stubs), the
// types, and the per-package side tables. The emitter reads all of it.
struct Session {
  syntax::FileSet& fileset;
  syntax::Diagnostics& diags;
  types::Arena arena;
  types::Universe universe{arena};
  std::vector<std::unique_ptr<syntax::File>> parsed;
  std::map<std::string, types::Package*> packages;
  std::vector<std::unique_ptr<types::Info>> infos;

  // The target, for the constants runtime.GOOS and runtime.GOARCH (the real architecture, not
  // the GOARCH "go2cpp" that GOROOT's files are chosen for).
  std::string goos = "linux";
  std::string goarch = "amd64";

  Session(syntax::FileSet& f, syntax::Diagnostics& d) : fileset(f), diags(d) {}

  syntax::File* parse(const std::string& path) {
    std::string text;
    if (!read_file(path, &text)) {
      diags.error({}, "open " + path + ": cannot read file");
      return nullptr;
    }
    return parse_text(path, text);
  }

  syntax::File* parse_text(const std::string& path, std::string_view text) {
    parsed.push_back(syntax::parse_file(fileset, path, text, diags));
    return parsed.back().get();
  }

  // Runtime packages (fmt, os, ...) are declared by Go stubs and implemented in C++.
  types::Package* import(const std::string& path) {
    if (auto it = packages.find(path); it != packages.end()) return it->second;
    fs::path dir = stub_dir(path);
    std::error_code ec;
    if (dir.empty()) {
      packages[path] = nullptr;
      return nullptr;
    }
    std::vector<const syntax::File*> files;
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      if (entry.path().extension() == ".go") names.push_back(entry.path().string());
    }
    std::sort(names.begin(), names.end());
    for (const std::string& name : names) {
      if (syntax::File* f = parse(name)) files.push_back(f);
    }
    if (path == "runtime") {
      // gc's runtime.GOOS and runtime.GOARCH are string constants of the target
      // (zgoos_*.go, zgoarch_*.go), usable in constant expressions.
      files.push_back(parse_text((dir / "zgoarch.go").string(),
                                 "package runtime\n\nconst GOOS string = \"" + goos +
                                     "\"\n\nconst GOARCH string = \"" + goarch + "\"\n"));
    }
    auto* pkg = arena.make<types::Package>();
    pkg->path = path;
    pkg->name = files.empty() || !files[0]->package_name ? path : files[0]->package_name->name;
    pkg->is_runtime = true;
    packages[path] = pkg;
    infos.push_back(std::make_unique<types::Info>());
    types::CheckConfig config;
    config.report_unused = false;
    config.files = &fileset;
    types::Importer importer = [this](const std::string& p) { return import(p); };
    types::check_package(pkg, files, arena, universe, importer, config, *infos.back(), diags);
    return pkg;
  }
};

// go2cpp translate -dump=types: every declared object with its type, in source order, as
// "file:line:col: kind name type" — the checker's view of the package, for bug reports.
std::string dump_types(const types::Info& info, const syntax::FileSet& files,
                       const types::Package* pkg) {
  std::vector<std::pair<syntax::Pos, std::string>> rows;
  for (const auto& [id, obj] : info.defs) {
    if (obj == nullptr) continue;
    const char* kind = "var";
    switch (obj->kind) {
      case types::ObjKind::Const: kind = "const"; break;
      case types::ObjKind::TypeName: kind = "type"; break;
      case types::ObjKind::Func: kind = "func"; break;
      case types::ObjKind::PkgName: kind = "package"; break;
      default: break;
    }
    std::string type = obj->type ? types::type_string(obj->type, pkg) : "?";
    if (obj->kind == types::ObjKind::TypeName && obj->type) {
      if (const auto* n = obj->type->as<types::Named>()) type = types::type_string(n->underlying, pkg);
    }
    std::string row = std::string(kind) + " " + obj->name + " " + type;
    if (const auto* c = obj->as<types::Const>()) row += " = " + c->val.to_string();
    rows.emplace_back(id->pos, row);
  }
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    if (a.first.file != b.first.file) return a.first.file < b.first.file;
    if (a.first.line != b.first.line) return a.first.line < b.first.line;
    return a.first.col < b.first.col;
  });
  std::string out;
  for (const auto& [pos, row] : rows) out += files.format(pos) + ": " + row + "\n";
  return out;
}

}  // namespace

namespace {

// One package of the main module that the program imports: its files, the module packages it
// imports (in the order of their first import), and once checked, its types.
struct UserPackage {
  std::string path;  // import path
  std::string dir;
  std::vector<const syntax::File*> files;
  std::vector<UserPackage*> imports;
  bool goroot = false;  // a standard library package translated from GOROOT (driver/stdlib.h)
  // GOROOT's: the program's import that brings it in (path and position), for its errors.
  std::string user_import;
  syntax::Pos user_pos;
  types::Package* pkg = nullptr;
  std::unique_ptr<types::Info> info;
};

// Loads the packages of the main module that `root` imports, directly or not: parses their
// files and orders them so that every package comes after the ones it imports. The import graph
// is complete before anything is type-checked, so a missing package or an import cycle is
// reported the way the go command does, before any type error.
class Loader {
 public:
  Loader(Session& session, const Module& module, const TranslateOptions& options)
      : session_(session), module_(module), build_(options.build), overrides_(options.package_files) {}

  // Loads everything `root` imports; false when an error was reported.
  bool load(UserPackage* root) {
    stack_.push_back(root);
    visit(root);
    stack_.pop_back();
    order_.push_back(root);
    return !session_.diags.has_errors();
  }
  const std::vector<UserPackage*>& order() const { return order_; }

 private:
  void visit(UserPackage* up) {
    for (const syntax::File* f : up->files) {
      for (const syntax::Decl* d : f->decls) {
        const syntax::GenDecl* gd = d->as<syntax::GenDecl>();
        if (gd == nullptr || gd->tok != syntax::DeclKind::Import) continue;
        for (const syntax::Spec* sp : gd->specs) {
          const syntax::ImportSpec* is = sp->as<syntax::ImportSpec>();
          if (UserPackage* dep = import(*is)) {
            if (std::find(up->imports.begin(), up->imports.end(), dep) == up->imports.end()) {
              up->imports.push_back(dep);
            }
          }
        }
      }
    }
  }

  UserPackage* import(const syntax::ImportSpec& is) {
    const std::string& path = is.path;
    auto override_files = overrides_.find(path);
    const bool overridden = override_files != overrides_.end() && !override_files->second.empty();
    std::string dir = overridden ? fs::path(override_files->second[0]).parent_path().string()
                                 : module_package_dir(module_, path);
    if (overridden && dir.empty()) dir = ".";
    // A package of the standard library read from GOROOT's sources (driver/stdlib.h), also
    // when the main module is GOROOT's own `std`.
    bool goroot = module_.path == "std" && !dir.empty();  // with go2cpp test's GOROOT package too
    if (dir.empty()) {
      // A path whose first element has a dot belongs to some module: not the main one, which is
      // all go2cpp reads. Other paths are the standard library's: unsafe, a runtime package or
      // stand-in that the checker imports, a package translated from GOROOT, or one go2cpp
      // does not provide.
      std::string first = path.substr(0, path.find('/'));
      if (first.find('.') == std::string::npos) {
        if (path == "unsafe") return nullptr;  // the checker's own (types/universe.cpp)
        if (!stub_dir(path).empty()) return nullptr;  // a runtime package, imported by the checker
        dir = std_source_dir(path);
        if (dir.empty()) {
          session_.diags.error(is.path_pos, "package " + path + " is not in GOROOT (" +
                                                (fs::path(goroot_dir()) / "src" / path).string() +
                                                ")");
          return nullptr;
        }
        goroot = true;
      } else {
        session_.diags.error(is.path_pos, "no required module provides package " + path +
                                              (module_.path.empty() ? no_go_mod_hint
                                                                    : "; go2cpp builds the packages of "
                                                                      "the main module, " + module_.path +
                                                                      ", and the standard library"));
        return nullptr;
      }
    }
    // Positions name files relative to the working directory, as the go command's do; GOROOT's
    // files keep their absolute names.
    std::error_code cwd_ec;
    fs::path cwd = fs::current_path(cwd_ec);
    if (!cwd_ec && !goroot) dir = fs::path(dir).lexically_proximate(cwd).string();
    // GOROOT/src is the parent of std's top-level internal packages.
    bool std_internal = goroot && stack_.back()->goroot && path.starts_with("internal/");
    if (!overridden && !std_internal && !internal_allowed(stack_.back()->path, path)) {
      session_.diags.error(is.path_pos, "use of internal package " + path + " not allowed");
      return nullptr;
    }
    for (size_t i = 0; i < stack_.size(); ++i) {
      if (stack_[i]->path != path) continue;
      if (cycle_reported_) return nullptr;
      cycle_reported_ = true;
      std::string msg = "package " + stack_[0]->path;
      for (size_t j = 1; j < stack_.size(); ++j) msg += "\n\timports " + stack_[j]->path;
      session_.diags.error({}, msg + "\n\timports " + path + ": import cycle not allowed");
      return nullptr;
    }
    if (auto it = loaded_.find(path); it != loaded_.end()) return it->second.get();
    std::vector<std::string> names;
    std::string error;
    std::error_code ec;
    if (overridden) {
      names = override_files->second;
    } else if (!fs::is_directory(dir, ec)) {
      session_.diags.error(is.path_pos, "no required module provides package " + path);
      loaded_[path] = nullptr;
      return nullptr;
    } else if (!(goroot ? list_std_package(path, build_, &names, &error)
                        : list_package_dir(dir, &names, &error, build_))) {
      session_.diags.error(is.path_pos, error);
      loaded_[path] = nullptr;
      return nullptr;
    }
    auto up = std::make_unique<UserPackage>();
    up->path = path;
    up->dir = dir;
    up->goroot = goroot;
    up->user_pos = stack_.back()->goroot ? stack_.back()->user_pos : is.path_pos;
    up->user_import = stack_.back()->goroot ? stack_.back()->user_import : path;
    size_t errors_before = session_.diags.count();
    for (const std::string& name : names) {
      syntax::File* f = session_.parse(name);
      if (f == nullptr) continue;
      if (goroot) drop_bodyless_funcs(f);
      up->files.push_back(f);
    }
    if (session_.diags.count() != errors_before || up->files.empty()) {
      loaded_[path] = nullptr;
      return nullptr;
    }
    const syntax::File* first = up->files[0];
    for (const syntax::File* f : up->files) {
      if (f->package_name->name != first->package_name->name) {
        session_.diags.error(is.path_pos, "found packages " + first->package_name->name + " (" +
                                              fs::path(first->path).filename().string() + ") and " +
                                              f->package_name->name + " (" +
                                              fs::path(f->path).filename().string() + ") in " + dir);
        loaded_[path] = nullptr;
        return nullptr;
      }
    }
    if (first->package_name->name == "main" && !overridden) {
      session_.diags.error(is.path_pos,
                           "import \"" + path + "\" is a program, not an importable package");
      loaded_[path] = nullptr;
      return nullptr;
    }
    UserPackage* raw = up.get();
    loaded_[path] = std::move(up);
    stack_.push_back(raw);
    visit(raw);
    stack_.pop_back();
    order_.push_back(raw);
    return raw;
  }

  // Go's rule for internal packages: a/b/internal/c may be imported only from a/b and below it.
  static bool internal_allowed(const std::string& importer, const std::string& path) {
    size_t at = std::string::npos;
    if (path.starts_with("internal/") || path == "internal") {
      at = 0;
    } else if (size_t i = path.rfind("/internal/"); i != std::string::npos) {
      at = i;
    } else if (path.ends_with("/internal")) {
      at = path.size() - 9;
    }
    if (at == std::string::npos) return true;
    std::string parent = path.substr(0, at);
    return importer == parent || importer.starts_with(parent + "/");
  }

  static constexpr const char* no_go_mod_hint =
      ": go.mod file not found in current directory or any parent directory; see 'go help "
      "modules'";

  Session& session_;
  const Module& module_;
  const BuildContext& build_;
  const std::map<std::string, std::vector<std::string>>& overrides_;  // TranslateOptions::package_files
  std::map<std::string, std::unique_ptr<UserPackage>> loaded_;
  std::vector<UserPackage*> stack_;  // the chain of imports being loaded, for cycles
  std::vector<UserPackage*> order_;  // dependencies first
  bool cycle_reported_ = false;
};

// Go's initialization order of packages (the Go 1.21 rule, which go2cpp follows): repeatedly the
// first package, by import path, whose imports are all initialized. Go 1.19 went depth-first in
// import order instead; the two differ only between packages that do not import each other.
std::vector<UserPackage*> init_order(const std::vector<UserPackage*>& packages) {
  std::vector<UserPackage*> sorted = packages;
  std::sort(sorted.begin(), sorted.end(),
            [](const UserPackage* a, const UserPackage* b) { return a->path < b->path; });
  std::vector<UserPackage*> order;
  std::set<const UserPackage*> done;
  while (order.size() < sorted.size()) {
    for (UserPackage* up : sorted) {
      if (done.count(up)) continue;
      bool ready = std::all_of(up->imports.begin(), up->imports.end(),
                               [&](const UserPackage* d) { return done.count(d) != 0; });
      if (!ready) continue;
      order.push_back(up);
      done.insert(up);
      break;
    }
  }
  return order;
}

// Each translated package's C++ namespace: its name by namespace_name's rule, or, when another
// package of the program already has that name, one made from its import path.
std::map<const types::Package*, std::string> assign_namespaces(
    const std::vector<UserPackage*>& packages, const Module& module) {
  std::map<const types::Package*, std::string> result;
  std::set<std::string> taken;
  for (const UserPackage* up : packages) {
    std::string ns = emit::namespace_name(up->pkg->name);
    if (taken.count(ns)) {
      std::string rel = up->path;
      if (!module.path.empty() && rel.starts_with(module.path + "/")) {
        rel = rel.substr(module.path.size() + 1);
      }
      std::string base;
      for (char c : rel) base += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
      if (base.empty() || std::isdigit(static_cast<unsigned char>(base[0]))) base = "p_" + base;
      ns = emit::namespace_name(base);
      for (int k = 2; taken.count(ns); ++k) ns = emit::namespace_name(base + "_" + std::to_string(k));
    }
    taken.insert(ns);
    result[up->pkg] = ns;
  }
  return result;
}

// Everything after reading: the root package's parsed files, the module packages they import,
// through to C++.
TranslateResult translate_parsed(Session& session,
                                 const std::vector<const syntax::File*>& package_files,
                                 const TranslateOptions& options, const Module& module) {
  syntax::FileSet& files = session.fileset;
  syntax::Diagnostics& diags = session.diags;
  TranslateResult result;
  session.goos = options.build.goos;
  session.goarch = options.build.goarch;
  if (diags.has_errors() || package_files.empty()) return result;

  if (options.dump == Dump::Ast) {
    for (const syntax::File* f : package_files) result.dump += syntax::dump(*f, files);
    result.ok = true;
    return result;
  }

  // One package: every file declares the same package name (go build's message otherwise).
  const syntax::File* first = package_files[0];
  for (const syntax::File* f : package_files) {
    if (f->package_name->name != first->package_name->name) {
      fs::path dir = fs::path(f->path).parent_path();
      diags.error({}, "found packages " + first->package_name->name + " (" +
                          fs::path(first->path).filename().string() + ") and " +
                          f->package_name->name + " (" + fs::path(f->path).filename().string() +
                          ") in " + (dir.empty() ? std::string(".") : dir.string()));
      return result;
    }
  }

  UserPackage root;
  root.files = package_files;
  root.dir = fs::path(first->path).parent_path().string();
  const bool is_main = first->package_name->name == "main";
  if (!options.root_path.empty()) {
    root.path = options.root_path;
  } else if (!module.path.empty()) {
    root.path = module_import_path(module, root.dir);
  } else {
    root.path = is_main ? "command-line-arguments" : first->package_name->name;
  }
  Loader loader(session, module, options);
  if (!loader.load(&root)) return result;

  // Type-check in dependency order; the first package with errors stops the build, as go build
  // stops before compiling what imports a broken package.
  std::map<std::string, types::Package*> checked;
  // One instantiation context for the program: gen.Box[int] is one type wherever it is written.
  auto context = std::make_shared<types::Context>(session.arena);
  for (UserPackage* up : loader.order()) {
    up->pkg = session.arena.make<types::Package>();
    up->pkg->name = up->files[0]->package_name->name;
    // Package main's types print as main.T, and reflect's PkgPath of them is "main".
    up->pkg->path = up == &root && is_main ? "main" : up->path;
    up->info = std::make_unique<types::Info>();
    up->info->context = context;
    types::CheckConfig config;
    config.files = &files;
    // GOROOT's packages compile under gc; an import left unused is one that only the dropped
    // body-less functions used (driver/stdlib.h).
    config.report_unused = !up->goroot;
    types::Importer importer = [&session, &checked](const std::string& p) -> types::Package* {
      if (auto it = checked.find(p); it != checked.end()) return it->second;
      return session.import(p);
    };
    // A GOROOT package that go2cpp cannot take yet is one error at the program's import that
    // brings it in, with the first thing that failed, rather than a list of errors in Go's
    // sources.
    syntax::Diagnostics std_diags;
    types::check_package(up->pkg, up->files, session.arena, session.universe, importer, config,
                         *up->info, up->goroot ? std_diags : diags);
    if (!std_diags.list().empty()) {
      const syntax::Diagnostic& first = std_diags.list().front();
      std::string where = up->path == up->user_import ? "" : "in " + up->path + ", ";
      diags.error(up->user_pos, "go2cpp does not support package " + up->user_import + " yet (" +
                                    where + files.format(first.pos) + ": " + first.message + ")");
    }
    if (diags.has_errors()) return result;
    checked[up->path] = up->pkg;
  }

  if (options.dump == Dump::Types) {
    result.dump = dump_types(*root.info, files, root.pkg);
    result.ok = true;
    return result;
  }

  emit::EmitOptions emit_options;
  emit_options.line_directives = options.line_directives;
  emit_options.namespaces = assign_namespaces(loader.order(), module);
  std::map<const types::Package*, std::vector<emit::EmitOptions::FuncRequest>> requests;
  emit_options.requests = &requests;

  for (UserPackage* up : loader.order()) {
    emit_options.order.push_back(up->pkg);
    emit_options.infos[up->pkg] = up->info.get();
    std::set<const types::Package*>& deps = emit_options.deps[up->pkg];
    for (const UserPackage* d : up->imports) {
      deps.insert(d->pkg);
      deps.insert(emit_options.deps[d->pkg].begin(), emit_options.deps[d->pkg].end());
    }
  }
  std::vector<UserPackage*> program_init = init_order(loader.order());
  // Importers first: a package asks the packages it imports to emit the generic instances they
  // are the home of (docs/packages.md), so each is emitted after everything that uses it.
  std::vector<OutputFile> outputs;
  for (auto it = loader.order().rbegin(); it != loader.order().rend(); ++it) {
    UserPackage* up = *it;
    emit_options.init_first.clear();
    if (up == &root && is_main) {
      for (UserPackage* p : program_init) {
        if (p != &root) emit_options.init_first.push_back(p->pkg);
      }
    } else {
      for (UserPackage* p : program_init) {
        if (std::find(up->imports.begin(), up->imports.end(), p) != up->imports.end()) {
          emit_options.init_first.push_back(p->pkg);
        }
      }
    }
    // Inlining and escape decisions (docs/escape.md): the emitter's conservative run always,
    // gc's run for -m. Calls into other packages count as unknown calls.
    inliner::Result inlining = inliner::analyze(up->files, *up->info);
    escape::Options escape_options;
    escape_options.gc_compatible = false;
    escape::Result escapes = escape::analyze(up->files, *up->info, inlining, files, escape_options);
    if (options.decisions > 0) {
      escape::Result gc = escape::analyze(up->files, *up->info, inlining, files, escape::Options{});
      result.decisions += escape::report(up->files, *up->info, inlining, gc, files);
    }
    emit_options.escapes = options.escape ? &escapes : nullptr;
    emit::EmittedPackage cpp = emit::emit_package(*up->pkg, up->files, *up->info,
                                                  session.universe, files, emit_options, diags);
    if (diags.has_errors()) return result;
    const std::string& ns = emit_options.namespaces.at(up->pkg);
    if (up == &root && is_main) {
      outputs.push_back({"main.cpp", std::move(cpp.source), false, {}});
    } else {
      std::vector<std::string> headers = {ns + ".h"};
      for (const types::Package* d : emit_options.deps[up->pkg]) {
        headers.push_back(emit_options.namespaces.at(d) + ".h");
      }
      // deps is ordered by address: sorted, so that the list (part of a std object's key,
      // objcache.h) is the same from run to run.
      std::sort(headers.begin() + 1, headers.end());
      outputs.push_back({ns + ".cpp", std::move(cpp.source), up->goroot, std::move(headers)});
      outputs.push_back({ns + ".h", std::move(cpp.header), up->goroot, {}});
    }
  }
  result.files.assign(std::make_move_iterator(outputs.rbegin()), std::make_move_iterator(outputs.rend()));
  if (!module.root.empty()) result.inputs.push_back((fs::path(module.root) / "go.mod").string());
  for (const UserPackage* up : loader.order()) {
    for (const syntax::File* f : up->files) result.inputs.push_back(f->path);
  }
  result.package_name = root.pkg->name;
  result.is_main = is_main;
  result.ok = true;
  return result;
}

}  // namespace

TranslateResult translate(const std::vector<std::string>& go_files, const TranslateOptions& options,
                          syntax::FileSet& files, syntax::Diagnostics& diags) {
  Session session(files, diags);
  std::vector<const syntax::File*> package_files;
  for (const std::string& path : go_files) {
    if (syntax::File* f = session.parse(path)) package_files.push_back(f);
  }
  Module module;
  std::string error;
  const std::string module_dir =
      !options.module_dir.empty() ? options.module_dir
                                  : (go_files.empty() ? std::string() : fs::path(go_files[0]).parent_path().string());
  if (!go_files.empty() && !find_module(module_dir, &module, &error)) {
    diags.error({}, error);
    return {};
  }
  return translate_parsed(session, package_files, options, module);
}

TranslateResult translate_sources(const std::vector<SourceFile>& sources,
                                  const TranslateOptions& options, syntax::FileSet& files,
                                  syntax::Diagnostics& diags) {
  Session session(files, diags);
  std::vector<const syntax::File*> package_files;
  for (const SourceFile& source : sources) {
    package_files.push_back(session.parse_text(source.path, source.text));
  }
  return translate_parsed(session, package_files, options, Module{});
}

}  // namespace go2cpp::driver
