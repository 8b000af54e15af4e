// Type descriptors: the basic types' constants and the interned composite descriptors
// (slice_of, array_of, map_of, pointer_to). Composite descriptors are built once per distinct
// argument list, kept for the life of the process in ordinary memory (they hold no Go values),
// and found again through a table keyed by their arguments, so pointer equality is type identity.
#include "go/type.h"
#include "go/unsafe.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <mutex>
#include <string>
#include <tuple>

#include "go/any.h"
#include "go/hash.h"
#include "go/map.h"
#include "go/string.h"

namespace go {
namespace {

template <class T>
bool equal_scalar(const type_desc*, const void* a, const void* b) {
  return *static_cast<const T*>(a) == *static_cast<const T*>(b);
}
template <class T>
uint64_t hash_scalar(const type_desc*, const void* v, uint64_t seed) {
  return hash_of(*static_cast<const T*>(v), seed);
}

template <class T>
constexpr type_desc basic(go::kind k, std::string_view name) {
  type_desc d;
  d.kind = k;
  d.name = name;
  d.size = sizeof(T);
  d.align = alignof(T);
  d.has_pointers = !std::is_arithmetic_v<T> && !std::is_same_v<T, complex64> && !std::is_same_v<T, complex128>;
  d.equal = &equal_scalar<T>;
  d.hash = &hash_scalar<T>;
  return d;
}

bool equal_any(const type_desc*, const void* a, const void* b) {
  return *static_cast<const any*>(a) == *static_cast<const any*>(b);
}
uint64_t hash_any(const type_desc*, const void* v, uint64_t seed) {
  return hash_of(*static_cast<const any*>(v), seed);
}

bool equal_array(const type_desc* t, const void* a, const void* b) {
  const auto* pa = static_cast<const unsigned char*>(a);
  const auto* pb = static_cast<const unsigned char*>(b);
  const type_desc* e = t->elem;
  for (int64_t i = 0; i < t->len; i++) {
    if (!e->equal(e, pa + i * e->size, pb + i * e->size)) return false;
  }
  return true;
}
uint64_t hash_array(const type_desc* t, const void* v, uint64_t seed) {
  const auto* p = static_cast<const unsigned char*>(v);
  const type_desc* e = t->elem;
  uint64_t h = hash_mix(static_cast<uint64_t>(t->len), seed);
  for (int64_t i = 0; i < t->len; i++) h = e->hash(e, p + i * e->size, h);
  return h;
}

bool equal_pointer(const type_desc*, const void* a, const void* b) {
  return *static_cast<void* const*>(a) == *static_cast<void* const*>(b);
}
uint64_t hash_pointer(const type_desc*, const void* v, uint64_t seed) {
  return hash_mix(reinterpret_cast<uintptr_t>(*static_cast<void* const*>(v)), seed);
}

// The interning table. Keys: (kind, elem, key, len).
using intern_key = std::tuple<int, const type_desc*, const type_desc*, int64_t>;
std::mutex intern_mu;
std::map<intern_key, const type_desc*>& intern_table() {
  static auto* t = new std::map<intern_key, const type_desc*>();
  return *t;
}

// Finds or builds (with `build`, under the lock) the descriptor for k.
template <class Build>
const type_desc* intern(const intern_key& k, Build build) {
  std::lock_guard<std::mutex> lock(intern_mu);
  auto& t = intern_table();
  auto it = t.find(k);
  if (it != t.end()) return it->second;
  type_desc* d = build();
  t.emplace(k, d);
  return d;
}

// Names live as long as their descriptors, that is for ever. The view starts at its own block,
// so LeakSanitizer (go2cpp build -sanitize=address) sees the block referenced; a view into a
// std::string's inline buffer was reported as a leak.
std::string_view keep(const std::string& s) {
  char* text = new char[s.size() + 1];
  std::memcpy(text, s.data(), s.size() + 1);
  return {text, s.size()};
}
std::string name_of(const type_desc* t) { return std::string(t->name); }

}  // namespace

const type_desc bool_type = basic<bool>(kind::bool_, "bool");
const type_desc int_type = basic<int64_t>(kind::int_, "int");
const type_desc int8_type = basic<int8_t>(kind::int8, "int8");
const type_desc int16_type = basic<int16_t>(kind::int16, "int16");
const type_desc int32_type = basic<int32_t>(kind::int32, "int32");
const type_desc int64_type = basic<int64_t>(kind::int64, "int64");
const type_desc uint_type = basic<uint64_t>(kind::uint, "uint");
const type_desc uint8_type = basic<uint8_t>(kind::uint8, "uint8");
const type_desc uint16_type = basic<uint16_t>(kind::uint16, "uint16");
const type_desc uint32_type = basic<uint32_t>(kind::uint32, "uint32");
const type_desc uint64_type = basic<uint64_t>(kind::uint64, "uint64");
const type_desc uintptr_type = basic<uint64_t>(kind::uintptr, "uintptr");
const type_desc float32_type = basic<float>(kind::float32, "float32");
const type_desc float64_type = basic<double>(kind::float64, "float64");
const type_desc complex64_type = basic<complex64>(kind::complex64, "complex64");
const type_desc complex128_type = basic<complex128>(kind::complex128, "complex128");
const type_desc string_type = basic<go::string>(kind::string, "string");
namespace detail {
const type_desc* reflect_value_type = nullptr;
const type_desc unsafe_pointer_type = basic<unsafe_pointer>(kind::unsafe_pointer, "unsafe.Pointer");
}  // namespace detail
const type_desc any_type = [] {
  type_desc d;
  d.kind = kind::interface;
  d.name = "interface {}";
  d.size = sizeof(any);
  d.align = alignof(any);
  d.has_pointers = true;
  d.equal = &equal_any;
  d.hash = &hash_any;
  return d;
}();

const type_desc* slice_of(const type_desc* elem) {
  return intern({int(kind::slice), elem, nullptr, 0}, [&] {
    auto* d = new type_desc();
    d->kind = kind::slice;
    d->name = keep("[]" + name_of(elem));
    d->size = sizeof(slice_header);
    d->align = alignof(slice_header);
    d->has_pointers = true;
    d->elem = elem;
    return d;
  });
}

const type_desc* array_of(const type_desc* elem, int64_t len) {
  return intern({int(kind::array), elem, nullptr, len}, [&] {
    auto* d = new type_desc();
    d->kind = kind::array;
    d->name = keep("[" + std::to_string(len) + "]" + name_of(elem));
    d->size = elem->size * static_cast<uintptr>(len);
    d->align = elem->align;
    d->has_pointers = elem->has_pointers && len > 0;
    d->elem = elem;
    d->len = len;
    if (elem->equal != nullptr) {
      d->equal = &equal_array;
      d->hash = &hash_array;
    }
    return d;
  });
}

const type_desc* map_of(const type_desc* key, const type_desc* elem) {
  return intern({int(kind::map), elem, key, 0}, [&] {
    auto* d = new type_desc();
    d->kind = kind::map;
    d->name = keep("map[" + name_of(key) + "]" + name_of(elem));
    d->size = sizeof(void*);
    d->align = alignof(void*);
    d->has_pointers = true;
    d->elem = elem;
    d->key = key;
    d->map_len = &detail::map_len_erased;
    d->map_foreach = &detail::map_foreach_erased;
    return d;
  });
}

const type_desc* func_type(std::string_view name, uintptr size) {
  static std::mutex mu;
  static auto& table = *new std::map<std::string, const type_desc*, std::less<>>();
  std::lock_guard<std::mutex> lock(mu);
  auto it = table.find(name);
  if (it != table.end()) return it->second;
  auto* d = new type_desc();
  d->kind = kind::func;
  d->name = keep(std::string(name));
  d->size = size;
  d->align = alignof(void*);
  d->has_pointers = true;
  table.emplace(std::string(name), d);
  return d;
}

type_desc plain_pointer_desc(const type_desc* elem) {
  type_desc d;
  d.kind = kind::pointer;
  d.name = keep("*" + name_of(elem));
  d.size = sizeof(void*);
  d.align = alignof(void*);
  d.has_pointers = true;
  d.elem = elem;
  d.equal = &equal_pointer;
  d.hash = &hash_pointer;
  return d;
}

type_desc cpp_object_desc(std::string_view name, const method_entry* methods, int64_t n) {
  // What the pointer points at is C++'s business: Go sees an opaque pointer.
  static const type_desc object = [] {
    type_desc d;
    d.kind = kind::unsafe_pointer;
    d.name = "go2cpp.CppObject";
    d.size = sizeof(void*);
    d.align = alignof(void*);
    return d;
  }();
  type_desc d = plain_pointer_desc(&object);
  d.name = name;
  d.methods = methods;
  d.num_methods = n;
  return d;
}

const type_desc* pointer_to(const type_desc* elem) {
  if (elem->ptr_desc != nullptr) return elem->ptr_desc();
  return intern({int(kind::pointer), elem, nullptr, 0},
                [&] { return new type_desc(plain_pointer_desc(elem)); });
}

const method_entry* find_method_entry(const type_desc* t, std::string_view name) {
  if (t == nullptr) return nullptr;
  const method_entry* first = t->methods;
  const method_entry* last = t->methods + t->num_methods;
  const method_entry* it = std::lower_bound(
      first, last, name, [](const method_entry& m, std::string_view n) { return m.name < n; });
  return it != last && it->name == name ? it : nullptr;
}

method_fn find_method(const type_desc* t, std::string_view name) {
  const method_entry* m = find_method_entry(t, name);
  return m != nullptr ? m->fn : nullptr;
}

}  // namespace go
