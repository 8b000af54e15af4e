// Arguments of a go statement are evaluated at the go statement, not when the goroutine runs.
package main

import "fmt"

func report(tag string, v int, done chan<- string) {
	done <- fmt.Sprintf("%s=%d", tag, v)
}

func next(counter *int) int {
	*counter++
	return *counter
}

func main() {
	done := make(chan string)
	x := 1
	go report("x", x, done)
	x = 2
	fmt.Println(<-done, "now", x)
	c := 0
	f := func(v int) { done <- fmt.Sprint("f got ", v) }
	go f(next(&c))
	fmt.Println(<-done, "counter", c)
	g := report
	go g("g", 3, done)
	g = nil
	fmt.Println(<-done, g == nil)
	for i := 0; i < 3; i++ {
		go func(n int) { done <- fmt.Sprint("loop ", n) }(i)
		fmt.Println(<-done)
	}
}
