// Timers fire once and can be stopped or reset; tickers fire repeatedly until stopped.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(5 * time.Millisecond)
	<-t.C
	fmt.Println("timer fired")
	t2 := time.NewTimer(time.Hour)
	fmt.Println(t2.Stop(), t2.Stop())
	t2.Reset(time.Millisecond)
	<-t2.C
	fmt.Println("reset timer fired")
	ticker := time.NewTicker(2 * time.Millisecond)
	n := 0
	for range ticker.C {
		n++
		if n == 5 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
	tick := time.Tick(time.Millisecond)
	<-tick
	<-tick
	fmt.Println("tick channel works", time.Tick(0) == nil)
	select {
	case <-time.After(time.Millisecond):
		fmt.Println("after")
	}
}
