// Floating-point verbs at their edges: %e %E %f %g %G with precisions and flags, infinities,
// NaN, negative zero, very large and very small magnitudes, float32 values, and complex numbers.
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 1.0 / 3, 2.5, 1e6, 1e21, 123456789.0,
		1e-5, 1e-7, 6.02214076e23, 1.7976931348623157e308, 5e-324, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, v := range vals {
		fmt.Printf("%v|%e|%E|%f|%.2f|%g|%G|%.3g|%8.3e|%+g|% g|%-10.1f|\n", v, v, v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%010.3f|%-010.3f|%+010.3f|%#g|%#.3g|%#e\n", math.Pi, math.Pi, -math.Pi, 1.0, 100.0, 2.0)
	fmt.Printf("%08.2f|%08v|%+08.2f\n", math.Inf(1), math.NaN(), math.Inf(-1))
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32*3, float32(1)/3)
	fmt.Printf("%v %g %.10f %e\n", f32, f32, f32, f32)
	fmt.Println(1e20, 1e21, 1e-4, 1e-5, 100000000.0, float32(1e21))
	c := complex(1.5, -2)
	fmt.Println(c, complex64(c))
	fmt.Printf("%v %.2f %e %g\n", c, c, c, complex(math.Inf(1), math.NaN()))
	fmt.Printf("%6.2f|%-8.3g|%x|%X\n", 12.345, 0.000123456, 1.0, -3.5)
	fmt.Printf("%b\n", 1.0)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%.1f %.1f %.1f\n", 0.05, 0.15, 0.25)
	fmt.Printf("%5.1f%%\n", 99.44)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat64, -0.0, math.Copysign(0, -1))
}
