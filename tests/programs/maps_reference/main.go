// Maps are references: assignment and passing share the same map.
package main

import "fmt"

func add(m map[string]int, k string) {
	m[k] = len(m)
}

func main() {
	a := map[string]int{}
	b := a
	add(a, "x")
	add(b, "y")
	fmt.Println(a, b, len(a))
	c := map[int]int{1: 1}
	clear := func(m map[int]int) {
		for k := range m {
			delete(m, k)
		}
	}
	clear(c)
	fmt.Println(c, len(c))
	var d map[string]int
	d = a
	d["z"] = 9
	fmt.Println(a)
}
