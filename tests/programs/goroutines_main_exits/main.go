// The program ends when main returns, whatever the other goroutines are doing (blocked, or
// looping; a loop must yield, since go2cpp's goroutines are not preempted).
package main

import (
	"fmt"
	"runtime"
)

func main() {
	block := make(chan int)
	for i := 0; i < 10; i++ {
		go func() { <-block }()
	}
	go func() {
		for {
			runtime.Gosched()
		}
	}()
	started := make(chan bool)
	go func() {
		started <- true
		select {}
	}()
	<-started
	fmt.Println("main done")
}
