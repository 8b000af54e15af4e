// Map literals, make, index, assignment, len, delete, comma-ok; printed sorted by fmt.
package main

import "fmt"

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	fmt.Println(m, len(m))
	m["four"] = 4
	m["one"] = 100
	delete(m, "two")
	delete(m, "missing")
	fmt.Println(m, len(m))
	v, ok := m["three"]
	fmt.Println(v, ok)
	v, ok = m["two"]
	fmt.Println(v, ok)
	fmt.Println(m["nothing"])
	if _, found := m["four"]; found {
		fmt.Println("four found")
	}
	n := make(map[int]string, 10)
	n[3] = "c"
	n[1] = "a"
	n[2] = "b"
	fmt.Println(n)
	m["one"]++
	m["new"] += 5
	fmt.Println(m["one"], m["new"])
	fmt.Printf("%v %v\n", n, m)
}
