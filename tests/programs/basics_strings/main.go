// Strings: concatenation, comparison, len and indexing.
package main

import "fmt"

func main() {
	s := "hello"
	t := s + ", " + "world"
	fmt.Println(t, len(t))
	fmt.Println(s == "hello", s != "world", s < "help", "abc" < "abd", "ab" < "abc", "" < "a")
	fmt.Println(len(""), len(s+s))
	u := s
	u += "!"
	fmt.Println(s, u)
	fmt.Println("tab\there", "quote\"", `raw\n`)
	fmt.Println("héllo", len("héllo"))
}
