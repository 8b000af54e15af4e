// `x := x()` where the right-hand side names a package-level function, constant or variable of
// the same name: in Go the new variable's scope starts after the statement (math/big's
// sqrtInverse has `three := three()`), while in C++ a name is in scope in its own initializer.
package main

import "fmt"

type Float struct{ v float64 }

func three() *Float { return &Float{3} }

const limit = 10

var count = 5

func scale(x float64) float64 { return x * 2 }

func main() {
	three := three()
	ng := func(t float64) float64 { return t * three.v } // three escapes into the closure
	fmt.Println(three.v, ng(2))

	limit := limit + 1
	count := count * 2
	fmt.Println(limit, count)

	scale, err := scale(4), error(nil)
	fmt.Println(scale, err)

	if count := count + 1; count > 0 {
		fmt.Println("inner", count)
	}
	fmt.Println(count)
}
