// Multiplication and addition that overflow wrap in two's complement, as Go requires.
package main

import "fmt"

func hash(s string) uint32 {
	var h uint32 = 2166136261
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func lcg(seed uint64) uint64 {
	return seed*6364136223846793005 + 1442695040888963407
}

func main() {
	fmt.Println(hash(""), hash("a"), hash("hello, world"))
	s := uint64(42)
	for i := 0; i < 5; i++ {
		s = lcg(s)
		fmt.Println(s)
	}
	x := int64(1)
	for i := 0; i < 70; i++ {
		x *= 3
	}
	fmt.Println(x)
	var y int = 9223372036854775807
	fmt.Println(y+1, y*2, -y-2)
	var z int16 = 181
	fmt.Println(z*z, z*z*z)
}
