// Generic types and functions used without instantiation, non-generic types instantiated.
package main

type Stack[T any] struct{ items []T }

type Point struct{ x int }

func Max[T ~int](a, b T) T { return a }

func main() {
	var s Stack // ERROR "cannot use generic type Stack\[T any\] without instantiation"
	_ = s
	f := Max // ERROR "cannot use generic function Max without instantiation"
	_ = f
	var p Point[int] // ERROR "Point is not a generic type"
	_ = p
	var t Stack[int, string] // ERROR "got 2 arguments but 1 type parameters"
	_ = t
}
