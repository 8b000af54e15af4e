// Declarations gc 1.19 rejects in generic code.
package main

import "fmt"

func F[T any](x T) {
	type local struct{ v T } // ERROR "type declarations inside generic functions are not currently supported"
	fmt.Println(local{x})
}

type E[T any] struct{ T } // ERROR "embedded field type cannot be a \(pointer to a\) type parameter"

func main() { F(1) }
