// Generic bodies are checked once against their constraints: operators and methods the type set
// does not provide are errors there, whatever the instantiations.
package main

func Sum[T any](xs []T) T {
	var s T
	for _, x := range xs {
		s += x // ERROR "invalid operation: operator \+ not defined on s \(variable of type T constrained by any\)"
	}
	return s
}

func Eq[T any](a, b T) bool { return a == b } // ERROR "invalid operation: a == b \(incomparable types in type set\)"

func Less[T comparable](a, b T) bool { return a < b } // ERROR "invalid operation: a < b \(type parameter T is not comparable with <\)"

func Call[T any](x T) string { return x.String() } // ERROR "x.String undefined \(type T has no field or method String\)"

func Field[T any](x T) int { return x.n } // ERROR "x.n undefined \(type T has no field or method n\)"

func main() {}
