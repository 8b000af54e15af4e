// Go's sync package: WaitGroup, Mutex, RWMutex, Once, Cond (with the Locker interface), Map, Pool.
//
// Go values: zero-initialized structs that need no constructor, as in Go. Methods follow the
// emitter's rule for methods (docs/generated-code.md): free functions `Type_Method` taking the
// receiver first, here always a pointer, since every sync method has a pointer receiver:
//
//   var wg sync.WaitGroup; wg.Add(1)   →   go::sync::WaitGroup_Add(wg, 1)   (wg: ptr<WaitGroup>)
//
// Blocking goes through the scheduler (detail::sema_queue), so a goroutine waiting on a lock is
// parked and counts as asleep for the deadlock check, with gc's wait reason `semacquire`. Misuse
// ends the program as in Go: unlocking an unlocked mutex is a fatal error, a negative WaitGroup
// counter a panic.
#pragma once

#include <string_view>
#include <tuple>

#include "go/any.h"
#include "go/func.h"
#include "go/hash.h"
#include "go/goroutine.h"
#include "go/iface.h"
#include "go/map.h"
#include "go/ptr.h"
#include "go/slice.h"

namespace go::sync {

struct WaitGroup {
  int64_t counter = 0;
  detail::sema_queue waiters;
};
void WaitGroup_Add(ptr<WaitGroup> wg, int_ delta);
void WaitGroup_Done(ptr<WaitGroup> wg);
void WaitGroup_Wait(ptr<WaitGroup> wg);

struct Mutex {
  bool locked = false;
  detail::sema_queue waiters;
};
void Mutex_Lock(ptr<Mutex> m);
void Mutex_Unlock(ptr<Mutex> m);
bool Mutex_TryLock(ptr<Mutex> m);

struct RWMutex {
  int64_t readers = 0;  // active readers
  bool writer = false;  // a writer holds the lock
  detail::sema_queue waiting_readers;
  detail::sema_queue waiting_writers;
  int64_t writers_waiting = 0;
};
void RWMutex_Lock(ptr<RWMutex> m);
void RWMutex_Unlock(ptr<RWMutex> m);
void RWMutex_RLock(ptr<RWMutex> m);
void RWMutex_RUnlock(ptr<RWMutex> m);
bool RWMutex_TryLock(ptr<RWMutex> m);
bool RWMutex_TryRLock(ptr<RWMutex> m);

struct Once {
  bool done = false;
  Mutex m;
};
void Once_Do(ptr<Once> o, func<void()> f);

// type Locker interface { Lock(); Unlock() }
struct Locker_methods : go::itab {
  static constexpr std::string_view names[] = {"Lock", "Unlock"};
  static constexpr std::string_view sigs[] = {"func()", "func()"};
  void (*Lock)(void* self);
  void (*Unlock)(void* self);
};
struct Locker : go::iface<Locker_methods> {
  using go::iface<Locker_methods>::iface;
  void Lock() const { go::call(*this, &Locker_methods::Lock); }
  void Unlock() const { go::call(*this, &Locker_methods::Unlock); }
};
extern const type_desc Locker_type;

// Cond: L is the field programs name (c.L.Lock()); Wait unlocks L, parks, and locks L again.
struct Cond {
  Locker L{};
  detail::sema_queue waiters;
};
ptr<Cond> NewCond(Locker l);
void Cond_Wait(ptr<Cond> c);
void Cond_Signal(ptr<Cond> c);
void Cond_Broadcast(ptr<Cond> c);

// Map: a map[any]any behind the single-threaded scheduler (no locking needed between yields);
// Range visits entries in the randomized order of a Go map range.
struct Map {
  go::map<go::any, go::any> m{};
};
std::tuple<go::any, bool> Map_Load(ptr<Map> m, go::any key);
void Map_Store(ptr<Map> m, go::any key, go::any value);
std::tuple<go::any, bool> Map_LoadOrStore(ptr<Map> m, go::any key, go::any value);
std::tuple<go::any, bool> Map_LoadAndDelete(ptr<Map> m, go::any key);
void Map_Delete(ptr<Map> m, go::any key);
void Map_Range(ptr<Map> m, func<bool(go::any, go::any)> f);

// Pool: New is the field programs set; Get returns the most recently Put object (Go's per-P
// private slot), else New(), else nil. runtime.GC does not empty it (Go's may).
struct Pool {
  func<go::any()> New{};
  go::slice<go::any> items{};
};
go::any Pool_Get(ptr<Pool> p);
void Pool_Put(ptr<Pool> p, go::any x);

// Go's sync types are structs, so a struct holding one is comparable and can be a map key: the
// emitted operator== and hash_of of such a struct need these.
inline bool operator==(const WaitGroup& a, const WaitGroup& b) { return a.counter == b.counter && a.waiters == b.waiters; }
inline bool operator==(const Mutex& a, const Mutex& b) { return a.locked == b.locked && a.waiters == b.waiters; }
inline bool operator==(const RWMutex& a, const RWMutex& b) {
  return a.readers == b.readers && a.writer == b.writer && a.waiting_readers == b.waiting_readers &&
         a.waiting_writers == b.waiting_writers && a.writers_waiting == b.writers_waiting;
}
inline bool operator==(const Once& a, const Once& b) { return a.done == b.done && a.m == b.m; }
inline bool operator==(const Cond& a, const Cond& b) { return a.L == b.L && a.waiters == b.waiters; }
inline uint64_t hash_of(const WaitGroup& v, uint64_t seed) { return go::hash_of(v.counter, seed); }
inline uint64_t hash_of(const Mutex& v, uint64_t seed) { return go::hash_of(v.locked, seed); }
inline uint64_t hash_of(const RWMutex& v, uint64_t seed) { return go::hash_of(v.readers, seed); }
inline uint64_t hash_of(const Once& v, uint64_t seed) { return go::hash_of(v.done, seed); }

// Descriptors (%T prints "sync.Mutex"; fmt shows no fields).
const type_desc* WaitGroup_desc();
const type_desc* Mutex_desc();
const type_desc* RWMutex_desc();
const type_desc* Once_desc();
const type_desc* Cond_desc();
const type_desc* Map_desc();
const type_desc* Pool_desc();

}  // namespace go::sync

template <> struct go::detail::type_of_impl<go::sync::WaitGroup> {
  static const go::type_desc* get() { return go::sync::WaitGroup_desc(); }
};
template <> struct go::detail::type_of_impl<go::sync::Mutex> {
  static const go::type_desc* get() { return go::sync::Mutex_desc(); }
};
template <> struct go::detail::type_of_impl<go::sync::RWMutex> {
  static const go::type_desc* get() { return go::sync::RWMutex_desc(); }
};
template <> struct go::detail::type_of_impl<go::sync::Once> {
  static const go::type_desc* get() { return go::sync::Once_desc(); }
};
template <> struct go::detail::type_of_impl<go::sync::Cond> {
  static const go::type_desc* get() { return go::sync::Cond_desc(); }
};
template <> struct go::detail::type_of_impl<go::sync::Map> {
  static const go::type_desc* get() { return go::sync::Map_desc(); }
};
template <> struct go::detail::type_of_impl<go::sync::Pool> {
  static const go::type_desc* get() { return go::sync::Pool_desc(); }
};
template <>
struct go::detail::type_of_impl<go::sync::Locker> : go::detail::basic_type_of<&go::sync::Locker_type> {};
