// Interfaces with methods and the method tables behind them (support-lib/include/go/iface.h).
//
// Every interface type with methods becomes a table layout `I_methods` (one function pointer per
// method, in Go's sorted order) and a value type `I` deriving from go::iface<I_methods> with one
// const member function per method. Every type with methods gets, in its runtime descriptor, its
// method set as thunks `R (*)(void* self, A...)` that unbox the receiver, follow embedded fields
// and call the method; the runtime fills an interface's table from them, by name and signature
// (each side records its methods' signatures as %T prints a func type, `sigs` and
// method_entry::sig: a `foo() float64` must not fill an interface's `foo() int`).
#include "emit/emit_internal.h"
#include "types/methodset.h"

namespace go2cpp::emit {

using namespace go2cpp::types;

std::string Emitter::runtime_ns(const types::Package* p) {
  std::string ns = "go::";
  for (char c : p->path) {
    if (c == '/') {
      ns += "::";
    } else {
      ns += c;
    }
  }
  return ns;
}

std::string Emitter::pkg_ns(const types::Package* p) {
  if (p == &pkg_) return own_ns_;
  if (p->is_runtime) return runtime_ns(p);
  auto it = options_.namespaces.find(p);
  return it != options_.namespaces.end() ? it->second : namespace_name(p->name);
}

std::string Emitter::interface_name(const Interface* it) {
  for (const auto& [other, name] : anon_ifaces_) {
    if (identical(other, it)) return name;
  }
  std::string name = "interface_" + std::to_string(anon_ifaces_.size() + 1);
  anon_ifaces_.emplace_back(it, name);
  return name;
}

// The C++ struct name of an interface type, unqualified ("Shape", "error", "interface_1").
static std::string iface_struct_name(Emitter& em, const Type* t) {
  if (const Named* n = t->as<Named>()) {
    if (n->obj->pkg == nullptr) return n->obj->name;
    std::string full = em.ctype(t);
    auto colon = full.rfind("::");
    return colon == std::string::npos ? full : full.substr(colon + 2);
  }
  return em.interface_name(under(t)->as<Interface>());
}

std::string Emitter::iface_member(const Type* iface_type, const std::string& method) {
  std::string name = cpp_name(method);
  if (name == iface_struct_name(*this, iface_type)) name += "_";
  return name;
}

// Slot names avoid the table's own members (`names`, the base's `type`).
static std::string slot_name(const std::string& method) {
  std::string name = cpp_name(method);
  if (name == "names" || name == "sigs" || name == "type") name += "_";
  return name;
}

void Emitter::emit_interface(const std::string& name, const Interface* it, const Named* named) {
  std::string table = name + "_methods";
  line("// " + (named ? "type " + named->obj->name + " " : std::string()) +
       reflect_name(it, pkg_.name));
  line("struct " + table + " : go::itab {");
  ++indent_;
  std::string names;
  for (const Func* m : it->all_methods) names += (names.empty() ? "\"" : ", \"") + m->name + "\"";
  line("static constexpr std::string_view names[] = {" + names + "};");
  std::string sigs;
  for (const Func* m : it->all_methods) {
    sigs += (sigs.empty() ? "\"" : ", \"") + method_sig_text(m) + "\"";
  }
  line("static constexpr std::string_view sigs[] = {" + sigs + "};");
  for (const Func* m : it->all_methods) {
    const Signature* sig = m->sig();
    std::string params = "void* self";
    for (size_t i = 0; i < sig->params->size(); ++i) {
      params += ", " + ctype(sig->params->vars[i]->type);
    }
    line(result_type(sig) + " (*" + slot_name(m->name) + ")(" + params + ");");
  }
  --indent_;
  line("};");
  line("struct " + name + " : go::iface<" + table + "> {");
  ++indent_;
  line("using go::iface<" + table + ">::iface;");
  const Type* self_type = named ? static_cast<const Type*>(named) : it;
  std::string* saved = out_;
  for (const Func* m : it->all_methods) {
    const Signature* sig = m->sig();
    std::string params, args;
    for (size_t i = 0; i < sig->params->size(); ++i) {
      std::string p = "a" + std::to_string(i);
      params += (i ? ", " : "") + ctype(sig->params->vars[i]->type) + " " + p;
      args += ", " + p;
    }
    std::string member = iface_member(self_type, m->name);
    line(result_type(sig) + " " + member + "(" + params + ") const;");
    out_ = &iface_defs_;
    int saved_indent = indent_;
    indent_ = 0;
    line("inline " + result_type(sig) + " " + name + "::" + member + "(" + params +
         ") const { return go::call(*this, &" + table + "::" + slot_name(m->name) + args +
         "); }");
    indent_ = saved_indent;
    out_ = saved;
  }
  --indent_;
  line("};");
  if (named != nullptr) emit_cpp_implementation(name, it, named);

  // Its descriptor: the name %T prints for values of composite types holding it.
  std::string cname = own_ns() + "::" + name;
  std::string go_name = named ? reflect_name(named, pkg_.name) : reflect_name(it, pkg_.name);
  descriptor_decls_ += "template <>\nstruct go::detail::type_of_impl<" + cname +
                       "> {\n  static const go::type_desc* get();\n};\n";
  descriptors_ += "inline const go::type_desc* go::detail::type_of_impl<" + cname + ">::get() {\n";
  descriptors_ += "  static const go::type_desc desc = go::interface_desc<" + cname + ">(\"" +
                  go_name + "\", \"" + (named ? named->obj->pkg->path : std::string()) + "\", " +
                  (named ? "true" : "false") + ");\n  return &desc;\n}\n\n";
}

// An exported interface of a package other than main, every method exported, can be implemented
// in C++ (go::implement in support-lib/include/go/iface.h): an abstract class `I_cpp` with one
// pure virtual function per method, and cpp_interface<I>, whose descriptor's method thunks call
// them through go::cpp_call (a C++ exception becomes a Go panic there).
void Emitter::emit_cpp_implementation(const std::string& name, const Interface* it,
                                      const Named* named) {
  if (is_program() || !named->obj->exported() || named->orig != nullptr ||
      !named->tparams.empty() || it->has_type_set || it->all_methods.empty()) {
    return;
  }
  for (const Func* m : it->all_methods) {
    if (!m->exported() || method_sig_text(m).empty()) return;
  }
  const std::string impl = name + "_cpp";
  blank();
  line("// " + named->obj->name + " implemented in C++: derive from " + impl +
       ", override its methods, and");
  line("// pass go::implement<" + name + ">(&object) (docs/interop.md).");
  line("struct " + impl + " {");
  ++indent_;
  line("virtual ~" + impl + "() = default;");
  for (const Func* m : it->all_methods) {
    const Signature* sig = m->sig();
    std::string params;
    for (size_t i = 0; i < sig->params->size(); ++i) {
      const Var* p = sig->params->vars[i];
      params += (i ? ", " : "") + ctype(p->type);
      if (!p->name.empty() && p->name != "_") params += " " + cpp_name(p->name);
    }
    std::string member = cpp_name(m->name);
    if (member == impl) member += "_";
    line("virtual " + result_type(sig) + " " + member + "(" + params + ") = 0;");
  }
  --indent_;
  line("};");

  const std::string ns = own_ns();
  const bool saved_qualify = qualify_;
  qualify_ = true;
  const std::string iface = ns + "::" + name;
  descriptor_decls_ += "template <>\nstruct go::cpp_interface<" + iface + "> {\n  using base = " +
                       ns + "::" + impl + ";\n  static const go::type_desc* desc();\n};\n";
  std::string def = "inline const go::type_desc* go::cpp_interface<" + iface + ">::desc() {\n";
  def += "  static const go::method_entry methods[] = {\n";
  for (const Func* m : it->all_methods) {
    const Signature* sig = m->sig();
    std::string params = "void* self", args;
    for (size_t i = 0; i < sig->params->size(); ++i) {
      const std::string a = "a" + std::to_string(i);
      params += ", " + ctype(sig->params->vars[i]->type) + " " + a;
      args += (i ? ", " : "") + a;
    }
    std::string member = cpp_name(m->name);
    if (member == impl) member += "_";
    def += "      {\"" + m->name + "\", go::erase_method(+[](" + params + ") -> " + result_type(sig) +
           " {\n         return go::cpp_call([&] { return (*static_cast<" + ns + "::" + impl +
           "**>(self))->" + member + "(" + args + "); });\n       }), \"" + method_sig_text(m) +
           "\"},\n";
  }
  // fmt and the panic report find Error() and String() through the descriptor's hooks.
  std::string hooks;
  for (const Func* m : it->all_methods) {
    const Signature* sig = m->sig();
    if ((m->name != "Error" && m->name != "String") || sig->params->size() != 0 ||
        sig->results->size() != 1 || !is_string(sig->results->vars[0]->type)) {
      continue;
    }
    hooks += "    d." + std::string(m->name == "Error" ? "error_method" : "string_method") +
             " = [](const void* v) -> go::string {\n      return go::cpp_call([&] { return (*static_cast<" +
             ns + "::" + impl + "* const*>(v))->" + cpp_name(m->name) + "(); });\n    };\n";
  }
  const std::string make = "go::cpp_object_desc(\"*" + pkg_.name + "." + impl + "\", methods, " +
                           std::to_string(it->all_methods.size()) + ")";
  if (hooks.empty()) {
    def += "  };\n  static const go::type_desc desc = " + make + ";\n  return &desc;\n}\n\n";
  } else {
    def += "  };\n  static const go::type_desc desc = [] {\n    go::type_desc d = " + make + ";\n" +
           hooks + "    return d;\n  }();\n  return &desc;\n}\n\n";
  }
  descriptors_ += def;
  qualify_ = saved_qualify;
}

std::string Emitter::method_sig_text(const types::Func* m) {
  // Under a stenciled instance's substitution: foo() T of f[int] is "func() int". A type that
  // reflect_name cannot spell (a channel, a type parameter left unsubstituted) prints as "?":
  // such a signature is left empty and the method is matched by name, as before.
  std::string text = reflect_name(T(m->type), pkg_.name);
  return text.find('?') == std::string::npos ? text : std::string();
}

CExpr Emitter::receiver_for(CExpr base, const Type* t, const std::vector<int>& path,
                            const Func* m, const Node* at, const Type** holder_out) {
  const Type* holder = t;
  if (!path.empty()) {
    base = field_path(base, t, path, at);
    const Type* u = under(const_cast<Type*>(t));
    for (int idx : path) {
      if (const Pointer* p = u->as<Pointer>()) u = under(p->elem);
      holder = u->as<Struct>()->fields[static_cast<size_t>(idx)]->type;
      u = under(const_cast<Type*>(holder));
    }
  }
  if (holder_out) *holder_out = holder;
  if (m->sig()->recv == nullptr) return base;  // an interface's method: called on the value
  bool want_ptr = m->sig()->recv->type->kind == TypeKind::Pointer;
  bool have_ptr = under(const_cast<Type*>(holder))->kind == TypeKind::Pointer;
  if (want_ptr == have_ptr) return base;
  if (want_ptr) {
    // &x: a boxed variable already is the pointer.
    if (base.prec == 3 && base.text[0] == '*') return {base.text.substr(1), 0};
    return {"go::ptr<" + ctype(holder) + ">(&" + paren(base, 2) + ")", 0};
  }
  return {"*" + paren(base, 3), 3};
}

std::string Emitter::method_call_text(const CExpr& recv, const Type* holder, const Func* m,
                                      const std::vector<std::string>& args) {
  std::string text;
  if (m->sig()->recv == nullptr) {
    text = paren(recv, 2) + "." + iface_member(holder, m->name) + "(";
    for (size_t i = 0; i < args.size(); ++i) text += (i ? ", " : "") + args[i];
    return text + ")";
  }
  text = method_name(m) + "(" + recv.text;
  for (const std::string& a : args) text += ", " + a;
  return text + ")";
}

int Emitter::method_table(const Type* t, bool of_pointer, const std::string& self_ctype,
                          std::string& out, std::string& hooks) {
  std::vector<MethodSetEntry> set = method_set(t, of_pointer);
  if (set.empty()) return 0;
  std::string ns = own_ns();
  bool saved_qualify = qualify_;
  qualify_ = true;
  out += "    static const go::method_entry methods[] = {\n";
  for (const MethodSetEntry& e : set) {
    const Signature* sig = e.func->sig();
    std::string params = "void* self";
    std::vector<std::string> args;
    for (size_t i = 0; i < sig->params->size(); ++i) {
      args.push_back("a" + std::to_string(i));
      params += ", " + ctype(sig->params->vars[i]->type) + " " + args.back();
    }
    // The receiver type as the table sees it: T, or *T for a pointer's method set.
    CExpr self{"*static_cast<" + self_ctype + "*>(self)", 3};
    const Type* holder = nullptr;
    Pointer ptr_t(const_cast<Type*>(t));  // *T, only for the walk below
    CExpr recv = receiver_for(self, of_pointer ? &ptr_t : t, e.path, e.func, nullptr, &holder);
    std::string call = method_call_text(recv, holder, e.func, args);
    // This package's methods are qualified here (descriptors live outside its namespace); other
    // packages' already are.
    if (e.func->sig()->recv != nullptr && call.substr(0, call.find('(')).find("::") == std::string::npos) {
      call = ns + "::" + call;
    }
    const std::string sig_text = method_sig_text(e.func);
    const std::string sig_arg = sig_text.empty() ? "" : ", \"" + sig_text + "\"";
    out += "        {\"" + e.func->name + "\", go::erase_method(+[](" + params + ") -> " +
           result_type(sig) + " { return " + call + "; })" + sig_arg + "},\n";
    bool hook = (e.func->name == "Error" || e.func->name == "String" ||
                 e.func->name == "GoString") &&
                sig->params->size() == 0 && sig->results->size() == 1 &&
                is_string(sig->results->vars[0]->type) && !sig->variadic;
    if (hook) {
      std::string field = e.func->name == "Error"    ? "error_method"
                          : e.func->name == "String" ? "string_method"
                                                     : "gostring_method";
      hooks += "    desc." + field +
               " = [](const void* v) -> go::string {\n      void* self = const_cast<void*>(v);\n" +
               "      return " + call + ";\n    };\n";
    }
  }
  out += "    };\n";
  qualify_ = saved_qualify;
  return static_cast<int>(set.size());
}

}  // namespace go2cpp::emit
