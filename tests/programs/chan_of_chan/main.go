// Channels of channels: a server answers each request on the channel the request carries.
package main

import "fmt"

type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.n * 10
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for i := 1; i <= 3; i++ {
		r := request{i, make(chan int)}
		reqs <- r
		fmt.Println(<-r.reply)
	}
	close(reqs)
	results := make(chan chan string, 2)
	a, b := make(chan string, 1), make(chan string, 1)
	results <- a
	results <- b
	b <- "second"
	a <- "first"
	fmt.Println(<-<-results, <-<-results)
}
