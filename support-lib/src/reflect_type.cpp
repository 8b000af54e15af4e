// reflect's Type side (go/reflect.h): a Type is a runtime type descriptor seen as *rtype, so its
// methods read go::type_desc, and the descriptors of reflect's own types live here. Panics carry
// Go 1.19's texts (reflect/type.go).
#include <cstring>
#include <string>

#include "go/iface.h"
#include "go/panic.h"
#include "go/reflect.h"

namespace go::reflect {

namespace {

go::string gostr(std::string_view v) { return go::string::from_view(v); }

const type_desc& desc(Type t) { return *t; }  // a nil Type panics as Go's nil interface does

[[noreturn]] void panic_text(const std::string& s) { go::panic(any(gostr(s))); }

std::string str(Type t) { return std::string(desc(t).name); }

bool exported_name(std::string_view n) { return !n.empty() && n[0] >= 'A' && n[0] <= 'Z'; }

bool is_basic(kind k) {
  return (k >= kind::bool_ && k <= kind::complex128) || k == kind::string || k == kind::unsafe_pointer;
}

}  // namespace

go::string Kind_String(Kind k) {
  static const char* const names[] = {
      "invalid", "bool",      "int",    "int8",      "int16",     "int32", "int64",
      "uint",    "uint8",     "uint16", "uint32",    "uint64",    "uintptr", "float32",
      "float64", "complex64", "complex128", "array", "chan",      "func",  "interface",
      "map",     "ptr",       "slice",  "string",    "struct",    "unsafe.Pointer",
  };
  if (k < std::size(names)) return gostr(names[k]);
  return gostr("kind" + std::to_string(k));
}

const type_desc* Kind_desc() {
  static const type_desc d = [] {
    type_desc t = uint_type;
    t.name = "reflect.Kind";
    t.pkg_path = "reflect";
    t.named = true;
    t.string_method = +[](const void* v) { return Kind_String(*static_cast<const Kind*>(v)); };
    static const method_entry methods[] = {
        {"String", erase_method(+[](void* self) { return Kind_String(*static_cast<Kind*>(self)); })},
    };
    t.methods = methods;
    t.num_methods = 1;
    return t;
  }();
  return &d;
}

Kind rtype_Kind(Type t) { return static_cast<Kind>(desc(t).kind); }

go::string rtype_String(Type t) { return gostr(desc(t).name); }

go::string rtype_Name(Type t) {
  const type_desc& d = desc(t);
  if (!d.named) return is_basic(d.kind) && d.name.find('.') == std::string_view::npos ? gostr(d.name) : go::string();
  // reflect's Name: the part after the last '.' outside type arguments' brackets.
  std::string_view s = d.name;
  int64_t i = static_cast<int64_t>(s.size()) - 1;
  int brackets = 0;
  while (i >= 0 && (s[i] != '.' || brackets != 0)) {
    if (s[i] == ']') brackets++;
    if (s[i] == '[') brackets--;
    i--;
  }
  return gostr(s.substr(i + 1));
}

go::string rtype_PkgPath(Type t) {
  const type_desc& d = desc(t);
  return d.named ? gostr(d.pkg_path) : go::string();
}

Type rtype_Elem(Type t) {
  const type_desc& d = desc(t);
  switch (d.kind) {
    case kind::array:
    case kind::chan:
    case kind::map:
    case kind::pointer:
    case kind::slice: return type_ptr(d.elem);
    default: panic_text("reflect: Elem of invalid type " + str(t));
  }
}

Type rtype_Key(Type t) {
  if (desc(t).kind != kind::map) panic_text("reflect: Key of non-map type " + str(t));
  return type_ptr(t->key);
}

int_ rtype_Len(Type t) {
  if (desc(t).kind != kind::array) panic_text("reflect: Len of non-array type " + str(t));
  return t->len;
}

int_ rtype_NumField(Type t) {
  if (desc(t).kind != kind::struct_) panic_text("reflect: NumField of non-struct type " + str(t));
  return t->num_fields;
}

namespace {
StructField field_of(Type t, int_ i) {
  const struct_field& f = t->fields[i];
  StructField r;
  r.Name = gostr(f.name);
  if (!f.exported) r.PkgPath = gostr(t->pkg_path.empty() ? "main" : t->pkg_path);
  r.Type = type_ptr(f.type);
  r.Tag = gostr(f.tag);
  r.Offset = f.offset;
  int_* idx = gc_alloc_array<int_>(1);
  idx[0] = i;
  r.Index = go::slice<int_>(idx, 1, 1);
  r.Anonymous = f.embedded;
  return r;
}
}  // namespace

StructField rtype_Field(Type t, int_ i) {
  if (desc(t).kind != kind::struct_) panic_text("reflect: Field of non-struct type " + str(t));
  if (i < 0 || i >= t->num_fields) panic_text("reflect: Field index out of bounds");
  return field_of(t, i);
}

std::tuple<StructField, bool> rtype_FieldByName(Type t, go::string name) {
  if (desc(t).kind != kind::struct_) panic_text("reflect: FieldByName of non-struct type " + str(t));
  for (int64_t i = 0; i < t->num_fields; i++) {
    if (t->fields[i].name == name.view()) return {field_of(t, i), true};
  }
  // One level of embedding (Go searches breadth-first through every level).
  for (int64_t i = 0; i < t->num_fields; i++) {
    const struct_field& f = t->fields[i];
    const type_desc* ft = f.type->kind == kind::pointer ? f.type->elem : f.type;
    if (!f.embedded || ft->kind != kind::struct_) continue;
    for (int64_t j = 0; j < ft->num_fields; j++) {
      if (ft->fields[j].name != name.view()) continue;
      StructField r = field_of(type_ptr(ft), j);
      int_* idx = gc_alloc_array<int_>(2);
      idx[0] = i;
      idx[1] = j;
      r.Index = go::slice<int_>(idx, 2, 2);
      return {r, true};
    }
  }
  return {StructField{}, false};
}

int_ rtype_NumMethod(Type t) {
  const type_desc& d = desc(t);
  if (d.kind == kind::interface) return d.num_iface_names;
  int_ n = 0;
  for (int64_t i = 0; i < d.num_methods; i++) n += exported_name(d.methods[i].name);
  return n;
}

uintptr rtype_Size(Type t) { return desc(t).size; }
int_ rtype_Align(Type t) { return static_cast<int_>(desc(t).align); }

int_ rtype_Bits(Type t) {
  const kind k = desc(t).kind;
  if (k < kind::int_ || k > kind::complex128) panic_text("reflect: Bits of non-arithmetic Type " + str(t));
  return static_cast<int_>(t->size) * 8;
}

bool rtype_Comparable(Type t) { return desc(t).kind == kind::interface || t->equal != nullptr; }

// Whether t's method set has every method of interface type u (by name).
bool implements(const type_desc* t, const type_desc* u) {
  for (int64_t i = 0; i < u->num_iface_names; i++) {
    if (t->kind == kind::interface) {
      bool found = false;
      for (int64_t j = 0; j < t->num_iface_names && !found; j++) found = t->iface_names[j] == u->iface_names[i];
      if (!found) return false;
    } else if (find_method(t, u->iface_names[i]) == nullptr) {
      return false;
    }
  }
  return true;
}

bool rtype_Implements(Type t, Type u) {
  if (u == nullptr) panic_text("reflect: nil type passed to Type.Implements");
  if (u->kind != kind::interface) panic_text("reflect: non-interface type passed to Type.Implements");
  return implements(&desc(t), u.get());
}

bool rtype_AssignableTo(Type t, Type u) {
  if (u == nullptr) panic_text("reflect: nil type passed to Type.AssignableTo");
  if (t.get() == u.get()) return true;
  if (u->kind == kind::interface) return implements(&desc(t), u.get());
  // Identical underlying types where one side is unnamed (the descriptors keep no underlying
  // type of a named one: its name differs, its layout is the underlying's).
  if (t->named && u->named) return false;
  const type_desc* named = t->named ? t.get() : u.get();
  const type_desc* plain = t->named ? u.get() : t.get();
  if (named->kind != plain->kind || is_basic(plain->kind)) return false;
  switch (plain->kind) {
    case kind::slice:
    case kind::pointer: return named->elem == plain->elem;
    case kind::array: return named->elem == plain->elem && named->len == plain->len;
    case kind::map: return named->elem == plain->elem && named->key == plain->key;
    default: return false;
  }
}

Type TypeOf(const any& i) { return type_ptr(i.type); }
Type PtrTo(Type t) { return type_ptr(pointer_to(&desc(t))); }
Type PointerTo(Type t) { return PtrTo(t); }
Type SliceOf(Type t) { return type_ptr(slice_of(&desc(t))); }
Type MapOf(Type key, Type elem) {
  if (desc(key).equal == nullptr && key->kind != kind::interface) panic_text("reflect.MapOf: invalid key type " + str(key));
  return type_ptr(map_of(key.get(), &desc(elem)));
}

// StructTag.Get and Lookup: Go's reflect/type.go, line for line.
std::tuple<go::string, bool> StructTag_Lookup(StructTag tag, go::string key) {
  std::string_view t = tag.view();
  while (!t.empty()) {
    size_t i = 0;
    while (i < t.size() && t[i] == ' ') i++;
    t = t.substr(i);
    if (t.empty()) break;
    i = 0;
    while (i < t.size() && t[i] > ' ' && t[i] != ':' && t[i] != '"' && t[i] != 0x7f) i++;
    if (i == 0 || i + 1 >= t.size() || t[i] != ':' || t[i + 1] != '"') break;
    std::string_view name = t.substr(0, i);
    t = t.substr(i + 1);
    i = 1;
    while (i < t.size() && t[i] != '"') {
      if (t[i] == '\\') i++;
      i++;
    }
    if (i >= t.size()) break;
    std::string_view qvalue = t.substr(0, i + 1);
    t = t.substr(i + 1);
    if (key.view() == name) {
      // strconv.Unquote of a double-quoted string with Go's escapes (the common ones).
      std::string out;
      for (size_t j = 1; j + 1 < qvalue.size(); j++) {
        char c = qvalue[j];
        if (c != '\\') {
          out += c;
          continue;
        }
        if (++j + 1 >= qvalue.size() + 1) break;
        switch (qvalue[j]) {
          case 'n': out += '\n'; break;
          case 't': out += '\t'; break;
          case 'r': out += '\r'; break;
          case '\\': out += '\\'; break;
          case '"': out += '"'; break;
          default: return {go::string(), false};
        }
      }
      return {gostr(out), true};
    }
  }
  return {go::string(), false};
}

go::string StructTag_Get(StructTag tag, go::string key) { return std::get<0>(StructTag_Lookup(tag, key)); }

const type_desc* StructTag_desc() {
  static const type_desc d = [] {
    type_desc t = string_type;
    t.name = "reflect.StructTag";
    t.pkg_path = "reflect";
    t.named = true;
    return t;
  }();
  return &d;
}

bool StructField_IsExported(StructField f) { return f.PkgPath.len() == 0; }

namespace {

go::string rtype_text(const void* self) { return rtype_String(*static_cast<const Type*>(self)); }

const type_desc* rtype_ptr_desc() {
  static const type_desc d = [] {
    type_desc t = plain_pointer_desc(rtype_desc());
    static const method_entry methods[] = {
        {"Kind", erase_method(+[](void* self) { return rtype_Kind(*static_cast<Type*>(self)); })},
        {"Name", erase_method(+[](void* self) { return rtype_Name(*static_cast<Type*>(self)); })},
        {"PkgPath", erase_method(+[](void* self) { return rtype_PkgPath(*static_cast<Type*>(self)); })},
        {"Size", erase_method(+[](void* self) { return rtype_Size(*static_cast<Type*>(self)); })},
        {"String", erase_method(+[](void* self) { return rtype_String(*static_cast<Type*>(self)); })},
    };
    t.methods = methods;
    t.num_methods = 5;
    t.string_method = &rtype_text;
    return t;
  }();
  return &d;
}

}  // namespace

const type_desc* rtype_desc() {
  static const type_desc d = [] {
    type_desc t;
    t.kind = kind::struct_;
    t.name = "reflect.rtype";
    t.pkg_path = "reflect";
    t.named = true;
    t.size = sizeof(type_desc);
    t.align = alignof(type_desc);
    t.ptr_desc = &rtype_ptr_desc;
    return t;
  }();
  return &d;
}

namespace {
template <class T>
type_desc reflect_struct(std::string_view name, const struct_field* fields, int64_t n) {
  type_desc t;
  t.kind = kind::struct_;
  t.name = name;
  t.pkg_path = "reflect";
  t.named = true;
  t.has_pointers = true;
  t.size = sizeof(T);
  t.align = alignof(T);
  t.fields = fields;
  t.num_fields = n;
  return t;
}
}  // namespace

const type_desc* StructField_desc() {
  static const struct_field fields[] = {
      {"Name", &string_type, offsetof(StructField, Name), false, true},
      {"PkgPath", &string_type, offsetof(StructField, PkgPath), false, true},
      {"Type", pointer_to(rtype_desc()), offsetof(StructField, Type), false, true},
      {"Tag", StructTag_desc(), offsetof(StructField, Tag), false, true},
      {"Offset", &uintptr_type, offsetof(StructField, Offset), false, true},
      {"Index", slice_of(&int_type), offsetof(StructField, Index), false, true},
      {"Anonymous", &bool_type, offsetof(StructField, Anonymous), false, true},
  };
  static const type_desc d = reflect_struct<StructField>("reflect.StructField", fields, 7);
  return &d;
}

const type_desc* StringHeader_desc() {
  static const struct_field fields[] = {
      {"Data", &uintptr_type, offsetof(StringHeader, Data), false, true},
      {"Len", &int_type, offsetof(StringHeader, Len), false, true},
  };
  static const type_desc d = [] {
    type_desc t = reflect_struct<StringHeader>("reflect.StringHeader", fields, 2);
    t.has_pointers = false;
    t.equal = &equal_fn<StringHeader>;
    return t;
  }();
  return &d;
}

const type_desc* SliceHeader_desc() {
  static const struct_field fields[] = {
      {"Data", &uintptr_type, offsetof(SliceHeader, Data), false, true},
      {"Len", &int_type, offsetof(SliceHeader, Len), false, true},
      {"Cap", &int_type, offsetof(SliceHeader, Cap), false, true},
  };
  static const type_desc d = [] {
    type_desc t = reflect_struct<SliceHeader>("reflect.SliceHeader", fields, 3);
    t.has_pointers = false;
    t.equal = &equal_fn<SliceHeader>;
    return t;
  }();
  return &d;
}

}  // namespace go::reflect
