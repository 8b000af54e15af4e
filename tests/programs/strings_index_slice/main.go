// String indexing yields bytes; slicing shares and is by byte offset.
package main

import "fmt"

func main() {
	s := "hello, world"
	fmt.Println(s[0], s[len(s)-1], string(s[7]))
	fmt.Println(s[0:5], s[7:], s[:5], s[:], s[5:5] == "")
	t := s[7:12]
	fmt.Println(t, len(t), t[1:3])
	u := "héllo"
	fmt.Println(u[1], u[2], u[1:3], len(u[1:3]), u[:2])
	var b byte = s[4]
	fmt.Printf("%c %v %T\n", b, b, b)
	for i := 0; i < len("abc"); i++ {
		fmt.Print("abc"[i], " ")
	}
	fmt.Println()
	x := s
	s = "changed"
	fmt.Println(x, s)
}
