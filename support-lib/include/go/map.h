// go::map<K, V>: Go's map, a reference to a hash table; the zero value is the nil map.
//
// The table itself is type-erased and compiled once (src/map.cpp): entries are kept in an array
// in insertion order with an open-addressing index over them, keys and values stored as raw bytes
// (every Go value is trivially copyable here, and its zero value is all-zero bits). The typed
// wrapper only supplies sizes and the key's hash and ==, so instantiating a map type costs little
// compile time and fmt can walk any map through its type descriptor.
//
// Iteration (m.range()) starts at a random entry and wraps around, so every loop sees a different
// order, as in Go. It snapshots the entry array: deleting an entry not yet reached marks it dead so
// it is skipped; an insertion that reallocates the table bumps a generation, after which the
// iterator re-looks-up each remaining snapshot key in the live table (skipping keys deleted
// since), which is what Go does for buckets evacuated during iteration.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <type_traits>

#include "go/gc.h"
#include "go/hash.h"
#include "go/runtime_error.h"
#include "go/type.h"

namespace go {

namespace detail {

// What the erased table needs to know about K and V.
struct map_layout {
  uint32_t key_size;
  uint32_t key_align;
  uint32_t val_size;
  uint32_t val_align;
  bool scan;  // keys or values may hold pointers: entries go in scanned memory
  uint64_t (*hash)(const void* key, uint64_t seed);
  bool (*eq)(const void* a, const void* b);
};

struct map_table;  // src/map.cpp

map_table* map_new(const map_layout* layout, int64_t hint);
int64_t map_count(const map_table* t);
// The value stored for key, or null (also for a nil map).
void* map_find(const map_table* t, const void* key);
// The value for key, inserted as zero bits when absent; a nil map panics
// "assignment to entry in nil map".
void* map_insert(map_table* t, const void* key);
void map_erase(map_table* t, const void* key);
void map_clear(map_table* t);  // every entry, NaN keys included

// Iteration state; see the file comment.
struct map_iter {
  map_table* table = nullptr;
  unsigned char* entries = nullptr;  // the snapshot
  int64_t n = 0;                     // entries in the snapshot
  int64_t start = 0;
  int64_t i = 0;
  uint64_t gen = 0;
  const void* key = nullptr;  // the current entry, after map_iter_next returned true
  void* value = nullptr;
};
void map_iter_init(map_iter* it, map_table* t);
bool map_iter_next(map_iter* it);

// type_desc::map_len / map_foreach for every map type (`m` points at a go::map<K, V>).
int64_t map_len_erased(const void* m);
void map_foreach_erased(const void* m, map_visit_fn fn, void* ctx);

}  // namespace detail

// One entry, as a map literal element and as what a range loop yields (copies, like Go's).
template <class K, class V>
struct map_entry {
  K key;
  V value;
};

template <class K, class V>
struct map_lookup_result {
  V value;
  bool ok;
};

template <class K, class V>
class map {
  static_assert(std::is_trivially_copyable_v<K> && std::is_trivially_copyable_v<V>,
                "map keys and values are stored as raw bytes");

 public:
  map() = default;
  map(std::nullptr_t) {}  // NOLINT: nil converts implicitly
  map(std::initializer_list<map_entry<K, V>> entries)
      : t_(detail::map_new(layout(), static_cast<int64_t>(entries.size()))) {
    for (const auto& e : entries) (*this)[e.key] = e.value;
  }

  // m[k] as an rvalue: the zero value when absent (fine on a nil map).
  V get(const K& k) const {
    const void* v = detail::map_find(t_, &k);
    return v ? *static_cast<const V*>(v) : V{};
  }
  // v, ok := m[k]
  map_lookup_result<K, V> lookup(const K& k) const {
    const void* v = detail::map_find(t_, &k);
    if (v == nullptr) return {V{}, false};
    return {*static_cast<const V*>(v), true};
  }
  // m[k] as an assignment target: finds or inserts the zero value; panics on a nil map. The
  // reference is valid until the next insertion into this map.
  V& operator[](const K& k) { return *static_cast<V*>(detail::map_insert(t_, &k)); }

  int64_t len() const { return detail::map_count(t_); }
  bool operator==(std::nullptr_t) const { return t_ == nullptr; }
  bool operator!=(std::nullptr_t) const { return t_ != nullptr; }

  class iterator {
   public:
    iterator() = default;
    explicit iterator(detail::map_table* t) {
      detail::map_iter_init(&it_, t);
      done_ = !detail::map_iter_next(&it_);
    }
    map_entry<K, V> operator*() const {
      return {*static_cast<const K*>(it_.key), *static_cast<const V*>(it_.value)};
    }
    iterator& operator++() {
      done_ = !detail::map_iter_next(&it_);
      return *this;
    }
    bool operator==(const iterator& o) const { return done_ && o.done_; }
    bool operator!=(const iterator& o) const { return !(*this == o); }

   private:
    detail::map_iter it_;
    bool done_ = true;
  };
  struct range_t {
    detail::map_table* t;
    iterator begin() const { return iterator(t); }
    iterator end() const { return iterator(); }
  };
  // for (auto [k, v] : m.range()): a fresh random order each time.
  range_t range() const { return range_t{t_}; }

  detail::map_table* table() const { return t_; }

  static const detail::map_layout* layout() {
    static const detail::map_layout l{
        sizeof(K), alignof(K), sizeof(V), alignof(V), !(gc_pointer_free<K> && gc_pointer_free<V>),
        [](const void* k, uint64_t seed) -> uint64_t { return hash_of(*static_cast<const K*>(k), seed); },
        [](const void* a, const void* b) -> bool { return *static_cast<const K*>(a) == *static_cast<const K*>(b); }};
    return &l;
  }

 private:
  explicit map(detail::map_table* t) : t_(t) {}
  template <class K2, class V2>
  friend map<K2, V2> make_map(int64_t);

  detail::map_table* t_ = nullptr;
};

template <class K, class V>
map<K, V> make_map(int64_t hint = 0) {
  // gc's makemap treats a hint it cannot use (negative) as 0; it never panics.
  return map<K, V>(detail::map_new(map<K, V>::layout(), hint));
}

// clear(m) (Go 1.21): deletes every entry, NaN keys included; a no-op on a nil map.
template <class K, class V>
void clear(map<K, V> m) {
  detail::map_clear(m.table());
}

// delete(m, k); a no-op on a nil map or an absent key.
template <class K, class V>
void delete_(map<K, V> m, const std::type_identity_t<K>& k) {
  if (m.table() != nullptr) detail::map_erase(m.table(), &k);
}

}  // namespace go
