// Integer division by zero panics; float division by zero does not.
package main

import "fmt"

func main() {
	zero := 0.0
	fmt.Println(1/zero, -1/zero)
	a, b := 10, 0
	defer fmt.Println("deferred before the crash")
	fmt.Println(a % 3)
	fmt.Println(a / b)
}
