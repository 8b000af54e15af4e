// Locals named new and make shadow the builtins in their scope only; elsewhere new(T) and
// make([]T, n) are still the builtins.
package main

import "fmt"

func builtins() {
	p := new(int)
	*p = 3
	s := make([]int, 2, 5)
	m := make(map[string]int)
	m["a"] = 1
	fmt.Println(*p, len(s), cap(s), len(m))
}

func shadowed() {
	make := func(xs ...string) string {
		out := ""
		for _, x := range xs {
			out += x
		}
		return out
	}
	new := 10
	fmt.Println(make("a", "b", "c"), new+1)
	fmt.Println(make())
}

func main() {
	builtins()
	shadowed()
	var new = func(s string) string { return "<" + s + ">" }
	fmt.Println(new("x"))
}
