// Inlining decisions and how they change escape decisions.
package main

import "fmt"

type Point struct{ x, y int }

func NewPoint(x, y int) *Point { // ERROR "can inline NewPoint"
	return &Point{x, y} // ERROR "&Point{...} escapes to heap"
}

func (p *Point) Sum() int { return p.x + p.y } // ERROR "can inline (*Point).Sum" "p does not escape"

func (p Point) Scaled(k int) Point { return Point{p.x * k, p.y * k} } // ERROR "can inline Point.Scaled"

func add(a, b int) int { return a + b } // ERROR "can inline add"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func withDefer() int {
	defer func() {}() // ERROR "can inline withDefer.func1" "func literal does not escape"
	return 1
}

func withGo(ch chan int) { // ERROR "leaking param: ch"
	go func() { ch <- 1 }() // ERROR "can inline withGo.func1" "func literal escapes to heap"
}

func withRecover() (r interface{}) {
	return recover()
}

func big(n int) int { // ERROR "can inline big"
	t := 0
	for i := 0; i < n; i++ {
		if i%2 == 0 {
			t += i * 3
		} else if i%3 == 0 {
			t -= i
		} else {
			t += add(i, t) * 2 // ERROR "inlining call to add"
		}
		switch i {
		case 1:
			t++
		case 2:
			t--
		case 3:
			t += 7
		}
	}
	return t
}

func callsNonInlinable(n int) int { // ERROR "can inline callsNonInlinable"
	return big(n) + 1 // ERROR "inlining call to big" "inlining call to add"
}

func twoLevels(a int) int { // ERROR "can inline twoLevels"
	return add(add(a, 1), 2) // ERROR "inlining call to add" "inlining call to add"
}

func ptrSum() int { // ERROR "can inline ptrSum"
	p := NewPoint(1, 2) // ERROR "inlining call to NewPoint" "&Point{...} does not escape"
	return p.Sum() // ERROR "inlining call to (*Point).Sum"
}

func keepPoint() *Point { // ERROR "can inline keepPoint"
	return NewPoint(3, 4) // ERROR "inlining call to NewPoint" "&Point{...} escapes to heap"
}

func main() {
	fmt.Println(ptrSum(), add(1, 2), fib(10)) // ERROR "inlining call to ptrSum" "inlining call to NewPoint" "inlining call to (*Point).Sum" "inlining call to add" "inlining call to fmt.Println" "... argument does not escape" "~R0 escapes to heap" "&Point{...} does not escape" "~R0 escapes to heap" "fib(10) escapes to heap"
	_ = keepPoint() // ERROR "inlining call to keepPoint" "inlining call to NewPoint" "&Point{...} does not escape"
	_ = withDefer()
	ch := make(chan int, 1)
	withGo(ch)
	<-ch
	_ = withRecover()
	_ = big(10) // ERROR "inlining call to big" "inlining call to add"
	_ = callsNonInlinable(3) // ERROR "inlining call to callsNonInlinable" "inlining call to big" "inlining call to add"
	_ = twoLevels(1) // ERROR "inlining call to twoLevels" "inlining call to add" "inlining call to add"
	q := Point{1, 2}.Scaled(2) // ERROR "inlining call to Point.Scaled"
	_ = q
}
