// math/big translated from GOROOT: factorials and Fibonacci numbers of hundreds of digits, and
// Int arithmetic with Go's two kinds of division (truncated Quo/Rem, Euclidean Div/Mod).
package main

import (
	"fmt"
	"math/big"
)

func factorial(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func fib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < n; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func main() {
	for _, n := range []int64{0, 1, 10, 25, 50, 100} {
		fmt.Printf("%d! = %v\n", n, factorial(n))
	}
	f := factorial(300)
	fmt.Println("300! has", len(f.String()), "digits, bit length", f.BitLen())
	fmt.Println("MulRange(1,30):", new(big.Int).MulRange(1, 30))
	fmt.Println("Binomial(100,50):", new(big.Int).Binomial(100, 50))
	for _, n := range []int{10, 90, 93, 100, 500} {
		fmt.Printf("fib(%d) = %s\n", n, fib(n))
	}
	// 1000th Fibonacci number: digits and digit sum.
	f1000 := fib(1000).String()
	sum := 0
	for _, c := range f1000 {
		sum += int(c - '0')
	}
	fmt.Println("fib(1000):", len(f1000), "digits, digit sum", sum, "starts", f1000[:20])

	x, _ := new(big.Int).SetString("123456789012345678901234567890123456789", 10)
	y, _ := new(big.Int).SetString("-987654321987654321", 10)
	z := new(big.Int)
	fmt.Println("x+y =", z.Add(x, y))
	fmt.Println("x-y =", z.Sub(x, y))
	fmt.Println("x*y =", z.Mul(x, y))
	fmt.Println("x*x*x =", new(big.Int).Mul(x, new(big.Int).Mul(x, x)))
	fmt.Println("-x =", z.Neg(x), "|y| =", new(big.Int).Abs(y))
	q, r := new(big.Int).QuoRem(x, y, new(big.Int))
	fmt.Println("QuoRem:", q, r)
	d, m := new(big.Int).DivMod(x, y, new(big.Int))
	fmt.Println("DivMod:", d, m)
	for _, p := range [][2]int64{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}} {
		a, b := big.NewInt(p[0]), big.NewInt(p[1])
		fmt.Println(p[0], p[1], "Quo", new(big.Int).Quo(a, b), "Rem", new(big.Int).Rem(a, b),
			"Div", new(big.Int).Div(a, b), "Mod", new(big.Int).Mod(a, b))
	}
	// Long division by a multi-word divisor, checked by multiplying back.
	big1 := new(big.Int).Exp(big.NewInt(3), big.NewInt(500), nil)
	div := new(big.Int).Exp(big.NewInt(7), big.NewInt(90), nil)
	qq, rr := new(big.Int).QuoRem(big1, div, new(big.Int))
	back := new(big.Int).Add(new(big.Int).Mul(qq, div), rr)
	fmt.Println("3^500 / 7^90 =", qq)
	fmt.Println("remainder", rr, "check", back.Cmp(big1) == 0)
	fmt.Println("Cmp:", x.Cmp(y), y.Cmp(x), x.Cmp(x), "CmpAbs:", big.NewInt(-5).CmpAbs(big.NewInt(3)))
	fmt.Println("Sign:", x.Sign(), y.Sign(), new(big.Int).Sign())
	fmt.Println("Int64/Uint64/IsInt64:", big.NewInt(-42).Int64(), new(big.Int).SetUint64(1<<63).Uint64(), x.IsInt64(), big.NewInt(-1).IsUint64())
	defer func() { fmt.Println("recovered:", recover()) }()
	new(big.Int).Quo(x, new(big.Int))
}
