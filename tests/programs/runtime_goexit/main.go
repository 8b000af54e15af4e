// runtime.Goexit: the goroutine's deferred calls run (recover sees no panic), then it ends;
// the rest of the program goes on.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func worker(wg *sync.WaitGroup, results chan<- string) {
	defer wg.Done()
	defer func() { results <- fmt.Sprint("recover during Goexit: ", recover()) }()
	defer fmt.Println("deferred in the worker runs")
	func() {
		defer fmt.Println("deferred in a nested call runs first")
		runtime.Goexit()
	}()
	fmt.Println("not reached")
}

func main() {
	var wg sync.WaitGroup
	results := make(chan string, 1)
	wg.Add(1)
	go worker(&wg, results)
	wg.Wait()
	fmt.Println(<-results)

	// A panic in a deferred call during Goexit is an ordinary panic, and can be recovered.
	done := make(chan string)
	go func() {
		defer func() { done <- fmt.Sprint("recovered: ", recover()) }()
		defer func() { panic("boom during Goexit") }()
		runtime.Goexit()
	}()
	fmt.Println(<-done)
	fmt.Println("main done")
}
