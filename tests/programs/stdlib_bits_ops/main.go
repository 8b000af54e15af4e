// math/bits from Go's sources: counts, rotations, reversals, and the 64-bit arithmetic helpers.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	for _, x := range []uint64{0, 1, 0x80, 0xF0F0, 1 << 63, 0xFFFFFFFFFFFFFFFF} {
		fmt.Println(x, bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x))
	}
	fmt.Println(bits.LeadingZeros8(1), bits.LeadingZeros16(1), bits.LeadingZeros32(1), bits.LeadingZeros(1))
	fmt.Println(bits.TrailingZeros8(0), bits.TrailingZeros16(8), bits.TrailingZeros32(1<<31), bits.OnesCount8(0xff))
	fmt.Printf("%#x %#x %#x\n", bits.RotateLeft8(0x81, 1), bits.RotateLeft32(0x80000001, -1), bits.RotateLeft64(1, 70))
	fmt.Printf("%#x %#x %#x\n", bits.Reverse8(0x01), bits.Reverse16(0x1234), bits.Reverse64(0x0123456789abcdef))
	fmt.Printf("%#x %#x\n", bits.ReverseBytes32(0x01020304), bits.ReverseBytes64(0x0102030405060708))
	hi, lo := bits.Mul64(0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(sum, carry)
	diff, borrow := bits.Sub64(0, 1, 0)
	fmt.Println(diff, borrow)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r)
	fmt.Println(bits.Rem64(5, 7, 9), bits.UintSize)
	s32, c32 := bits.Add32(0xFFFFFFFF, 1, 0)
	h32, l32 := bits.Mul32(0x10000, 0x10000)
	fmt.Println(s32, c32, h32, l32)
	defer func() { fmt.Println("recovered:", recover()) }()
	bits.Div64(1, 0, 1)
}
