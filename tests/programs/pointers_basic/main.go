// &, *, new, pointer equality and nil.
package main

import "fmt"

func inc(p *int) {
	*p++
}

func main() {
	x := 1
	p := &x
	*p = 5
	inc(p)
	inc(&x)
	fmt.Println(x, *p, p == &x)
	q := new(int)
	fmt.Println(*q, q != nil)
	*q = 42
	r := q
	*r += 1
	fmt.Println(*q, *r, q == r, p == q)
	var np *int
	fmt.Println(np == nil)
	pp := &p
	**pp = 100
	fmt.Println(x)
	s := new(string)
	*s = "hi"
	fmt.Println(*s, len(*s))
	b := new([3]int)
	b[1] = 7
	fmt.Println(*b, len(b))
}
