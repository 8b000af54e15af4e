// Closures capture variables by reference; each call of the outer function makes a new variable.
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adder(start int) (func(int), func() int) {
	total := start
	return func(d int) { total += d }, func() int { return total }
}

func main() {
	c1, c2 := counter(), counter()
	fmt.Println(c1(), c1(), c1(), c2())
	add, get := adder(10)
	add(5)
	add(-2)
	fmt.Println(get())
	x := 1
	f := func() { x *= 2 }
	f()
	f()
	fmt.Println(x)
	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			r := a
			a, b = b, a+b
			return r
		}
	}()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()
	var rec func(int) int
	rec = func(n int) int {
		if n == 0 {
			return 0
		}
		return n + rec(n-1)
	}
	fmt.Println(rec(100))
}
