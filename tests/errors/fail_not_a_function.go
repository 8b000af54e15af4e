// Calling values that are not functions.
package main

func main() {
	x := 5
	x() // ERROR "invalid operation: cannot call non-function x \(variable of type int\)"
	s := "str"
	_ = s(1) // ERROR "invalid operation: cannot call non-function s \(variable of type string\)"
}
