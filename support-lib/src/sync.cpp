// Go's sync package (include/go/sync.h) on the scheduler's wait queues. With one thread there is
// no contention to spin on: a lock is free or its waiters queue FIFO, and unlocking hands the lock
// to the first waiter directly (gc's starvation mode, which keeps waiters from being overtaken).
//
// Under -race every operation is a synchronization point on its object where it starts and where
// it ends (race_point, src/race.h): an Unlock happens before the next Lock, Done before Wait
// returns, Once's function before every Do returns. Readers of an RWMutex are ordered among
// themselves too, which Go does not promise: a race between two readers is not reported.
#include "go/sync.h"

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

namespace {
template <class T>
const type_desc* opaque_desc(const char* name) {
  static const type_desc desc = [name] {
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
    return d;
  }();
  return &desc;
}
}  // namespace

const type_desc* WaitGroup_desc() { return opaque_desc<WaitGroup>("sync.WaitGroup"); }
const type_desc* Mutex_desc() { return opaque_desc<Mutex>("sync.Mutex"); }
const type_desc* RWMutex_desc() { return opaque_desc<RWMutex>("sync.RWMutex"); }
const type_desc* Once_desc() { return opaque_desc<Once>("sync.Once"); }

}  // namespace go::sync
