// complex64/complex128 arithmetic against Go 1.19's results (go run, linux/amd64).
#include <catch2/catch.hpp>
#include <cmath>

#include "go/runtime.h"
#include "panic_helpers.h"

TEST_CASE("complex128 multiplies plainly and divides like runtime.complex128div", "[complex]") {
  const double inf = INFINITY;
  using c128 = go::complex128;
  // Go 1.19: (-5+10i) (0.44+0.08i) (+Inf+Infi) (+Inf-Infi) (0+0i) (NaN+Infi)
  CHECK(c128(1, 2) * c128(3, 4) == c128(-5, 10));
  CHECK(c128(1, 2) / c128(3, 4) == c128(0.44, 0.08));
  CHECK(c128(1, 1) / c128(0, 0) == c128(inf, inf));
  CHECK(c128(inf, 1) / c128(1, 1) == c128(inf, -inf));
  const c128 z = c128(1, 1) / c128(inf, inf);
  CHECK((z.real() == 0 && z.imag() == 0));
  const c128 m = c128(inf, 0) * c128(0, 1);  // Go does not apply C's Annex G recovery
  CHECK((std::isnan(m.real()) && m.imag() == inf));
}

TEST_CASE("complex64 rounds to float32 and divides through complex128", "[complex]") {
  go::complex64 a(go::float32(1.1), go::float32(2.2)), b(go::float32(3.3), go::float32(-4.4));
  // Go 1.19: (13.31+2.4199998i) (-0.2+0.4i)
  CHECK(a * b == go::complex64(13.31f, 2.4199998f));
  CHECK(a / b == go::complex64(-0.2f, 0.4f));
  CHECK(go::real(a) == 1.1f);
  CHECK(go::imag(-a) == -2.2f);
  a += b;
  CHECK(a == go::complex64(1.1f + 3.3f, 2.2f - 4.4f));
}
