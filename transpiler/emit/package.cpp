// The layout of a generated file, in fixed sections (as cppfront does): includes; type
// declarations; type definitions and function declarations; package variables; function
// definitions; package initialization; and for package main, the C++ main that hands over to the
// runtime. Declarations keep source order within each section.
#include <algorithm>
#include <cctype>
#include <functional>
#include <map>

#include "emit/emit_internal.h"
#include "syntax/walk.h"

namespace go2cpp::emit {

using namespace go2cpp::types;

EmittedPackage emit_package(const types::Package& pkg,
                            const std::vector<const syntax::File*>& files,
                            const types::Info& info, const types::Universe& universe,
                            const syntax::FileSet& fileset, const EmitOptions& options,
                            syntax::Diagnostics& diags) {
  Emitter e(pkg, files, info, universe, fileset, options, diags);
  return e.run();
}

Emitter::Emitter(const types::Package& pkg, const std::vector<const File*>& files,
                 const types::Info& info, const types::Universe& universe,
                 const FileSet& fileset, const EmitOptions& options, Diagnostics& diags)
    : pkg_(pkg),
      files_(files),
      info_(&info),
      universe_(universe),
      fileset_(fileset),
      options_(options),
      diags_(diags) {
  auto it = options.namespaces.find(&pkg);
  own_ns_ = it != options.namespaces.end() ? it->second : namespace_name(pkg.name);
  own_info_ = &info;
}

std::string Emitter::doc_comment(Pos pos) {
  const File* file = nullptr;
  for (const File* f : files_) {
    if (f->file_id == pos.file) file = f;
  }
  if (file == nullptr || !pos.valid()) return "";
  // The comments are in source order: find the one ending on the line above, then go up while
  // each ends on the line above the next. A comment starting right of the declaration's column
  // trails code on its line and is not documentation.
  const std::vector<Comment>& cs = file->comments;
  auto it = std::find_if(cs.begin(), cs.end(), [&](const Comment& c) { return c.end.line == pos.line - 1; });
  if (it == cs.end() || it->pos.col > pos.col) return "";
  auto first = it;
  while (first != cs.begin() && std::prev(first)->end.line == first->pos.line - 1 &&
         std::prev(first)->pos.col <= pos.col) {
    --first;
  }
  std::string doc;
  for (auto c = first; c != std::next(it); ++c) {
    if (c->text.starts_with("//go:") || c->text.starts_with("// +build")) continue;
    std::string text = c->text;
    // A // comment ending in a backslash would splice the next line into it in C++.
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.pop_back();
    if (text.starts_with("//") && text.ends_with('\\')) text += '.';
    doc += text + "\n";
  }
  return doc;
}

void Emitter::unsupported(const Node* n, const std::string& what) {
  failed_ = true;
  diags_.error(n ? n->pos : Pos{}, "go2cpp does not support " + what + " yet");
}

std::string Emitter::func_signature(const std::string& name, const Signature* sig,
                                    const FuncType* ft, bool for_definition) {
  std::string s = result_type(sig) + " " + name + "(";
  size_t i = 0;
  if (sig->recv != nullptr) {
    // Methods are functions taking their receiver first (so nil pointer receivers work).
    s += ctype(sig->recv->type);
    const Object* obj = recv_var_ ? recv_var_ : sig->recv;
    if (!for_definition && !obj->name.empty() && obj->name != "_") {
      s += " " + cpp_name(obj->name);
    } else if (for_definition && !obj->name.empty() && obj->name != "_") {
      std::string pname = cpp_name(obj->name);
      if (boxed(obj)) {
        s += " " + pname + "_arg";
      } else if (!used_.count(obj)) {
        s += " /*" + pname + "*/";
      } else {
        s += " " + pname;
      }
    }
    if (!ft->params.list.empty()) s += ", ";
  }
  for (const Field* f : ft->params.list) {
    auto param = [&](const Ident* id) {
      const Type* t = sig->params->vars[i]->type;
      s += (i ? ", " : "") + ctype(t);
      ++i;
      if (id == nullptr || id->name == "_") return;
      auto it = info_->defs.find(id);
      const Object* obj = it != info_->defs.end() ? it->second : nullptr;
      std::string pname = cpp_name(id->name);
      if (!for_definition) {
        s += " " + pname;  // declarations name every parameter, for the reader
        return;
      }
      if (obj != nullptr && boxed(obj)) {
        s += " " + pname + "_arg";
      } else if (obj != nullptr && !used_.count(obj)) {
        s += " /*" + pname + "*/";  // unused in the body: unnamed in C++, as -Wextra prefers
      } else {
        s += " " + pname;
      }
    };
    if (f->names.empty()) {
      param(nullptr);
    } else {
      for (const Ident* id : f->names) param(id);
    }
  }
  return s + ")";
}

// A function literal: a go::func holding a lambda that captures by copy. Every local it uses from
// an enclosing function is a heap cell (captures.cpp), so copying the cell pointer shares the
// variable, as Go does.
CExpr Emitter::func_lit(const FuncLit* e) {
  const Signature* sig = subst_sig(info_->func_sigs.at(e));
  walk(e->body, [&](const Node* n) {
    if (const Ident* id = n->as<Ident>()) {
      if (auto it = info_->uses.find(id); it != info_->uses.end()) used_.insert(it->second);
    }
    return true;
  });
  std::string params;
  size_t i = 0;
  for (const Field* f : e->type->params.list) {
    auto one = [&](const Ident* id) {
      params += (i ? ", " : "") + ctype(sig->params->vars[i]->type);
      ++i;
      if (id == nullptr || id->name == "_") return;
      auto it = info_->defs.find(id);
      const Object* obj = it != info_->defs.end() ? it->second : nullptr;
      if (obj && boxed(obj)) {
        params += " " + cpp_name(id->name) + "_arg";
      } else if (obj && !used_.count(obj)) {
        params += " /*" + cpp_name(id->name) + "*/";
      } else {
        params += " " + cpp_name(id->name);
      }
    };
    if (f->names.empty()) {
      one(nullptr);
    } else {
      for (const Ident* id : f->names) one(id);
    }
  }
  std::string body;
  std::string* saved = out_;
  out_ = &body;
  ++indent_;
  std::vector<Breakable> saved_breakables;
  saved_breakables.swap(breakables_);
  body_deferrable_ = deferrable_lits_.count(e) != 0;
  func_body(sig, &e->type->results, &e->type->params, e->body);
  breakables_.swap(saved_breakables);
  --indent_;
  out_ = saved;
  std::string text = ctype(sig) + "([=](" + params + ") -> " + result_type(sig) + " {\n" + body +
                     std::string(static_cast<size_t>(indent_) * 2, ' ') + "})";
  return {text, 0};
}

void Emitter::emit_vars() {
  std::string* saved = out_;
  out_ = &vars_;
  for (const File* f : files_) {
    for (const Decl* d : f->decls) {
      const GenDecl* gd = d->as<GenDecl>();
      if (gd != nullptr && gd->tok == DeclKind::Const && !is_program()) emit_const_decls(gd);
      if (gd == nullptr || gd->tok != DeclKind::Var) continue;
      for (const Spec* sp : gd->specs) {
        for (const Ident* id : sp->as<ValueSpec>()->names) {
          if (id->name == "_") continue;
          const Var* v = info_->defs.at(id)->as<Var>();
          line(ctype(v->type) + " " + cpp_name(v->name) + "{};");
          var_decls_ += "extern " + ctype(v->type) + " " + cpp_name(v->name) + ";\n";
        }
      }
    }
  }
  out_ = saved;
}

// A package's exported constants, for C++ code using its header: Go code never refers to them by
// name (each use is the constant's value), so only the header has them. Untyped constants take
// their default type; a constant whose value the C++ type cannot hold exactly is left out.
void Emitter::emit_const_decls(const GenDecl* gd) {
  for (const Spec* sp : gd->specs) {
    for (const Ident* id : sp->as<ValueSpec>()->names) {
      auto it = info_->defs.find(id);
      const types::Const* c = it != info_->defs.end() && it->second ? it->second->as<types::Const>() : nullptr;
      if (c == nullptr || c->type == nullptr || !c->exported()) continue;
      Type* t = default_type(c->type, universe_);
      const types::Basic* b = under(t)->as<types::Basic>();
      if (b == nullptr || !constant::representable(c->val, b->name, nullptr)) continue;
      std::string value = constant(c->val, t, id).text;
      bool is_string = types::is_string(t);
      const_decls_ += std::string(is_string ? "inline const " : "inline constexpr ") + ctype(t) + " " +
                      cpp_name(id->name) + " = " + value + ";\n";
    }
  }
}

void Emitter::emit_funcs() {
  int init_count = 0;
  for (const File* f : files_) {
    for (const Decl* d : f->decls) {
      const FuncDecl* fd = d->as<FuncDecl>();
      if (fd == nullptr || fd->body == nullptr) continue;
      const Func* fn = info_->defs.at(fd->name)->as<Func>();
      const Signature* sig = fn->sig();
      // Generic functions and methods of generic types are emitted per instance.
      if (!sig->tparams.empty() || (sig->recv && has_type_params(sig->recv->type))) continue;
      std::string name = cpp_name(fd->name->name);
      if (fd->recv != nullptr) name = method_name(fn);
      // Package init functions (a method may be called init too: container/ring's is).
      bool is_init = fd->name->name == "init" && fd->recv == nullptr;
      if (is_init) name = "init_" + std::to_string(++init_count);
      emit_func_def(fd, fn, sig, name, "");
      if (is_init) init_funcs_.push_back(name);
    }
  }
}

void Emitter::emit_func_def(const FuncDecl* fd, const Func* fn, const Signature* sig,
                            const std::string& name, const std::string& comment) {
  // Which objects the body uses (unused parameters go unnamed in C++), and goto targets.
  used_.clear();
  used_goto_labels_.clear();
  walk(fd->body, [&](const Node* n) {
    if (const Ident* id = n->as<Ident>()) {
      if (auto it = info_->uses.find(id); it != info_->uses.end()) used_.insert(it->second);
    }
    if (const BranchStmt* b = n->as<BranchStmt>(); b && b->tok == BranchKind::Goto) {
      used_goto_labels_.push_back(cpp_name(b->label->name));
    }
    return true;
  });
  // A stenciled method's signature has a substituted copy of the receiver; the body uses the
  // declared one.
  recv_var_ = fn->sig()->recv;
  std::string decl = func_signature(name, sig, fd->type, false);
  // The Go doc comment goes where a C++ reader looks: on the declaration in a package's header,
  // on the definition in package main.
  std::string doc = comment.empty() ? doc_comment(fd->pos) : "";
  bool doc_on_decl = !is_program();
  decls_ += (doc_on_decl ? doc : "") + decl + ";" + (comment.empty() ? "" : "  " + comment) + "\n";
  std::string* saved = out_;
  out_ = &defs_;
  last_line_ = -1;
  if (!comment.empty()) line(comment);
  if (!doc_on_decl) out() += doc;
  line_directive(fd->pos);
  line(func_signature(name, sig, fd->type, true) + " {");
  ++indent_;
  body_deferrable_ = deferrable_funcs_.count(fn) != 0;
  func_body(sig, &fd->type->results, &fd->type->params, fd->body);
  recv_var_ = nullptr;
  --indent_;
  line("}");
  blank();
  out_ = saved;
}

void Emitter::emit_init() {
  std::string* saved = out_;
  out_ = &defs_;
  line("// Package initialization: variables in dependency order, then init functions.");
  line("void package_init_() {");
  ++indent_;
  if (!is_program()) {
    line("static bool done = false;");
    line("if (done) return;");
    line("done = true;");
  }
  for (const types::Package* p : options_.init_first) line(pkg_ns(p) + "::package_init_();");
  for (const Initializer& in : info_->init_order) {
    if (in.lhs.size() == 1) {
      const Var* v = in.lhs[0];
      if (v->name == "_") {
        line("static_cast<void>(" + expr(in.rhs).text + ");");
      } else {
        line(cpp_name(v->name) + " = " + expr_to(in.rhs, v->type).text + ";");
      }
      continue;
    }
    std::string tie = "std::tie(";
    for (size_t i = 0; i < in.lhs.size(); ++i) {
      tie += (i ? ", " : "") + (in.lhs[i]->name == "_" ? std::string("std::ignore")
                                                       : cpp_name(in.lhs[i]->name));
    }
    line(tie + ") = " + expr(in.rhs).text + ";");
  }
  for (const std::string& f : init_funcs_) line(f + "();");
  --indent_;
  line("}");
  out_ = saved;
}

EmittedPackage Emitter::run() {
  // Heap cells for captured and address-taken locals, decided for the whole package first.
  std::map<std::string, const types::Package*> translated;  // import path -> package
  for (const auto& [p, ns] : options_.namespaces) translated[p->path] = p;
  for (const File* f : files_) {
    for (const Decl* d : f->decls) {
      if (const FuncDecl* fd = d->as<FuncDecl>(); fd && fd->body) find_captures(fd->body);
    }
    for (const Decl* d : f->decls) {
      if (const GenDecl* gd = d->as<GenDecl>(); gd && gd->tok == DeclKind::Import) {
        for (const Spec* sp : gd->specs) {
          const ImportSpec* is = sp->as<ImportSpec>();
          if (auto it = translated.find(is->path); it != translated.end()) {
            includes_.insert(pkg_ns(it->second) + ".h");
          } else {
            includes_.insert("go/" + is->path + ".h");
          }
        }
      }
    }
  }
  find_recover_funcs();
  discover_instances();
  emit_types();
  emit_vars();
  emit_funcs();
  emit_instances();
  emit_init();
  if (anon_ifaces_.size() > emitted_ifaces_) unsupported(nullptr, "this interface type");

  std::string generated = "// Code generated by go2cpp from";
  for (const File* f : files_) {
    std::string p = f->path;
    if (auto slash = p.rfind('/'); slash != std::string::npos) p = p.substr(slash + 1);
    generated += " " + p;
  }
  generated += ". DO NOT EDIT.\n";
  std::string all = types_ + decls_ + vars_ + defs_;
  std::string std_includes;
  if (!descriptors_.empty()) std_includes += "#include <cstddef>\n";
  if (all.find("std::tie") != std::string::npos || all.find("std::tuple") != std::string::npos ||
      all.find("std::apply") != std::string::npos) {
    std_includes += "#include <tuple>\n";
  }
  std::string includes = "#include \"go/runtime.h\"\n";
  for (const std::string& inc : includes_) includes += "#include \"" + inc + "\"\n";
  const std::string& ns = own_ns_;
  const bool is_main = is_program();
  std::string head = "\nnamespace " + ns + " {\n\n";
  if (!types_.empty()) head += "// ---- types\n\n" + types_;
  if (!decls_.empty()) head += "// ---- functions\n\n" + decls_ + "\n";
  if (!is_main) {
    if (!const_decls_.empty()) head += "// ---- constants\n\n" + const_decls_ + "\n";
    if (!var_decls_.empty()) head += "// ---- package variables\n\n" + var_decls_ + "\n";
    head += "// Runs the package's initialization once: the packages it imports first, then its\n"
            "// variables in dependency order and its init functions.\nvoid package_init_();\n\n";
  }
  // Descriptors specialize a template of namespace go; they follow the declarations of the
  // methods they call and precede every function that could use them. All are declared before
  // any is defined, since they refer to each other.
  std::string descriptors;
  if (!descriptor_decls_.empty()) {
    descriptors = "// ---- runtime type descriptors\n\n" + descriptor_decls_ + "\n" +
                  alias_descriptors_ + descriptors_;
  }
  std::string body;
  if (!vars_.empty()) body += "// ---- package variables\n\n" + vars_ + "\n";
  body += "// ---- definitions\n\n" + defs_ + "\n}  // namespace " + ns + "\n";
  std::string preamble = generated + "\n" + std_includes + (std_includes.empty() ? "" : "\n");

  EmittedPackage result;
  if (is_main) {
    result.source = preamble + includes + head;
    if (!descriptors.empty()) {
      result.source += "}  // namespace " + ns + "\n\n" + descriptors + "namespace " + ns + " {\n\n";
    }
    result.source += body + "\nint main(int argc, char** argv) {\n  return go::run_main(argc, argv, " +
                     ns + "::package_init_, " + ns + "::main);\n}\n";
    return result;
  }
  std::string guard = "GO2CPP_" + ns + "_H_";
  for (char& c : guard) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  result.header = generated + "// Package " + pkg_.name + " (\"" + pkg_.path +
                  "\"): everything it declares, in namespace " + ns + ".\n\n#ifndef " + guard +
                  "\n#define " + guard + "\n" + preamble.substr(generated.size()) + includes +
                  head + "}  // namespace " + ns + "\n\n" + descriptors + "#endif  // " + guard +
                  "\n";
  result.source = generated + "\n#include \"" + ns + ".h\"\n\nnamespace " + ns + " {\n\n" + body +
                  "\n// go::start() (go/interop.h) initializes the package in a C++ program.\n"
                  "static const go::package_registration registered_package{&" + ns +
                  "::package_init_};\n";
  return result;
}

}  // namespace go2cpp::emit
