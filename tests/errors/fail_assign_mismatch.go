// Assignments whose two sides have different counts.
package main

func two() (int, int) {
	return 1, 2
}

func main() {
	a, b := 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	c := two() // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	_, _, _ = a, b, c
}
