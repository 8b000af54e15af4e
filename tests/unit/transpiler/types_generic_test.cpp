// generic.h on hand-built types: substitution, the instance cache, unification as inference runs
// it, core types and constraint satisfaction with types2's explanations.
#include <catch2/catch.hpp>

#include "types/generic.h"
#include "types/predicates.h"
#include "types/universe.h"

using namespace go2cpp::types;

namespace {

struct Fixture {
  Arena arena;
  Universe universe{arena};
  Context ctx{arena};
  Package pkg{"main", "main"};

  TypeParam* tparam(const std::string& name, Type* constraint) {
    auto* tn = arena.make<TypeName>(name);
    auto* tp = arena.make<TypeParam>();
    tp->obj = tn;
    tp->constraint = constraint;
    tn->type = tp;
    return tp;
  }
  Interface* terms(std::vector<Term> ts) {
    auto* it = arena.make<Interface>();
    it->terms = std::move(ts);
    it->has_type_set = true;
    it->implicit = true;
    it->complete = true;
    return it;
  }
  Named* named(const std::string& name, Type* underlying) {
    auto* tn = arena.make<TypeName>(name);
    tn->pkg = &pkg;
    auto* n = arena.make<Named>();
    n->obj = tn;
    n->underlying = underlying;
    tn->type = n;
    return n;
  }
  Type* basic(BasicKind k) { return universe.basic(k); }
};

}  // namespace

TEST_CASE("substitution rebuilds only what mentions a type parameter") {
  Fixture f;
  TypeParam* T = f.tparam("T", f.universe.any_type());
  Type* int_t = f.basic(BasicKind::Int);
  Type* slice_t = f.arena.make<Slice>(T);
  Type* map_t = f.arena.make<Map>(f.basic(BasicKind::String), slice_t);
  SubstMap m = make_subst({T}, {int_t});
  Type* got = f.ctx.subst(map_t, m);
  CHECK(type_string(got) == "map[string][]int");
  CHECK(got != map_t);
  Type* plain = f.arena.make<Slice>(int_t);
  CHECK(f.ctx.subst(plain, m) == plain);  // nothing to substitute: the same type
  CHECK(has_type_params(map_t));
  CHECK_FALSE(has_type_params(got));
}

TEST_CASE("instances are cached, expanded, and print with their type arguments") {
  Fixture f;
  TypeParam* T = f.tparam("T", f.universe.any_type());
  auto* st = f.arena.make<Struct>();
  auto* field = f.arena.make<Var>("items");
  field->type = f.arena.make<Slice>(T);
  field->is_field = true;
  st->fields.push_back(field);
  Named* stack = f.named("Stack", st);
  stack->tparams = {T};
  Named* a = f.ctx.instantiate(stack, {f.basic(BasicKind::Int)});
  Named* b = f.ctx.instantiate(stack, {f.basic(BasicKind::Int)});
  Named* c = f.ctx.instantiate(stack, {f.basic(BasicKind::String)});
  CHECK(a == b);
  CHECK(a != c);
  CHECK(f.ctx.instantiate(stack, {T}) == stack);  // its own parameters: the generic type
  CHECK(type_string(a, &f.pkg) == "Stack[int]");
  CHECK(type_string(c) == "main.Stack[string]");
  REQUIRE(a->underlying->as<Struct>() != nullptr);
  CHECK(type_string(a->underlying->as<Struct>()->fields[0]->type) == "[]int");
  CHECK(f.ctx.instances().size() == 2);
}

TEST_CASE("an instance made while its generic type is being declared expands afterwards") {
  Fixture f;
  TypeParam* T = f.tparam("T", f.universe.any_type());
  Named* list = f.named("List", f.basic(BasicKind::Invalid));
  list->tparams = {T};
  f.ctx.begin_declaring(list);
  Named* inst = f.ctx.instantiate(list, {f.basic(BasicKind::Bool)});
  CHECK_FALSE(inst->expanded);
  list->underlying = f.arena.make<Slice>(T);
  f.ctx.end_declaring(list);
  CHECK(inst->expanded);
  CHECK(type_string(inst->underlying) == "[]bool");
}

TEST_CASE("unification binds type parameters, through a named type's underlying type") {
  Fixture f;
  TypeParam* E = f.tparam("E", f.universe.any_type());
  TypeParam* K = f.tparam("K", f.universe.comparable_type());
  Type* param = f.arena.make<Map>(K, f.arena.make<Slice>(E));
  Type* arg = f.named("Index", f.arena.make<Map>(f.basic(BasicKind::String),
                                                  f.arena.make<Slice>(f.basic(BasicKind::Float64))));
  SubstMap bound;
  REQUIRE(unify(param, arg, {E, K}, bound));
  CHECK(type_string(bound[K]) == "string");
  CHECK(type_string(bound[E]) == "float64");
  SubstMap other;
  CHECK_FALSE(unify(f.arena.make<Slice>(E), f.arena.make<Map>(f.basic(BasicKind::Int), E),
                    {E}, other));
  SubstMap twice;
  REQUIRE(unify(E, f.basic(BasicKind::Int), {E}, twice));
  CHECK_FALSE(unify(E, f.basic(BasicKind::String), {E}, twice));
}

TEST_CASE("core types and operator predicates follow the type set") {
  Fixture f;
  Type* int_t = f.basic(BasicKind::Int);
  Type* float_t = f.basic(BasicKind::Float64);
  TypeParam* num = f.tparam("T", f.terms({{true, int_t}, {true, float_t}}));
  CHECK(core_type(num) == nullptr);
  CHECK(is_numeric(num));
  CHECK_FALSE(is_integer(num));
  CHECK(is_ordered(num));
  CHECK(comparable(num));
  TypeParam* slice = f.tparam("S", f.terms({{true, f.arena.make<Slice>(int_t)}}));
  REQUIRE(core_type(slice) != nullptr);
  CHECK(under(slice)->kind == TypeKind::Slice);
  TypeParam* anything = f.tparam("A", f.universe.any_type());
  CHECK_FALSE(is_numeric(anything));
  CHECK_FALSE(comparable(anything));
  CHECK(type_string(num->constraint) == "~int | ~float64");
}

TEST_CASE("satisfaction explains failures as types2 does") {
  Fixture f;
  Type* int_t = f.basic(BasicKind::Int);
  Type* float_t = f.basic(BasicKind::Float64);
  Named* number = f.named("Number", f.terms({{true, int_t}, {true, float_t}}));
  number->underlying->as<Interface>()->implicit = false;
  std::string cause;
  CHECK(satisfies(int_t, number, &cause, &f.pkg));
  CHECK(satisfies(f.named("Celsius", float_t), number, &cause, &f.pkg));
  CHECK_FALSE(satisfies(f.basic(BasicKind::String), number, &cause, &f.pkg));
  CHECK(cause == "string does not implement Number (string missing in ~int | ~float64)");
  Named* exact = f.named("Exact", f.terms({{false, float_t}}));
  exact->underlying->as<Interface>()->implicit = false;
  CHECK_FALSE(satisfies(f.named("MyFloat", float_t), exact, &cause, &f.pkg));
  CHECK(cause ==
        "MyFloat does not implement Exact (possibly missing ~ for float64 in constraint Exact)");
  CHECK_FALSE(satisfies(f.arena.make<Slice>(int_t), f.universe.comparable_type(), &cause, &f.pkg));
  CHECK(cause == "[]int does not implement comparable");
  CHECK_FALSE(satisfies(f.universe.any_type(), f.universe.comparable_type(), &cause, &f.pkg));
  CHECK(cause == "any does not implement comparable");
}
