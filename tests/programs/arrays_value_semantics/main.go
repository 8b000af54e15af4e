// Arrays are values: assignment and passing copy, == compares elements.
package main

import "fmt"

func double(a [3]int) [3]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b, a == b, a != b)
	c := double(a)
	fmt.Println(a, c)
	b[0] = 1
	fmt.Println(a == b)
	var z [4]string
	fmt.Println(len(z), z, z[0] == "")
	p := &a
	p[1] = 20
	fmt.Println(a, len(p))
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	g2 := grid
	g2[1][2] = 60
	fmt.Println(grid, g2, grid == g2)
}
