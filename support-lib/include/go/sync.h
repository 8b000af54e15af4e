// Go's sync package: WaitGroup, Mutex, RWMutex, Once.
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

#include "go/any.h"
#include "go/func.h"
#include "go/hash.h"
#include "go/goroutine.h"
#include "go/ptr.h"

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

// Go's sync types are structs, so a struct holding one is comparable and can be a map key: the
// emitted operator== and hash_of of such a struct need these.
inline bool operator==(const WaitGroup& a, const WaitGroup& b) { return a.counter == b.counter && a.waiters == b.waiters; }
inline bool operator==(const Mutex& a, const Mutex& b) { return a.locked == b.locked && a.waiters == b.waiters; }
inline bool operator==(const RWMutex& a, const RWMutex& b) {
  return a.readers == b.readers && a.writer == b.writer && a.waiting_readers == b.waiting_readers &&
         a.waiting_writers == b.waiting_writers && a.writers_waiting == b.writers_waiting;
}
inline bool operator==(const Once& a, const Once& b) { return a.done == b.done && a.m == b.m; }
inline uint64_t hash_of(const WaitGroup& v, uint64_t seed) { return go::hash_of(v.counter, seed); }
inline uint64_t hash_of(const Mutex& v, uint64_t seed) { return go::hash_of(v.locked, seed); }
inline uint64_t hash_of(const RWMutex& v, uint64_t seed) { return go::hash_of(v.readers, seed); }
inline uint64_t hash_of(const Once& v, uint64_t seed) { return go::hash_of(v.done, seed); }

// Descriptors (%T prints "sync.Mutex"; fmt shows no fields).
const type_desc* WaitGroup_desc();
const type_desc* Mutex_desc();
const type_desc* RWMutex_desc();
const type_desc* Once_desc();

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
