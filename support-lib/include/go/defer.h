// defer, recover, and how a function that defers runs (Go's runtime/panic.go semantics).
//
// A function with defer statements declares a go::defer_frame and runs its body through it:
//
//   go::defer_frame frame;
//   frame.run([&] {
//     frame.defer([=] { ... });   // arguments evaluated here, by the capture
//     ...
//   });
//
// run() catches a panic escaping the body, then runs the deferred calls last-in first-out (on a
// normal return too). A deferred call may call go::recover(), which stops the panic and returns
// its value; a deferred call that panics replaces the current panic (Go then reports both, the
// older one first). If the frame is still panicking after the last deferred call, run() rethrows.
// The chain of active panics is kept by src/defer.cpp for recover() and for the report. A C++
// exception that is not a Go panic becomes one here (detail::foreign_exception_panic).
#pragma once

#include <utility>

#include "go/any.h"
#include "go/gc.h"
#include "go/panic.h"

namespace go {

// recover(): the value of the current panic when called while a deferred call runs on behalf of
// a panicking frame (and that panic was not recovered yet); nil otherwise. This form does not
// check that the caller is the deferred function itself (C++ callers, tests).
any recover();

// Go's recover() as emitted code calls it: `direct` is what the calling function took with
// take_defer_token() at its entry — true only in the function a panicking frame's deferred call
// runs directly, which is the only place gc lets recover() stop a panic.
any recover(bool direct);
bool take_defer_token();
// Emitted at the entry of a function that does not call recover() but calls one that might, when
// it may itself be the deferred call: the token must not reach its callees.
void drop_defer_token();

class defer_frame {
 public:
  defer_frame() = default;
  defer_frame(const defer_frame&) = delete;
  defer_frame& operator=(const defer_frame&) = delete;

  // Pushes a deferred call; f is copied into collected memory now.
  template <class F>
  void defer(F f) {
    using Fn = std::decay_t<F>;
    auto* n = gc_new<node>();
    n->fn = gc_new<Fn>(std::move(f));
    n->call = [](void* fn) { (*static_cast<Fn*>(fn))(); };
    n->next = head_;
    head_ = n;
  }

  // Runs the body, then the deferred calls; see the file comment.
  template <class B>
  void run(B&& body) {
    bool panicking = false;
    panic_error caught;
    try {
      body();
    } catch (panic_error& e) {
      panicking = true;
      caught = e;
    } catch (detail::goexit_unwind&) {
      // runtime.Goexit: the deferred calls run, with nothing to recover, and the goroutine goes on
      // ending.
      finish(nullptr);
      throw;
    } catch (...) {
      // A C++ exception from C++ code the body called: from here on it is a Go panic, so the
      // deferred calls run and may recover it (docs/interop.md).
      panicking = true;
      caught = detail::foreign_exception_panic();
    }
    finish(panicking ? &caught : nullptr);
  }

  struct node {
    void (*call)(void*);
    void* fn;
    node* next;
  };

 private:
  // Runs the deferred calls (src/defer.cpp); `p` is the panic in flight, or null.
  void finish(panic_error* p);

  node* head_ = nullptr;
};

}  // namespace go
