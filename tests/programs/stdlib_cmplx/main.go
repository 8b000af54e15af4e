// math/cmplx translated from GOROOT over the math stand-in (math.Sincos among others). Values are
// printed rounded, since the stand-in's trigonometric functions are glibc's (docs/stdlib.md).
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	s, c := math.Sincos(math.Pi / 6)
	fmt.Printf("%.6f %.6f\n", s, c)
	s0, c0 := math.Sincos(0)
	fmt.Println(s0, c0)
	z := complex(3, 4)
	fmt.Println(cmplx.Abs(z), cmplx.Conj(z), cmplx.IsNaN(cmplx.NaN()), cmplx.IsInf(cmplx.Inf()))
	fmt.Printf("%.6f\n", cmplx.Sqrt(-4))
	fmt.Printf("%.6f\n", cmplx.Exp(complex(0, math.Pi)))
	r, theta := cmplx.Polar(complex(0, 2))
	fmt.Printf("%.6f %.6f\n", r, theta)
	fmt.Printf("%.6f\n", cmplx.Rect(2, math.Pi/2))
	fmt.Printf("%.6f %.6f\n", cmplx.Log(complex(math.E, 0)), cmplx.Pow(complex(0, 1), 2))
	fmt.Printf("%.6f %.6f\n", cmplx.Sin(complex(1, 1)), cmplx.Cos(complex(1, 1)))
	fmt.Printf("%.6f\n", cmplx.Phase(complex(-1, 0)))
}
