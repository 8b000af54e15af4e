// Function values: variables, parameters, results, maps of functions, nil funcs.
package main

import "fmt"

type op func(int, int) int

func apply(f op, a, b int) int { return f(a, b) }

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func main() {
	ops := map[string]op{"+": add, "-": sub, "*": func(a, b int) int { return a * b }}
	for _, k := range []string{"+", "-", "*"} {
		fmt.Println(k, apply(ops[k], 7, 3))
	}
	var f func(int) int
	fmt.Println(f == nil)
	f = func(x int) int { return x + 1 }
	double := func(x int) int { return x * 2 }
	fmt.Println(compose(f, double)(5), compose(double, f)(5), f != nil)
	fns := []func() string{
		func() string { return "a" },
		func() string { return "b" },
	}
	for _, fn := range fns {
		fmt.Print(fn())
	}
	fmt.Println()
	fmt.Println(func(s string) int { return len(s) }("hello"))
	fmt.Printf("%T\n", apply)
}
