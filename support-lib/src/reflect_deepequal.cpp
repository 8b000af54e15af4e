// reflect.DeepEqual, after Go 1.19's reflect/deepequal.go: the same walk over the type
// descriptors, with the same visited set of (address, address, type) for the values that can
// form cycles (non-nil maps, slices, interfaces and pointers), so a cyclic structure compares
// as Go compares it. Floats compare with == (NaN is unequal to itself, but a map or slice
// compares equal to itself before its elements are looked at), funcs are equal only when both
// are nil, map entries are found with the key type's == (a NaN key is never found).
#include <cstring>
#include <set>
#include <tuple>

#include "go/map.h"
#include "go/reflect.h"

namespace go::reflect {

namespace {

using visit = std::tuple<const void*, const void*, const type_desc*>;

template <class T>
T load(const void* p) {
  T v;
  std::memcpy(&v, p, sizeof(T));
  return v;
}

void* word(const void* p) { return load<void*>(p); }

bool deep_equal(const type_desc* t, const void* a, const void* b, std::set<visit>& visited);

bool hard(kind k) {
  return k == kind::pointer || k == kind::map || k == kind::slice || k == kind::interface;
}

bool is_nil(kind k, const void* p) {
  if (k == kind::interface) return static_cast<const any*>(p)->type == nullptr;
  return word(p) == nullptr;
}

bool deep_equal(const type_desc* t, const void* a, const void* b, std::set<visit>& visited) {
  const kind k = t->kind;
  if (hard(k) && !is_nil(k, a) && !is_nil(k, b)) {
    // Go keys pointers and maps by their target, slices and interfaces by their storage.
    const void* a1 = (k == kind::pointer || k == kind::map) ? word(a) : a;
    const void* a2 = (k == kind::pointer || k == kind::map) ? word(b) : b;
    if (reinterpret_cast<uintptr_t>(a1) > reinterpret_cast<uintptr_t>(a2)) std::swap(a1, a2);
    if (!visited.emplace(a1, a2, t).second) return true;
  }
  switch (k) {
    case kind::array: {
      const type_desc* e = t->elem;
      for (int64_t i = 0; i < t->len; i++) {
        if (!deep_equal(e, static_cast<const char*>(a) + i * e->size, static_cast<const char*>(b) + i * e->size, visited)) {
          return false;
        }
      }
      return true;
    }
    case kind::slice: {
      const auto x = load<slice_header>(a), y = load<slice_header>(b);
      if ((x.data == nullptr) != (y.data == nullptr)) return false;
      if (x.len != y.len) return false;
      if (x.data == y.data) return true;
      const type_desc* e = t->elem;
      if (e->kind == kind::uint8) return std::memcmp(x.data, y.data, static_cast<size_t>(x.len)) == 0;
      for (int64_t i = 0; i < x.len; i++) {
        if (!deep_equal(e, static_cast<const char*>(x.data) + i * e->size,
                        static_cast<const char*>(y.data) + i * e->size, visited)) {
          return false;
        }
      }
      return true;
    }
    case kind::interface: {
      const auto& x = *static_cast<const any*>(a);
      const auto& y = *static_cast<const any*>(b);
      if (x.type == nullptr || y.type == nullptr) return x.type == y.type;
      if (x.type != y.type) return false;
      return deep_equal(x.type, x.data, y.data, visited);
    }
    case kind::pointer: {
      void* x = word(a);
      void* y = word(b);
      if (x == y) return true;
      if (x == nullptr || y == nullptr) return false;
      return deep_equal(t->elem, x, y, visited);
    }
    case kind::struct_:
      for (int64_t i = 0; i < t->num_fields; i++) {
        const struct_field& f = t->fields[i];
        if (!deep_equal(f.type, static_cast<const char*>(a) + f.offset, static_cast<const char*>(b) + f.offset, visited)) {
          return false;
        }
      }
      return true;
    case kind::map: {
      auto* x = static_cast<detail::map_table*>(word(a));
      auto* y = static_cast<detail::map_table*>(word(b));
      if ((x == nullptr) != (y == nullptr)) return false;
      if (detail::map_count(x) != detail::map_count(y)) return false;
      if (x == y) return true;
      struct ctx_t {
        const type_desc* elem;
        detail::map_table* other;
        std::set<visit>* visited;
        bool equal;
      } ctx{t->elem, y, &visited, true};
      t->map_foreach(a, [](void* c, const void* key, const void* value) {
        auto* s = static_cast<ctx_t*>(c);
        if (!s->equal) return;
        const void* other = detail::map_find(s->other, key);
        if (other == nullptr || !deep_equal(s->elem, value, other, *s->visited)) s->equal = false;
      }, &ctx);
      return ctx.equal;
    }
    case kind::func: return word(a) == nullptr && word(b) == nullptr;
    case kind::float32: return load<float>(a) == load<float>(b);
    case kind::float64: return load<double>(a) == load<double>(b);
    case kind::complex64: return load<complex64>(a) == load<complex64>(b);
    case kind::complex128: return load<complex128>(a) == load<complex128>(b);
    case kind::string: return load<go::string>(a) == load<go::string>(b);
    default:
      // Booleans, integers, channels, unsafe pointers: Go's ==.
      if (t->equal != nullptr) return t->equal(t, a, b);
      return std::memcmp(a, b, t->size) == 0;
  }
}

}  // namespace

bool DeepEqual(const any& x, const any& y) {
  if (x.type == nullptr || y.type == nullptr) return x.type == y.type;
  if (x.type != y.type) return false;
  std::set<visit> visited;
  return deep_equal(x.type, x.data, y.data, visited);
}

}  // namespace go::reflect
