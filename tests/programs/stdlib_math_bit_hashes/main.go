// Many inputs per function, the results' bits hashed: one bit off anywhere changes the line.
// Recorded on an amd64 CPU with AVX and FMA: without them gc (and go2cpp) take Exp's other
// path, and the Exp, Sinh and Tanh lines differ (checked with GODEBUG=cpu.fma=off).
// Exp, Log and Hypot are gc's amd64 assembly algorithms (Exp with fused multiply-adds where
// the CPU has AVX and FMA, as gc chooses); the rest are Go's pure-Go code.
package main

import (
	"fmt"
	"math"
)

type lcg uint64

func (s *lcg) next() uint64 {
	*s = *s*6364136223846793005 + 1442695040888963407
	return uint64(*s)
}

func hash(results []float64) uint64 {
	h := uint64(14695981039346656037)
	for _, r := range results {
		h ^= math.Float64bits(r)
		h *= 1099511628211
	}
	return h
}

func main() {
	seed := lcg(42)
	var wide, unit, small []float64
	for i := 0; i < 20000; i++ {
		// Any finite float64 (random bits), one in [-1, 1], one in [-750, 750].
		b := seed.next()
		if f := math.Float64frombits(b); !math.IsNaN(f) && !math.IsInf(f, 0) {
			wide = append(wide, f)
		}
		unit = append(unit, float64(int64(seed.next()>>11))/float64(1<<52)-1)
		small = append(small, (float64(seed.next()>>11)/float64(1<<53)-0.5)*1500)
	}
	edges := []float64{
		0, math.Copysign(0, -1), 1, -1, math.Float64frombits(0x3FE6A09E667F3BCD), // f1 == Sqrt2/2 in Log
		math.Float64frombits(0x3FF6A09E667F3BCD), math.SmallestNonzeroFloat64, 4.9e-320, 2.2250738585072014e-308,
		709.782712893384, 709.78271289338397, 709.79, -708.39, -745.13, -745.14, -1e300, 1e300,
		math.Inf(1), math.Inf(-1), math.NaN(), math.MaxFloat64, 0.5, 2, 1e-300, -1e-300,
	}
	one := map[string]func(float64) float64{
		"Exp": math.Exp, "Log": math.Log, "Sin": math.Sin, "Cos": math.Cos, "Tan": math.Tan,
		"Atan": math.Atan, "Log1p": math.Log1p, "Expm1": math.Expm1, "Exp2": math.Exp2,
		"Cbrt": math.Cbrt, "Sqrt": math.Sqrt, "Sinh": math.Sinh, "Tanh": math.Tanh, "Asinh": math.Asinh,
		"Log2": math.Log2, "Log10": math.Log10, "Erf": math.Erf,
	}
	names := []string{"Exp", "Log", "Sin", "Cos", "Tan", "Atan", "Log1p", "Expm1", "Exp2", "Cbrt",
		"Sqrt", "Sinh", "Tanh", "Asinh", "Log2", "Log10", "Erf"}
	for _, name := range names {
		f := one[name]
		var r []float64
		for _, set := range [][]float64{wide, unit, small, edges} {
			for _, x := range set {
				r = append(r, f(x))
			}
		}
		fmt.Printf("%-6s %016x", name, hash(r))
		for _, x := range edges[:16] {
			fmt.Print(" ", f(x))
		}
		fmt.Println()
	}
	var hy, pw, at []float64
	for i := 0; i+1 < len(small); i += 2 {
		hy = append(hy, math.Hypot(small[i], small[i+1]), math.Hypot(wide[i%len(wide)], unit[i]))
		pw = append(pw, math.Pow(math.Abs(small[i])/100, unit[i]*30), math.Pow(unit[i], 3))
		at = append(at, math.Atan2(small[i], small[i+1]))
	}
	fmt.Printf("Hypot  %016x %v %v %v\n", hash(hy), math.Hypot(3, 4), math.Hypot(1e300, 1e300), math.Hypot(math.Inf(-1), math.NaN()))
	fmt.Printf("Pow    %016x %v %v %v\n", hash(pw), math.Pow(2, 0.5), math.Pow(10, -3), math.Pow(-8, 1.0/3))
	fmt.Printf("Atan2  %016x\n", hash(at))
}
