// Uncaught panic with an integer value, after deferred output, from a nested call.
package main

import "fmt"

func level(n int) {
	defer fmt.Println("unwinding", n)
	if n == 0 {
		panic(7)
	}
	level(n - 1)
}

func main() {
	level(3)
}
