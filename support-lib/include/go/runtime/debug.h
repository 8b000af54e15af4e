// Package runtime/debug, the part Go's own tests call. Stack has no frames to show (go2cpp keeps
// no Go-level call stack): it reports the goroutine's header line as gc's does, and nothing
// below it. SetGCPercent remembers the setting (the collector has no such knob) and returns the
// previous one, 100 at start as in Go; FreeOSMemory runs a collection.
#pragma once

#include <atomic>
#include <cstdio>

#include "go/gc.h"
#include "go/slice.h"
#include "go/string.h"

namespace go::runtime::debug {

inline go::slice<uint8> Stack() { return go::bytes_from_string(go::string("goroutine 1 [running]:\n")); }

inline void PrintStack() {
  const go::slice<uint8> s = Stack();
  std::fwrite(s.data(), 1, static_cast<size_t>(s.len()), stderr);
}

inline int_ SetGCPercent(int_ percent) {
  static std::atomic<int_> current{100};
  return current.exchange(percent);
}

inline void FreeOSMemory() { go::gc_collect(); }

}  // namespace go::runtime::debug
