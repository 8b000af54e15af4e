// select with send and receive cases where exactly one can proceed each time; the assignment
// forms of a receive case (=, :=, with and without ok, into an index expression).
package main

import "fmt"

func step(in, out chan int) {
	var got int
	var ok bool
	select {
	case got, ok = <-in:
		fmt.Println("received", got, ok)
	case out <- 10:
		fmt.Println("sent", 10)
	}
}

func main() {
	in := make(chan int, 1)
	out := make(chan int, 1)
	out <- 0 // full: the send case cannot proceed
	in <- 7
	step(in, out)
	<-out // empty now, and nothing to receive: only the send can proceed
	step(in, out)
	fmt.Println(<-out)
	close(in)
	out <- 1
	step(in, out)
	select {
	case v, more := <-in:
		fmt.Println("closed gives", v, more)
	}
	results := make([]int, 2)
	c := make(chan int, 1)
	c <- 5
	idx := 1
	select {
	case results[idx] = <-c:
	}
	fmt.Println(results)
}
