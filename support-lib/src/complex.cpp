// runtime.complex128div, reimplemented from Go's runtime/complex.go: Smith's algorithm, then
// C99 G.5.1's corrections when both parts came out NaN.
#include <cmath>

#include "go/complex.h"

namespace go {
namespace {
double inf2one(double f) { return std::copysign(std::isinf(f) ? 1.0 : 0.0, f); }
}  // namespace

complex128 complex128_div(complex128 n, complex128 m) {
  double e, f;
  if (std::fabs(m.re) >= std::fabs(m.im)) {
    const double ratio = m.im / m.re;
    const double denom = m.re + ratio * m.im;
    e = (n.re + n.im * ratio) / denom;
    f = (n.im - n.re * ratio) / denom;
  } else {
    const double ratio = m.re / m.im;
    const double denom = m.im + ratio * m.re;
    e = (n.re * ratio + n.im) / denom;
    f = (n.im * ratio - n.re) / denom;
  }
  if (std::isnan(e) && std::isnan(f)) {
    double a = n.re, b = n.im, c = m.re, d = m.im;
    const double inf = INFINITY;
    if (m == complex128(0, 0) && (!std::isnan(a) || !std::isnan(b))) {
      e = std::copysign(inf, c) * a;
      f = std::copysign(inf, c) * b;
    } else if ((std::isinf(a) || std::isinf(b)) && std::isfinite(c) && std::isfinite(d)) {
      a = inf2one(a);
      b = inf2one(b);
      e = inf * (a * c + b * d);
      f = inf * (b * c - a * d);
    } else if ((std::isinf(c) || std::isinf(d)) && std::isfinite(a) && std::isfinite(b)) {
      c = inf2one(c);
      d = inf2one(d);
      e = 0 * (a * c + b * d);
      f = 0 * (b * c - a * d);
    }
  }
  return complex128(e, f);
}

}  // namespace go
