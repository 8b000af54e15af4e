// Structs are values: copies on assignment, in function calls, in slices and maps.
package main

import "fmt"

type Vec struct{ X, Y float64 }

func scale(v Vec, k float64) Vec {
	v.X *= k
	v.Y *= k
	return v
}

func main() {
	v := Vec{1, 2}
	w := scale(v, 3)
	fmt.Println(v, w)
	vs := []Vec{v, w}
	vs[0].X = 100
	fmt.Println(v, vs)
	m := map[string]Vec{"a": v}
	c := m["a"]
	c.Y = -1
	fmt.Println(m["a"], c)
	arr := [2]Vec{}
	arr[1] = v
	fmt.Println(arr, arr[1] == v, arr[0] == Vec{})
	type Pair struct {
		A [2]int
		S string
	}
	p1 := Pair{[2]int{1, 2}, "x"}
	p2 := p1
	fmt.Println(p1 == p2)
	p2.A[0] = 9
	fmt.Println(p1 == p2, p1, p2)
}
