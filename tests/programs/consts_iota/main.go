// iota in every pattern: skips, expressions, repeated lists, several per line, typed.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	a = iota * 10
	b
	_
	d
	e = "str"
	f
	g = iota + 100
	h
)

const (
	x, y = iota, iota * 2
	z, w
	p, q
)

const single = iota

const (
	flagA uint8 = 1 << iota
	flagB
	flagC
	mask = flagA | flagC
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday)
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, d, e, f, g, h)
	fmt.Println(x, y, z, w, p, q)
	fmt.Println(single)
	fmt.Println(flagA, flagB, flagC, mask)
	fmt.Printf("%T %T\n", Monday, flagB)
}
