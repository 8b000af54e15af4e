// Type inference failures, as Go 1.19 infers (untyped arguments take their default type in
// order, so Max(1, 2.5) fails in 1.19 although Go 1.21 accepts it).
package main

func Max[T ~int | ~float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Zero[T any]() T {
	var z T
	return z
}

func Same[T any](a, b T) {}

func main() {
	_ = Max(1, 2.5)             // ERROR "default type float64 of 2.5 does not match inferred type int for T"
	_ = Zero()                  // ERROR "cannot infer T"
	Same(1, "x")                // ERROR "default type string of .x. does not match inferred type int for T"
	Same([]int{}, []string{})   // ERROR "type \[\]string of \[\]string{} does not match inferred type \[\]int for T"
	_ = Max[int, int](1, 2)     // ERROR "got 2 type arguments but want 1"
}
