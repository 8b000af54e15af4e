// An if block missing its closing brace: the next func is seen inside it.
package main

import "fmt"

func helper(n int) {
	if n > 0 {
		fmt.Println("positive")
}

func main() { // ERROR "syntax error: unexpected main, expecting \("
	helper(1)
}
