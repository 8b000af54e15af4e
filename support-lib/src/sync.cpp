// Go's sync package (include/go/sync.h) on the scheduler's wait queues. With one thread there is
// no contention to spin on: a lock is free or its waiters queue FIFO, and unlocking hands the lock
// to the first waiter directly (gc's starvation mode, which keeps waiters from being overtaken).
//
// Under -race every operation is a synchronization point on its object where it starts and where
// it ends (race_point, src/race.h): an Unlock happens before the next Lock, Done before Wait
// returns, Once's function before every Do returns. Readers of an RWMutex are ordered among
// themselves too, which Go does not promise: a race between two readers is not reported.
#include "go/sync.h"

#include "go/gc.h"
#include "go/panic.h"
#include "race.h"

namespace go::sync {

void WaitGroup_Add(ptr<WaitGroup> wg, int_ delta) {
  WaitGroup& w = *wg;
  const detail::race_point race(&w);
  w.counter += delta;
  if (w.counter < 0) panic(any(go::string("sync: negative WaitGroup counter")));
  if (w.counter == 0) w.waiters.wake_all();
}

void WaitGroup_Done(ptr<WaitGroup> wg) { WaitGroup_Add(wg, -1); }

void WaitGroup_Wait(ptr<WaitGroup> wg) {
  WaitGroup& w = *wg;
  const detail::race_point race(&w);
  if (w.counter == 0) return;
  w.waiters.wait(detail::wait_reason::semacquire);
}

void Mutex_Lock(ptr<Mutex> m) {
  Mutex& mu = *m;
  const detail::race_point race(&mu);
  if (!mu.locked) {
    mu.locked = true;
    return;
  }
  mu.waiters.wait(detail::wait_reason::semacquire);  // woken as the new owner
}

bool Mutex_TryLock(ptr<Mutex> m) {
  Mutex& mu = *m;
  const detail::race_point race(&mu);
  if (mu.locked) return false;
  mu.locked = true;
  return true;
}

void Mutex_Unlock(ptr<Mutex> m) {
  Mutex& mu = *m;
  const detail::race_point race(&mu);
  if (!mu.locked) detail::fatal_error("sync: unlock of unlocked mutex");
  if (!mu.waiters.wake_one()) mu.locked = false;  // else: handed to the first waiter
}

void RWMutex_RLock(ptr<RWMutex> m) {
  RWMutex& rw = *m;
  const detail::race_point race(&rw);
  // A writer holding or waiting for the lock keeps new readers out, as in Go.
  if (rw.writer || rw.writers_waiting > 0) {
    rw.waiting_readers.wait(detail::wait_reason::semacquire);  // woken as a reader
    return;
  }
  rw.readers++;
}

bool RWMutex_TryRLock(ptr<RWMutex> m) {
  RWMutex& rw = *m;
  const detail::race_point race(&rw);
  if (rw.writer || rw.writers_waiting > 0) return false;
  rw.readers++;
  return true;
}

void RWMutex_RUnlock(ptr<RWMutex> m) {
  RWMutex& rw = *m;
  const detail::race_point race(&rw);
  if (rw.readers <= 0) detail::fatal_error("sync: RUnlock of unlocked RWMutex");
  if (--rw.readers == 0 && rw.writers_waiting > 0) {
    rw.writers_waiting--;
    rw.writer = true;
    rw.waiting_writers.wake_one();
  }
}

void RWMutex_Lock(ptr<RWMutex> m) {
  RWMutex& rw = *m;
  const detail::race_point race(&rw);
  if (rw.writer || rw.readers > 0) {
    rw.writers_waiting++;
    rw.waiting_writers.wait(detail::wait_reason::semacquire);  // woken as the writer
    return;
  }
  rw.writer = true;
}

bool RWMutex_TryLock(ptr<RWMutex> m) {
  RWMutex& rw = *m;
  const detail::race_point race(&rw);
  if (rw.writer || rw.readers > 0) return false;
  rw.writer = true;
  return true;
}

void RWMutex_Unlock(ptr<RWMutex> m) {
  RWMutex& rw = *m;
  const detail::race_point race(&rw);
  if (!rw.writer) detail::fatal_error("sync: Unlock of unlocked RWMutex");
  rw.writer = false;
  // Readers that waited go first, then the next writer.
  const int64_t n = rw.waiting_readers.wake_all();
  rw.readers += n;
  if (n == 0 && rw.writers_waiting > 0) {
    rw.writers_waiting--;
    rw.writer = true;
    rw.waiting_writers.wake_one();
  }
}

void Once_Do(ptr<Once> o, func<void()> f) {
  Once& once = *o;
  const detail::race_point race(&once);
  if (once.done) return;
  ptr<Mutex> m(&once.m);
  Mutex_Lock(m);
  if (once.done) {
    Mutex_Unlock(m);
    return;
  }
  try {
    f();
  } catch (...) {
    // Go marks the Once done even when f panics (a deferred store), then unlocks.
    once.done = true;
    Mutex_Unlock(m);
    throw;
  }
  once.done = true;
  Mutex_Unlock(m);
}

ptr<Cond> NewCond(Locker l) {
  ptr<Cond> c = gc_new<Cond>();
  c->L = l;
  return c;
}

void Cond_Wait(ptr<Cond> c) {
  Cond& cond = *c;
  // Unlocking cannot switch goroutines, so no Signal can slip in before this one queues.
  cond.L.Unlock();
  cond.waiters.wait(detail::wait_reason::sync_cond_wait);
  cond.L.Lock();
}

void Cond_Signal(ptr<Cond> c) {
  const detail::race_point race(c.get());
  c->waiters.wake_one();
}

void Cond_Broadcast(ptr<Cond> c) {
  const detail::race_point race(c.get());
  c->waiters.wake_all();
}

std::tuple<go::any, bool> Map_Load(ptr<Map> m, go::any key) {
  auto [v, ok] = m->m.lookup(key);
  return {v, ok};
}

void Map_Store(ptr<Map> m, go::any key, go::any value) {
  if (m->m == nullptr) m->m = make_map<go::any, go::any>();
  m->m[key] = value;
}

std::tuple<go::any, bool> Map_LoadOrStore(ptr<Map> m, go::any key, go::any value) {
  auto [v, ok] = m->m.lookup(key);
  if (ok) return {v, true};
  Map_Store(m, key, value);
  return {value, false};
}

std::tuple<go::any, bool> Map_LoadAndDelete(ptr<Map> m, go::any key) {
  auto [v, ok] = m->m.lookup(key);
  if (ok) delete_(m->m, key);
  return {v, ok};
}

void Map_Delete(ptr<Map> m, go::any key) { delete_(m->m, key); }

void Map_Range(ptr<Map> m, func<bool(go::any, go::any)> f) {
  if (m->m == nullptr) return;
  for (auto&& [k, v] : m->m.range()) {
    if (!f(k, v)) return;
  }
}

go::any Pool_Get(ptr<Pool> p) {
  Pool& pool = *p;
  if (pool.items.len() > 0) {
    go::any x = pool.items[pool.items.len() - 1];
    pool.items[pool.items.len() - 1] = go::any();
    pool.items = pool.items.slice(0, pool.items.len() - 1);
    return x;
  }
  if (pool.New != nullptr) return pool.New();
  return go::any();
}

void Pool_Put(ptr<Pool> p, go::any x) {
  if (x == nullptr) return;
  p->items = append(p->items, x);
}

const type_desc Locker_type = interface_desc<Locker>("sync.Locker", "sync", true);

namespace {
template <class T>
const type_desc* opaque_desc(const char* name, const type_desc* (*ptr_desc)() = nullptr) {
  static const type_desc desc = [name, ptr_desc] {
    type_desc d;
    d.kind = kind::struct_;
    d.name = name;
    d.pkg_path = "sync";
    d.named = true;
    d.has_pointers = true;
    d.size = sizeof(T);
    d.align = alignof(T);
    d.equal = &equal_fn<T>;
    d.hash = &hash_fn<T>;
    d.ptr_desc = ptr_desc;
    return d;
  }();
  return &desc;
}

// *Mutex and *RWMutex implement Locker (sync.NewCond(&mu)), so their pointer descriptors carry
// their methods, sorted by name as every method table is (lookups search it).
template <class T>
void self_call(void* self, void (*fn)(ptr<T>)) {
  fn(*static_cast<ptr<T>*>(self));
}

const type_desc* mutex_ptr_desc() {
  static const type_desc desc = [] {
    type_desc d = plain_pointer_desc(Mutex_desc());
    static const method_entry methods[] = {
        {"Lock", erase_method(+[](void* self) { self_call<Mutex>(self, &Mutex_Lock); })},
        {"TryLock", erase_method(+[](void* self) { return Mutex_TryLock(*static_cast<ptr<Mutex>*>(self)); })},
        {"Unlock", erase_method(+[](void* self) { self_call<Mutex>(self, &Mutex_Unlock); })},
    };
    d.methods = methods;
    d.num_methods = 3;
    return d;
  }();
  return &desc;
}

const type_desc* rwmutex_ptr_desc() {
  static const type_desc desc = [] {
    type_desc d = plain_pointer_desc(RWMutex_desc());
    static const method_entry methods[] = {
        {"Lock", erase_method(+[](void* self) { self_call<RWMutex>(self, &RWMutex_Lock); })},
        {"RLock", erase_method(+[](void* self) { self_call<RWMutex>(self, &RWMutex_RLock); })},
        {"RUnlock", erase_method(+[](void* self) { self_call<RWMutex>(self, &RWMutex_RUnlock); })},
        {"TryLock", erase_method(+[](void* self) { return RWMutex_TryLock(*static_cast<ptr<RWMutex>*>(self)); })},
        {"TryRLock", erase_method(+[](void* self) { return RWMutex_TryRLock(*static_cast<ptr<RWMutex>*>(self)); })},
        {"Unlock", erase_method(+[](void* self) { self_call<RWMutex>(self, &RWMutex_Unlock); })},
    };
    d.methods = methods;
    d.num_methods = 6;
    return d;
  }();
  return &desc;
}

}  // namespace

const type_desc* WaitGroup_desc() { return opaque_desc<WaitGroup>("sync.WaitGroup"); }
const type_desc* Mutex_desc() { return opaque_desc<Mutex>("sync.Mutex", &mutex_ptr_desc); }
const type_desc* RWMutex_desc() { return opaque_desc<RWMutex>("sync.RWMutex", &rwmutex_ptr_desc); }
const type_desc* Once_desc() { return opaque_desc<Once>("sync.Once"); }
const type_desc* Cond_desc() { return opaque_desc<Cond>("sync.Cond"); }
const type_desc* Map_desc() { return opaque_desc<Map>("sync.Map"); }
const type_desc* Pool_desc() { return opaque_desc<Pool>("sync.Pool"); }

}  // namespace go::sync
