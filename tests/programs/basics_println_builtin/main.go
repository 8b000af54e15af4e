// The builtins print and println write to stderr in their own format.
package main

import "fmt"

func main() {
	fmt.Println("stdout first")
	println("hello", 42, true, -7)
	println(1.5, 0.0, -2.25)
	print("no", "spaces", 3, "\n")
	println()
	println("x")
	fmt.Println("stdout last")
}
