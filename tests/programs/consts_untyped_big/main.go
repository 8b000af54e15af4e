// Untyped constants are exact: big intermediate values, exact rationals, huge exponents.
package main

import "fmt"

const big = 1 << 200
const back = big >> 190
const quot = big / (1 << 195)
const third = 1.0 / 3
const exact = third * 3
const huge = 1e300 * 1e300
const fromHuge = huge / 1e590
const mixed = 'a' + 1
const neg = -1 << 63

func main() {
	fmt.Println(back, quot)
	fmt.Println(exact == 1, third)
	fmt.Println(fromHuge)
	fmt.Println(mixed, string(rune(mixed)))
	fmt.Println(neg)
	const maxU64 = 1<<64 - 1
	var u uint64 = maxU64
	fmt.Println(u, maxU64>>32)
	const f = 0.1 + 0.2
	fmt.Println(f == 0.3, 0.1+0.2 == 0.3)
	x, y := 0.1, 0.2
	fmt.Println(x+y == 0.3)
	const c = 12345678901234567890 % 1000
	fmt.Println(c)
	fmt.Println(big / big)
}
