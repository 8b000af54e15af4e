// Slices share their backing array until append outgrows it.
package main

import "fmt"

func main() {
	base := []int{1, 2, 3, 4, 5}
	a := base[1:3]
	a[0] = 20
	fmt.Println(base, a, len(a), cap(a))
	a = append(a, 40)
	fmt.Println(base, a)
	a = append(a, 50, 60)
	a[0] = 99
	fmt.Println(base, a)

	s := make([]int, 3, 10)
	x := append(s, 1)
	y := append(s, 2)
	fmt.Println(x, y, x[3] == y[3])

	orig := []string{"a", "b", "c"}
	alias := orig
	alias[0] = "z"
	fmt.Println(orig, alias)

	modify := func(t []int) { t[0] = -1 }
	grow := func(t []int) { t = append(t, 100); t[0] = -2 }
	v := []int{1, 2, 3}
	modify(v)
	fmt.Println(v)
	grow(v)
	fmt.Println(v)
}
