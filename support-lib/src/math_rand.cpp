// Package math/rand (include/go/math/rand.h): Go 1.19's rng.go, rand.go, normal.go and exp.go
// line for line, so that every seeded sequence is Go's. The only liberty: a Rand remembers
// whether its Source is the built-in generator (Go's Source64 fast path for Uint64); a
// program's own Source64 implementation gets the two-Int63 form of Uint64 instead.
#include "go/math/rand.h"

#include <cmath>
#include <cstdint>

#include "go/gc.h"
#include "go/panic.h"

namespace go::math::rand {
namespace {

#include "rand_tables.inc"

constexpr int rngLen = 607;
constexpr int rngTap = 273;
constexpr uint64_t rngMask = (uint64_t{1} << 63) - 1;
constexpr int32_t int32max = 2147483647;  // 1<<31 - 1
constexpr double rn = 3.442619855899;
constexpr double re = 7.69711747013104972;

int32_t seedrand(int32_t x) {
  constexpr int32_t A = 48271, Q = 44488, R = 3399;
  const int32_t hi = x / Q;
  const int32_t lo = x % Q;
  x = A * lo - R * hi;
  if (x < 0) x += int32max;
  return x;
}

void rng_seed(rngSource& rng, int64_t seed) {
  rng.tap = 0;
  rng.feed = rngLen - rngTap;
  seed = seed % int32max;
  if (seed < 0) seed += int32max;
  if (seed == 0) seed = 89482311;
  auto x = static_cast<int32_t>(seed);
  for (int i = -20; i < rngLen; i++) {
    x = seedrand(x);
    if (i >= 0) {
      int64_t u = static_cast<int64_t>(static_cast<uint64_t>(static_cast<int64_t>(x)) << 40);
      x = seedrand(x);
      u ^= static_cast<int64_t>(static_cast<uint64_t>(static_cast<int64_t>(x)) << 20);
      x = seedrand(x);
      u ^= static_cast<int64_t>(x);
      u ^= rngCooked[i];
      rng.vec[i] = u;
    }
  }
}

uint64_t rng_uint64(rngSource& rng) {
  if (--rng.tap < 0) rng.tap += rngLen;
  if (--rng.feed < 0) rng.feed += rngLen;
  const uint64_t x = static_cast<uint64_t>(rng.vec[rng.feed]) + static_cast<uint64_t>(rng.vec[rng.tap]);
  rng.vec[rng.feed] = static_cast<int64_t>(x);
  return x;
}

int64_t rng_int63(rngSource& rng) { return static_cast<int64_t>(rng_uint64(rng) & rngMask); }

const type_desc rng_source_type = [] {
  type_desc d;
  d.kind = kind::struct_;
  d.name = "rand.rngSource";
  d.pkg_path = "math/rand";
  d.named = true;
  d.size = sizeof(rngSource);
  d.align = alignof(rngSource);
  return d;
}();

rngSource& self_rng(void* self) { return **static_cast<go::ptr<rngSource>*>(self); }

const method_entry rng_methods[] = {
    {"Int63", erase_method(+[](void* self) -> go::int64 { return rng_int63(self_rng(self)); }), "func() int64"},
    {"Seed", erase_method(+[](void* self, go::int64 seed) { rng_seed(self_rng(self), seed); }), "func(int64)"},
    {"Uint64", erase_method(+[](void* self) -> go::uint64 { return rng_uint64(self_rng(self)); }), "func() uint64"},
};

const type_desc rng_source_ptr_type = [] {
  type_desc d = plain_pointer_desc(&rng_source_type);
  d.methods = rng_methods;
  d.num_methods = 3;
  return d;
}();

int32_t int31n(go::ptr<Rand> r, int32_t n) {
  uint32_t v = Rand_Uint32(r);
  uint64_t prod = static_cast<uint64_t>(v) * static_cast<uint64_t>(n);
  uint32_t low = static_cast<uint32_t>(prod);
  if (low < static_cast<uint32_t>(n)) {
    const uint32_t thresh = static_cast<uint32_t>(-n) % static_cast<uint32_t>(n);
    while (low < thresh) {
      v = Rand_Uint32(r);
      prod = static_cast<uint64_t>(v) * static_cast<uint64_t>(n);
      low = static_cast<uint32_t>(prod);
    }
  }
  return static_cast<int32_t>(prod >> 32);
}

void panic_text(const char* msg) { panic(go::any(go::string::from_view(msg))); }

go::ptr<Rand>& global_rand() {
  static go::ptr<Rand> r = New(NewSource(1));
  return r;
}

}  // namespace

const go::type_desc Source_type = go::interface_desc<Source>("rand.Source", "math/rand", true);
const go::type_desc Source64_type = go::interface_desc<Source64>("rand.Source64", "math/rand", true);

Source NewSource(go::int64 seed) {
  go::ptr<rngSource> rng = gc_new<rngSource>();
  rng_seed(*rng, seed);
  return Source(&rng_source_ptr_type, rng);
}

const type_desc* Rand_desc() {
  static const type_desc desc = [] {
    type_desc d;
    d.kind = kind::struct_;
    d.name = "rand.Rand";
    d.pkg_path = "math/rand";
    d.named = true;
    d.has_pointers = true;
    d.size = sizeof(Rand);
    d.align = alignof(Rand);
    return d;
  }();
  return &desc;
}

go::ptr<Rand> New(Source src) {
  go::ptr<Rand> r = gc_new<Rand>();
  r->src = src;
  const go::any& v = src;
  if (v.type == &rng_source_ptr_type) r->rng = *static_cast<go::ptr<rngSource>*>(v.data);
  return r;
}

void Rand_Seed(go::ptr<Rand> r, go::int64 seed) {
  r->src.Seed(seed);
  r->readPos = 0;
}

go::int64 Rand_Int63(go::ptr<Rand> r) {
  if (r->rng != nullptr) return rng_int63(*r->rng);
  return r->src.Int63();
}

go::uint32 Rand_Uint32(go::ptr<Rand> r) { return static_cast<uint32_t>(Rand_Int63(r) >> 31); }

go::uint64 Rand_Uint64(go::ptr<Rand> r) {
  if (r->rng != nullptr) return rng_uint64(*r->rng);
  const uint64_t hi = static_cast<uint64_t>(Rand_Int63(r)) >> 31;
  return hi | static_cast<uint64_t>(Rand_Int63(r)) << 32;
}

go::int32 Rand_Int31(go::ptr<Rand> r) { return static_cast<int32_t>(Rand_Int63(r) >> 32); }

go::int_ Rand_Int(go::ptr<Rand> r) {
  const uint64_t u = static_cast<uint64_t>(Rand_Int63(r));
  return static_cast<go::int_>(u << 1 >> 1);
}

go::int64 Rand_Int63n(go::ptr<Rand> r, go::int64 n) {
  if (n <= 0) panic_text("invalid argument to Int63n");
  if ((n & (n - 1)) == 0) return Rand_Int63(r) & (n - 1);
  const auto max = static_cast<int64_t>((uint64_t{1} << 63) - 1 - (uint64_t{1} << 63) % static_cast<uint64_t>(n));
  int64_t v = Rand_Int63(r);
  while (v > max) v = Rand_Int63(r);
  return v % n;
}

go::int32 Rand_Int31n(go::ptr<Rand> r, go::int32 n) {
  if (n <= 0) panic_text("invalid argument to Int31n");
  if ((n & (n - 1)) == 0) return Rand_Int31(r) & (n - 1);
  const auto max = static_cast<int32_t>((uint32_t{1} << 31) - 1 - (uint32_t{1} << 31) % static_cast<uint32_t>(n));
  int32_t v = Rand_Int31(r);
  while (v > max) v = Rand_Int31(r);
  return v % n;
}

go::int_ Rand_Intn(go::ptr<Rand> r, go::int_ n) {
  if (n <= 0) panic_text("invalid argument to Intn");
  if (n <= int32max) return Rand_Int31n(r, static_cast<int32_t>(n));
  return Rand_Int63n(r, n);
}

go::float64 Rand_Float64(go::ptr<Rand> r) {
  for (;;) {
    const double f = static_cast<double>(Rand_Int63(r)) / 9223372036854775808.0;
    if (f != 1) return f;
  }
}

go::float32 Rand_Float32(go::ptr<Rand> r) {
  for (;;) {
    const auto f = static_cast<float>(Rand_Float64(r));
    if (f != 1) return f;
  }
}

go::slice<go::int_> Rand_Perm(go::ptr<Rand> r, go::int_ n) {
  go::slice<go::int_> m = make_slice<go::int_>(n);
  for (go::int_ i = 0; i < n; i++) {
    const go::int_ j = Rand_Intn(r, i + 1);
    m[i] = m[j];
    m[j] = i;
  }
  return m;
}

void Rand_Shuffle(go::ptr<Rand> r, go::int_ n, go::func<void(go::int_, go::int_)> swap) {
  if (n < 0) panic_text("invalid argument to Shuffle");
  go::int_ i = n - 1;
  for (; i > int32max - 1; i--) swap(i, Rand_Int63n(r, i + 1));
  for (; i > 0; i--) swap(i, int31n(r, static_cast<int32_t>(i + 1)));
}

std::tuple<go::int_, go::error> Rand_Read(go::ptr<Rand> r, go::slice<go::uint8> p) {
  int8_t pos = r->readPos;
  int64_t val = r->readVal;
  go::int_ n = 0;
  for (; n < p.len(); n++) {
    if (pos == 0) {
      val = Rand_Int63(r);
      pos = 7;
    }
    p[n] = static_cast<uint8_t>(val);
    val >>= 8;
    pos--;
  }
  r->readPos = pos;
  r->readVal = val;
  return {n, nullptr};
}

go::float64 Rand_NormFloat64(go::ptr<Rand> r) {
  for (;;) {
    const auto j = static_cast<int32_t>(Rand_Uint32(r));
    const int32_t i = j & 0x7F;
    double x = static_cast<double>(j) * static_cast<double>(wn[i]);
    const uint32_t absj = j < 0 ? static_cast<uint32_t>(-j) : static_cast<uint32_t>(j);
    if (absj < kn[i]) return x;
    if (i == 0) {
      for (;;) {
        x = -std::log(Rand_Float64(r)) * (1.0 / rn);
        const double y = -std::log(Rand_Float64(r));
        if (y + y >= x * x) break;
      }
      return j > 0 ? rn + x : -rn - x;
    }
    if (fn[i] + static_cast<float>(Rand_Float64(r)) * (fn[i - 1] - fn[i]) < static_cast<float>(std::exp(-.5 * x * x))) {
      return x;
    }
  }
}

go::float64 Rand_ExpFloat64(go::ptr<Rand> r) {
  for (;;) {
    const uint32_t j = Rand_Uint32(r);
    const uint32_t i = j & 0xFF;
    const double x = static_cast<double>(j) * static_cast<double>(we[i]);
    if (j < ke[i]) return x;
    if (i == 0) return re - std::log(Rand_Float64(r));
    if (fe[i] + static_cast<float>(Rand_Float64(r)) * (fe[i - 1] - fe[i]) < static_cast<float>(std::exp(-x))) return x;
  }
}

void Seed(go::int64 seed) { Rand_Seed(global_rand(), seed); }
go::int64 Int63() { return Rand_Int63(global_rand()); }
go::uint32 Uint32() { return Rand_Uint32(global_rand()); }
go::uint64 Uint64() { return Rand_Uint64(global_rand()); }
go::int32 Int31() { return Rand_Int31(global_rand()); }
go::int_ Int() { return Rand_Int(global_rand()); }
go::int64 Int63n(go::int64 n) { return Rand_Int63n(global_rand(), n); }
go::int32 Int31n(go::int32 n) { return Rand_Int31n(global_rand(), n); }
go::int_ Intn(go::int_ n) { return Rand_Intn(global_rand(), n); }
go::float64 Float64() { return Rand_Float64(global_rand()); }
go::float32 Float32() { return Rand_Float32(global_rand()); }
go::slice<go::int_> Perm(go::int_ n) { return Rand_Perm(global_rand(), n); }
void Shuffle(go::int_ n, go::func<void(go::int_, go::int_)> swap) { Rand_Shuffle(global_rand(), n, swap); }
std::tuple<go::int_, go::error> Read(go::slice<go::uint8> p) { return Rand_Read(global_rand(), p); }
go::float64 NormFloat64() { return Rand_NormFloat64(global_rand()); }
go::float64 ExpFloat64() { return Rand_ExpFloat64(global_rand()); }

}  // namespace go::math::rand
