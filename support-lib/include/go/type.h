// Runtime type descriptors: what the runtime knows about a Go type when it only has a pointer to
// a value of it (interfaces, fmt, map keys, panics).
//
// Every Go type has one `go::type_desc`, identified by its address: two descriptors are the same
// Go type exactly when the pointers are equal, so composite descriptors are interned (slice_of,
// array_of, map_of, pointer_to in src/type.cpp) and emitted types get one constant each.
// `go::type_of<T>()` maps the runtime's C++ types to descriptors; where several Go types share a
// C++ type (int/int64, uint/uint64/uintptr) the C++ type means the first and the others have
// named descriptors (go::int64_type, ...).
//
// Emitted types get a descriptor constant each and make type_of find it by specializing
// go::detail::type_of_impl<T> with `static const type_desc* get()`.
//
// Values are walked type-erased through the layouts the runtime guarantees:
//   string: {const uint8_t* data; int64_t len}       slice: {void* data; int64_t len; int64_t cap}
//   array:  `len` elements of elem->size bytes        pointer: a T*
//   map:    through map_len / map_foreach             interface: a go::any {type, data}
//   struct: fields[i] at offset fields[i].offset
#pragma once

#include <atomic>
#include <cstdint>
#include <string_view>

#include "go/builtin.h"

namespace go {

struct string;
struct any;
template <class T> struct slice_impl;
template <class T> using slice = slice_impl<T>;
template <class T, int64_t N> struct array;
template <class K, class V> class map;
template <class T> class ptr;

// reflect.Kind, in reflect's order (kind::bool_ == 1 as reflect.Bool).
enum class kind : uint8_t {
  invalid,
  bool_,
  int_,
  int8,
  int16,
  int32,
  int64,
  uint,
  uint8,
  uint16,
  uint32,
  uint64,
  uintptr,
  float32,
  float64,
  complex64,
  complex128,
  array,
  chan,
  func,
  interface,
  map,
  pointer,
  slice,
  string,
  struct_,
  unsafe_pointer,
};

struct type_desc;

// One field of a struct type.
struct struct_field {
  std::string_view name;
  const type_desc* type = nullptr;
  uintptr offset = 0;
  bool embedded = false;
  bool exported = false;
  std::string_view tag = {};  // the struct tag's value (unquoted), for reflect's StructField.Tag
};

// A method's code, stored type-erased: a pointer to a function `R (*)(void* self, A...)` where
// `self` points to a value of the receiving type (for a pointer type, to the pointer), cast back
// to its real type by the interface that calls it (go/iface.h).
using method_fn = void (*)();

// One method of a type's method set. `sig` is its Go signature without the receiver, as %T
// prints a func type ("func(int) string"): an interface's method matches only a method of the
// same name and signature (empty: not recorded, matched by name alone, as the runtime's own
// hand-written tables are).
struct method_entry {
  constexpr method_entry() = default;
  constexpr method_entry(std::string_view n, method_fn f, std::string_view s = {})
      : name(n), fn(f), sig(s) {}
  std::string_view name;
  method_fn fn = nullptr;
  std::string_view sig;
};

// The header of every slice, whatever its element type.
struct slice_header {
  void* data;
  int64_t len;
  int64_t cap;
};

using map_visit_fn = void (*)(void* ctx, const void* key, const void* value);

struct type_desc {
  go::kind kind = go::kind::invalid;
  std::string_view name;      // as %T prints it: "int", "[]string", "map[string]int", "main.Point"
  std::string_view pkg_path;  // named types: the package's import path ("main"); "" otherwise
  bool named = false;         // a defined type (type T ...), as opposed to a type literal
  bool has_pointers = false;  // values hold pointers the collector must see
  uintptr size = 0;
  uintptr align = 1;

  const type_desc* elem = nullptr;  // array, slice, pointer, chan: element; map: value type
  const type_desc* key = nullptr;   // map: key type
  int64_t len = 0;                  // array: length

  const struct_field* fields = nullptr;  // struct: fields in declaration order
  int64_t num_fields = 0;

  // Go's == on two values of this type (`t` is this descriptor, so composite types can share
  // one function); null when the type is not comparable. For interface types it may panic
  // (uncomparable dynamic type).
  bool (*equal)(const type_desc* t, const void* a, const void* b) = nullptr;
  // Hash of a value, consistent with equal; null when not comparable.
  uint64_t (*hash)(const type_desc* t, const void* v, uint64_t seed) = nullptr;

  // Maps: number of entries, and a visit of every entry (in the map's internal order; callers
  // that need Go's sorted fmt order sort themselves). Both accept a nil map.
  int64_t (*map_len)(const void* map) = nullptr;
  void (*map_foreach)(const void* map, map_visit_fn fn, void* ctx) = nullptr;

  // Error() and String() when the type's method set has them (fmt and the panic report call
  // these), and the whole method set, sorted by name, for interfaces (go/iface.h).
  go::string (*error_method)(const void* v) = nullptr;
  go::string (*string_method)(const void* v) = nullptr;
  const method_entry* methods = nullptr;
  int64_t num_methods = 0;

  // A type with methods whose pointer type has a method set of its own (Go's *T): the emitted
  // descriptor of *T, which pointer_to(this) returns instead of building a plain one.
  const type_desc* (*ptr_desc)() = nullptr;

  // GoString() for %#v, when the method set has it.
  go::string (*gostring_method)(const void* v) = nullptr;

  // Interface types with methods: their method names, sorted (what a value must have to be
  // assignable to the type, for errors.As and the like).
  const std::string_view* iface_names = nullptr;
  int64_t num_iface_names = 0;
};

// Descriptors of the basic types (src/type.cpp).
extern const type_desc bool_type, int_type, int8_type, int16_type, int32_type, int64_type,
    uint_type, uint8_type, uint16_type, uint32_type, uint64_type, uintptr_type, float32_type,
    float64_type, complex64_type, complex128_type, string_type, any_type;

// Interned composite descriptors, like reflect.SliceOf and friends: the same arguments give the
// same pointer.
const type_desc* slice_of(const type_desc* elem);
const type_desc* array_of(const type_desc* elem, int64_t len);
const type_desc* map_of(const type_desc* key, const type_desc* elem);
const type_desc* pointer_to(const type_desc* elem);
// A func type's descriptor, interned by its name (as %T prints it) and C++ size.
const type_desc* func_type(std::string_view name, uintptr size);

// The descriptor pointer_to(elem) builds for a pointer type without methods: what an emitted
// *T descriptor starts from before adding T's pointer method set.
type_desc plain_pointer_desc(const type_desc* elem);

// Looks a method up in t's method set by name (null if t is null or lacks it).
method_fn find_method(const type_desc* t, std::string_view name);
const method_entry* find_method_entry(const type_desc* t, std::string_view name);

namespace detail {
// reflect.Value's descriptor once a program has boxed one (src/reflect_value.cpp), so fmt can print
// the value a reflect.Value holds as Go does, without fmt depending on reflect.
extern const type_desc* reflect_value_type;

template <class T>
struct type_of_impl;  // no definition: a C++ type that names no Go type

template <const type_desc* D>
struct basic_type_of {
  static const type_desc* get() { return D; }
};
}  // namespace detail

// The descriptor of the Go type that the runtime C++ type T represents.
template <class T>
const type_desc* type_of() {
  return detail::type_of_impl<T>::get();
}

namespace detail {
template <> struct type_of_impl<bool> : basic_type_of<&bool_type> {};
template <> struct type_of_impl<int64_t> : basic_type_of<&int_type> {};
template <> struct type_of_impl<int8_t> : basic_type_of<&int8_type> {};
template <> struct type_of_impl<int16_t> : basic_type_of<&int16_type> {};
template <> struct type_of_impl<int32_t> : basic_type_of<&int32_type> {};
template <> struct type_of_impl<uint64_t> : basic_type_of<&uint_type> {};
template <> struct type_of_impl<uint8_t> : basic_type_of<&uint8_type> {};
template <> struct type_of_impl<uint16_t> : basic_type_of<&uint16_type> {};
template <> struct type_of_impl<uint32_t> : basic_type_of<&uint32_type> {};
template <> struct type_of_impl<float> : basic_type_of<&float32_type> {};
template <> struct type_of_impl<double> : basic_type_of<&float64_type> {};
template <> struct type_of_impl<complex64> : basic_type_of<&complex64_type> {};
template <> struct type_of_impl<complex128> : basic_type_of<&complex128_type> {};
template <> struct type_of_impl<go::string> : basic_type_of<&string_type> {};
template <> struct type_of_impl<go::any> : basic_type_of<&any_type> {};

template <class T>
struct type_of_impl<slice<T>> {
  static const type_desc* get() {
    // Cached without a guard: building it can ask for this type again (a struct whose field
    // is a pointer to it), and the interned result is the same either way.
    static std::atomic<const type_desc*> d{nullptr};
    const type_desc* t = d.load(std::memory_order_acquire);
    if (t == nullptr) {
      t = slice_of(type_of<T>());
      d.store(t, std::memory_order_release);
    }
    return t;
  }
};
template <class T, int64_t N>
struct type_of_impl<array<T, N>> {
  static const type_desc* get() {
    // Cached without a guard: building it can ask for this type again (a struct whose field
    // is a pointer to it), and the interned result is the same either way.
    static std::atomic<const type_desc*> d{nullptr};
    const type_desc* t = d.load(std::memory_order_acquire);
    if (t == nullptr) {
      t = array_of(type_of<T>(), N);
      d.store(t, std::memory_order_release);
    }
    return t;
  }
};
template <class K, class V>
struct type_of_impl<map<K, V>> {
  static const type_desc* get() {
    // Cached without a guard: building it can ask for this type again (a struct whose field
    // is a pointer to it), and the interned result is the same either way.
    static std::atomic<const type_desc*> d{nullptr};
    const type_desc* t = d.load(std::memory_order_acquire);
    if (t == nullptr) {
      t = map_of(type_of<K>(), type_of<V>());
      d.store(t, std::memory_order_release);
    }
    return t;
  }
};
template <class T>
struct type_of_impl<ptr<T>> {
  static const type_desc* get() {
    // Cached without a guard: building it can ask for this type again (a struct whose field
    // is a pointer to it), and the interned result is the same either way.
    static std::atomic<const type_desc*> d{nullptr};
    const type_desc* t = d.load(std::memory_order_acquire);
    if (t == nullptr) {
      t = pointer_to(type_of<T>());
      d.store(t, std::memory_order_release);
    }
    return t;
  }
};
// A raw T* (what go::gc_new returns for &T{...}) is the same Go pointer type as go::ptr<T>.
template <class T>
struct type_of_impl<T*> : type_of_impl<ptr<T>> {};
}  // namespace detail

}  // namespace go
