// `new` and `make` are predeclared names, not keywords: a program may declare its own and call
// them with arguments that are not types (tree-sitter-go parses `new(` and `make(` as builtin
// calls that take a type first).
package main

import "fmt"

func new(x int) int { return x + 1 }

func make(a, b int) int { return a * b }

type box struct{ v int }

func useBuiltins() {
	// In a scope where the builtins are shadowed by locals, not by these package functions:
	// still plain calls of the local functions.
	p := func() *box {
		new := func(v int) *box { return &box{v} }
		return new(7)
	}()
	fmt.Println(p.v)
}

func main() {
	fmt.Println(new(5))
	fmt.Println(new(new(40)))
	y := make(2+1, 4)
	fmt.Println(y, make(new(1), 3))
	s := []int{new(0), make(3, 3)}
	fmt.Println(s, len(s))
	useBuiltins()
}
