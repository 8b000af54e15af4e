// A goroutine recovers its own panic; main's defer state is separate.
package main

import "fmt"

func safeDiv(a, b int, out chan<- string) {
	defer func() {
		if r := recover(); r != nil {
			out <- fmt.Sprint("recovered: ", r)
		}
	}()
	out <- fmt.Sprint(a / b)
}

func main() {
	out := make(chan string)
	go safeDiv(10, 2, out)
	fmt.Println(<-out)
	go safeDiv(1, 0, out)
	fmt.Println(<-out)
	go func() {
		defer func() { out <- fmt.Sprint("got ", recover()) }()
		panic(fmt.Sprint("custom ", 42))
	}()
	fmt.Println(<-out)
	fmt.Println(recover())
}
