// Pointers that outlive their frame: returning &local, pointers into slices and arrays.
package main

import "fmt"

func newInt(v int) *int {
	x := v
	return &x
}

type T struct{ a [3]int }

func main() {
	p1, p2 := newInt(1), newInt(2)
	*p1 += 10
	fmt.Println(*p1, *p2, p1 != p2)
	s := []int{1, 2, 3}
	e := &s[1]
	*e = 20
	fmt.Println(s)
	s = append(s, 4, 5, 6, 7)
	*e = 30
	fmt.Println(s[1], *e)
	t := T{}
	pa := &t.a
	pa[2] = 9
	pe := &t.a[0]
	*pe = 1
	fmt.Println(t)
	ptrs := make([]*int, 3)
	for i := range ptrs {
		v := i * i
		ptrs[i] = &v
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
}
