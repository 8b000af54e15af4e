// 100,000 goroutines, all blocked at once on one channel, then released and joined.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 100000
	gate := make(chan struct{})
	results := make(chan int, 1024)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			<-gate
			results <- i % 7
			wg.Done()
		}(i)
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	close(gate)
	sum, count := 0, 0
	for r := range results {
		sum += r
		count++
	}
	fmt.Println(count, sum)
}
