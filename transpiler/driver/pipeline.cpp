// The translation pipeline for one package: read and parse every file (syntax errors stop here),
// check that they form one package, type-check it — importing runtime packages from their Go
// declaration stubs in support-lib/go/<path>/ — and emit C++. Each phase only runs when the one
// before reported no error, so one mistake never cascades into the next phase's complaints.
#include "driver/pipeline.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>

#include "emit/emitter.h"
#include "go2cpp_config.h"
#include "syntax/parse.h"
#include "types/check.h"
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

std::string stdlib_dir() {
  if (const char* root = std::getenv("GO2CPP_ROOT")) {
    fs::path p = fs::path(root) / "share" / "go2cpp" / "go";
    if (fs::exists(p)) return p.string();
  }
  return GO2CPP_STDLIB_DIR;
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
    fs::path dir = fs::path(stdlib_dir()) / path;
    std::error_code ec;
    if (path.empty() || path.find("..") != std::string::npos || !fs::is_directory(dir, ec)) {
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

// Everything after reading: the package's parsed files through to C++.
TranslateResult translate_parsed(Session& session,
                                 const std::vector<const syntax::File*>& package_files,
                                 const TranslateOptions& options) {
  syntax::FileSet& files = session.fileset;
  syntax::Diagnostics& diags = session.diags;
  TranslateResult result;
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

  auto* pkg = session.arena.make<types::Package>();
  pkg->name = first->package_name->name;
  pkg->path = pkg->name;
  types::Info info;
  types::CheckConfig config;
  config.files = &files;
  types::Importer importer = [&session](const std::string& p) { return session.import(p); };
  types::check_package(pkg, package_files, session.arena, session.universe, importer, config, info,
                       diags);
  if (diags.has_errors()) return result;

  if (options.dump == Dump::Types) {
    result.dump = dump_types(info, files, pkg);
    result.ok = true;
    return result;
  }

  emit::EmitOptions emit_options;
  emit_options.line_directives = options.line_directives;
  std::string cpp = emit::emit_package(*pkg, package_files, info, session.universe, files,
                                       emit_options, diags);
  if (diags.has_errors()) return result;
  result.files.push_back({pkg->name == "main" ? "main.cpp" : pkg->name + ".cpp", std::move(cpp)});
  result.package_name = pkg->name;
  result.is_main = pkg->name == "main";
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
  return translate_parsed(session, package_files, options);
}

TranslateResult translate_sources(const std::vector<SourceFile>& sources,
                                  const TranslateOptions& options, syntax::FileSet& files,
                                  syntax::Diagnostics& diags) {
  Session session(files, diags);
  std::vector<const syntax::File*> package_files;
  for (const SourceFile& source : sources) {
    package_files.push_back(session.parse_text(source.path, source.text));
  }
  return translate_parsed(session, package_files, options);
}

}  // namespace go2cpp::driver
