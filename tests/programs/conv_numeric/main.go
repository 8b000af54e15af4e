// Conversions between numeric types: truncation, sign extension, widening.
package main

import "fmt"

func main() {
	var i int = 300
	fmt.Println(int8(i), uint8(i), int16(i), uint16(-i))
	var i8 int8 = -1
	fmt.Println(int16(i8), uint16(i8), int32(i8), uint32(i8), int64(i8), uint64(i8))
	var u8 uint8 = 255
	fmt.Println(int8(u8), int16(u8), uint16(u8))
	var big uint64 = 0x123456789abcdef0
	fmt.Println(uint32(big), uint16(big), uint8(big), int32(big), int8(big))
	f := 3.99
	fmt.Println(int(f), int(-f), float32(f), uint(f))
	var r rune = 0x1F600
	fmt.Println(int16(r), byte(r))
	type MyInt int
	m := MyInt(5)
	fmt.Println(int(m)+1, float64(m)/2)
	var c complex128 = complex(float64(i), f)
	fmt.Println(c, complex64(c))
}
