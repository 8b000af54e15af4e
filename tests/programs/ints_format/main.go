// Printing integers of every type with fmt's verbs, widths and flags.
package main

import "fmt"

func main() {
	var i8 int8 = -5
	var u16 uint16 = 65535
	var i32 int32 = -2147483648
	var u64 uint64 = 18446744073709551615
	fmt.Println(i8, u16, i32, u64)
	fmt.Printf("%v %v %v %v\n", i8, u16, i32, u64)
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d\n", 42, 42, 42, 42, 42, 42)
	fmt.Printf("%x|%X|%#x|%08x|%o|%#o|%O\n", 3054, 3054, 3054, 3054, 8, 8, 8)
	fmt.Printf("%c|%q|%U|%#U\n", 'G', 'o', 0x1F600, 'x')
	fmt.Printf("%T %T %T %T %T\n", i8, u16, i32, u64, 1)
	var b byte = 'a'
	var r rune = 'é'
	fmt.Println(b, r)
	fmt.Printf("%T %T %c %c\n", b, r, b, r)
	fmt.Printf("%6.3d|%-+6d|%x\n", 7, 7, -1)
}
