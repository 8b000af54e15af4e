// The type-erased hash table behind go::map (see include/go/map.h for the model).
//
// An entry is [state:8 bytes][hash:8 bytes][key][value], key and value at offsets aligned for
// them, entries `entry_size` apart in one collected array, appended in insertion order. The index
// is an open-addressing table (linear probing, at most half full) of entry numbers + 1, 0 meaning
// empty. Deleting marks the entry dead and zeroes its key and value (so the collector does not
// keep what they pointed to); its index slot stays as a tombstone until the next rebuild. A
// rebuild (when the entry array is full) copies the live entries into a new array sized for twice
// the live count, rebuilds the index and bumps `gen`, which tells iterators that their snapshot is
// stale.
#include <cstring>

#include "go/gc.h"
#include "go/hash.h"
#include "go/map.h"
#include "go/runtime_error.h"

namespace go::detail {

namespace {
enum : uint64_t { empty_entry = 0, live_entry = 1, dead_entry = 2 };

constexpr int64_t header_size = 16;  // state + hash
constexpr uint64_t align_up(uint64_t n, uint64_t a) { return (n + a - 1) / a * a; }
}  // namespace

struct map_table {
  const map_layout* layout;
  uint64_t seed;
  uint64_t key_off, val_off, entry_size;
  unsigned char* entries;
  int64_t cap;    // entry slots
  int64_t used;   // entry slots used, live or dead
  int64_t count;  // live entries
  uint32_t* index;
  uint64_t index_mask;
  uint64_t gen;
};

namespace {

uint64_t& state_of(unsigned char* e) { return *reinterpret_cast<uint64_t*>(e); }
uint64_t& hash_field(unsigned char* e) { return *reinterpret_cast<uint64_t*>(e + 8); }

unsigned char* entry_at(const map_table* t, int64_t i) {
  return t->entries + static_cast<uint64_t>(i) * t->entry_size;
}

unsigned char* alloc_entries(const map_table* t, int64_t n) {
  const std::size_t bytes = static_cast<std::size_t>(n) * t->entry_size;
  return static_cast<unsigned char*>(t->layout->scan ? gc_alloc(bytes) : gc_alloc_atomic(bytes));
}

void index_put(map_table* t, uint64_t h, int64_t entry) {
  uint64_t i = h & t->index_mask;
  while (t->index[i] != 0) i = (i + 1) & t->index_mask;
  t->index[i] = static_cast<uint32_t>(entry + 1);
}

// Allocates room for `cap` entries and copies the live ones of the old array over.
void rebuild(map_table* t, int64_t cap) {
  unsigned char* old = t->entries;
  const int64_t old_used = t->used;
  uint64_t index_size = 16;
  while (index_size < static_cast<uint64_t>(cap) * 2) index_size *= 2;
  t->entries = alloc_entries(t, cap);
  t->cap = cap;
  t->index = static_cast<uint32_t*>(gc_alloc_atomic(index_size * sizeof(uint32_t)));
  t->index_mask = index_size - 1;
  t->used = 0;
  for (int64_t i = 0; i < old_used; i++) {
    unsigned char* e = old + static_cast<uint64_t>(i) * t->entry_size;
    if (state_of(e) != live_entry) continue;
    unsigned char* d = entry_at(t, t->used);
    std::memcpy(d, e, t->entry_size);
    index_put(t, hash_field(d), t->used);
    t->used++;
  }
  t->gen++;
}

// The entry number holding key (hash h), or -1.
int64_t find_entry(const map_table* t, const void* key, uint64_t h) {
  uint64_t i = h & t->index_mask;
  for (;;) {
    const uint32_t slot = t->index[i];
    if (slot == 0) return -1;
    unsigned char* e = entry_at(t, slot - 1);
    if (state_of(e) == live_entry && hash_field(e) == h && t->layout->eq(e + t->key_off, key)) return slot - 1;
    i = (i + 1) & t->index_mask;
  }
}

}  // namespace

map_table* map_new(const map_layout* layout, int64_t hint) {
  auto* t = static_cast<map_table*>(gc_alloc(sizeof(map_table)));
  t->layout = layout;
  t->seed = fastrand64();
  const uint64_t val_align = layout->val_align ? layout->val_align : 1;
  const uint64_t key_align = layout->key_align ? layout->key_align : 1;
  t->key_off = align_up(header_size, key_align);
  t->val_off = align_up(t->key_off + layout->key_size, val_align);
  t->entry_size = align_up(t->val_off + layout->val_size, 8);
  t->used = t->count = 0;
  t->entries = nullptr;
  // The hint only sizes the first table; gc ignores hints too large to allocate, so clamp it
  // rather than fail.
  constexpr int64_t max_hint = int64_t{1} << 20;
  rebuild(t, hint > max_hint ? max_hint : (hint > 8 ? hint : 8));
  return t;
}

int64_t map_count(const map_table* t) { return t ? t->count : 0; }

void* map_find(const map_table* t, const void* key) {
  if (t == nullptr || t->count == 0) return nullptr;
  const int64_t i = find_entry(t, key, t->layout->hash(key, t->seed));
  return i < 0 ? nullptr : entry_at(t, i) + t->val_off;
}

void* map_insert(map_table* t, const void* key) {
  if (t == nullptr) panic_plain_error("assignment to entry in nil map");
  const uint64_t h = t->layout->hash(key, t->seed);
  const int64_t i = find_entry(t, key, h);
  if (i >= 0) return entry_at(t, i) + t->val_off;
  if (t->used == t->cap) rebuild(t, t->count * 2 > 8 ? t->count * 2 : 8);
  unsigned char* e = entry_at(t, t->used);
  state_of(e) = live_entry;
  hash_field(e) = h;
  std::memcpy(e + t->key_off, key, t->layout->key_size);
  index_put(t, h, t->used);
  t->used++;
  t->count++;
  return e + t->val_off;
}

void map_erase(map_table* t, const void* key) {
  if (t == nullptr || t->count == 0) return;
  const int64_t i = find_entry(t, key, t->layout->hash(key, t->seed));
  if (i < 0) return;
  unsigned char* e = entry_at(t, i);
  state_of(e) = dead_entry;
  std::memset(e + t->key_off, 0, t->entry_size - static_cast<std::size_t>(t->key_off));
  t->count--;
}

void map_clear(map_table* t) {
  if (t == nullptr || t->count == 0) return;
  for (int64_t i = 0; i < t->used; ++i) {
    unsigned char* e = entry_at(t, i);
    if (state_of(e) != live_entry) continue;
    state_of(e) = dead_entry;
    std::memset(e + t->key_off, 0, t->entry_size - static_cast<std::size_t>(t->key_off));
  }
  t->count = 0;
}

void map_iter_init(map_iter* it, map_table* t) {
  *it = map_iter{};
  if (t == nullptr || t->count == 0) return;
  it->table = t;
  it->entries = t->entries;
  it->n = t->used;
  it->start = static_cast<int64_t>(fastrand64() % static_cast<uint64_t>(t->used));
  it->gen = t->gen;
}

bool map_iter_next(map_iter* it) {
  map_table* t = it->table;
  while (it->i < it->n) {
    int64_t k = it->start + it->i;
    if (k >= it->n) k -= it->n;
    it->i++;
    unsigned char* e = it->entries + static_cast<uint64_t>(k) * t->entry_size;
    if (state_of(e) != live_entry) continue;
    if (t->gen == it->gen) {
      it->key = e + t->key_off;
      it->value = e + t->val_off;
      return true;
    }
    // The table was rebuilt since the loop started: the snapshot entry is current only if the
    // key is still in the map, and its value is the live one.
    void* v = map_find(t, e + t->key_off);
    if (v == nullptr) continue;
    it->key = e + t->key_off;
    it->value = v;
    return true;
  }
  return false;
}

int64_t map_len_erased(const void* m) { return map_count(*static_cast<map_table* const*>(m)); }

void map_foreach_erased(const void* m, map_visit_fn fn, void* ctx) {
  const map_table* t = *static_cast<map_table* const*>(m);
  if (t == nullptr) return;
  for (int64_t i = 0; i < t->used; i++) {
    unsigned char* e = entry_at(t, i);
    if (state_of(e) == live_entry) fn(ctx, e + t->key_off, e + t->val_off);
  }
}

}  // namespace go::detail
