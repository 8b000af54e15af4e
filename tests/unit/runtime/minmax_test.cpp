// go::min and go::max: the spec's rules for NaN and signed zeros, and ordinary ordering.
#include <cmath>
#include <limits>

#include <catch2/catch.hpp>

#include "go/runtime.h"

TEST_CASE("min and max order integers and strings") {
  CHECK(go::min<go::int_>(3, 7, -2) == -2);
  CHECK(go::max<go::int_>(3, 7, -2) == 7);
  CHECK(go::min<go::uint8>(200, 100) == 100);
  const go::string pear = "pear", apple = "apple", zebra = "zebra";
  CHECK(go::min(pear, apple) == apple);
  CHECK(go::max(pear, apple, zebra) == zebra);
}

TEST_CASE("min and max of floats: NaN wins, -0 is below +0") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  CHECK(std::isnan(go::min<go::float64>(1.0, nan, -5.0)));
  CHECK(std::isnan(go::max<go::float64>(nan, 1.0)));
  CHECK(std::signbit(go::min<go::float64>(0.0, -0.0)));
  CHECK(std::signbit(go::min<go::float64>(-0.0, 0.0)));
  CHECK_FALSE(std::signbit(go::max<go::float64>(-0.0, 0.0)));
  CHECK_FALSE(std::signbit(go::max<go::float64>(0.0, -0.0)));
  CHECK(go::max<go::float32>(1.5f, 2.5f) == 2.5f);
}
