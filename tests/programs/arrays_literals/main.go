// Array literals: [...]T, indexed elements, nested, and arrays of structs.
package main

import "fmt"

type point struct{ x, y int }

func main() {
	a := [...]int{5, 6, 7}
	b := [5]int{1: 10, 3: 30}
	c := [...]string{2: "c", 0: "a"}
	fmt.Println(a, len(a), b, c, len(c))
	pts := [2]point{{1, 2}, {x: 3}}
	fmt.Println(pts)
	fmt.Printf("%v %+v\n", pts, pts)
	var m [2][2]float64
	m[0][1] = 1.5
	fmt.Println(m)
	bools := [3]bool{true}
	fmt.Println(bools)
	fmt.Printf("%T %T\n", a, m)
}
