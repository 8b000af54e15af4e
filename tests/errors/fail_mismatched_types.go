// Binary operators on operands of different types.
package main

import "fmt"

func main() {
	a := 1
	b := "two"
	fmt.Println(a + b) // ERROR col=14 "invalid operation: a \+ b \(mismatched types int and string\)"
	var f float64 = 1.5
	fmt.Println(a * f) // ERROR "invalid operation: a \* f \(mismatched types int and float64\)"
}
