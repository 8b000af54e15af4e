// Conditions that are not booleans, and ! on a string.
package main

func main() {
	n := 1
	if n { // ERROR "non-boolean condition in if statement"
	}
	for n { // ERROR "non-boolean condition in for statement"
	}
	s := "s"
	_ = !s // ERROR "invalid operation: operator ! not defined on s \(variable of type string\)"
}
