// math/big with math/rand's stand-in: Int.Rand from a seeded generator gives Go's numbers, and
// the random bases ProbablyPrime draws; and reading big numbers with fmt's Fscan.
package main

import (
	"bufio"
	"fmt"
	"math/big"
	"math/rand"
	"strings"
)

func main() {
	rnd := rand.New(rand.NewSource(42))
	limit, _ := new(big.Int).SetString("1000000000000000000000000000000", 10)
	for i := 0; i < 5; i++ {
		fmt.Println(new(big.Int).Rand(rnd, limit))
	}
	fmt.Println(new(big.Int).Rand(rnd, big.NewInt(10)), new(big.Int).Rand(rnd, big.NewInt(1<<62)))
	// Random 128-bit odd numbers until one is prime.
	for tries := 1; ; tries++ {
		c := new(big.Int).Rand(rnd, new(big.Int).Lsh(big.NewInt(1), 128))
		c.SetBit(c, 0, 1)
		if c.ProbablyPrime(20) {
			fmt.Println("prime after", tries, "tries:", c)
			break
		}
	}
	in := bufio.NewReader(strings.NewReader("3\n123456789123456789123456789\n-5\n0x7fffffffffffffffffff\n"))
	var n int
	fmt.Fscan(in, &n)
	total := new(big.Int)
	for i := 0; i < n; i++ {
		v := new(big.Int)
		if _, err := fmt.Fscan(in, v); err != nil {
			fmt.Println("error:", err)
		}
		total.Add(total, v)
	}
	fmt.Println("total:", total)
	var r big.Rat
	var f big.Float
	k, err := fmt.Sscan("-3/9 2.5e-1", &r, &f)
	fmt.Println(k, err, &r, &f)
}
