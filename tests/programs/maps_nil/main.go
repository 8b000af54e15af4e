// A nil map can be read, ranged over, deleted from and measured (writes panic: see panic_nil_map).
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["x"], m)
	v, ok := m["x"]
	fmt.Println(v, ok)
	delete(m, "x")
	for k, v := range m {
		fmt.Println("never", k, v)
	}
	m2 := map[string]int{}
	fmt.Println(m2 == nil, len(m2))
}
