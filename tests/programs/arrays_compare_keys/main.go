// Arrays as comparable values: == on nested arrays, arrays as map keys.
package main

import "fmt"

func main() {
	type pair [2]string
	seen := map[pair]int{}
	seen[pair{"a", "b"}]++
	seen[pair{"a", "b"}]++
	seen[pair{"b", "a"}]++
	fmt.Println(len(seen), seen[pair{"a", "b"}], seen)
	x := [2][2]int{{1, 2}, {3, 4}}
	y := [2][2]int{{1, 2}, {3, 4}}
	fmt.Println(x == y)
	y[1][0] = 0
	fmt.Println(x == y, x != y)
	f := [2]float64{0, 1}
	g := [2]float64{-0.0, 1}
	fmt.Println(f == g)
}
