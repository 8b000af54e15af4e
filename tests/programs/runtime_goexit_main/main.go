// runtime.Goexit in main: the other goroutines go on; when none is left, Go reports a deadlock.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("the other goroutine finishes after main's Goexit")
	}()
	defer fmt.Println("main's deferred call runs")
	runtime.Goexit()
}
