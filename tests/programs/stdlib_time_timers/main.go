// Timers whose output does not depend on timing: Stop before firing, Reset, a select between a
// result and a timeout that cannot be reached, a Ticker stopped after a count, and durations
// measured with Since compared against a generous bound.
package main

import (
	"fmt"
	"time"
)

func work(d time.Duration) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(d)
		c <- fmt.Sprint("done after ", d)
	}()
	return c
}

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t.Stop(), "again:", t.Stop())

	t2 := time.NewTimer(time.Hour)
	t2.Reset(5 * time.Millisecond)
	<-t2.C
	fmt.Println("reset timer fired")
	fmt.Println("reset after fire:", t2.Reset(time.Millisecond))
	<-t2.C

	select {
	case r := <-work(2 * time.Millisecond):
		fmt.Println(r)
	case <-time.After(10 * time.Second):
		fmt.Println("timeout")
	}
	select {
	case r := <-work(10 * time.Second):
		fmt.Println(r)
	case <-time.After(3 * time.Millisecond):
		fmt.Println("timed out waiting")
	}

	tk := time.NewTicker(2 * time.Millisecond)
	n := 0
	start := time.Now()
	for range tk.C {
		n++
		if n == 5 {
			tk.Stop()
			break
		}
	}
	el := time.Since(start)
	fmt.Println("ticks:", n, el >= 8*time.Millisecond, el < 5*time.Second)
	deadline := time.Now().Add(50 * time.Millisecond)
	fmt.Println(time.Until(deadline) > 0, time.Until(deadline) <= 50*time.Millisecond)
	var zero time.Time
	fmt.Println(time.Since(zero) > 0, zero.Before(time.Now()))
}
