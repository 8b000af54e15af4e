// Golden input: functions, multiple and named results, variadics, closures, function values.
package main

import "fmt"

func noResult() {}

func oneResult(x int) int { return x + 1 }

func twoResults(x int) (int, bool) { return x * 2, x > 0 }

func namedResults(a, b int) (sum, diff int) {
	sum = a + b
	diff = a - b
	return
}

func variadic(prefix string, nums ...int) string {
	return fmt.Sprint(prefix, len(nums), nums)
}

func spreadCall() string {
	s := []int{1, 2, 3}
	return variadic("spread", s...)
}

func recursive(n int) int {
	if n <= 1 {
		return 1
	}
	return n * recursive(n-1)
}

func makeCounter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func funcParam(f func(int) int, x int) int { return f(f(x)) }

func funcLiteralCall() int {
	return func(a, b int) int { return a * b }(6, 7)
}

func multiToCall() int {
	add := func(a, b int) int { return a + b }
	return add(divmod(17, 5))
}

func divmod(a, b int) (int, int) { return a / b, a % b }

func nilFunc() bool {
	var f func()
	return f == nil
}

type adder struct{ base int }

func (a adder) add(x int) int { return a.base + x }

func (a *adder) bump() { a.base++ }

func methodValue() int {
	a := adder{10}
	a.bump()
	f := a.add
	return f(5)
}

func main() {
	noResult()
	fmt.Println(oneResult(1))
	fmt.Println(twoResults(3))
	fmt.Println(namedResults(5, 3))
	fmt.Println(variadic("none"), variadic("some", 1, 2), spreadCall())
	fmt.Println(recursive(10))
	c := makeCounter()
	c()
	fmt.Println(c(), funcParam(oneResult, 1), funcLiteralCall(), multiToCall())
	fmt.Println(nilFunc(), methodValue())
}
