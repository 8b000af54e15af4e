// select (include/go/select.h), after gc's runtime/select.go selectgo:
// 1. visit the cases in a random order (a random permutation, so every ready case is equally
//    likely to be found first) and complete the first one that can proceed;
// 2. if none can and there is a default, return -1;
// 3. otherwise enqueue a waiter for every case on its channel, all on this goroutine's stack,
//    and park; the operation that wakes us marks which case fired (wait_queue::pop sets
//    goroutine::select_fired), so the others are skipped by anyone who finds them before we
//    dequeue them ourselves.
#include <vector>

#include "chan_impl.h"
#include "go/hash.h"
#include "go/runtime_error.h"
#include "go/select.h"
#include "race.h"

namespace go {
namespace {
// ---- tuning knob: selects with at most this many cases keep their bookkeeping on the stack.
constexpr int small_select = 8;

// -race: a select is a synchronization point on every channel it names, where it starts and
// where it ends, like each channel operation (src/chan.cpp). Stronger than Go's model, which
// orders only the case that fired: it can hide a race, never invent one.
void race_sync_cases(const select_case* cases, int n) {
  if (!detail::race_active()) return;
  for (int i = 0; i < n; i++) {
    if (cases[i].c != nullptr) detail::race_sync(cases[i].c);
  }
}
}  // namespace

int select(std::initializer_list<select_case> cases_in, select_default dflt) {
  const int n = static_cast<int>(cases_in.size());
  const select_case* cases = cases_in.begin();
  int order_small[small_select];
  std::vector<int> order_big;
  int* order = order_small;
  if (n > small_select) {
    order_big.resize(static_cast<std::size_t>(n));
    order = order_big.data();
  }
  // A uniform random permutation (Fisher-Yates, inside out).
  for (int i = 0; i < n; i++) {
    const int j = static_cast<int>(fastrand64() % static_cast<uint64_t>(i + 1));
    order[i] = order[j];
    order[j] = i;
  }
  race_sync_cases(cases, n);
  for (int k = 0; k < n; k++) {
    const select_case& sc = cases[order[k]];
    if (sc.c == nullptr) continue;
    if (sc.is_send) {
      if (detail::try_send(sc.c, sc.elem)) {
        race_sync_cases(cases, n);
        return order[k];
      }
    } else {
      bool ok = false;
      if (detail::try_recv(sc.c, sc.elem, &ok)) {
        race_sync_cases(cases, n);
        if (sc.ok != nullptr) *sc.ok = ok;
        return order[k];
      }
    }
  }
  if (dflt == has_default) return -1;

  detail::goroutine* g = detail::current_goroutine();
  detail::waiter waiters_small[small_select];
  std::vector<detail::waiter> waiters_big;
  detail::waiter* waiters = waiters_small;
  if (n > small_select) {
    waiters_big.resize(static_cast<std::size_t>(n));
    waiters = waiters_big.data();
  }
  g->select_fired = -1;
  for (int i = 0; i < n; i++) {
    const select_case& sc = cases[i];
    if (sc.c == nullptr) continue;
    detail::waiter& w = waiters[i];
    w.g = g;
    w.elem = sc.elem;
    w.case_index = i;
    (sc.is_send ? sc.c->sendq : sc.c->recvq).push(&w);
  }
  detail::park(detail::wait_reason::select);
  race_sync_cases(cases, n);
  const int fired = g->select_fired;
  g->select_fired = -1;
  // Dequeue the waiters of the cases that did not fire (the fired one was dequeued by its waker).
  for (int i = 0; i < n; i++) {
    const select_case& sc = cases[i];
    if (sc.c == nullptr || i == fired) continue;
    detail::waiter& w = waiters[i];
    detail::wait_queue& q = sc.is_send ? sc.c->sendq : sc.c->recvq;
    if (w.prev != nullptr || q.first == &w) q.remove(&w);
  }
  const select_case& sc = cases[fired];
  if (sc.is_send) {
    if (!waiters[fired].success) panic_plain_error("send on closed channel");
  } else if (sc.ok != nullptr) {
    *sc.ok = waiters[fired].success;
  }
  return fired;
}

void select_forever() {
  for (;;) detail::park(detail::wait_reason::select_no_cases);
}

}  // namespace go
