// math/big: Rat arithmetic, normalization, SetString forms, FloatString and conversions.
package main

import (
	"fmt"
	"math/big"
)

func main() {
	a := big.NewRat(3, 4)
	b := big.NewRat(-5, 6)
	fmt.Println("a+b =", new(big.Rat).Add(a, b))
	fmt.Println("a-b =", new(big.Rat).Sub(a, b))
	fmt.Println("a*b =", new(big.Rat).Mul(a, b))
	fmt.Println("a/b =", new(big.Rat).Quo(a, b))
	fmt.Println("normalized:", big.NewRat(10, -4), big.NewRat(0, 7), big.NewRat(6, 3))
	fmt.Println("inv:", new(big.Rat).Inv(b), "neg:", new(big.Rat).Neg(a), "abs:", new(big.Rat).Abs(b))
	fmt.Println("cmp:", a.Cmp(b), b.Cmp(a), a.Cmp(big.NewRat(6, 8)))
	fmt.Println("IsInt:", a.IsInt(), big.NewRat(8, 4).IsInt(), "Num/Denom:", b.Num(), b.Denom())
	for _, s := range []string{"3/4", "-12/18", "1.25", "-0.001", "1e-3", "2.5e10", "0x1p-2", "abc", "1/0", "  7"} {
		r, ok := new(big.Rat).SetString(s)
		fmt.Printf("SetString(%q) = %v %v\n", s, r, ok)
	}
	third := big.NewRat(1, 3)
	for _, prec := range []int{0, 1, 5, 20} {
		fmt.Printf("1/3 to %d: %s, 2/3: %s, -5/6: %s\n", prec, third.FloatString(prec),
			big.NewRat(2, 3).FloatString(prec), b.FloatString(prec))
	}
	// Harmonic number H(30) exactly.
	h := new(big.Rat)
	for i := int64(1); i <= 30; i++ {
		h.Add(h, big.NewRat(1, i))
	}
	fmt.Println("H(30) =", h)
	fmt.Println("H(30) ~", h.FloatString(30))
	f, exact := h.Float64()
	fmt.Println("Float64:", f, exact)
	f32, exact32 := big.NewRat(1, 4).Float32()
	fmt.Println("Float32:", f32, exact32)
	r := new(big.Rat).SetFloat64(0.1)
	fmt.Println("0.1 exactly:", r)
	fmt.Println("SetFrac:", new(big.Rat).SetFrac(big.NewInt(100), big.NewInt(-75)), "SetInt64:", new(big.Rat).SetInt64(-9))
	fmt.Println("RatString:", a.RatString(), big.NewRat(4, 2).RatString())
	fmt.Printf("%v %s %d\n", a, b, big.NewRat(7, 1))
	var z big.Rat
	n, err := fmt.Sscan("22/7", &z)
	fmt.Println(n, err, &z, z.FloatString(6))
	// Continued fraction convergents of sqrt(2).
	x := big.NewRat(1, 1)
	for i := 0; i < 8; i++ {
		x.Add(big.NewRat(1, 1), new(big.Rat).Inv(new(big.Rat).Add(big.NewRat(1, 1), x)))
	}
	fmt.Println("sqrt2 ~", x, x.FloatString(15))
}
