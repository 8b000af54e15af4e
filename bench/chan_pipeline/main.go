// chan_pipeline: a chain of stages, each a goroutine reading from one
// buffered channel and writing to the next: a generator, then squaring,
// filtering and summing stages, eight relays, and a consumer summing what
// arrives. Measures channel throughput with many goroutines runnable at once;
// prints the count and sum received.
package main

import "fmt"

const N = 10000 // bench:size small=10000 full=3000000

const relays = 8

func generate(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func square(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * v % 1000003
	}
	close(out)
}

func dropMultiplesOf(k int, in <-chan int, out chan<- int) {
	for v := range in {
		if v%k != 0 {
			out <- v
		}
	}
	close(out)
}

func relay(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v
	}
	close(out)
}

func main() {
	src := make(chan int, 64)
	go generate(N, src)
	sq := make(chan int, 64)
	go square(src, sq)
	var cur <-chan int = sq
	next := make(chan int, 64)
	go dropMultiplesOf(3, cur, next)
	cur = next
	for i := 0; i < relays; i++ {
		next := make(chan int, 64)
		go relay(cur, next)
		cur = next
	}
	count, sum := 0, 0
	for v := range cur {
		count++
		sum += v
	}
	fmt.Println("received", count, "sum", sum)
}
