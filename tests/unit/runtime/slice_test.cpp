// go::slice and go::array: literals, make, append growth (Go 1.19's numbers), aliasing, copy,
// three-index slicing and gc's bounds messages.
#include <catch2/catch.hpp>
#include <vector>

#include "go/runtime.h"
#include "panic_helpers.h"

namespace {
// The distinct capacities a slice of T goes through when appended to one element at a time.
template <class T>
std::vector<go::int_> growth(int n) {
  go::slice<T> s;
  std::vector<go::int_> caps;
  for (int i = 0; i < n; i++) {
    s = go::append(s, T{});
    if (caps.empty() || caps.back() != s.cap()) caps.push_back(s.cap());
  }
  return caps;
}
}  // namespace

TEST_CASE("append grows like Go 1.19", "[slice]") {
  // Every expected sequence below was printed by Go 1.19 (go run on linux/amd64).
  CHECK(growth<go::int_>(2000) ==
        std::vector<go::int_>{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560});
  CHECK(growth<go::byte>(5000) ==
        std::vector<go::int_>{8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072, 4096, 5376});
  CHECK(growth<go::array<go::int64, 3>>(600) ==
        std::vector<go::int_>{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853});
  CHECK(growth<go::array<go::uint8, 3>>(600) == std::vector<go::int_>{2, 5, 10, 21, 42, 85, 170, 341, 682});

  auto x = go::append(go::slice<go::int_>(), 1, 2, 3, 4, 5);
  CHECK((x.len() == 5 && x.cap() == 6));
  auto y = go::append(go::slice<go::int_>{1, 2, 3}, 4, 5, 6, 7, 8, 9, 10);
  CHECK((y.len() == 10 && y.cap() == 10));
  auto z = go::append(go::make_slice<go::int32>(5), 1);
  CHECK((z.len() == 6 && z.cap() == 12));
  auto f = go::append_slice(go::slice<go::float64>(), go::make_slice<go::float64>(1000));
  CHECK((f.len() == 1000 && f.cap() == 1024));
  auto u = go::append(go::make_slice<go::int_>(700), 1);
  CHECK((u.len() == 701 && u.cap() == 1184));
}

TEST_CASE("append aliases the backing array while there is room", "[slice]") {
  auto base = go::make_slice<go::int_>(3, 10);
  auto a = go::append(base, 1);
  auto b = go::append(base, 2);  // same slot as a's new element
  CHECK(a[3] == 2);
  CHECK(a.data() == b.data());
  auto full = go::slice<go::int_>{1, 2, 3};
  auto c = go::append(full, 4);  // reallocates
  c[0] = 100;
  CHECK(full[0] == 1);
  // append(s[:1], s[2:]...) moves within one array
  auto s = go::slice<go::int_>{0, 1, 2, 3, 4};
  auto t = go::append_slice(s.slice(0, 1), s.slice_from(2));
  CHECK(t.len() == 4);
  CHECK((s[0] == 0 && s[1] == 2 && s[2] == 3 && s[3] == 4 && s[4] == 4));
  // appending a slice to itself
  auto d = go::slice<go::int_>{1, 2};
  d = go::append_slice(d, d);
  CHECK((d.len() == 4 && d[2] == 1 && d[3] == 2));
  auto bytes = go::append_string(go::slice<go::byte>(), "hi");
  CHECK((bytes.len() == 2 && bytes.cap() == 8 && bytes[1] == 'i'));
}

TEST_CASE("nil and empty slices", "[slice]") {
  go::slice<go::int_> n;
  CHECK(n == nullptr);
  CHECK(n.len() == 0);
  CHECK(n.slice(0, 0) == nullptr);  // Go: a nil slice resliced stays nil
  CHECK(go::make_slice<go::int_>(0) != nullptr);
  for (auto v : n) (void)v;
}

TEST_CASE("make checks its arguments like gc", "[slice]") {
  CHECK(panic_text([] { go::make_slice<go::int_>(-1); }) == "runtime error: makeslice: len out of range");
  CHECK(panic_text([] { go::make_slice<go::int_>(5, 2); }) == "runtime error: makeslice: cap out of range");
  CHECK(panic_text([] { go::make_slice<go::int_>(1, go::int_(1) << 62); }) == "runtime error: makeslice: cap out of range");
  auto m = go::make_slice<go::int_>(2, 5);
  CHECK((m.len() == 2 && m.cap() == 5 && m[1] == 0));
}

TEST_CASE("slicing and gc's bounds messages", "[slice]") {
  auto s = go::make_slice<go::int_>(3, 5);
  CHECK(s.slice(1, 5).len() == 4);  // up to cap
  auto t = s.slice(1, 2, 3);
  CHECK((t.len() == 1 && t.cap() == 2));
  CHECK(s.slice(5, 5).cap() == 0);
  CHECK(panic_text([&] { (void)s[3]; }) == "runtime error: index out of range [3] with length 3");
  CHECK(panic_text([&] { (void)s[go::uint64(1) << 63]; }) ==
        "runtime error: index out of range [9223372036854775808] with length 3");  // unsigned: gc's U form
  CHECK(panic_text([&] { (void)s[go::int8(-2)]; }) == "runtime error: index out of range [-2]");
  CHECK(s[go::uint8(2)] == 0);
  CHECK(panic_text([&] { (void)s.slice(0, 6); }) == "runtime error: slice bounds out of range [:6] with capacity 5");
  CHECK(panic_text([&] { (void)s.slice(4, 2); }) == "runtime error: slice bounds out of range [4:2]");
  CHECK(panic_text([&] { (void)s.slice_from(4); }) == "runtime error: slice bounds out of range [4:3]");
  CHECK(panic_text([&] { (void)s.slice(0, 1, 6); }) == "runtime error: slice bounds out of range [::6] with capacity 5");
  CHECK(panic_text([&] { (void)s.slice(0, 4, 3); }) == "runtime error: slice bounds out of range [:4:3]");
  CHECK(panic_text([&] { (void)s.slice(2, 1, 3); }) == "runtime error: slice bounds out of range [2:1:]");
  CHECK(panic_text([&] { (void)s.slice(-1, 1, 3); }) == "runtime error: slice bounds out of range [-1::]");
  CHECK(panic_text([&] { (void)s.slice(0, -1); }) == "runtime error: slice bounds out of range [:-1]");
}

TEST_CASE("copy", "[slice]") {
  auto a = go::slice<go::int_>{1, 2, 3, 4};
  auto b = go::make_slice<go::int_>(2);
  CHECK(go::copy(b, a) == 2);
  CHECK((b[0] == 1 && b[1] == 2));
  CHECK(go::copy(a.slice_from(1), a) == 3);  // overlapping: memmove semantics
  CHECK((a[0] == 1 && a[1] == 1 && a[2] == 2 && a[3] == 3));
  auto bytes = go::make_slice<go::byte>(3);
  CHECK(go::copy(bytes, go::string("hello")) == 3);
  CHECK(bytes[2] == 'l');
}

TEST_CASE("arrays are values with checked indexing and slicing", "[array]") {
  go::array<go::int_, 3> a{1, 2, 3};
  auto b = a;
  b[0] = 9;
  CHECK(a[0] == 1);
  CHECK(a != b);
  b[0] = 1;
  CHECK(a == b);
  CHECK(a.len() == 3);
  go::array<go::int_, 3> zero{};
  CHECK(zero[2] == 0);
  auto s = a.slice(1, 3);
  s[0] = 20;
  CHECK(a[1] == 20);
  CHECK(s.cap() == 2);
  CHECK(panic_text([&] { (void)a[3]; }) == "runtime error: index out of range [3] with length 3");
  CHECK(panic_text([&] { (void)a.slice(0, 4); }) == "runtime error: slice bounds out of range [:4] with length 3");
  CHECK(panic_text([&] { (void)a.slice(0, 1, 4); }) == "runtime error: slice bounds out of range [::4] with length 3");
}
