// The chain of active panics, defer_frame::finish and recover (see include/go/defer.h).
//
// Each panic gets a record the first time a frame (or the report) catches it: its value, whether
// a deferred call recovered it, whether a newer panic aborted it, and a link to the panic that
// was active when it started. The records model gc's g._panic list closely enough to print what
// gc prints ("panic: A [recovered]" / "\tpanic: B") and to drop the aborted panics a recovery
// ends. The state is one per goroutine, in its record (src/goroutine.h), which is a root the
// collector scans (thread-local storage would not be).
#include "go/defer.h"

#include "go/gc.h"
#include "goroutine.h"
#include "panic_record.h"

namespace go {

namespace detail {
panic_record* record_of(panic_error& e) {
  if (e.record == nullptr) {
    goroutine_panics& current = current_panics();
    // A panic can only start while no panic is active or inside a deferred call that a panic
    // runs. Outside those, anything left on the chain belongs to panics that C++ code caught
    // without the runtime (tests, foreign callers): forget them.
    if (current.panic_defers == 0) current.top = nullptr;
    e.record = gc_new<panic_record>();
    e.record->value = e.value;
    e.record->link = current.top;
    current.top = e.record;
  }
  return e.record;
}
}  // namespace detail

void defer_frame::finish(panic_error* p) {
  auto& g = detail::current_panics();
  panic_record* rec = p ? detail::record_of(*p) : nullptr;
  while (head_ != nullptr) {
    node* n = head_;
    head_ = n->next;
    panic_record* saved = g.deferring;
    g.deferring = rec;
    const int depth = rec != nullptr ? 1 : 0;
    g.panic_defers += depth;
    try {
      g.defer_token = rec != nullptr;
      n->call(n->fn);
      g.defer_token = false;
    } catch (panic_error& e) {
      g.defer_token = false;
      // A deferred call panicked: the new panic replaces the one in flight, which is aborted
      // (still reported, ahead of the new one).
      panic_record* next = detail::record_of(e);  // still inside the deferred call here
      g.panic_defers -= depth;
      g.deferring = saved;
      if (rec != nullptr) rec->aborted = true;
      rec = next;
      continue;
    }
    g.panic_defers -= depth;
    g.deferring = saved;
    if (rec != nullptr && rec->recovered) {
      // Recovery: the panic ends, and so do the panics it aborted.
      g.top = rec->link;
      while (g.top != nullptr && g.top->aborted) g.top = g.top->link;
      rec = nullptr;
    }
  }
  if (rec != nullptr) throw panic_error{rec->value, rec};
}

bool take_defer_token() {
  auto& g = detail::current_panics();
  bool t = g.defer_token;
  g.defer_token = false;
  return t;
}

void drop_defer_token() { detail::current_panics().defer_token = false; }

any recover(bool direct) {
  if (!direct) return any();
  return recover();
}

any recover() {
  auto& g = detail::current_panics();
  panic_record* p = g.top;
  if (p == nullptr || p->recovered || g.deferring != p) return any();
  p->recovered = true;
  return p->value;
}

}  // namespace go
