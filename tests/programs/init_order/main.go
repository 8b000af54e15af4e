// Package-level variables are initialized in dependency order, then init functions run in order.
package main

import "fmt"

var (
	a = c + b
	b = f("b", 1)
	c = f("c", 2)
	d = 3
)

var total = sum()

func f(name string, v int) int {
	fmt.Println("init var", name)
	return v
}

func sum() int {
	fmt.Println("sum sees", a, b, c, d)
	return a + b + c + d
}

var x, y = pair()

func pair() (int, int) {
	fmt.Println("pair")
	return 10, 20
}

func init() {
	fmt.Println("init 1, total =", total)
	d = 100
}

func init() {
	fmt.Println("init 2, d =", d)
}

func main() {
	fmt.Println("main", a, b, c, d, total, x, y)
}
