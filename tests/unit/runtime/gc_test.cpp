// The collector must see every Go value the runtime stores: slice arrays, map entries, boxed
// interface values, closure state, deferred calls. Build structures whose only references live
// in runtime-managed memory, collect repeatedly while allocating garbage, and check them.
#include <catch2/catch.hpp>
#include <string>

#include "go/runtime.h"
#include "panic_helpers.h"

namespace {
void churn() {
  for (int i = 0; i < 2000; i++) (void)go::gc_alloc(64 + i % 512);
  go::gc_collect();
}
go::string text(int i) { return go::string::from_view("value-" + std::to_string(i)); }
}  // namespace

TEST_CASE("values held only by runtime structures survive collections", "[gc]") {
  auto m = go::make_map<go::string, go::slice<go::string>>();
  for (int i = 0; i < 300; i++) m[text(i)] = go::append(go::slice<go::string>(), text(i), text(i + 1));
  go::slice<go::any> boxes;
  for (int i = 0; i < 300; i++) boxes = go::append(boxes, go::any(text(i)));
  go::func<go::string()> f;
  {
    go::string captured = text(7);
    f = [captured] { return captured; };
  }
  for (int round = 0; round < 3; round++) churn();
  CHECK(m.len() == 300);
  for (int i = 0; i < 300; i++) {
    auto s = m.get(text(i));
    REQUIRE(s.len() == 2);
    CHECK(s[0] == text(i));
    CHECK(s[1] == text(i + 1));
    CHECK(*static_cast<go::string*>(boxes[i].data) == text(i));
  }
  CHECK(f() == text(7));
}

TEST_CASE("deferred closures survive a collection before they run", "[gc]") {
  go::string seen;
  go::defer_frame frame;
  frame.run([&] {
    frame.defer([s = text(42), &seen] { seen = s; });
    churn();
  });
  CHECK(seen == text(42));
}
