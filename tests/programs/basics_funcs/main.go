// Functions with parameters and multiple results.
package main

import "fmt"

func add(a, b int) int {
	return a + b
}

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func swap(a, b string) (string, string) {
	return b, a
}

func stats(x, y float64) (float64, float64, bool) {
	return x + y, (x + y) / 2, x > y
}

func greet(name string) {
	fmt.Println("hello", name)
}

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func main() {
	fmt.Println(add(2, 3))
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	a, b := swap("x", "y")
	fmt.Println(a, b)
	fmt.Println(stats(1.5, 2.5))
	greet("gopher")
	fmt.Println(fact(10), fact(20))
	_, r2 := divmod(100, 7)
	fmt.Println(r2)
	fmt.Println(add(divmod(9, 2)))
}
