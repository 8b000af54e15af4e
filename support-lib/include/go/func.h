// go::func<R(A...)>: Go's func values. Two words: a call thunk and a pointer to the callable's
// state (a lambda's captures), which is copied into collected memory so the collector sees what
// the closure references. Stateless callables (capture-less lambdas) need no state at all.
// A nil func is both words null; calling it is Go's nil-dereference panic.
#pragma once

#include <cstddef>
#include <type_traits>
#include <utility>

#include "go/gc.h"
#include "go/runtime_error.h"

namespace go {

template <class Sig>
class func;

template <class R, class... A>
class func<R(A...)> {
 public:
  constexpr func() = default;
  constexpr func(std::nullptr_t) {}  // NOLINT: nil converts implicitly

  template <class F>
    requires(!std::is_same_v<std::remove_cvref_t<F>, func> && std::is_invocable_r_v<R, F&, A...>)
  func(F f) {  // NOLINT: implicit, as a Go function converts to a func value
    using Fn = std::decay_t<F>;
    if constexpr (std::is_empty_v<Fn> && std::is_default_constructible_v<Fn>) {
      call_ = [](void*, A... a) -> R { return Fn{}(std::forward<A>(a)...); };
    } else {
      state_ = gc_new<Fn>(std::move(f));
      call_ = [](void* s, A... a) -> R { return (*static_cast<Fn*>(s))(std::forward<A>(a)...); };
    }
  }

  R operator()(A... a) const {
    if (call_ == nullptr) [[unlikely]] panic_nil_deref();
    return call_(state_, std::forward<A>(a)...);
  }

  friend constexpr bool operator==(const func& f, std::nullptr_t) { return f.call_ == nullptr; }

 private:
  R (*call_)(void*, A...) = nullptr;
  void* state_ = nullptr;
};

}  // namespace go
