// Package math/rand: a stand-in running Go 1.19's algorithms (rng.go's additive lagged
// Fibonacci generator seeded through rngCooked, rand.go's rejection sampling for Intn and
// friends, the ziggurat tables of NormFloat64 and ExpFloat64), so a seeded generator reproduces
// Go's sequence exactly. The package-level functions share one generator seeded with 1, as in
// Go 1.19 (which seeds randomly only from Go 1.20 on).
#pragma once

#include <string_view>
#include <tuple>

#include "go/builtin.h"
#include "go/error.h"
#include "go/func.h"
#include "go/iface.h"
#include "go/ptr.h"
#include "go/slice.h"

namespace go::math::rand {

// type Source interface { Int63() int64; Seed(seed int64) }
struct Source_methods : go::itab {
  static constexpr std::string_view names[] = {"Int63", "Seed"};
  static constexpr std::string_view sigs[] = {"func() int64", "func(int64)"};
  go::int64 (*Int63)(void* self);
  void (*Seed)(void* self, go::int64 seed);
};
struct Source : go::iface<Source_methods> {
  using go::iface<Source_methods>::iface;
  go::int64 Int63() const { return go::call(*this, &Source_methods::Int63); }
  void Seed(go::int64 seed) const { go::call(*this, &Source_methods::Seed, seed); }
};
extern const go::type_desc Source_type;

// type Source64 interface { Source; Uint64() uint64 }
struct Source64_methods : go::itab {
  static constexpr std::string_view names[] = {"Int63", "Seed", "Uint64"};
  static constexpr std::string_view sigs[] = {"func() int64", "func(int64)", "func() uint64"};
  go::int64 (*Int63)(void* self);
  void (*Seed)(void* self, go::int64 seed);
  go::uint64 (*Uint64)(void* self);
};
struct Source64 : go::iface<Source64_methods> {
  using go::iface<Source64_methods>::iface;
  go::int64 Int63() const { return go::call(*this, &Source64_methods::Int63); }
  void Seed(go::int64 seed) const { go::call(*this, &Source64_methods::Seed, seed); }
  go::uint64 Uint64() const { return go::call(*this, &Source64_methods::Uint64); }
};
extern const go::type_desc Source64_type;

// Go's rngSource (unexported): what NewSource returns.
struct rngSource {
  go::int_ tap = 0;
  go::int_ feed = 0;
  go::int64 vec[607] = {};
};

Source NewSource(go::int64 seed);

struct Rand {
  Source src{};
  go::ptr<rngSource> rng{};  // src's *rngSource when it is one (Go's s64 fast path)
  go::int64 readVal = 0;
  go::int8 readPos = 0;
};
const type_desc* Rand_desc();

go::ptr<Rand> New(Source src);
void Rand_Seed(go::ptr<Rand> r, go::int64 seed);
go::int64 Rand_Int63(go::ptr<Rand> r);
go::uint32 Rand_Uint32(go::ptr<Rand> r);
go::uint64 Rand_Uint64(go::ptr<Rand> r);
go::int32 Rand_Int31(go::ptr<Rand> r);
go::int_ Rand_Int(go::ptr<Rand> r);
go::int64 Rand_Int63n(go::ptr<Rand> r, go::int64 n);
go::int32 Rand_Int31n(go::ptr<Rand> r, go::int32 n);
go::int_ Rand_Intn(go::ptr<Rand> r, go::int_ n);
go::float64 Rand_Float64(go::ptr<Rand> r);
go::float32 Rand_Float32(go::ptr<Rand> r);
go::slice<go::int_> Rand_Perm(go::ptr<Rand> r, go::int_ n);
void Rand_Shuffle(go::ptr<Rand> r, go::int_ n, go::func<void(go::int_, go::int_)> swap);
std::tuple<go::int_, go::error> Rand_Read(go::ptr<Rand> r, go::slice<go::uint8> p);
go::float64 Rand_NormFloat64(go::ptr<Rand> r);
go::float64 Rand_ExpFloat64(go::ptr<Rand> r);

void Seed(go::int64 seed);
go::int64 Int63();
go::uint32 Uint32();
go::uint64 Uint64();
go::int32 Int31();
go::int_ Int();
go::int64 Int63n(go::int64 n);
go::int32 Int31n(go::int32 n);
go::int_ Intn(go::int_ n);
go::float64 Float64();
go::float32 Float32();
go::slice<go::int_> Perm(go::int_ n);
void Shuffle(go::int_ n, go::func<void(go::int_, go::int_)> swap);
std::tuple<go::int_, go::error> Read(go::slice<go::uint8> p);
go::float64 NormFloat64();
go::float64 ExpFloat64();

}  // namespace go::math::rand

template <>
struct go::detail::type_of_impl<go::math::rand::Rand> {
  static const go::type_desc* get() { return go::math::rand::Rand_desc(); }
};
template <>
struct go::detail::type_of_impl<go::math::rand::Source>
    : go::detail::basic_type_of<&go::math::rand::Source_type> {};
template <>
struct go::detail::type_of_impl<go::math::rand::Source64>
    : go::detail::basic_type_of<&go::math::rand::Source64_type> {};
