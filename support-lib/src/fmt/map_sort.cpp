// Map entries in the order fmt prints them: Go's internal/fmtsort.
//
// Keys are compared by kind: numbers and strings in their natural order, NaN below everything,
// false before true, pointers and channels by address (nil first), structs field by field,
// arrays element by element, interfaces by dynamic type (nil first, then by type name: Go
// compares descriptor addresses, which its linker orders by name among same-sized descriptors)
// and then by value. A stable sort keeps the
// map's own order among keys that compare equal, as Go's sort.Stable does.
#include <algorithm>
#include <cmath>
#include <complex>
#include <cstring>

#include "printer.h"

namespace go::fmt::detail {
namespace {

template <class T>
T load(const void* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

template <class T>
int three_way(T a, T b) {
  return a < b ? -1 : (a > b ? 1 : 0);
}

int float_compare(double a, double b) {
  if (std::isnan(a)) return -1;
  if (std::isnan(b)) return 1;
  return three_way(a, b);
}

int compare(const type_desc* t, const void* a, const void* b) {
  switch (t->kind) {
    case kind::int_:
    case kind::int64: return three_way(load<int64_t>(a), load<int64_t>(b));
    case kind::int8: return three_way(load<int8_t>(a), load<int8_t>(b));
    case kind::int16: return three_way(load<int16_t>(a), load<int16_t>(b));
    case kind::int32: return three_way(load<int32_t>(a), load<int32_t>(b));
    case kind::uint:
    case kind::uint64:
    case kind::uintptr: return three_way(load<uint64_t>(a), load<uint64_t>(b));
    case kind::uint8: return three_way(load<uint8_t>(a), load<uint8_t>(b));
    case kind::uint16: return three_way(load<uint16_t>(a), load<uint16_t>(b));
    case kind::uint32: return three_way(load<uint32_t>(a), load<uint32_t>(b));
    case kind::string: return go::compare(load<go::string>(a), load<go::string>(b));
    case kind::float32: return float_compare(load<float>(a), load<float>(b));
    case kind::float64: return float_compare(load<double>(a), load<double>(b));
    case kind::complex64: {
      const auto x = load<std::complex<float>>(a), y = load<std::complex<float>>(b);
      const int c = float_compare(x.real(), y.real());
      return c != 0 ? c : float_compare(x.imag(), y.imag());
    }
    case kind::complex128: {
      const auto x = load<std::complex<double>>(a), y = load<std::complex<double>>(b);
      const int c = float_compare(x.real(), y.real());
      return c != 0 ? c : float_compare(x.imag(), y.imag());
    }
    case kind::bool_: return three_way(load<bool>(a), load<bool>(b));
    case kind::pointer:
    case kind::unsafe_pointer:
    case kind::chan: return three_way(load<uintptr_t>(a), load<uintptr_t>(b));
    case kind::struct_:
      for (int64_t i = 0; i < t->num_fields; i++) {
        const struct_field& f = t->fields[i];
        const int c =
            compare(f.type, static_cast<const char*>(a) + f.offset, static_cast<const char*>(b) + f.offset);
        if (c != 0) return c;
      }
      return 0;
    case kind::array:
      for (int64_t i = 0; i < t->len; i++) {
        const auto off = static_cast<uintptr>(i) * t->elem->size;
        const int c = compare(t->elem, static_cast<const char*>(a) + off, static_cast<const char*>(b) + off);
        if (c != 0) return c;
      }
      return 0;
    case kind::interface: {
      const auto* x = static_cast<const any*>(a);
      const auto* y = static_cast<const any*>(b);
      if (x->type == nullptr || y->type == nullptr) {
        return x->type == y->type ? 0 : (x->type == nullptr ? -1 : 1);
      }
      if (x->type != y->type) {
        // Go orders by the address of the type's descriptor; gc's linker lays same-sized
        // descriptors out by name, so the name is the closest portable stand-in.
        if (x->type->name != y->type->name) return x->type->name < y->type->name ? -1 : 1;
        return std::less<const type_desc*>{}(x->type, y->type) ? -1 : 1;
      }
      return compare(x->type, x->data, y->data);
    }
    default: return 0;  // not a valid map key kind
  }
}

}  // namespace

std::vector<map_entry_ref> sorted_map_entries(const type_desc* map_type, const void* map) {
  std::vector<map_entry_ref> entries;
  if (map_type->map_foreach == nullptr) return entries;
  map_type->map_foreach(
      map,
      [](void* ctx, const void* key, const void* value) {
        static_cast<std::vector<map_entry_ref>*>(ctx)->push_back({key, value});
      },
      &entries);
  const type_desc* key_type = map_type->key;
  std::stable_sort(entries.begin(), entries.end(), [key_type](const map_entry_ref& x, const map_entry_ref& y) {
    return compare(key_type, x.key, y.key) < 0;
  });
  return entries;
}

}  // namespace go::fmt::detail
