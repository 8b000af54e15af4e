// math/big: Float with precisions and rounding modes, Text in 'g', 'e', 'f', 'b', 'p' and 'x'
// formats, Sqrt, conversions, Accuracy.
package main

import (
	"fmt"
	"math"
	"math/big"
)

func main() {
	for _, prec := range []uint{24, 53, 100, 200} {
		x := new(big.Float).SetPrec(prec).SetInt64(2)
		s := new(big.Float).SetPrec(prec).Sqrt(x)
		fmt.Printf("prec %d: sqrt2 = %s | %s | %s\n", prec, s.Text('g', 40), s.Text('e', 20), s.Text('f', 30))
	}
	one := new(big.Float).SetPrec(200).SetInt64(1)
	three := new(big.Float).SetPrec(200).SetInt64(3)
	third := new(big.Float).SetPrec(200).Quo(one, three)
	fmt.Println("1/3:", third.Text('g', -1), third.Text('g', 10), third.Prec(), third.MinPrec(), third.Acc())

	modes := []big.RoundingMode{big.ToNearestEven, big.ToNearestAway, big.ToZero, big.AwayFromZero, big.ToNegativeInf, big.ToPositiveInf}
	for _, m := range modes {
		var out []string
		for _, v := range []float64{2.5, 3.5, -2.5, 2.25, -2.75, 1.0001} {
			f := new(big.Float).SetMode(m).SetFloat64(v)
			f.SetPrec(2)
			out = append(out, fmt.Sprintf("%v(%v)", f.Text('g', 10), f.Acc()))
		}
		fmt.Printf("%-13v %v\n", m, out)
	}
	pi := new(big.Float).SetPrec(64).SetFloat64(math.Pi)
	for _, c := range []struct {
		f    byte
		prec int
	}{{'g', -1}, {'g', 5}, {'e', -1}, {'e', 3}, {'f', -1}, {'f', 2}, {'E', 4}, {'G', 4}, {'b', 0}, {'p', 0}, {'x', -1}, {'x', 5}} {
		fmt.Printf("pi %c %d: %s\n", c.f, c.prec, pi.Text(c.f, c.prec))
	}
	fmt.Printf("%v %.3f %10.4e %-12g| %+.2f %x\n", pi, pi, pi, pi, pi, pi)
	z, _, err := big.ParseFloat("1.5e1000", 10, 100, big.ToNearestEven)
	fmt.Println("ParseFloat:", z, err)
	z2, ok := new(big.Float).SetString("-0x1.8p-3")
	fmt.Println("SetString:", z2, ok)
	big1, _ := new(big.Float).SetPrec(300).SetString("123456789012345678901234567890.123456789")
	fmt.Println("big1:", big1.Text('f', 10), big1.String())
	i, acc := big1.Int(nil)
	fmt.Println("Int:", i, acc)
	f64, acc64 := big1.Float64()
	fmt.Println("Float64:", f64, acc64)
	i64, acci := new(big.Float).SetFloat64(-7.9).Int64()
	fmt.Println("Int64:", i64, acci)
	inf := new(big.Float).SetInf(true)
	fmt.Println("inf:", inf, inf.IsInf(), new(big.Float).SetInf(false).Text('g', 5))
	sum := new(big.Float).SetPrec(80)
	for k := 0; k < 30; k++ {
		term := new(big.Float).SetPrec(80).Quo(big.NewFloat(1), new(big.Float).SetInt(new(big.Int).MulRange(1, int64(k))))
		if k == 0 {
			term.SetFloat64(1)
		}
		sum.Add(sum, term)
	}
	fmt.Println("e ~", sum.Text('g', 24))
	a := big.NewFloat(1.5)
	b := big.NewFloat(-0.25)
	fmt.Println("ops:", new(big.Float).Add(a, b), new(big.Float).Sub(a, b), new(big.Float).Mul(a, b), new(big.Float).Quo(a, b),
		a.Cmp(b), b.Sign(), new(big.Float).Neg(b), new(big.Float).Abs(b), a.IsInt(), big.NewFloat(4).IsInt())
	mant := new(big.Float)
	exp := big.NewFloat(48).MantExp(mant)
	fmt.Println("MantExp:", mant, exp, new(big.Float).SetMantExp(mant, 10))
	fmt.Println("Rat:", func() string { r, _ := big.NewFloat(0.375).Rat(nil); return r.String() }())
	fmt.Println("Mode/Prec:", a.Mode(), a.Prec(), new(big.Float).Prec())
	defer func() { fmt.Println("recovered:", recover()) }()
	new(big.Float).Quo(new(big.Float), new(big.Float))
}
