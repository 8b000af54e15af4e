// chan_pingpong: two goroutines pass an integer back and forth over a pair of
// unbuffered channels N times, each adding one. Measures the cost of a
// rendezvous and the context switch behind it; prints the final value.
package main

import "fmt"

const N = 10000 // bench:size small=10000 full=2000000

func player(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v + 1
	}
	close(out)
}

func main() {
	ping := make(chan int)
	pong := make(chan int)
	go player(ping, pong)
	v := 0
	for i := 0; i < N; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	<-pong
	fmt.Println("final", v)
}
