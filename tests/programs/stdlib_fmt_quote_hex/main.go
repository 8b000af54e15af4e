// %q, %x, %X, %c, %U, %o, %O, %b and the # flag, on strings, byte slices, runes and integers,
// as a hex dumper or a protocol logger uses them.
package main

import "fmt"

func main() {
	s := "héllo, 世界\n\t\"q\"\x00\xff"
	fmt.Printf("%q\n", s)
	fmt.Printf("%+q\n", s)
	fmt.Printf("%#q\n", "back`tick")
	fmt.Printf("%#q\n", "raw ok")
	fmt.Printf("%x\n", s)
	fmt.Printf("% x\n", "abc")
	fmt.Printf("%X\n", []byte("Go!"))
	fmt.Printf("% X\n", []byte{1, 171, 255})
	fmt.Printf("%#x\n", "hi")
	fmt.Printf("%# x\n", []byte{10, 11})
	fmt.Printf("%q %q %q %q\n", 'a', '\n', '世', rune(0x1F600))
	fmt.Printf("%+q %#q\n", '世', 'x')
	fmt.Printf("%c%c%c\n", 71, 'o', 0x4E16)
	fmt.Printf("%U %#U %U\n", '世', '世', 0x1F600)
	for _, n := range []int{0, 7, 255, -255, 1 << 40} {
		fmt.Printf("%d|%5d|%-5d|%05d|%+d|%x|%X|%#x|%o|%#o|%O|%b|%08b|%c\n", n, n, n, n, n, n, n, n, n, n, n, n, n&0xff, 'A'+n&15)
	}
	var u8 uint8 = 200
	var i8 int8 = -100
	var u64 uint64 = 1<<64 - 1
	fmt.Printf("%d %x %d %x %d %x\n", u8, u8, i8, i8, u64, u64)
	fmt.Printf("%6.3d|%-6.3d|%.0d|%.0d\n", 7, 7, 0, 1)
	fmt.Printf("%x %X\n", "", []byte(nil))
	fmt.Printf("%10q|%-10q|\n", "ab", "cd")
	fmt.Printf("%8x|%-8X|%08x\n", 48879, 48879, 48879)
	fmt.Printf("%s|%10s|%-10s|%.2s|%5.1s|\n", "go", "go", "go", "golang", "golang")
	fmt.Printf("%s %v\n", []byte("bytes"), []byte("ab"))
	fmt.Printf("%t %v %5t\n", true, false, true)
	fmt.Printf("%q\n", []byte("a\x01"))
	fmt.Printf("%x\n", []string{"ab", "cd"})
}
