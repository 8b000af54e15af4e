// string(rune), string <-> []byte, string <-> []rune, invalid code points.
package main

import "fmt"

func main() {
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x110000)))
	fmt.Println(string(rune(0xD800)) == "\uFFFD")
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b[1], b[2], r[1], r[7])
	b[0] = 'H'
	r[0] = 'J'
	fmt.Println(s, string(b), string(r))
	fmt.Println(string([]byte{}), string([]rune{}) == "", len(string([]byte(nil))))
	fmt.Println(string([]rune{0x48, 0x49, -5}))
	bad := "a\xffb"
	fmt.Println([]rune(bad), []byte(bad))
	var by byte = 'z'
	fmt.Println(string(rune(by)))
}
