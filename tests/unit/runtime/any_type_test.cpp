// Type descriptors and go::any: names as %T prints them, interning, kinds, boxing, Go's ==.
#include <catch2/catch.hpp>
#include <cstddef>

#include "go/runtime.h"
#include "panic_helpers.h"

TEST_CASE("descriptor names are Go's", "[type]") {
  CHECK(go::type_of<go::int_>()->name == "int");
  CHECK(go::type_of<go::int32>()->name == "int32");
  CHECK(go::type_of<go::byte>()->name == "uint8");
  CHECK(go::type_of<go::float64>()->name == "float64");
  CHECK(go::type_of<go::complex64>()->name == "complex64");
  CHECK(go::type_of<go::string>()->name == "string");
  CHECK(go::type_of<go::any>()->name == "interface {}");
  CHECK(go::type_of<go::slice<go::int_>>()->name == "[]int");
  CHECK(go::type_of<go::array<go::string, 3>>()->name == "[3]string");
  CHECK(go::type_of<go::map<go::string, go::slice<go::int_>>>()->name == "map[string][]int");
  CHECK(go::type_of<go::ptr<go::int_>>()->name == "*int");
  CHECK(go::type_of<go::slice<go::ptr<go::array<go::uint8, 2>>>>()->name == "[]*[2]uint8");
  CHECK(go::int64_type.name == "int64");
  CHECK(go::uint64_type.name == "uint64");
  CHECK(go::uintptr_type.name == "uintptr");
  CHECK(go::slice_of(&go::int64_type)->name == "[]int64");
}

TEST_CASE("descriptors are interned and carry layout", "[type]") {
  CHECK(go::type_of<go::slice<go::int_>>() == go::slice_of(&go::int_type));
  CHECK(go::slice_of(&go::int64_type) != go::slice_of(&go::int_type));
  const go::type_desc* a = go::type_of<go::array<go::int32, 4>>();
  CHECK(a->kind == go::kind::array);
  CHECK(a->len == 4);
  CHECK(a->size == 16);
  CHECK(a->elem == &go::int32_type);
  const go::type_desc* m = go::type_of<go::map<go::string, go::int_>>();
  CHECK(m->kind == go::kind::map);
  CHECK(m->key == &go::string_type);
  CHECK(m->elem == &go::int_type);
  CHECK(m->equal == nullptr);
  CHECK(go::type_of<go::slice<go::int_>>()->equal == nullptr);
  CHECK(static_cast<int>(go::kind::bool_) == 1);  // reflect.Bool
  CHECK(static_cast<int>(go::kind::unsafe_pointer) == 26);  // reflect.UnsafePointer
  CHECK(go::type_of<go::string>()->size == 16);
  CHECK(go::type_of<go::slice<go::int8>>()->size == 24);
}

TEST_CASE("any boxes a copy", "[any]") {
  go::int_ x = 5;
  go::any a = x;
  x = 6;
  CHECK(a.type == &go::int_type);
  CHECK(*static_cast<go::int_*>(a.data) == 5);
  go::any s = "hi";
  CHECK(s.type == &go::string_type);
  CHECK(*static_cast<go::string*>(s.data) == "hi");
  go::any i64(&go::int64_type, go::int_(7));
  CHECK(i64.type->name == "int64");
  CHECK(go::any() == nullptr);
  CHECK(a != nullptr);
}

TEST_CASE("any == follows Go", "[any]") {
  CHECK(go::any(go::int_(1)) == go::any(go::int_(1)));
  CHECK(go::any(go::int_(1)) != go::any(go::int_(2)));
  CHECK(go::any(go::int_(1)) != go::any(&go::int64_type, go::int_(1)));  // int vs int64
  CHECK(go::any(go::int_(1)) != go::any(go::int32(1)));
  CHECK(go::any() == go::any());
  CHECK(go::any() != go::any(go::int_(0)));
  CHECK(go::any("a") == go::any(go::string("a")));
  CHECK(go::any(go::array<go::int_, 2>{1, 2}) == go::any(go::array<go::int_, 2>{1, 2}));
  CHECK(go::any(go::array<go::int_, 2>{1, 2}) != go::any(go::array<go::int_, 2>{1, 3}));
  CHECK(go::any(0.0) == go::any(-0.0));
  const double nan = __builtin_nan("");
  CHECK(go::any(nan) != go::any(nan));
  go::slice<go::int_> s{1};
  CHECK(panic_text([&] { (void)(go::any(s) == go::any(s)); }) ==
        "runtime error: comparing uncomparable type []int");
  // Different dynamic types never compare their values, comparable or not.
  CHECK(go::any(s) != go::any(go::int_(1)));
  // Interfaces nested in interfaces ([1]interface{}) compare through their dynamic values.
  using A = go::array<go::any, 1>;
  CHECK(go::any(A{go::any(go::int_(3))}) == go::any(A{go::any(go::int_(3))}));
  CHECK(panic_text([&] { (void)(go::any(A{go::any(s)}) == go::any(A{go::any(s)})); }) ==
        "runtime error: comparing uncomparable type []int");
}

namespace geom {
// What the emitter produces for `type Point struct{ X, Y int }` in package main, by hand.
struct Point {
  go::int_ X;
  go::int_ Y;
  friend bool operator==(const Point&, const Point&) = default;
};
inline uint64_t hash_of(const Point& p, uint64_t seed) { return go::hash_of(p.Y, go::hash_of(p.X, seed)); }
const go::struct_field point_fields[] = {
    {"X", &go::int_type, offsetof(Point, X), false, true},
    {"Y", &go::int_type, offsetof(Point, Y), false, true},
};
const go::type_desc point_type = [] {
  go::type_desc d;
  d.kind = go::kind::struct_;
  d.name = "main.Point";
  d.pkg_path = "main";
  d.named = true;
  d.size = sizeof(Point);
  d.align = alignof(Point);
  d.fields = point_fields;
  d.num_fields = 2;
  d.equal = &go::equal_fn<Point>;
  d.hash = &go::hash_fn<Point>;
  return d;
}();
}  // namespace geom

template <>
struct go::detail::type_of_impl<geom::Point> {
  static const go::type_desc* get() { return &geom::point_type; }
};

TEST_CASE("emitted struct types plug into descriptors, any and maps", "[type][any][map]") {
  go::any a = geom::Point{1, 2};
  CHECK(a.type->name == "main.Point");
  CHECK(a == go::any(geom::Point{1, 2}));
  CHECK(a != go::any(geom::Point{2, 1}));
  CHECK(go::type_of<go::slice<geom::Point>>()->name == "[]main.Point");
  auto m = go::make_map<geom::Point, go::string>();
  m[{1, 2}] = "a";
  CHECK(m.get({1, 2}) == "a");
  go::delete_(m, {1, 2});
  CHECK(m.len() == 0);
  auto byAny = go::make_map<go::any, go::int_>();
  byAny[a] = 5;
  CHECK(byAny.get(go::any(geom::Point{1, 2})) == 5);
  auto s = go::make_map<go::string, go::int_>();
  s["k"] = 1;
  go::delete_(s, "k");  // a literal key converts
  CHECK(s.len() == 0);
}
