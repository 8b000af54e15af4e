// reflect's Value side (go/reflect.h): a Value points at a value's storage and reads or writes
// it through the type descriptor's layout. Go 1.19's panics (reflect/value.go): a method called
// on the wrong kind panics with *ValueError, misuse of addressability or of unexported fields
// with a plain string naming the method.
#include <cstring>
#include <string>

#include "go/iface.h"
#include "go/map.h"
#include "go/panic.h"
#include "go/reflect.h"
#include "go/runtime_error.h"
#include "go/unsafe.h"

namespace go::reflect {

namespace {

go::string gostr(std::string_view v) { return go::string::from_view(v); }

[[noreturn]] void panic_text(const std::string& s) { go::panic(any(gostr(s))); }

[[noreturn]] void value_error(const char* method, Kind k) {
  ptr<ValueError> e = gc_new<ValueError>();
  e->Method = gostr(method);
  e->Kind = k;
  go::panic(any(pointer_to(ValueError_desc()), e));
}

kind kind_of(const Value& v) { return v.typ == nullptr ? kind::invalid : v.typ->kind; }

void must_be(const Value& v, kind k, const char* method) {
  if (kind_of(v) != k) value_error(method, static_cast<Kind>(kind_of(v)));
}

void must_be_exported(const Value& v, const char* method) {
  if (v.typ == nullptr) value_error(method, Invalid);
  if (v.flag & flag_ro) panic_text(std::string("reflect: ") + method + " using value obtained using unexported field");
}

void must_be_assignable(const Value& v, const char* method) {
  if (v.typ == nullptr) value_error(method, Invalid);
  if (v.flag & flag_ro) panic_text(std::string("reflect: ") + method + " using value obtained using unexported field");
  if (!(v.flag & flag_addr)) panic_text(std::string("reflect: ") + method + " using unaddressable value");
}

void* alloc(const type_desc* t) { return t->has_pointers ? gc_alloc(t->size) : gc_alloc_atomic(t->size); }

void* copy_of(const type_desc* t, const void* p) {
  void* box = alloc(t);
  if (t->size > 0) std::memcpy(box, p, t->size);
  return box;
}

template <class T>
T load(const void* p) {
  T v;
  std::memcpy(&v, p, sizeof(T));
  return v;
}

void* word(const void* p) { return load<void*>(p); }

const any& iface_of(const Value& v) { return *static_cast<const any*>(v.ptr); }

detail::map_table* table_of(const Value& v) { return static_cast<detail::map_table*>(word(v.ptr)); }

Value boxed_pointer(const type_desc* elem, void* target) {
  void** box = static_cast<void**>(gc_alloc(sizeof(void*)));
  *box = target;
  return Value{pointer_to(elem), box, 0};
}

bool implements_iface(const type_desc* t, const type_desc* u) { return rtype_Implements(type_ptr(t), type_ptr(u)); }

// Stores x in storage of type dst (Go's assignTo): the same type is a copy, an interface type
// takes x's dynamic value (its method table is built on first call, go/iface.h).
void store(const type_desc* dst, void* storage, const Value& x, const char* context) {
  if (x.typ == dst) {
    if (dst->size > 0) std::memmove(storage, x.ptr, dst->size);
    return;
  }
  if (dst->kind == kind::interface && implements_iface(x.typ, dst)) {
    any inner = x.typ->kind == kind::interface ? iface_of(x) : any{};
    if (x.typ->kind != kind::interface) {
      inner.type = x.typ;
      inner.data = copy_of(x.typ, x.ptr);
    }
    std::memset(storage, 0, dst->size);
    *static_cast<any*>(storage) = inner;
    return;
  }
  if (rtype_AssignableTo(type_ptr(x.typ), type_ptr(dst))) {
    std::memmove(storage, x.ptr, dst->size);
    return;
  }
  panic_text(std::string(context) + ": value of type " + std::string(x.typ->name) +
             " is not assignable to type " + std::string(dst->name));
}

bool is_zero_bytes(const void* p, uintptr n) {
  const auto* b = static_cast<const unsigned char*>(p);
  for (uintptr i = 0; i < n; i++) {
    if (b[i] != 0) return false;
  }
  return true;
}

}  // namespace

go::string ValueError_Error(ptr<ValueError> e) {
  if (e->Kind == 0) return gostr("reflect: call of " + std::string(e->Method.view()) + " on zero Value");
  return gostr("reflect: call of " + std::string(e->Method.view()) + " on " +
                    std::string(Kind_String(e->Kind).view()) + " Value");
}

Value ValueOf(const any& i) {
  if (i.type == nullptr) return Value{};
  return Value{i.type, i.data, 0};
}

Value New(Type typ) {
  if (typ == nullptr) panic_text("reflect: New(nil)");
  return boxed_pointer(typ.get(), alloc(typ.get()));
}

Value Zero(Type typ) {
  if (typ == nullptr) panic_text("reflect: Zero(nil)");
  return Value{typ.get(), alloc(typ.get()), 0};
}

Value Indirect(Value v) {
  if (kind_of(v) != kind::pointer) return v;
  return Value_Elem(v);
}

Kind Value_Kind(Value v) { return static_cast<Kind>(kind_of(v)); }

Type Value_Type(Value v) {
  if (v.typ == nullptr) value_error("reflect.Value.Type", Invalid);
  return type_ptr(v.typ);
}

bool Value_IsValid(Value v) { return v.typ != nullptr; }

bool Value_IsNil(Value v) {
  switch (kind_of(v)) {
    case kind::chan:
    case kind::func:
    case kind::map:
    case kind::pointer:
    case kind::unsafe_pointer:
    case kind::slice: return word(v.ptr) == nullptr;
    case kind::interface: return iface_of(v).type == nullptr;
    default: value_error("reflect.Value.IsNil", Value_Kind(v));
  }
}

bool Value_IsZero(Value v) {
  switch (kind_of(v)) {
    case kind::invalid: value_error("reflect.Value.IsZero", Invalid);
    case kind::array:
      for (int_ i = 0; i < v.typ->len; i++) {
        if (!Value_IsZero(Value_Index(v, i))) return false;
      }
      return true;
    case kind::struct_:
      for (int_ i = 0; i < v.typ->num_fields; i++) {
        if (!Value_IsZero(Value_Field(v, i))) return false;
      }
      return true;
    case kind::string: return load<int64_t>(static_cast<const char*>(v.ptr) + sizeof(void*)) == 0;
    case kind::chan:
    case kind::func:
    case kind::map:
    case kind::pointer:
    case kind::unsafe_pointer:
    case kind::slice:
    case kind::interface: return Value_IsNil(v);
    default: return is_zero_bytes(v.ptr, v.typ->size);  // numbers: all bits zero (-0.0 is not)
  }
}

int_ Value_Len(Value v) {
  switch (kind_of(v)) {
    case kind::array: return v.typ->len;
    case kind::slice: return static_cast<const slice_header*>(v.ptr)->len;
    case kind::string: return load<int64_t>(static_cast<const char*>(v.ptr) + sizeof(void*));
    case kind::map: return v.typ->map_len(v.ptr);
    default: value_error("reflect.Value.Len", Value_Kind(v));
  }
}

int_ Value_Cap(Value v) {
  switch (kind_of(v)) {
    case kind::array: return v.typ->len;
    case kind::slice: return static_cast<const slice_header*>(v.ptr)->cap;
    default: value_error("reflect.Value.Cap", Value_Kind(v));
  }
}

Value Value_Index(Value v, int_ i) {
  switch (kind_of(v)) {
    case kind::array: {
      if (i < 0 || i >= v.typ->len) panic_text("reflect: array index out of range");
      const type_desc* e = v.typ->elem;
      return Value{e, static_cast<char*>(v.ptr) + i * e->size, v.flag};
    }
    case kind::slice: {
      const auto* h = static_cast<const slice_header*>(v.ptr);
      if (i < 0 || i >= h->len) panic_text("reflect: slice index out of range");
      const type_desc* e = v.typ->elem;
      return Value{e, static_cast<char*>(h->data) + i * e->size, flag_addr | (v.flag & flag_ro)};
    }
    case kind::string: {
      const auto s = load<go::string>(v.ptr);
      if (i < 0 || i >= s.len()) panic_text("reflect: string index out of range");
      auto* b = static_cast<uint8*>(gc_alloc_atomic(1));
      *b = s.data()[i];
      return Value{&uint8_type, b, v.flag & flag_ro};
    }
    default: value_error("reflect.Value.Index", Value_Kind(v));
  }
}

Value Value_Slice(Value v, int_ i, int_ j) {
  const type_desc* st = nullptr;
  slice_header h{};
  switch (kind_of(v)) {
    case kind::array:
      if (!(v.flag & flag_addr)) panic_text("reflect.Value.Slice: slice of unaddressable array");
      st = slice_of(v.typ->elem);
      h = {v.ptr, v.typ->len, v.typ->len};
      break;
    case kind::slice:
      st = v.typ;
      h = *static_cast<const slice_header*>(v.ptr);
      break;
    case kind::string: {
      const auto s = load<go::string>(v.ptr);
      if (i < 0 || j < i || j > s.len()) panic_text("reflect.Value.Slice: string slice index out of bounds");
      auto* r = static_cast<go::string*>(gc_alloc(sizeof(go::string)));
      *r = s.slice(i, j);
      return Value{v.typ, r, v.flag & flag_ro};
    }
    default: value_error("reflect.Value.Slice", Value_Kind(v));
  }
  if (i < 0 || j < i || j > h.cap) panic_text("reflect.Value.Slice: slice index out of bounds");
  auto* r = static_cast<slice_header*>(gc_alloc(sizeof(slice_header)));
  r->data = j - i > 0 || i < h.cap ? static_cast<char*>(h.data) + i * v.typ->elem->size : h.data;
  r->len = j - i;
  r->cap = h.cap - i;
  return Value{st, r, v.flag & flag_ro};
}

int_ Value_NumField(Value v) {
  must_be(v, kind::struct_, "reflect.Value.NumField");
  return v.typ->num_fields;
}

Value Value_Field(Value v, int_ i) {
  if (kind_of(v) != kind::struct_) value_error("reflect.Value.Field", Value_Kind(v));
  if (i < 0 || i >= v.typ->num_fields) panic_text("reflect: Field index out of range");
  const struct_field& f = v.typ->fields[i];
  uint64 fl = v.flag;
  if (!f.exported) fl |= flag_ro;
  return Value{f.type, static_cast<char*>(v.ptr) + f.offset, fl};
}

Value Value_FieldByName(Value v, go::string name) {
  must_be(v, kind::struct_, "reflect.Value.FieldByName");
  auto [f, ok] = rtype_FieldByName(type_ptr(v.typ), name);
  if (!ok) return Value{};
  for (int_ k = 0; k < f.Index.len(); k++) {
    if (k > 0 && kind_of(v) == kind::pointer) v = Value_Elem(v);
    v = Value_Field(v, f.Index[k]);
  }
  return v;
}

int_ Value_NumMethod(Value v) {
  if (v.typ == nullptr) value_error("reflect.Value.NumMethod", Invalid);
  return rtype_NumMethod(type_ptr(v.typ));
}

Value Value_Elem(Value v) {
  switch (kind_of(v)) {
    case kind::interface: {
      const any& inner = iface_of(v);
      if (inner.type == nullptr) return Value{};
      return Value{inner.type, inner.data, v.flag & flag_ro};
    }
    case kind::pointer: {
      void* p = word(v.ptr);
      if (p == nullptr) return Value{};
      return Value{v.typ->elem, p, flag_addr | (v.flag & flag_ro)};
    }
    default: value_error("reflect.Value.Elem", Value_Kind(v));
  }
}

Value Value_Addr(Value v) {
  if (!(v.flag & flag_addr)) panic_text("reflect.Value.Addr of unaddressable value");
  Value r = boxed_pointer(v.typ, v.ptr);
  r.flag |= v.flag & flag_ro;
  return r;
}

any Value_Interface(Value v) {
  if (v.typ == nullptr) value_error("reflect.Value.Interface", Invalid);
  if (v.flag & flag_ro) panic_text("reflect.Value.Interface: cannot return value obtained from unexported field or method");
  if (v.typ->kind == kind::interface) return iface_of(v);
  any r;
  r.type = v.typ;
  // An addressable value's variable may change later: the interface gets a copy.
  r.data = (v.flag & flag_addr) ? copy_of(v.typ, v.ptr) : v.ptr;
  return r;
}

bool Value_CanInterface(Value v) {
  if (v.typ == nullptr) value_error("reflect.Value.CanInterface", Invalid);
  return !(v.flag & flag_ro);
}
bool Value_CanAddr(Value v) { return (v.flag & flag_addr) != 0; }
bool Value_CanSet(Value v) { return (v.flag & (flag_addr | flag_ro)) == flag_addr; }

int64 Value_Int(Value v) {
  switch (kind_of(v)) {
    case kind::int_:
    case kind::int64: return load<int64_t>(v.ptr);
    case kind::int8: return load<int8_t>(v.ptr);
    case kind::int16: return load<int16_t>(v.ptr);
    case kind::int32: return load<int32_t>(v.ptr);
    default: value_error("reflect.Value.Int", Value_Kind(v));
  }
}

uint64 Value_Uint(Value v) {
  switch (kind_of(v)) {
    case kind::uint:
    case kind::uint64:
    case kind::uintptr: return load<uint64_t>(v.ptr);
    case kind::uint8: return load<uint8_t>(v.ptr);
    case kind::uint16: return load<uint16_t>(v.ptr);
    case kind::uint32: return load<uint32_t>(v.ptr);
    default: value_error("reflect.Value.Uint", Value_Kind(v));
  }
}

float64 Value_Float(Value v) {
  switch (kind_of(v)) {
    case kind::float32: return load<float>(v.ptr);
    case kind::float64: return load<double>(v.ptr);
    default: value_error("reflect.Value.Float", Value_Kind(v));
  }
}

complex128 Value_Complex(Value v) {
  switch (kind_of(v)) {
    case kind::complex64: {
      const auto c = load<complex64>(v.ptr);
      return complex128(c.real(), c.imag());
    }
    case kind::complex128: return load<complex128>(v.ptr);
    default: value_error("reflect.Value.Complex", Value_Kind(v));
  }
}

bool Value_CanInt(Value v) { const kind k = kind_of(v); return k >= kind::int_ && k <= kind::int64; }
bool Value_CanUint(Value v) { const kind k = kind_of(v); return k >= kind::uint && k <= kind::uintptr; }
bool Value_CanFloat(Value v) { const kind k = kind_of(v); return k == kind::float32 || k == kind::float64; }

go::string Value_String(Value v) {
  if (kind_of(v) == kind::string) return load<go::string>(v.ptr);
  if (v.typ == nullptr) return gostr("<invalid Value>");
  return gostr("<" + std::string(v.typ->name) + " Value>");
}

bool Value_Bool(Value v) {
  must_be(v, kind::bool_, "reflect.Value.Bool");
  return load<bool>(v.ptr);
}

go::slice<uint8> Value_Bytes(Value v) {
  must_be(v, kind::slice, "reflect.Value.Bytes");
  if (v.typ->elem->kind != kind::uint8) panic_text("reflect.Value.Bytes of non-byte slice");
  return load<go::slice<uint8>>(v.ptr);
}

uintptr Value_Pointer(Value v) {
  switch (kind_of(v)) {
    case kind::pointer:
    case kind::chan:
    case kind::map:
    case kind::unsafe_pointer:
    case kind::func:
    case kind::slice: return reinterpret_cast<uintptr>(word(v.ptr));
    default: value_error("reflect.Value.Pointer", Value_Kind(v));
  }
}

void Value_Set(Value v, Value x) {
  must_be_assignable(v, "reflect.Set");
  must_be_exported(x, "reflect.Set");
  store(v.typ, v.ptr, x, "reflect.Set");
}

void Value_SetInt(Value v, int64 x) {
  must_be_assignable(v, "reflect.Value.SetInt");
  switch (kind_of(v)) {
    case kind::int_:
    case kind::int64: *static_cast<int64_t*>(v.ptr) = x; return;
    case kind::int8: *static_cast<int8_t*>(v.ptr) = static_cast<int8_t>(x); return;
    case kind::int16: *static_cast<int16_t*>(v.ptr) = static_cast<int16_t>(x); return;
    case kind::int32: *static_cast<int32_t*>(v.ptr) = static_cast<int32_t>(x); return;
    default: value_error("reflect.Value.SetInt", Value_Kind(v));
  }
}

void Value_SetUint(Value v, uint64 x) {
  must_be_assignable(v, "reflect.Value.SetUint");
  switch (kind_of(v)) {
    case kind::uint:
    case kind::uint64:
    case kind::uintptr: *static_cast<uint64_t*>(v.ptr) = x; return;
    case kind::uint8: *static_cast<uint8_t*>(v.ptr) = static_cast<uint8_t>(x); return;
    case kind::uint16: *static_cast<uint16_t*>(v.ptr) = static_cast<uint16_t>(x); return;
    case kind::uint32: *static_cast<uint32_t*>(v.ptr) = static_cast<uint32_t>(x); return;
    default: value_error("reflect.Value.SetUint", Value_Kind(v));
  }
}

void Value_SetFloat(Value v, float64 x) {
  must_be_assignable(v, "reflect.Value.SetFloat");
  switch (kind_of(v)) {
    case kind::float32: *static_cast<float*>(v.ptr) = static_cast<float>(x); return;
    case kind::float64: *static_cast<double*>(v.ptr) = x; return;
    default: value_error("reflect.Value.SetFloat", Value_Kind(v));
  }
}

void Value_SetString(Value v, go::string x) {
  must_be_assignable(v, "reflect.Value.SetString");
  must_be(v, kind::string, "reflect.Value.SetString");
  *static_cast<go::string*>(v.ptr) = x;
}

void Value_SetBool(Value v, bool x) {
  must_be_assignable(v, "reflect.Value.SetBool");
  must_be(v, kind::bool_, "reflect.Value.SetBool");
  *static_cast<bool*>(v.ptr) = x;
}

void Value_SetComplex(Value v, complex128 x) {
  must_be_assignable(v, "reflect.Value.SetComplex");
  switch (kind_of(v)) {
    case kind::complex64: *static_cast<complex64*>(v.ptr) = complex64(static_cast<float>(x.real()), static_cast<float>(x.imag())); return;
    case kind::complex128: *static_cast<complex128*>(v.ptr) = x; return;
    default: value_error("reflect.Value.SetComplex", Value_Kind(v));
  }
}

void Value_SetLen(Value v, int_ n) {
  must_be_assignable(v, "reflect.Value.SetLen");
  must_be(v, kind::slice, "reflect.Value.SetLen");
  auto* h = static_cast<slice_header*>(v.ptr);
  if (n < 0 || n > h->cap) panic_text("reflect: slice length out of range in SetLen");
  h->len = n;
}

Value MakeSlice(Type typ, int_ len, int_ cap) {
  if (rtype_Kind(typ) != Slice) panic_text("reflect.MakeSlice of non-slice type");
  if (len < 0) panic_text("reflect.MakeSlice: negative len");
  if (cap < 0) panic_text("reflect.MakeSlice: negative cap");
  if (len > cap) panic_text("reflect.MakeSlice: len > cap");
  const type_desc* e = typ->elem;
  auto* h = static_cast<slice_header*>(gc_alloc(sizeof(slice_header)));
  const std::size_t bytes = static_cast<std::size_t>(cap) * e->size;
  h->data = e->has_pointers ? gc_alloc(bytes) : gc_alloc_atomic(bytes);
  h->len = len;
  h->cap = cap;
  return Value{typ.get(), h, 0};
}

Value append_slice(Value s, go::slice<Value> x) {
  must_be(s, kind::slice, "reflect.Append");
  const type_desc* e = s.typ->elem;
  slice_header h = *static_cast<const slice_header*>(s.ptr);
  const int64_t n = h.len + x.len();
  if (n > h.cap) {
    const int64_t cap = detail::grow_cap(h.cap, n, e->size);
    const std::size_t bytes = static_cast<std::size_t>(cap) * e->size;
    void* data = e->has_pointers ? gc_alloc(bytes) : gc_alloc_atomic(bytes);
    if (h.len > 0) std::memcpy(data, h.data, static_cast<std::size_t>(h.len) * e->size);
    h.data = data;
    h.cap = cap;
  }
  auto* r = static_cast<slice_header*>(gc_alloc(sizeof(slice_header)));
  *r = h;
  r->len = n;
  for (int64_t i = 0; i < x.len(); i++) {
    must_be_exported(x[i], "reflect.Append");
    store(e, static_cast<char*>(h.data) + (h.len + i) * e->size, x[i], "reflect.Append");
  }
  return Value{s.typ, r, 0};
}

go::func<void(int_, int_)> Swapper(const any& slice) {
  Value v = ValueOf(slice);
  if (kind_of(v) != kind::slice) value_error("Swapper", Value_Kind(v));
  const slice_header h = *static_cast<const slice_header*>(v.ptr);
  const uintptr size = v.typ->elem->size;
  void* tmp = alloc(v.typ->elem);
  return [h, size, tmp](int_ i, int_ j) {
    if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(h.len)) panic_bounds(bounds_code::index, i, h.len);
    if (static_cast<uint64_t>(j) >= static_cast<uint64_t>(h.len)) panic_bounds(bounds_code::index, j, h.len);
    char* a = static_cast<char*>(h.data) + i * size;
    char* b = static_cast<char*>(h.data) + j * size;
    std::memcpy(tmp, a, size);
    std::memmove(a, b, size);
    std::memcpy(b, tmp, size);
  };
}

Value MakeMap(Type typ) {
  if (rtype_Kind(typ) != Map) panic_text("reflect.MakeMap of non-map type");
  panic_text("go2cpp: reflect.MakeMap is not supported yet");
}

Value Value_MapIndex(Value v, Value key) {
  must_be(v, kind::map, "reflect.Value.MapIndex");
  void* k = alloc(v.typ->key);
  store(v.typ->key, k, key, "reflect.Value.MapIndex");
  void* found = detail::map_find(table_of(v), k);
  if (found == nullptr) return Value{};
  return Value{v.typ->elem, copy_of(v.typ->elem, found), v.flag & flag_ro};
}

go::slice<Value> Value_MapKeys(Value v) {
  must_be(v, kind::map, "reflect.Value.MapKeys");
  const int64_t n = v.typ->map_len(v.ptr);
  struct ctx_t {
    Value* out;
    int64_t i;
    const type_desc* key;
    uint64 flag;
  } ctx{gc_alloc_array<Value>(static_cast<std::size_t>(n)), 0, v.typ->key, v.flag & flag_ro};
  v.typ->map_foreach(v.ptr, [](void* c, const void* key, const void*) {
    auto* x = static_cast<ctx_t*>(c);
    x->out[x->i++] = Value{x->key, copy_of(x->key, key), x->flag};
  }, &ctx);
  return go::slice<Value>(ctx.out, ctx.i, n);
}

void Value_SetMapIndex(Value v, Value key, Value elem) {
  must_be(v, kind::map, "reflect.Value.SetMapIndex");
  must_be_exported(v, "reflect.Value.SetMapIndex");
  must_be_exported(key, "reflect.Value.SetMapIndex");
  void* k = alloc(v.typ->key);
  store(v.typ->key, k, key, "reflect.Value.SetMapIndex");
  if (elem.typ == nullptr) {
    detail::map_erase(table_of(v), k);
    return;
  }
  must_be_exported(elem, "reflect.Value.SetMapIndex");
  void* tmp = alloc(v.typ->elem);
  store(v.typ->elem, tmp, elem, "reflect.Value.SetMapIndex");
  std::memcpy(detail::map_insert(table_of(v), k), tmp, v.typ->elem->size);
}

ptr<MapIter> Value_MapRange(Value v) {
  if (kind_of(v) != kind::map) value_error("reflect.Value.MapRange", Value_Kind(v));
  ptr<MapIter> it = gc_new<MapIter>();
  it->m = v;
  it->keys = Value_MapKeys(v);
  return it;
}

bool MapIter_Next(ptr<MapIter> it) {
  if (it->m.typ == nullptr) panic_text("MapIter.Next called on an iterator that does not have an associated map Value");
  if (it->i >= it->keys.len()) panic_text("MapIter.Next called on exhausted iterator");
  // Skip keys deleted since the snapshot.
  while (++it->i < it->keys.len()) {
    if (Value_MapIndex(it->m, it->keys[it->i]).typ != nullptr) return true;
  }
  return false;
}

Value MapIter_Key(ptr<MapIter> it) {
  if (it->i < 0) panic_text("MapIter.Key called before Next");
  if (it->i >= it->keys.len()) panic_text("MapIter.Key called on exhausted iterator");
  return it->keys[it->i];
}

Value MapIter_Value(ptr<MapIter> it) {
  if (it->i < 0) panic_text("MapIter.Value called before Next");
  if (it->i >= it->keys.len()) panic_text("MapIter.Value called on exhausted iterator");
  return Value_MapIndex(it->m, it->keys[it->i]);
}

namespace {
const struct_field* value_fields() {
  static const struct_field fields[] = {
      {"typ", pointer_to(rtype_desc()), offsetof(Value, typ), false, false},
      {"ptr", &detail::unsafe_pointer_type, offsetof(Value, ptr), false, false},
      {"flag", &uintptr_type, offsetof(Value, flag), false, false},
  };
  return fields;
}
}  // namespace

uint64_t hash_of(const Value& v, uint64_t seed) {
  return hash_mix(reinterpret_cast<uintptr_t>(v.typ) ^ reinterpret_cast<uintptr_t>(v.ptr) ^ v.flag, seed);
}

const type_desc* Value_desc() {
  static const type_desc d = [] {
    type_desc t;
    t.kind = kind::struct_;
    t.name = "reflect.Value";
    t.pkg_path = "reflect";
    t.named = true;
    t.has_pointers = true;
    t.size = sizeof(Value);
    t.align = alignof(Value);
    t.fields = value_fields();
    t.num_fields = 3;
    t.equal = &equal_fn<Value>;
    t.hash = &hash_fn<Value>;
    static const method_entry methods[] = {
        {"String", erase_method(+[](void* self) { return Value_String(*static_cast<Value*>(self)); })},
    };
    t.methods = methods;
    t.num_methods = 1;
    // fmt prints a Value it meets at the top level as the value it holds, and one nested in
    // another value through this String method, as Go's printValue does.
    t.string_method = +[](const void* v) { return Value_String(*static_cast<const Value*>(v)); };
    return t;
  }();
  detail::reflect_value_type = &d;
  return &d;
}

const type_desc* MapIter_desc() {
  static const type_desc d = [] {
    type_desc t;
    t.kind = kind::struct_;
    t.name = "reflect.MapIter";
    t.pkg_path = "reflect";
    t.named = true;
    t.has_pointers = true;
    t.size = sizeof(MapIter);
    t.align = alignof(MapIter);
    t.equal = &equal_fn<MapIter>;
    return t;
  }();
  return &d;
}

namespace {
go::string value_error_text(const void* self) { return ValueError_Error(*static_cast<const ptr<ValueError>*>(self)); }

const type_desc* value_error_ptr_desc() {
  static const type_desc d = [] {
    type_desc t = plain_pointer_desc(ValueError_desc());
    static const method_entry methods[] = {
        {"Error", erase_method(+[](void* self) { return ValueError_Error(*static_cast<ptr<ValueError>*>(self)); })},
    };
    t.methods = methods;
    t.num_methods = 1;
    t.error_method = &value_error_text;
    return t;
  }();
  return &d;
}
}  // namespace

const type_desc* ValueError_desc() {
  static const struct_field fields[] = {
      {"Method", &string_type, offsetof(ValueError, Method), false, true},
      {"Kind", Kind_desc(), offsetof(ValueError, Kind), false, true},
  };
  static const type_desc d = [] {
    type_desc t;
    t.kind = kind::struct_;
    t.name = "reflect.ValueError";
    t.pkg_path = "reflect";
    t.named = true;
    t.has_pointers = true;
    t.size = sizeof(ValueError);
    t.align = alignof(ValueError);
    t.fields = fields;
    t.num_fields = 2;
    t.equal = &equal_fn<ValueError>;
    t.ptr_desc = &value_error_ptr_desc;
    return t;
  }();
  return &d;
}

}  // namespace go::reflect
