// A first program for go2cpp: translate it to C++, build it, run it.
package main

import "fmt"

const greeting = "Hello from Go, by way of C++"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	fmt.Println(greeting)
	for i := 0; i < 10; i++ {
		fmt.Printf("fib(%d) = %d\n", i, fib(i))
	}
}
