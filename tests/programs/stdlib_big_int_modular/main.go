// math/big: modular exponentiation, GCD with Bezout coefficients, ModInverse, Sqrt, ModSqrt,
// ProbablyPrime and the bit operations.
package main

import (
	"fmt"
	"math/big"
)

func main() {
	// RSA with small-ish primes.
	p, _ := new(big.Int).SetString("2305843009213693951", 10)
	q, _ := new(big.Int).SetString("618970019642690137449562111", 10)
	fmt.Println("p prime:", p.ProbablyPrime(20), "q prime:", q.ProbablyPrime(20))
	n := new(big.Int).Mul(p, q)
	one := big.NewInt(1)
	phi := new(big.Int).Mul(new(big.Int).Sub(p, one), new(big.Int).Sub(q, one))
	e := big.NewInt(65537)
	d := new(big.Int).ModInverse(e, phi)
	fmt.Println("n =", n)
	fmt.Println("d =", d)
	msg := big.NewInt(123456789)
	c := new(big.Int).Exp(msg, e, n)
	fmt.Println("c =", c)
	fmt.Println("m =", new(big.Int).Exp(c, d, n))
	fmt.Println("2^1000 mod 1e9+7 =", new(big.Int).Exp(big.NewInt(2), big.NewInt(1000), big.NewInt(1000000007)))
	fmt.Println("3^-1 mod 11 =", new(big.Int).Exp(big.NewInt(3), big.NewInt(-1), big.NewInt(11)))
	fmt.Println("2^100 =", new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil))

	a, b := big.NewInt(240), big.NewInt(46)
	x, y := new(big.Int), new(big.Int)
	g := new(big.Int).GCD(x, y, a, b)
	fmt.Println("gcd(240,46) =", g, "x =", x, "y =", y)
	big1, _ := new(big.Int).SetString("1522605027922533360535618378132637429718068114961380688657908494580122963258952897654000350692006139", 10)
	big2, _ := new(big.Int).SetString("37975227936943673922808872755445627854565536638199", 10)
	fmt.Println("gcd =", new(big.Int).GCD(nil, nil, big1, new(big.Int).Mul(big2, big.NewInt(6))))
	fmt.Println("ModInverse(3, 7) =", new(big.Int).ModInverse(big.NewInt(3), big.NewInt(7)))
	fmt.Println("ModInverse(2, 4) =", new(big.Int).ModInverse(big.NewInt(2), big.NewInt(4)))

	for _, s := range []string{"0", "1", "15", "16", "99999999999999999999", "123456789012345678901234567890"} {
		v, _ := new(big.Int).SetString(s, 10)
		fmt.Printf("Sqrt(%s) = %v\n", s, new(big.Int).Sqrt(v))
	}
	fmt.Println("ModSqrt(10, 13) =", new(big.Int).ModSqrt(big.NewInt(10), big.NewInt(13)))
	fmt.Println("Jacobi(1001, 9907) =", big.Jacobi(big.NewInt(1001), big.NewInt(9907)))

	primes := []int64{}
	for i := int64(0); i < 60; i++ {
		if big.NewInt(i).ProbablyPrime(10) {
			primes = append(primes, i)
		}
	}
	fmt.Println("primes < 60:", primes)
	m127 := new(big.Int).Sub(new(big.Int).Lsh(one, 127), one)
	m128 := new(big.Int).Sub(new(big.Int).Lsh(one, 128), one)
	fmt.Println("2^127-1 prime:", m127.ProbablyPrime(10), "2^128-1 prime:", m128.ProbablyPrime(10))
	car := big.NewInt(561) // a Carmichael number
	fmt.Println("561 prime:", car.ProbablyPrime(0), car.ProbablyPrime(5))

	u := big.NewInt(0b1011_0110)
	v := big.NewInt(0b0110_1100)
	fmt.Println("and", new(big.Int).And(u, v), "or", new(big.Int).Or(u, v), "xor", new(big.Int).Xor(u, v),
		"andnot", new(big.Int).AndNot(u, v), "not", new(big.Int).Not(u))
	neg := big.NewInt(-100)
	fmt.Println("neg and", new(big.Int).And(neg, v), "neg or", new(big.Int).Or(neg, v), "neg xor", new(big.Int).Xor(neg, u))
	fmt.Println("lsh", new(big.Int).Lsh(u, 100), "rsh", new(big.Int).Rsh(new(big.Int).Lsh(u, 100), 98))
	fmt.Println("rsh neg", new(big.Int).Rsh(big.NewInt(-7), 1), new(big.Int).Rsh(big.NewInt(-1), 10))
	w := new(big.Int).SetBit(new(big.Int), 200, 1)
	fmt.Println("bit 200:", w.Bit(200), w.Bit(199), w.BitLen(), w.TrailingZeroBits())
	w.SetBit(w, 200, 0)
	fmt.Println("cleared:", w, w.BitLen())
	fmt.Println("bits:", big.NewInt(1<<40+5).Bits())
}
