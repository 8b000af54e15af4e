// A constant shifted by a variable count takes the type the context gives it (uint64(1 << n)
// shifts a uint64), so counts past 31 keep their bits.
package main

import "fmt"

func main() {
	n := 40
	fmt.Println(uint64(1<<uint(n)), int64(1)<<n, uint64(1<<uint(n+23)))
	var b uint = 63
	var u uint64 = 1 << b
	fmt.Println(u, int64(-1<<b), uint32(1<<(b-32)))
	var x int64 = 3 << (n - 10)
	fmt.Println(x, 1<<n, uint64(1<<b)>>b)
	fmt.Println(uint8(1<<(n-33)), int16(-1<<(n-25)))
}
