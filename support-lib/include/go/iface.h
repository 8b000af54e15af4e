// Interfaces with methods.
//
// An interface value is a go::any (its dynamic type and a pointer to the boxed value) plus a
// method table for that dynamic type, like gc's itab: so it converts to interface{} for free,
// and fmt, ==, hashing and type assertions treat every interface value the same way.
//
// For each interface type the emitter writes a table layout and a value type:
//
//   // type Shape interface { Area() float64; Scale(f float64) }
//   struct Shape_methods : go::itab {
//     static constexpr std::string_view names[] = {"Area", "Scale"};
//     go::float64 (*Area)(void* self);
//     void (*Scale)(void* self, go::float64 f);
//   };
//   struct Shape : go::iface<Shape_methods> {
//     using go::iface<Shape_methods>::iface;
//     go::float64 Area() const;  // { return go::call(*this, &Shape_methods::Area); }
//     void Scale(go::float64 f) const;
//   };
//
// A table's slots are filled, by name, from the dynamic type's method set (type_desc::methods,
// whose entries are `R (*)(void* self, A...)` thunks written beside each descriptor), once per
// (interface, dynamic type) pair.
#pragma once

#include <cstddef>
#include <cstring>
#include <iterator>
#include <string_view>
#include <type_traits>
#include <utility>

#include "go/any.h"
#include "go/assert.h"
#include "go/gc.h"
#include "go/panic.h"
#include "go/runtime_error.h"
#include "go/type.h"

namespace go {

// The head of every method table: the dynamic type it was built for.
struct itab {
  const type_desc* type = nullptr;
};

// A method thunk as a descriptor's method table stores it.
template <class R, class... A>
method_fn erase_method(R (*fn)(void*, A...)) {
  return reinterpret_cast<method_fn>(fn);
}

namespace detail {
// Fills `out[i]` with t's method named names[i] whose signature is sigs[i]; false (and the first
// missing name in *missing) when t lacks one, or has it with another signature (gc says "missing
// method" then too). Without sigs, or where t's entry records none, the name decides.
bool fill_methods(const type_desc* t, const std::string_view* names, const std::string_view* sigs,
                  std::size_t n, method_fn* out, std::string_view* missing);

// An interface table layout's method signatures (M::sigs, parallel to M::names), or null when
// the layout has none.
template <class M>
constexpr const std::string_view* method_sigs() {
  if constexpr (requires { M::sigs; }) {
    static_assert(std::size(M::sigs) == std::size(M::names));
    return M::sigs;
  } else {
    return nullptr;
  }
}
}  // namespace detail

namespace detail {
// The (dynamic type -> method table) cache of one interface table layout (iface.cpp). One
// non-template type for all layouts, so that a translation unit does not instantiate a hash map
// per interface type it mentions.
struct itab_cache;
itab_cache* new_itab_cache();
// The table of t in `cache`, built from t's methods for the layout `names`/`sigs` (n slots after
// the itab head) when not there yet; null when t does not implement it (*missing then names the
// first missing method).
const itab* find_itab(itab_cache* cache, const type_desc* t, const std::string_view* names,
                      const std::string_view* sigs, std::size_t n, std::string_view* missing);
}  // namespace detail

// The method table of dynamic type t for the interface whose table layout is M, or null when t
// does not implement it (*missing then names the first missing method). Built once per (M, t).
template <class M>
const M* itab_for(const type_desc* t, std::string_view* missing = nullptr) {
  constexpr std::size_t n = std::size(M::names);
  static_assert(std::is_trivially_copyable_v<M> && sizeof(M) == sizeof(itab) + n * sizeof(method_fn),
                "a method table is its dynamic type and one function pointer per method");
  static detail::itab_cache* const cache = detail::new_itab_cache();
  return static_cast<const M*>(
      detail::find_itab(cache, t, M::names, detail::method_sigs<M>(), n, missing));
}

// Interface values with methods (emitted interface types, go::error, ...).
template <class T>
concept interface_value = requires { typename std::remove_cvref_t<T>::go_interface; };

struct iface_parts_t {};
inline constexpr iface_parts_t iface_parts{};

// An interface value of the interface whose method table layout is M. Emitted interface types
// derive from it and add one member function per method. It holds its go::any by value (not as
// a base class) so that structs with interface fields stay standard-layout.
template <class M>
class iface {
 public:
  using methods_type = M;
  using go_interface = void;  // marks interface values (go::interface_value)

  constexpr iface() = default;
  constexpr iface(std::nullptr_t) {}  // NOLINT: nil converts implicitly

  // A concrete value: boxed, with its type's method table (the emitter only converts types
  // that implement the interface).
  template <class T>
    requires(!interface_value<T> && !std::is_same_v<std::remove_cvref_t<T>, any> &&
             !std::is_array_v<T>)
  iface(const T& v) : value_(v), tab_(static_table<T>()) {}  // NOLINT: implicit, like Go's

  // A concrete value whose Go type the C++ type does not name (named non-struct types).
  template <class T>
  iface(const type_desc* desc, const T& v) : value_(desc, v), tab_(itab_for<M>(desc)) {}

  // From a method table and a boxed value (go::iface_cast and assertions).
  iface(iface_parts_t, const M* tab, void* data) : tab_(tab) {
    value_.type = tab != nullptr ? tab->type : nullptr;
    value_.data = data;
  }

  // As interface{}: the same dynamic type and value.
  operator const any&() const { return value_; }  // NOLINT: implicit, like Go's
  // The method table (null for a nil interface value).
  const M* table() const { return tab_; }

 private:
  template <class T>
  static const M* static_table() {
    static const M* tab = itab_for<M>(type_of<T>());
    return tab;
  }
  any value_;
  const M* tab_ = nullptr;
};

// The dynamic type of an interface value (null for nil).
inline const type_desc* dynamic_type(const any& x) { return x.type; }

template <class M>
bool operator==(const iface<M>& a, std::nullptr_t) {
  return static_cast<const any&>(a).type == nullptr;
}

// Calls the method in `slot` of x's table: what an emitted interface's member functions do,
// e.g. `return go::call(*this, &Shape_methods::Area);`. Calling a method of a nil interface value
// is Go's nil dereference.
template <class M, class F, class... A>
decltype(auto) call(const iface<M>& x, F M::*slot, A&&... args) {
  const any& v = x;
  const M* tab = x.table();
  if (tab == nullptr) [[unlikely]] {
    if (v.type == nullptr) panic_nil_deref();
    // Built during static initialization, before the dynamic type's descriptor was complete.
    tab = itab_for<M>(v.type);
  }
  return (tab->*slot)(v.data, std::forward<A>(args)...);
}

// x itself, after Go's nil check for a method value or deferred method call of an interface.
template <class I>
const I& non_nil(const I& x) {
  if (dynamic_type(x) == nullptr) [[unlikely]]
    panic_nil_deref();
  return x;
}

// A value of one interface type as another that its static type implements (or interface{}):
// the dynamic value is kept; only the method table changes.
template <class I>
I iface_cast(const any& x) {
  if constexpr (std::is_same_v<I, any>) {
    return x;
  } else {
    if (x.type == nullptr) return I();
    return I(iface_parts, itab_for<typename I::methods_type>(x.type), x.data);
  }
}

// ---- C++ objects as values of Go interfaces (docs/interop.md)
//
// For each exported interface I of a package other than main, the emitter writes an abstract
// class I_cpp (one pure virtual function per method) and specializes cpp_interface<I>. A C++
// class deriving from I_cpp becomes an I with go::implement<I>(&object); Go code calls its
// methods through a method table like any other. The dynamic type is the pointer, so two values
// are == when they hold the same object, and %v prints its address.
template <class I>
struct cpp_interface;  // { using base = I_cpp; static const type_desc* desc(); }

// The descriptor of a C++ implementation of an interface: a pointer type named `name`
// ("*geom.Shape_cpp") whose method set is `methods` (sorted by name, thunks that call the
// virtual functions through cpp_call).
type_desc cpp_object_desc(std::string_view name, const method_entry* methods, int64_t n);

// object as a value of interface I; null gives the nil interface value. The object stays C++'s:
// it must outlive every use Go code makes of the value.
template <class I, class T>
  requires std::is_base_of_v<typename cpp_interface<I>::base, T>
I implement(T* object) {
  using base = typename cpp_interface<I>::base;
  if (object == nullptr) return I();
  return I(cpp_interface<I>::desc(), static_cast<base*>(object));
}

// Runs f, a call into C++ code on behalf of Go code: a C++ exception out of it becomes a Go
// panic (detail::foreign_exception_panic), so deferred calls and recover() see it; Go panics
// pass through as they are.
template <class F>
decltype(auto) cpp_call(F&& f) {
  try {
    return f();
  } catch (panic_error&) {
    throw;
  } catch (detail::goexit_unwind&) {
    throw;
  } catch (...) {
    throw detail::foreign_exception_panic();
  }
}

// Go's panics for failed assertions to interface types:
// "interface conversion: interface is nil, not main.Shape" and
// "interface conversion: main.T is not main.Shape: missing method Area".
[[noreturn]] void panic_iface_assert(const type_desc* have, const type_desc* want,
                                     std::string_view missing);

// x.(I) for an interface type I.
template <class I>
I assert_iface(const any& x, const type_desc* want) {
  if (x.type == nullptr) panic_iface_assert(nullptr, want, {});
  if constexpr (std::is_same_v<I, any>) {
    return x;
  } else {
    std::string_view missing;
    const auto* tab = itab_for<typename I::methods_type>(x.type, &missing);
    if (tab == nullptr) panic_iface_assert(x.type, want, missing);
    return I(iface_parts, tab, x.data);
  }
}

// v, ok := x.(I) for an interface type I.
template <class I>
assertion<I> assert_iface_ok(const any& x) {
  if (x.type == nullptr) return {I(), false};
  if constexpr (std::is_same_v<I, any>) {
    return {x, true};
  } else {
    const auto* tab = itab_for<typename I::methods_type>(x.type);
    if (tab == nullptr) return {I(), false};
    return {I(iface_parts, tab, x.data), true};
  }
}

// Whether x's dynamic type implements I (a type switch case naming an interface type).
template <class I>
bool implements(const any& x) {
  if (x.type == nullptr) return false;
  if constexpr (std::is_same_v<I, any>) {
    return true;
  } else {
    return itab_for<typename I::methods_type>(x.type) != nullptr;
  }
}

// The descriptor of an interface type: its name for %T, Go's == and hashing of interface
// values, the layout size (fmt walks slices of interfaces by it).
template <class I>
constexpr type_desc interface_desc(std::string_view name, std::string_view pkg_path, bool named) {
  type_desc d;
  d.kind = kind::interface;
  d.has_pointers = true;
  d.equal = &equal_fn<any>;
  d.hash = &hash_fn<any>;
  d.name = name;
  d.pkg_path = pkg_path;
  d.named = named;
  d.size = sizeof(I);
  d.align = alignof(I);
  if constexpr (interface_value<I>) {
    d.iface_names = I::methods_type::names;
    d.num_iface_names = static_cast<int64_t>(std::size(I::methods_type::names));
  }
  return d;
}

}  // namespace go
