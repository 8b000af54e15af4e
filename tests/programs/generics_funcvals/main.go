// Instantiated generic functions as values, in closures, and generic higher-order functions.
package main

import "fmt"

type Number interface{ ~int | ~float64 }

func Add[T Number](a, b T) T { return a + b }
func Mul[T Number](a, b T) T { return a * b }

func Fold[T any](xs []T, init T, op func(T, T) T) T {
	acc := init
	for _, x := range xs {
		acc = op(acc, x)
	}
	return acc
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func Memo[K comparable, V any](f func(K) V) (func(K) V, func() int) {
	cache := map[K]V{}
	calls := 0
	return func(k K) V {
			if v, ok := cache[k]; ok {
				return v
			}
			calls++
			v := f(k)
			cache[k] = v
			return v
		}, func() int {
			return calls
		}
}

func Counter[T any]() func(T) int {
	n := 0
	return func(T) int {
		n++
		return n
	}
}

func main() {
	add := Add[int]
	ops := map[string]func(float64, float64) float64{"+": Add[float64], "*": Mul[float64]}
	fmt.Println(add(2, 3), ops["+"](1.5, 2), ops["*"](1.5, 2))
	fmt.Println(Fold([]int{1, 2, 3, 4}, 0, Add[int]), Fold([]int{1, 2, 3, 4}, 1, Mul[int]))
	fmt.Println(Fold([]string{"a", "b"}, ">", func(a, b string) string { return a + b }))
	lenThenDouble := Compose(func(s string) int { return len(s) }, func(n int) float64 { return float64(n) * 2 })
	fmt.Println(lenThenDouble("hello"))
	fib, calls := Memo(func(n int) int { return n * n })
	for _, n := range []int{3, 4, 3, 3, 5} {
		fmt.Print(fib(n), " ")
	}
	fmt.Println(calls())
	c := Counter[string]()
	c("a")
	c("b")
	fmt.Println(c("c"), Counter[bool]()(true))
	fmt.Printf("%T\n", add)
}
