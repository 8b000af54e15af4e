// A select with time.After: a slow result loses to the timeout, a fast one wins.
package main

import (
	"fmt"
	"time"
)

func slow(d time.Duration) <-chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(d)
		ch <- fmt.Sprint("finished after ", d)
	}()
	return ch
}

func main() {
	select {
	case r := <-slow(200 * time.Millisecond):
		fmt.Println(r)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timed out")
	}
	select {
	case r := <-slow(time.Millisecond):
		fmt.Println(r)
	case <-time.After(2 * time.Second):
		fmt.Println("timed out")
	}
}
