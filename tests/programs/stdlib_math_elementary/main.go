// Elementary functions printed with %v (the shortest decimal that reads back as the same
// float64), so a result one bit away from Go's prints differently. Go computes these with its
// own algorithms (pure Go on amd64, except Exp, Log, Hypot, Sqrt, Floor, Ceil and Trunc, which
// are assembly); a C library's sin or pow may be more accurate, and then not Go's.
package main

import (
	"fmt"
	"math"
)

func main() {
	var xs []float64
	for i := -40; i <= 40; i++ {
		xs = append(xs, float64(i)*0.37+float64(i*i)*0.011)
	}
	xs = append(xs, 1e-300, 1e-10, 0.5, 1, 2, 3.141592653589793, 10, 100, 709.7, 1e10, 1e22, 1e300)
	funcs := []struct {
		name string
		f    func(float64) float64
	}{
		{"Sin", math.Sin}, {"Cos", math.Cos}, {"Tan", math.Tan},
		{"Asin", func(x float64) float64 { return math.Asin(x / 50) }},
		{"Acos", func(x float64) float64 { return math.Acos(x / 50) }},
		{"Atan", math.Atan}, {"Sinh", math.Sinh}, {"Cosh", math.Cosh}, {"Tanh", math.Tanh},
		{"Asinh", math.Asinh}, {"Acosh", func(x float64) float64 { return math.Acosh(math.Abs(x) + 1) }},
		{"Atanh", func(x float64) float64 { return math.Atanh(x / 50) }},
		{"Exp", math.Exp}, {"Exp2", math.Exp2}, {"Expm1", math.Expm1},
		{"Log", math.Log}, {"Log2", math.Log2}, {"Log10", math.Log10}, {"Log1p", math.Log1p},
		{"Sqrt", math.Sqrt}, {"Cbrt", math.Cbrt},
		{"Erf", math.Erf}, {"Erfc", math.Erfc}, {"Gamma", math.Gamma},
		{"Lgamma", func(x float64) float64 { v, _ := math.Lgamma(x); return v }},
		{"J0", math.J0}, {"Y1", math.Y1},
		{"Floor", math.Floor}, {"Ceil", math.Ceil}, {"Trunc", math.Trunc}, {"Round", math.Round},
		{"Pow1.7", func(x float64) float64 { return math.Pow(x, 1.7) }},
		{"Pow-x", func(x float64) float64 { return math.Pow(2.5, -x) }},
		{"Hypot", func(x float64) float64 { return math.Hypot(x, 3.3) }},
		{"Atan2", func(x float64) float64 { return math.Atan2(x, -2.2) }},
		{"Mod", func(x float64) float64 { return math.Mod(x, 1.3) }},
		{"Remainder", func(x float64) float64 { return math.Remainder(x, 1.3) }},
	}
	for _, fn := range funcs {
		fmt.Print(fn.name, ":")
		for _, x := range xs {
			fmt.Print(" ", fn.f(x))
		}
		fmt.Println()
	}
	fr, exp := math.Frexp(1234.5678)
	s, c := math.Sincos(0.7)
	ip, frac := math.Modf(-3.75)
	fmt.Println(fr, exp, math.Ldexp(fr, exp), s, c, ip, frac, math.Nextafter(1, 2), math.FMA(0.1, 10, -1))
	fmt.Println(math.Inf(1), math.NaN(), math.Signbit(math.Copysign(0, -1)), math.Float64bits(-0.0), math.MaxFloat64, math.SmallestNonzeroFloat64)
}
