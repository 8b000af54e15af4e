// Internal to the runtime library: what `go2cpp build -race` (ThreadSanitizer) needs from the
// runtime, the way gc's runtime calls racerelease/raceacquire (docs/goroutines.md, "-race").
//
// Goroutines are fibers, and the scheduler tells TSan about every switch into a goroutine with
// __tsan_switch_to_fiber(..., no_sync): a switch by itself orders nothing, so TSan sees each
// goroutine as a thread of its own and reports accesses that no Go synchronization orders,
// whatever order the one OS thread happened to run them in. The synchronization Go's memory
// model promises is made explicit here: every channel, select and sync operation calls
// race_sync on its object (an acquire then a release) where it starts and where it ends, so the
// object orders everything its operations did, like a lock taken briefly at both points. That
// is stronger than Go's model (a buffered channel, an RWMutex's readers): it never invents a
// race, and it can hide one that only the weaker order would show.
//
// The runtime library is built once, uninstrumented, for every build mode: these are weak
// references, null unless the program is linked with -fsanitize=thread, and then race_active()
// is false and each call is one predictable branch.
#pragma once

extern "C" {
void __tsan_acquire(void* addr) __attribute__((weak));
void __tsan_release(void* addr) __attribute__((weak));
void* __tsan_get_current_fiber() __attribute__((weak));
void* __tsan_create_fiber(unsigned flags) __attribute__((weak));
void __tsan_destroy_fiber(void* fiber) __attribute__((weak));
void __tsan_switch_to_fiber(void* fiber, unsigned flags) __attribute__((weak));
void __tsan_set_fiber_name(void* fiber, const char* name) __attribute__((weak));
void __tsan_ignore_thread_begin() __attribute__((weak));
void __tsan_ignore_thread_end() __attribute__((weak));
}

namespace go::detail {

inline bool race_active() { return __tsan_acquire != nullptr; }

// A synchronization point on `obj`: everything the running goroutine did before it happens
// before whatever any goroutine does after its own later race_sync on `obj`.
inline void race_sync(const void* obj) {
  if (!race_active()) return;
  __tsan_acquire(const_cast<void*>(obj));
  __tsan_release(const_cast<void*>(obj));
}

// race_sync on `obj` now and again when the scope ends (however it ends): a sync operation
// that may block, or hands something over, is ordered at both ends.
class race_point {
 public:
  explicit race_point(const void* obj) : obj_(obj) { race_sync(obj_); }
  ~race_point() { race_sync(obj_); }
  race_point(const race_point&) = delete;
  race_point& operator=(const race_point&) = delete;

 private:
  const void* obj_;
};

// The runtime's own shared state that every goroutine touches through intercepted libc calls
// (memcpy into the stdout buffer, write(2) from it): TSan ignores the accesses made while one
// of these lives. Synchronizing there instead would order every two goroutines that print,
// hiding their races (Go's race detector orders writes to stdout only with later reads).
class race_ignored {
 public:
  race_ignored() {
    if (race_active()) __tsan_ignore_thread_begin();
  }
  ~race_ignored() {
    if (race_active()) __tsan_ignore_thread_end();
  }
  race_ignored(const race_ignored&) = delete;
  race_ignored& operator=(const race_ignored&) = delete;
};

// The collected heap under -race (src/sched.cpp): every collection releases every goroutine's
// history into this object, and every allocation acquires it first, so that memory the
// collector hands out again does not look like a race with its previous owner (TSan cannot be
// told that a block is fresh, as it is for malloc). The price: two accesses with a collection
// and an allocation between them are ordered, and a race between them is not reported.
inline char race_heap_epoch = 0;

inline void race_acquire(const void* obj) {
  if (race_active()) __tsan_acquire(const_cast<void*>(obj));
}

inline void race_release(const void* obj) {
  if (race_active()) __tsan_release(const_cast<void*>(obj));
}

}  // namespace go::detail
