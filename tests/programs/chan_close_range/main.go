// range over a channel stops when it is closed and drained; close wakes every receiver.
package main

import (
	"fmt"
	"sync"
)

func producer(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			ch <- i
		}
	}()
	return ch
}

func main() {
	total := 0
	for v := range producer(10) {
		total += v
	}
	fmt.Println(total)
	for range producer(3) {
		fmt.Print(".")
	}
	fmt.Println()
	stop := make(chan struct{})
	var wg sync.WaitGroup
	woken := make(chan int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			<-stop
			woken <- id
		}(i)
	}
	close(stop)
	wg.Wait()
	fmt.Println(len(woken))
}
