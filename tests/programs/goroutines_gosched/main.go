// runtime.Gosched lets other goroutines run; NumGoroutine counts the live ones.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	done := make(chan bool)
	count := 0
	go func() {
		for i := 0; i < 5; i++ {
			count++
			runtime.Gosched()
		}
		done <- true
	}()
	<-done
	fmt.Println(count)
	block := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() { <-block }()
	}
	runtime.Gosched()
	fmt.Println(runtime.NumGoroutine())
	close(block)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println(runtime.NumGoroutine(), runtime.NumCPU() > 0, runtime.GOMAXPROCS(0) > 0)
	runtime.GC()
}
