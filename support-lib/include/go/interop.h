// Calling translated Go packages from C++ (docs/interop.md): starting the runtime, moving strings
// and slices across the boundary, and keeping Go pointers alive in memory that C++ owns.
//
// Generated code never includes this header; C++ code that uses Go packages does:
//
//   #include "go/interop.h"
//   #include "tasks.h"  // a translated package
//
//   int main(int argc, char** argv) {
//     go::start(argc, argv);  // once, before the first call into Go
//     go::slice<go::string> words = go::from_std(std::vector<std::string>{"a", "b"});
//     auto [n, err] = tasks::Count(words);
//     if (err != nullptr) std::cerr << go::to_std(err.Error()) << "\n";
//   }
#pragma once

#include <cstddef>
#include <new>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "go/runtime.h"

namespace go {

// ---- the runtime

// Starts the runtime on the calling thread and initializes every Go package the program links
// (each once, the packages it imports first), with os.Args from argc/argv when given. Calls after
// the first do nothing. Go code must only be called from this thread: goroutines run on it, while
// C++ code waits inside Go (a channel operation, sync.WaitGroup.Wait, time.Sleep) or yields.
void start(int argc = 0, char** argv = nullptr);

// Lets every goroutine that is ready to run take a turn (until it blocks or yields) before the
// calling C++ code goes on; runtime.Gosched as C++ calls it.
void yield();

// ---- strings

// A Go string holding a copy of s (on the collected heap).
inline go::string from_std(std::string_view s) { return go::string::from_view(s); }
inline go::string from_std(const std::string& s) { return go::string::from_view(s); }
inline go::string from_std(const char* s) { return go::string::from_view(s); }
// A std::string copy of s. (s.view() gives a std::string_view without copying; it stays valid
// while s, or anything sharing its bytes, is reachable by the collector.)
inline std::string to_std(const go::string& s) { return std::string(s.view()); }

// Writes the string's bytes as they are.
inline std::ostream& operator<<(std::ostream& os, const go::string& s) { return os << s.view(); }

// ---- errors

// Writes err.Error(), or "<nil>" for a nil error, as fmt.Print does.
inline std::ostream& operator<<(std::ostream& os, const go::error& err) {
  if (err == nullptr) return os << "<nil>";
  return os << err.Error();
}

// ---- slices

// A Go slice holding a copy of the elements (len == cap == s.size()).
template <class T>
go::slice<T> from_std(std::span<const T> s) {
  go::slice<T> out = go::make_slice<T>(static_cast<int64_t>(s.size()));
  for (std::size_t i = 0; i < s.size(); i++) out.data()[i] = s[i];
  return out;
}
template <class T>
go::slice<T> from_std(const std::vector<T>& v) {
  return from_std(std::span<const T>(v));
}
// A []string from C++ strings.
inline go::slice<go::string> from_std(const std::vector<std::string>& v) {
  go::slice<go::string> out = go::make_slice<go::string>(static_cast<int64_t>(v.size()));
  for (std::size_t i = 0; i < v.size(); i++) out.data()[i] = from_std(v[i]);
  return out;
}
// The slice's elements in place, without copying: writes through the span are writes to the
// Go slice.
template <class T>
std::span<T> as_span(const go::slice<T>& s) {
  return std::span<T>(s.data(), static_cast<std::size_t>(s.len()));
}
// A std::vector copy of the elements.
template <class T>
std::vector<T> to_std(const go::slice<T>& s) {
  return std::vector<T>(s.begin(), s.end());
}
inline std::vector<std::string> to_std(const go::slice<go::string>& s) {
  std::vector<std::string> out;
  out.reserve(static_cast<std::size_t>(s.len()));
  for (const go::string& e : s) out.push_back(to_std(e));
  return out;
}

// ---- Go pointers in memory C++ owns
//
// The collector finds Go values through the stacks of the thread and of goroutines, the static
// data of the program, and its own heap. It does not scan memory from new, malloc or a standard
// container's default allocator: a go::string, go::slice, go::map, go::ptr or interface value
// kept only there can be collected while C++ still holds it. Locals and globals are safe; for
// the heap, use one of these.

// A T in memory the collector scans and never frees on its own: owned like a std::unique_ptr.
template <class T>
class root {
 public:
  template <class... A>
  explicit root(A&&... args) : p_(::new (gc_alloc_root(sizeof(T))) T(std::forward<A>(args)...)) {}
  root(root&& o) noexcept : p_(std::exchange(o.p_, nullptr)) {}
  root& operator=(root&& o) noexcept {
    if (this != &o) {
      reset();
      p_ = std::exchange(o.p_, nullptr);
    }
    return *this;
  }
  root(const root&) = delete;
  root& operator=(const root&) = delete;
  ~root() { reset(); }

  T& operator*() const { return *p_; }
  T* operator->() const { return p_; }
  T* get() const { return p_; }

 private:
  void reset() {
    if (p_ != nullptr) {
      p_->~T();
      gc_free_root(p_);
      p_ = nullptr;
    }
  }
  T* p_;
};

// An allocator for standard containers of Go values: std::vector<go::string,
// go::root_allocator<go::string>> keeps its strings alive.
template <class T>
struct root_allocator {
  using value_type = T;
  root_allocator() = default;
  template <class U>
  root_allocator(const root_allocator<U>&) noexcept {}  // NOLINT: rebinding, as allocators do
  T* allocate(std::size_t n) { return static_cast<T*>(gc_alloc_root(n * sizeof(T))); }
  void deallocate(T* p, std::size_t) noexcept { gc_free_root(p); }
  template <class U>
  bool operator==(const root_allocator<U>&) const noexcept {
    return true;
  }
};

}  // namespace go
