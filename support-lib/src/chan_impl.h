// Internal to the runtime library: the channel object and its wait queues, shared by chan.cpp
// and select.cpp. The shapes follow gc's runtime/chan.go: a ring buffer, a queue of blocked
// receivers and one of blocked senders, each entry (gc's sudog, here `waiter`) living on the
// blocked goroutine's own stack.
#pragma once

#include <cstdint>

#include "go/chan.h"
#include "goroutine.h"

namespace go::detail {

struct waiter {
  goroutine* g = nullptr;
  void* elem = nullptr;       // where a receiver gets its value / where a sender's value is
  bool success = false;       // woken by a matching operation (false: by close)
  int32_t case_index = -1;    // select: which case this waiter stands for (-1: not a select)
  waiter* prev = nullptr;
  waiter* next = nullptr;
};

struct wait_queue {
  waiter* first = nullptr;
  waiter* last = nullptr;

  void push(waiter* w) {
    w->next = nullptr;
    w->prev = last;
    if (last != nullptr) last->next = w; else first = w;
    last = w;
  }
  void remove(waiter* w) {
    if (w->prev != nullptr) w->prev->next = w->next; else first = w->next;
    if (w->next != nullptr) w->next->prev = w->prev; else last = w->prev;
    w->prev = w->next = nullptr;
  }
  // The first waiter that can still be matched. A waiter of a select whose goroutine another
  // case already woke is dropped on the way (gc's selectDone check).
  waiter* pop() {
    while (first != nullptr) {
      waiter* w = first;
      remove(w);
      if (w->case_index >= 0) {
        if (w->g->select_fired >= 0) continue;
        w->g->select_fired = w->case_index;
      }
      return w;
    }
    return nullptr;
  }
};

struct hchan {
  const chan_elem_ops* ops;
  int64_t cap;
  int64_t count = 0;
  int64_t recvx = 0;  // next slot to receive from
  int64_t sendx = 0;  // next slot to send into
  unsigned char* buf = nullptr;
  bool closed = false;
  wait_queue recvq;
  wait_queue sendq;

  void* slot(int64_t i) const { return buf + static_cast<std::size_t>(i) * ops->size; }
};

// The non-blocking halves of send and receive, used by chan.cpp and select.cpp: each completes
// the operation and returns true when it can proceed without blocking.
bool try_send(hchan* c, const void* elem);               // panics on a closed channel
bool try_recv(hchan* c, void* elem, bool* ok);           // ok false: closed and drained

}  // namespace go::detail
