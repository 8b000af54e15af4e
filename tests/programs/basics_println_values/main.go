// fmt.Println and %v across the basic types, including spacing between operands.
package main

import "fmt"

func main() {
	fmt.Println()
	fmt.Println("a", "b")
	fmt.Println(1, 2, "three", 4.0, true)
	fmt.Println("", "", "x")
	fmt.Println(-0.0, 1e100, 1e-100, 5e-324)
	fmt.Println(9223372036854775807, -9223372036854775808)
	fmt.Printf("%v|%v|%v|%v\n", "", 0, 0.0, false)
}
