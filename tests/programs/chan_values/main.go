// Values of every kind travel through channels by copy: structs, arrays, slices, maps, strings,
// pointers and funcs.
package main

import "fmt"

type pair struct {
	k string
	v []int
}

func main() {
	ps := make(chan pair, 1)
	p := pair{"a", []int{1, 2}}
	ps <- p
	p.k = "changed"
	q := <-ps
	q.v[0] = 99
	fmt.Println(q.k, p.v[0])
	arr := make(chan [3]int, 1)
	a := [3]int{1, 2, 3}
	arr <- a
	a[0] = 100
	fmt.Println(<-arr)
	ms := make(chan map[string]int, 1)
	ms <- map[string]int{"x": 1}
	fmt.Println(<-ms)
	fs := make(chan func(int) int, 1)
	fs <- func(x int) int { return x * 3 }
	fmt.Println((<-fs)(5))
	ptrs := make(chan *pair, 1)
	ptrs <- &p
	(<-ptrs).k = "via pointer"
	fmt.Println(p.k)
}
