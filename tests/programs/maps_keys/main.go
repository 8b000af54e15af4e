// Struct, array, float, bool and interface keys.
package main

import "fmt"

type point struct{ x, y int }

func main() {
	pts := map[point]string{{1, 2}: "a", {0, 0}: "origin"}
	pts[point{1, 2}] = "b"
	fmt.Println(pts, len(pts), pts[point{0, 0}])
	arr := map[[2]int]bool{{1, 2}: true}
	fmt.Println(arr[[2]int{1, 2}], arr[[2]int{2, 1}])
	fl := map[float64]int{}
	fl[0.5] = 1
	fl[1.0] = 2
	fl[-0.0] = 3
	fl[0.0] = 4
	fmt.Println(fl, len(fl))
	zero := 0.0
	nan := zero / zero
	fl[nan] = 5
	fl[nan] = 6
	_, found := fl[nan]
	fmt.Println(len(fl), found)
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(bm)
	im := map[interface{}]string{1: "int", "1": "string", 1.5: "float", true: "bool"}
	fmt.Println(im[1], im["1"], im[1.5], im[true], im[int64(1)] == "", len(im))
}
