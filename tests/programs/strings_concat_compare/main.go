// Concatenation, += in loops, comparisons by bytes.
package main

import "fmt"

func main() {
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s, len(s))
	words := "x" + "y" + s + "z"
	fmt.Println(words)
	fmt.Println("a" < "b", "a" < "aa", "Z" < "a", "é" > "z", "abc" == "ab"+"c")
	fmt.Println("" == "", "" < " ", "\x00" > "")
	a, b := "apple", "apricot"
	fmt.Println(a < b, a > b, a <= a, b >= a)
	var empty string
	fmt.Println(empty == "", len(empty))
	t := s
	t += "!"
	fmt.Println(s, t)
}
