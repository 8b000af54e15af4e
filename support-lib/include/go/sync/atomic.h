// Go's sync/atomic: the functions over *int32, *int64, *uint32, *uint64, *uintptr and the Go 1.19
// types (Int32, Int64, Uint32, Uint64, Bool, and Value) whose methods follow the emitter's rule
// (`Int64_Add(p, d)`). Sequentially consistent __atomic builtins, as Go's atomics are, so the
// code stays right when goroutines run on several threads; a nil pointer panics like Go's.
#pragma once

#include <cstddef>
#include <type_traits>

#include "go/any.h"
#include "go/hash.h"
#include "go/ptr.h"

namespace go::sync::atomic {

namespace detail {
template <class T>
T* addr(ptr<T> p) {
  return &*p;  // nil: Go's nil-dereference panic
}
}  // namespace detail

#define GO2CPP_ATOMIC_FUNCS(Name, T)                                                              \
  inline T Add##Name(ptr<T> p, T d) { return __atomic_add_fetch(detail::addr(p), d, __ATOMIC_SEQ_CST); } \
  inline T Load##Name(ptr<T> p) { return __atomic_load_n(detail::addr(p), __ATOMIC_SEQ_CST); }        \
  inline void Store##Name(ptr<T> p, T v) { __atomic_store_n(detail::addr(p), v, __ATOMIC_SEQ_CST); } \
  inline T Swap##Name(ptr<T> p, T v) { return __atomic_exchange_n(detail::addr(p), v, __ATOMIC_SEQ_CST); } \
  inline bool CompareAndSwap##Name(ptr<T> p, T old, T v) {                                        \
    return __atomic_compare_exchange_n(detail::addr(p), &old, v, false, __ATOMIC_SEQ_CST,         \
                                       __ATOMIC_SEQ_CST);                                         \
  }

// One macro for five integer types: the alternative is 25 near-identical functions.
GO2CPP_ATOMIC_FUNCS(Int32, int32)
GO2CPP_ATOMIC_FUNCS(Int64, int64)
GO2CPP_ATOMIC_FUNCS(Uint32, uint32)
GO2CPP_ATOMIC_FUNCS(Uint64, uint64)
GO2CPP_ATOMIC_FUNCS(Uintptr, uintptr)
#undef GO2CPP_ATOMIC_FUNCS

#define GO2CPP_ATOMIC_TYPE(Name, T)                                                               \
  struct Name {                                                                                   \
    T v = 0;                                                                                      \
    bool operator==(const Name&) const = default;                                                 \
  };                                                                                              \
  inline uint64_t hash_of(const Name& x, uint64_t seed) { return go::hash_of(x.v, seed); }        \
  inline T Name##_Load(ptr<Name> p) { return Load##Name(&p->v); }                                 \
  inline void Name##_Store(ptr<Name> p, T v) { Store##Name(&p->v, v); }                           \
  inline T Name##_Add(ptr<Name> p, T d) { return Add##Name(&p->v, d); }                           \
  inline T Name##_Swap(ptr<Name> p, T v) { return Swap##Name(&p->v, v); }                         \
  inline bool Name##_CompareAndSwap(ptr<Name> p, T old, T v) { return CompareAndSwap##Name(&p->v, old, v); }

GO2CPP_ATOMIC_TYPE(Int32, int32)
GO2CPP_ATOMIC_TYPE(Int64, int64)
GO2CPP_ATOMIC_TYPE(Uint32, uint32)
GO2CPP_ATOMIC_TYPE(Uint64, uint64)
#undef GO2CPP_ATOMIC_TYPE

struct Bool {
  uint32 v = 0;
  bool operator==(const Bool&) const = default;
};
inline uint64_t hash_of(const Bool& x, uint64_t seed) { return go::hash_of(x.v, seed); }
inline bool Bool_Load(ptr<Bool> p) { return LoadUint32(&p->v) != 0; }
inline void Bool_Store(ptr<Bool> p, bool v) { StoreUint32(&p->v, v ? 1 : 0); }
inline bool Bool_Swap(ptr<Bool> p, bool v) { return SwapUint32(&p->v, v ? 1 : 0) != 0; }
inline bool Bool_CompareAndSwap(ptr<Bool> p, bool old, bool v) {
  return CompareAndSwapUint32(&p->v, old ? 1 : 0, v ? 1 : 0);
}

// Value: the first stored value fixes the dynamic type; storing nil or a value of another type
// panics with Go's messages (src/atomic.cpp).
struct Value {
  go::any v{};
  bool operator==(const Value&) const = default;
};
inline uint64_t hash_of(const Value& x, uint64_t seed) { return go::hash_of(x.v, seed); }
go::any Value_Load(ptr<Value> p);
void Value_Store(ptr<Value> p, go::any val);
go::any Value_Swap(ptr<Value> p, go::any val);
bool Value_CompareAndSwap(ptr<Value> p, go::any old, go::any val);

// Pointer[T]: a generic type of the stub, so a template here; its methods deduce T from the
// receiver alone (`Pointer_Load(p)`; the values may be nullptr).
template <class T>
struct Pointer {
  ptr<T> v{};
  bool operator==(const Pointer&) const = default;
};
template <class T>
uint64_t hash_of(const Pointer<T>& x, uint64_t seed) {
  return go::hash_of(x.v, seed);
}
template <class T>
ptr<T> Pointer_Load(ptr<Pointer<T>> p) {
  ptr<T> out;
  __atomic_load(&detail::addr(p)->v, &out, __ATOMIC_SEQ_CST);
  return out;
}
template <class T>
void Pointer_Store(ptr<Pointer<T>> p, std::type_identity_t<ptr<T>> val) {
  __atomic_store(&detail::addr(p)->v, &val, __ATOMIC_SEQ_CST);
}
template <class T>
ptr<T> Pointer_Swap(ptr<Pointer<T>> p, std::type_identity_t<ptr<T>> val) {
  ptr<T> old;
  __atomic_exchange(&detail::addr(p)->v, &val, &old, __ATOMIC_SEQ_CST);
  return old;
}
template <class T>
bool Pointer_CompareAndSwap(ptr<Pointer<T>> p, std::type_identity_t<ptr<T>> old,
                            std::type_identity_t<ptr<T>> val) {
  return __atomic_compare_exchange(&detail::addr(p)->v, &old, &val, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}

// Descriptors (%T prints "atomic.Int64"; a struct holding one needs it for its own).
const type_desc* Int32_desc();
const type_desc* Int64_desc();
const type_desc* Uint32_desc();
const type_desc* Uint64_desc();
const type_desc* Bool_desc();
const type_desc* Value_desc();

}  // namespace go::sync::atomic

#define GO2CPP_ATOMIC_DESC(Name)                                  \
  template <>                                                     \
  struct go::detail::type_of_impl<go::sync::atomic::Name> {       \
    static const go::type_desc* get() { return go::sync::atomic::Name##_desc(); } \
  };
GO2CPP_ATOMIC_DESC(Int32)
GO2CPP_ATOMIC_DESC(Int64)
GO2CPP_ATOMIC_DESC(Uint32)
GO2CPP_ATOMIC_DESC(Uint64)
GO2CPP_ATOMIC_DESC(Bool)
GO2CPP_ATOMIC_DESC(Value)
#undef GO2CPP_ATOMIC_DESC

namespace go::sync::atomic {
// The descriptor of Pointer[T]: %T prints "atomic.Pointer[main.T]".
const type_desc* pointer_desc(const type_desc* elem_ptr, std::size_t size, std::size_t align);
}  // namespace go::sync::atomic
template <class T>
struct go::detail::type_of_impl<go::sync::atomic::Pointer<T>> {
  static const go::type_desc* get() {
    static const go::type_desc* d = go::sync::atomic::pointer_desc(
        go::type_of<go::ptr<T>>(), sizeof(go::sync::atomic::Pointer<T>), alignof(go::sync::atomic::Pointer<T>));
    return d;
  }
};
