package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32)
	fmt.Println(math.Sqrt(2), math.Floor(-2.5), math.Ceil(2.1), math.Trunc(-2.7), math.Round(2.5), math.Round(-2.5), math.RoundToEven(2.5), math.RoundToEven(3.5), math.RoundToEven(-0.5))
	fmt.Println(math.Abs(-3), math.Max(1, math.NaN()), math.Min(-0.0, 0), math.Max(3, 7), math.Inf(1), math.Inf(-1), math.IsInf(math.Inf(-1), 0), math.IsNaN(math.NaN()))
	fmt.Println(math.Pow(2, 10), math.Pow10(3), math.Mod(7, 3), math.Mod(-7, 3), math.Hypot(3, 4), math.Log2(8), math.Log10(1000), math.Log(math.E))
	fr, ex := math.Frexp(8)
	i, f := math.Modf(-3.25)
	fmt.Println(fr, ex, i, f, math.Ldexp(0.5, 4), math.Float64bits(1.0), math.Float32bits(1.0), math.Signbit(-0.0), math.Cbrt(27), math.Dim(5, 3))
	fmt.Printf("%.4f %.4f %.4f %.4f\n", math.Sin(1), math.Cos(1), math.Atan2(1, 1), math.Exp(1))
	var x float64 = 10
	fmt.Println(int(math.Sqrt(x)), math.MaxInt8, math.MinInt16)
}
