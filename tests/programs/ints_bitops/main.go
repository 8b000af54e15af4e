// Bitwise operators and unary ^ on signed and unsigned integers of several widths.
package main

import "fmt"

func main() {
	var a uint8 = 0b10101100
	var b uint8 = 0b01100110
	fmt.Println(a&b, a|b, a^b, a&^b, ^a, ^b)
	var c int8 = 0x5c
	fmt.Println(^c, -c, c&-c, c|-128)
	var d int64 = -1
	fmt.Println(^d, d&0x7f, d^0x0f)
	var e uint32 = 0xdeadbeef
	fmt.Println(e, e&0xffff, e>>16, ^e, e&^0xff00ff00)
	var f uint64 = 1<<64 - 1
	fmt.Println(f, f^(f>>1), ^uint64(0)>>63)
	x := 0x0f0f
	x &= 0xff
	x |= 0x100
	x ^= 0x1
	x <<= 2
	x >>= 1
	x &^= 0x2
	fmt.Println(x)
	fmt.Printf("%b %o %x %X %08b\n", 10, 64, 255, 255, 5)
	fmt.Printf("%d %x %b\n", -255, -255, -5)
	fmt.Printf("%#x %#o %x\n", 255, 8, uint64(1<<63))
}
