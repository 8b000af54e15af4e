// Go 1.21's min and max builtins, as go2cpp follows Go 1.22 semantics.
// test: expected output written by hand: Go 1.19 (the oracle here) has no min and max builtins;
// the values follow the spec (-0 is less than +0; strings compare bytewise; constants fold).
package main

import "fmt"

func main() {
	a, b := 3, 7
	fmt.Println(min(a, b), max(a, b, 10), min(2.5, 1.5))
	s, t := "pear", "apple"
	fmt.Println(min(s, t), max(s, t, "zebra"))
	var z float64
	fmt.Println(min(z, -z), max(-z, z))
	var small int8 = -3
	fmt.Println(max(small, 2), min(uint(4), 9))
}
