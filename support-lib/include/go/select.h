// Go's select statement as one runtime call that returns the index of the case that ran:
//
//   select {                            go::int_ v{};
//   case v := <-in:                     bool ok{};
//     ...                               switch (go::select({go::recv_case(in, &v),
//   case out <- x:                                          go::send_case(out, x)},
//     ...                                                  go::has_default)) {
//   default:                              case 0: ... break;
//     ...                                 case 1: ... break;
//   }                                     default: ... break;
//                                       }
//
// Cases are numbered in source order (default is not a case: with go::has_default, select
// returns -1 when no case is ready). All channel and value operands are evaluated before the call,
// as Go evaluates them on entering the select. Among ready cases one is chosen uniformly at
// random; nil channels are never ready; `select {}` (no cases) blocks forever. A receive case
// writes the value (and `ok`) through the pointers it was given, only if it is chosen.
#pragma once

#include <initializer_list>
#include <type_traits>

#include "go/chan.h"

namespace go {

struct select_case {
  detail::hchan* c = nullptr;
  void* elem = nullptr;    // receive: where the value goes (may be null); send: the value
  bool* ok = nullptr;      // receive: where `ok` goes (may be null)
  bool is_send = false;
};

template <class T>
select_case recv_case(const chan<T>& ch, T* v = nullptr, bool* ok = nullptr) {
  return select_case{ch.handle(), v, ok, false};
}
// The value is a reference to a temporary that lives until the select call returns.
template <class T>
select_case send_case(const chan<T>& ch, const std::type_identity_t<T>& v) {
  return select_case{ch.handle(), const_cast<T*>(&v), nullptr, true};
}

enum select_default { no_default = 0, has_default = 1 };

// Runs the select; returns the index of the chosen case, or -1 for default.
int select(std::initializer_list<select_case> cases, select_default dflt = no_default);

// select {}: blocks the goroutine forever.
[[noreturn]] void select_forever();

}  // namespace go
