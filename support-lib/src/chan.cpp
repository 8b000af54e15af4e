// Channels (include/go/chan.h): gc's runtime/chan.go algorithms on one thread.
//
// send: a nil channel blocks forever; a closed one panics; a waiting receiver gets the value
// directly; else the buffer takes it if there is room; else the sender parks in sendq until a
// receiver takes the value (or close wakes it to panic).
// recv: a nil channel blocks forever; a waiting sender hands over its value (through the buffer
// when there is one, keeping FIFO order); else the buffer gives one; a closed, drained channel
// gives the zero value and ok=false; else the receiver parks in recvq.
// close: marks the channel and wakes every waiter: receivers with the zero value, senders to panic.
//
// Blocking is detail::park; the goroutine that completes the match copies the value and readies
// the parked one. With several threads later, hchan gets a lock and the match happens under it
// (gc's design), the rest stays.
//
// Under -race each operation is a synchronization point on its channel where it starts and where
// it ends (race_sync, src/race.h): every copy of a value, whoever makes it, falls between the
// two ends' points, so TSan sees the send before the receive and never the copy as a race.
#include "chan_impl.h"

#include <cstring>
#include <map>
#include <mutex>
#include <string>
#include <utility>

#include "go/gc.h"
#include "go/runtime_error.h"
#include "race.h"

namespace go {
namespace {
bool equal_chan(const type_desc*, const void* a, const void* b) {
  return *static_cast<void* const*>(a) == *static_cast<void* const*>(b);
}
uint64_t hash_chan(const type_desc*, const void* v, uint64_t seed) {
  return hash_mix(reinterpret_cast<uintptr_t>(*static_cast<void* const*>(v)), seed);
}
}  // namespace

// Interned like slice_of and friends (src/type.cpp), in a table of its own.
const type_desc* chan_of(const type_desc* elem, chan_dir dir) {
  static std::mutex mu;
  static auto* table = new std::map<std::pair<const type_desc*, int>, const type_desc*>();
  std::lock_guard<std::mutex> lock(mu);
  auto& slot = (*table)[{elem, static_cast<int>(dir)}];
  if (slot != nullptr) return slot;
  auto* d = new type_desc();
  d->kind = kind::chan;
  std::string name;
  if (dir == chan_dir::recv) name = "<-chan " + std::string(elem->name);
  else if (dir == chan_dir::send) name = "chan<- " + std::string(elem->name);
  // reflect's ChanOf: chan (<-chan T) needs the parentheses.
  else if (elem->kind == kind::chan && elem->len == static_cast<int64_t>(chan_dir::recv))
    name = "chan (" + std::string(elem->name) + ")";
  else name = "chan " + std::string(elem->name);
  // The name lives for ever, in a block of its own that the view starts at: a view into a new'd
  // std::string's inline buffer looks leaked to LeakSanitizer (as type.cpp's names did).
  char* text = new char[name.size() + 1];
  std::memcpy(text, name.c_str(), name.size() + 1);
  d->name = std::string_view(text, name.size());
  d->size = sizeof(void*);
  d->align = alignof(void*);
  d->has_pointers = true;
  d->elem = elem;
  d->len = static_cast<int64_t>(dir);  // a channel's direction, as reflect.ChanDir
  d->equal = &equal_chan;
  d->hash = &hash_chan;
  slot = d;
  return d;
}
}  // namespace go

namespace go::detail {

hchan* chan_make(const chan_elem_ops* ops, int64_t cap) {
  constexpr int64_t max_alloc = int64_t{1} << 40;
  if (cap < 0 || (ops->size > 0 && cap > max_alloc / static_cast<int64_t>(ops->size))) {
    panic_plain_error("makechan: size out of range");
  }
  auto* c = gc_new<hchan>();
  c->ops = ops;
  c->cap = cap;
  if (cap > 0) {
    const std::size_t bytes = static_cast<std::size_t>(cap) * ops->size;
    c->buf = static_cast<unsigned char*>(ops->pointer_free ? gc_alloc_atomic(bytes) : gc_alloc(bytes));
  }
  return c;
}

bool try_send(hchan* c, const void* elem) {
  if (c->closed) panic_plain_error("send on closed channel");
  if (waiter* r = c->recvq.pop()) {
    if (r->elem != nullptr) c->ops->assign(r->elem, elem);
    r->success = true;
    ready(r->g);
    return true;
  }
  if (c->count < c->cap) {
    c->ops->assign(c->slot(c->sendx), elem);
    if (++c->sendx == c->cap) c->sendx = 0;
    c->count++;
    return true;
  }
  return false;
}

bool try_recv(hchan* c, void* elem, bool* ok) {
  if (waiter* s = c->sendq.pop()) {
    if (c->cap == 0) {
      if (elem != nullptr) c->ops->assign(elem, s->elem);
    } else {
      // The buffer is full: take its head, and the sender's value goes to the tail.
      if (elem != nullptr) c->ops->assign(elem, c->slot(c->recvx));
      c->ops->assign(c->slot(c->recvx), s->elem);
      if (++c->recvx == c->cap) c->recvx = 0;
      c->sendx = c->recvx;
    }
    s->success = true;
    ready(s->g);
    *ok = true;
    return true;
  }
  if (c->count > 0) {
    if (elem != nullptr) c->ops->assign(elem, c->slot(c->recvx));
    c->ops->clear(c->slot(c->recvx));  // the buffer must not keep the value alive
    if (++c->recvx == c->cap) c->recvx = 0;
    c->count--;
    *ok = true;
    return true;
  }
  if (c->closed) {
    if (elem != nullptr) c->ops->clear(elem);
    *ok = false;
    return true;
  }
  return false;
}

void chan_send(hchan* c, const void* elem) {
  if (c == nullptr) {
    for (;;) park(wait_reason::chan_send_nil);
  }
  race_sync(c);
  if (try_send(c, elem)) {
    race_sync(c);
    return;
  }
  waiter w;
  w.g = current_goroutine();
  w.elem = const_cast<void*>(elem);
  c->sendq.push(&w);
  park(wait_reason::chan_send);
  race_sync(c);
  if (!w.success) panic_plain_error("send on closed channel");
}

bool chan_recv(hchan* c, void* elem) {
  if (c == nullptr) {
    for (;;) park(wait_reason::chan_receive_nil);
  }
  bool ok = false;
  race_sync(c);
  if (try_recv(c, elem, &ok)) {
    race_sync(c);
    return ok;
  }
  waiter w;
  w.g = current_goroutine();
  w.elem = elem;
  c->recvq.push(&w);
  park(wait_reason::chan_receive);
  race_sync(c);
  return w.success;
}

void chan_close(hchan* c) {
  if (c == nullptr) panic_plain_error("close of nil channel");
  if (c->closed) panic_plain_error("close of closed channel");
  race_sync(c);
  c->closed = true;
  while (waiter* r = c->recvq.pop()) {
    if (r->elem != nullptr) c->ops->clear(r->elem);
    r->success = false;
    ready(r->g);
  }
  while (waiter* s = c->sendq.pop()) {
    s->success = false;
    ready(s->g);
  }
  race_sync(c);
}

int64_t chan_len(const hchan* c) { return c == nullptr ? 0 : c->count; }
int64_t chan_cap(const hchan* c) { return c == nullptr ? 0 : c->cap; }

}  // namespace go::detail
