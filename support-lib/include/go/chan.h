// go::chan<T>: Go's channels. A reference to a channel object in collected memory (gc's hchan),
// zero value nil. The typed wrapper only knows how to copy a T; everything else — the buffer
// ring, the queues of blocked senders and receivers, close — is compiled once in src/chan.cpp
// over a type-erased element.
//
//   make(chan int, n)   go::make_chan<go::int_>(n)
//   ch <- v             ch.send(v)
//   v := <-ch           auto v = ch.recv();
//   v, ok := <-ch       auto [v, ok] = ch.recv_ok();
//   close(ch)           go::close(ch)
//   len(ch), cap(ch)    ch.len(), ch.cap()
//   for v := range ch   for (go::int_ v : ch)
//
// `chan T`, `<-chan T` and `chan<- T` are all go::chan<T>: the checker enforces direction, and
// the emitter passes a descriptor (go::chan_of) where the direction must show, as for %T.
#pragma once

#include <cstddef>
#include <cstdint>

#include "go/builtin.h"
#include "go/gc.h"
#include "go/hash.h"
#include "go/type.h"

namespace go {

namespace detail {

struct hchan;

// How the runtime copies and clears an element it only has a pointer to.
struct chan_elem_ops {
  std::size_t size;
  bool pointer_free;  // the buffer can be unscanned memory
  void (*assign)(void* dst, const void* src);
  void (*clear)(void* dst);
};

template <class T>
inline constexpr chan_elem_ops chan_ops_of{
    sizeof(T), gc_pointer_free<T>,
    [](void* dst, const void* src) { *static_cast<T*>(dst) = *static_cast<const T*>(src); },
    [](void* dst) { *static_cast<T*>(dst) = T{}; }};

hchan* chan_make(const chan_elem_ops* ops, int64_t cap);
void chan_send(hchan* c, const void* elem);
bool chan_recv(hchan* c, void* elem);  // false: closed and drained (elem cleared)
void chan_close(hchan* c);
int64_t chan_len(const hchan* c);
int64_t chan_cap(const hchan* c);

}  // namespace detail

template <class T>
struct recv_result {
  T value;
  bool ok;
};

template <class T>
class chan {
 public:
  constexpr chan() = default;
  constexpr chan(std::nullptr_t) {}  // NOLINT: nil converts implicitly

  void send(const T& v) const { detail::chan_send(c_, &v); }
  T recv() const {
    T v{};
    detail::chan_recv(c_, &v);
    return v;
  }
  recv_result<T> recv_ok() const {
    recv_result<T> r{T{}, false};
    r.ok = detail::chan_recv(c_, &r.value);
    return r;
  }
  int_ len() const { return detail::chan_len(c_); }
  int_ cap() const { return detail::chan_cap(c_); }

  friend bool operator==(const chan& a, const chan& b) { return a.c_ == b.c_; }
  friend bool operator==(const chan& a, std::nullptr_t) { return a.c_ == nullptr; }

  detail::hchan* handle() const { return c_; }
  static chan from_handle(detail::hchan* c) {
    chan ch;
    ch.c_ = c;
    return ch;
  }

  // for v := range ch: receives until the channel is closed and drained.
  class iterator {
   public:
    explicit iterator(detail::hchan* c) : c_(c) { next(); }
    iterator() = default;
    const T& operator*() const { return v_; }
    iterator& operator++() {
      next();
      return *this;
    }
    bool operator!=(const iterator&) const { return !done_; }
    bool operator==(const iterator&) const { return done_; }

   private:
    void next() {
      v_ = T{};
      done_ = !detail::chan_recv(c_, &v_);
    }
    detail::hchan* c_ = nullptr;
    T v_{};
    bool done_ = true;
  };
  iterator begin() const { return iterator(c_); }
  iterator end() const { return iterator(); }

 private:
  detail::hchan* c_ = nullptr;
};

// make(chan T) and make(chan T, n) (n < 0 or too large panics "makechan: size out of range").
template <class T>
chan<T> make_chan(int64_t n = 0) {
  return chan<T>::from_handle(detail::chan_make(&detail::chan_ops_of<T>, n));
}

// close(ch): panics "close of nil channel" / "close of closed channel".
template <class T>
void close(const chan<T>& ch) {
  detail::chan_close(ch.handle());
}

// Channel directions for descriptors, as reflect.ChanDir.
enum class chan_dir : uint8_t { recv = 1, send = 2, both = 3 };

// The interned descriptor of `chan T`, `<-chan T` or `chan<- T`.
const type_desc* chan_of(const type_desc* elem, chan_dir dir);

namespace detail {
template <class T>
struct type_of_impl<chan<T>> {
  static const type_desc* get() {
    static const type_desc* d = chan_of(type_of<T>(), chan_dir::both);
    return d;
  }
};
}  // namespace detail

// Channels are comparable (by identity), so they can be map keys.
template <class T>
uint64_t hash_of(const chan<T>& c, uint64_t seed) {
  return hash_mix(reinterpret_cast<uintptr_t>(c.handle()), seed);
}

}  // namespace go
