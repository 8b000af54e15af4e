// A variable declared with := in an inner scope whose initializer uses the outer variable of the
// same name: the initializer sees the outer one (in C++ the new name is already in scope).
package main

import "fmt"

var g = 10

func two(x int) (int, bool) { return x + 1, true }

func main() {
	x := 1
	{
		x := x + 1
		fmt.Println(x)
		g := g * 2
		fmt.Println(g)
	}
	if x, ok := two(x); ok {
		fmt.Println(x)
	}
	var e any = x
	if e, ok := e.(int); ok {
		fmt.Println(e)
	}
	m := map[string]int{"a": 5}
	if m, ok := m["a"]; ok {
		fmt.Println(m)
	}
	f := func() int { return x * 100 }
	{
		x := f() + x
		f := func() int { return f() + 1 }
		fmt.Println(x, f())
	}
	fmt.Println(x, g)
}
