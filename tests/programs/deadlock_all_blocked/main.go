// Main and other goroutines all blocked on channels: still a deadlock, reported for goroutine 1.
package main

import "fmt"

func main() {
	a, b := make(chan int), make(chan int)
	go func() {
		a <- 1
		b <- 2
	}()
	fmt.Println(<-a)
	a <- 3
}
