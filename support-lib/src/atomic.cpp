// sync/atomic.Value (include/go/sync/atomic.h), after Go 1.19's value.go: the first Store fixes
// the dynamic type, later ones must match it, nil is refused. With goroutines on one thread a
// plain read or write of the (type, data) pair is already atomic with respect to them.
#include "go/sync/atomic.h"

#include <cstddef>
#include <string>
#include <type_traits>

#include "go/panic.h"
#include "go/type.h"

namespace go::sync::atomic {
namespace {

void check(const Value& v, const go::any& val, const char* nil_msg, const char* type_msg) {
  if (val == nullptr) panic(go::any(go::string::from_view(nil_msg)));
  if (v.v != nullptr && v.v.type != val.type) panic(go::any(go::string::from_view(type_msg)));
}

template <class T>
const type_desc* opaque_desc(const char* name, const type_desc* field_type) {
  static const struct_field fields[] = {{"v", field_type, offsetof(T, v), false, false}};
  static const type_desc desc = [name] {
    type_desc d;
    d.kind = kind::struct_;
    d.name = name;
    d.pkg_path = "sync/atomic";
    d.named = true;
    d.has_pointers = std::is_same_v<T, Value>;
    d.size = sizeof(T);
    d.align = alignof(T);
    d.fields = fields;
    d.num_fields = 1;
    d.equal = &equal_fn<T>;
    d.hash = &hash_fn<T>;
    return d;
  }();
  return &desc;
}

}  // namespace

const type_desc* Int32_desc() { return opaque_desc<Int32>("atomic.Int32", &int32_type); }
const type_desc* Int64_desc() { return opaque_desc<Int64>("atomic.Int64", &int64_type); }
const type_desc* Uint32_desc() { return opaque_desc<Uint32>("atomic.Uint32", &uint32_type); }
const type_desc* Uint64_desc() { return opaque_desc<Uint64>("atomic.Uint64", &uint64_type); }
const type_desc* Bool_desc() { return opaque_desc<Bool>("atomic.Bool", &uint32_type); }
const type_desc* Value_desc() { return opaque_desc<Value>("atomic.Value", &any_type); }

const type_desc* pointer_desc(const type_desc* elem_ptr, std::size_t size, std::size_t align) {
  // One per instantiation, kept for the life of the process (type_of_impl holds it in a static).
  auto* name = new std::string("atomic.Pointer[" + std::string(elem_ptr->elem->name) + "]");
  auto* fields = new struct_field{"v", elem_ptr, 0, false, false};
  auto* d = new type_desc();
  d->kind = kind::struct_;
  d->name = *name;
  d->pkg_path = "sync/atomic";
  d->named = true;
  d->has_pointers = true;
  d->size = size;
  d->align = align;
  d->fields = fields;
  d->num_fields = 1;
  return d;
}

go::any Value_Load(ptr<Value> p) { return p->v; }

void Value_Store(ptr<Value> p, go::any val) {
  Value& v = *p;
  check(v, val, "sync/atomic: store of nil value into Value",
        "sync/atomic: store of inconsistently typed value into Value");
  v.v = val;
}

go::any Value_Swap(ptr<Value> p, go::any val) {
  Value& v = *p;
  check(v, val, "sync/atomic: swap of nil value into Value",
        "sync/atomic: swap of inconsistently typed value into Value");
  go::any old = v.v;
  v.v = val;
  return old;
}

bool Value_CompareAndSwap(ptr<Value> p, go::any old, go::any val) {
  Value& v = *p;
  check(v, val, "sync/atomic: compare and swap of nil value into Value",
        "sync/atomic: compare and swap of inconsistently typed value into Value");
  if (old != nullptr && old.type != val.type) {
    panic(go::any(go::string("sync/atomic: compare and swap of inconsistently typed values")));
  }
  if (v.v == nullptr) {
    if (old != nullptr) return false;
    v.v = val;
    return true;
  }
  // Go compares with ==, which panics for uncomparable dynamic types.
  if (!(v.v == old)) return false;
  v.v = val;
  return true;
}

}  // namespace go::sync::atomic
