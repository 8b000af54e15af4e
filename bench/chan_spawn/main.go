// chan_spawn: starts N short-lived goroutines in batches of a thousand, each
// computing a small value and sending it on a shared buffered channel, and
// sums the results. Measures goroutine creation and teardown; prints the sum.
package main

import "fmt"

const N = 10000 // bench:size small=10000 full=1000000

const batch = 1000

func work(i int, out chan<- int) {
	x := i
	for k := 0; k < 10; k++ {
		x = (x*31 + k) % 65521
	}
	out <- x
}

func main() {
	results := make(chan int, batch)
	sum := 0
	for start := 0; start < N; start += batch {
		n := batch
		if N-start < n {
			n = N - start
		}
		for i := 0; i < n; i++ {
			go work(start+i, results)
		}
		for i := 0; i < n; i++ {
			sum += <-results
		}
	}
	fmt.Println("goroutines", N, "sum", sum)
}
