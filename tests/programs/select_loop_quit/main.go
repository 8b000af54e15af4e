// A worker loops on select until told to quit; every message is handled before the quit.
package main

import "fmt"

func worker(jobs <-chan int, quit <-chan bool, done chan<- int) {
	total := 0
	for {
		select {
		case j := <-jobs:
			total += j
		case <-quit:
			done <- total
			return
		}
	}
}

func main() {
	jobs := make(chan int)
	quit := make(chan bool)
	done := make(chan int)
	go worker(jobs, quit, done)
	for i := 1; i <= 100; i++ {
		jobs <- i
	}
	quit <- true
	fmt.Println(<-done)
}
