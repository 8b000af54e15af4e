// go::fmt and methods that panic: Go's catchPanic prints %!verb(PANIC=String method: value), and
// "<nil>" when the receiver is a nil pointer. Expected strings are Go 1.19's output for
//
//	type Bomb int; func (Bomb) String() string { panic("boom") }
//	type T struct{ X int }; func (t *T) String() string { return fmt.Sprint("T", t.X) }
#include <catch2/catch.hpp>

#include "go/fmt.h"
#include "go/panic.h"
#include "go/ptr.h"
#include "go/slice.h"

namespace {

go::string bomb_string(const void*) { go::panic(go::any("boom")); }

const go::type_desc bomb_type{.kind = go::kind::int_,
                              .name = "main.Bomb",
                              .pkg_path = "main",
                              .named = true,
                              .size = 8,
                              .align = 8,
                              .string_method = &bomb_string};

struct T {
  go::int_ X;
};
const go::struct_field t_fields[] = {{"X", &go::int_type, 0, false, true}};
const go::type_desc t_type{.kind = go::kind::struct_,
                           .name = "main.T",
                           .pkg_path = "main",
                           .named = true,
                           .size = sizeof(T),
                           .align = alignof(T),
                           .fields = t_fields,
                           .num_fields = 1};

go::string ptr_t_string(const void* v) {
  const go::ptr<T> t = *static_cast<const go::ptr<T>*>(v);
  return go::fmt::Sprint("T", t->X);
}
const go::type_desc ptr_t_type{.kind = go::kind::pointer,
                               .name = "*main.T",
                               .pkg_path = "",
                               .size = 8,
                               .align = 8,
                               .elem = &t_type,
                               .string_method = &ptr_t_string};

}  // namespace

TEST_CASE("fmt reports a panicking String method the way Go does", "[fmt]") {
  const go::any bomb(&bomb_type, go::int_(1));
  const go::any bomb3(&bomb_type, go::int_(3));
  const go::string got = go::fmt::Sprintf("%v|%d|%5v|", bomb, bomb, bomb3);
  CHECK(got.str() == "%!v(PANIC=String method: boom)|1|%!v(PANIC=String method: boom)|");
}

TEST_CASE("fmt prints <nil> for a nil pointer receiver whose String method panics", "[fmt]") {
  const go::any nil_t(&ptr_t_type, go::ptr<T>());
  const go::any t5(&ptr_t_type, go::ptr<T>(go::gc_new<T>(T{5})));
  const go::any t6(&t_type, T{6});
  CHECK(go::fmt::Sprintf("%v|%s|%d", nil_t, nil_t, nil_t).str() == "<nil>|<nil>|0");
  CHECK(go::fmt::Sprintf("%v|%v", t5, t6).str() == "T5|{6}");
}
