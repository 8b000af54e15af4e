// Package-level and local var, const and := with int, float64, string and bool.
package main

import "fmt"

var counter int
var greeting = "hi"
var ratio float64 = 0.25
var ready bool

const limit = 10
const name string = "go2cpp"

var (
	a, b = 3, 4
	c    int
)

func main() {
	fmt.Println(counter, greeting, ratio, ready, limit, name)
	fmt.Println(a, b, c)
	var x int
	var y = 7
	var s string
	z := 2.5
	ok := true
	const local = limit * 2
	fmt.Println(x, y, s == "", z, ok, local)
	counter = counter + 5
	greeting += "!"
	ready = !ready
	fmt.Println(counter, greeting, ready)
	x, y = y, x
	fmt.Println(x, y)
	p, q := 1, "one"
	p, r := 2, false
	fmt.Println(p, q, r)
}
