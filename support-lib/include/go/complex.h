// Go's complex64 and complex128: {real, imag} pairs with Go's arithmetic. Not std::complex:
// <complex> drags <sstream> into every generated file, and its operators follow C's Annex G
// (__muldc3 recovery of infinities) where Go multiplies plainly (in float64) and divides with
// runtime.complex128div (Smith's algorithm plus C99's inf/zero corrections; complex64 divides in
// complex128). Layout matches std::complex and Go: two floats, real first.
#pragma once

namespace go {

template <class F>
struct basic_complex {
  F re = 0;
  F im = 0;

  constexpr basic_complex() = default;
  constexpr basic_complex(F r, F i = 0) : re(r), im(i) {}  // NOLINT: complex(r, 0) from a real
  template <class G>
  explicit constexpr basic_complex(const basic_complex<G>& c) : re(static_cast<F>(c.re)), im(static_cast<F>(c.im)) {}

  constexpr F real() const { return re; }
  constexpr F imag() const { return im; }

  friend constexpr basic_complex operator+(basic_complex a, basic_complex b) { return {a.re + b.re, a.im + b.im}; }
  friend constexpr basic_complex operator-(basic_complex a, basic_complex b) { return {a.re - b.re, a.im - b.im}; }
  friend constexpr basic_complex operator-(basic_complex a) { return {-a.re, -a.im}; }
  // gc multiplies in float64 even for complex64 ("to minimize cancellation error"), then narrows.
  friend constexpr basic_complex operator*(basic_complex a, basic_complex b) {
    const double ar = a.re, ai = a.im, br = b.re, bi = b.im;
    return {static_cast<F>(ar * br - ai * bi), static_cast<F>(ar * bi + ai * br)};
  }
  friend constexpr bool operator==(basic_complex a, basic_complex b) { return a.re == b.re && a.im == b.im; }
  friend constexpr bool operator!=(basic_complex a, basic_complex b) { return !(a == b); }

  basic_complex& operator+=(basic_complex b) { return *this = *this + b; }
  basic_complex& operator-=(basic_complex b) { return *this = *this - b; }
  basic_complex& operator*=(basic_complex b) { return *this = *this * b; }
  basic_complex& operator/=(basic_complex b) { return *this = *this / b; }
  // Go's x++ and x-- add to the real part.
  basic_complex& operator++() { re += 1; return *this; }
  basic_complex& operator--() { re -= 1; return *this; }
  basic_complex operator++(int) { basic_complex old = *this; re += 1; return old; }
  basic_complex operator--(int) { basic_complex old = *this; re -= 1; return old; }
};

using complex64 = basic_complex<float>;
using complex128 = basic_complex<double>;

// runtime.complex128div (src/complex.cpp).
complex128 complex128_div(complex128 n, complex128 m);

inline complex128 operator/(complex128 a, complex128 b) { return complex128_div(a, b); }
inline complex64 operator/(complex64 a, complex64 b) {
  return complex64(complex128_div(complex128(a), complex128(b)));
}

// Go's real(c), imag(c), complex(r, i).
template <class F>
constexpr F real(basic_complex<F> c) { return c.re; }
template <class F>
constexpr F imag(basic_complex<F> c) { return c.im; }

}  // namespace go
