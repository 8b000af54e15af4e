// unicode/utf16 from Go's sources: surrogate pairs, invalid input, round trips.
package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	runes := []rune("a€𝄞\U0010FFFF")
	enc := utf16.Encode(runes)
	fmt.Printf("%x\n", enc)
	fmt.Println(string(utf16.Decode(enc)))
	r1, r2 := utf16.EncodeRune('𝄞')
	fmt.Printf("%x %x %c\n", r1, r2, utf16.DecodeRune(r1, r2))
	fmt.Println(utf16.IsSurrogate(0xd800), utf16.IsSurrogate('a'))
	fmt.Printf("%x\n", utf16.DecodeRune('a', 'b'))
	bad := []uint16{0xd800, 'x', 0xdc00, 0xd834, 0xdd1e}
	fmt.Printf("%q\n", string(utf16.Decode(bad)))
	fmt.Printf("%x\n", utf16.Encode([]rune{0xd800, -1, 0x110000, 'z'}))
}
