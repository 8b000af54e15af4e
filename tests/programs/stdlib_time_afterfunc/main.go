// time.AfterFunc: the function runs in its own goroutine after the delay; Stop before it fires
// prevents it; Reset after it fired runs it again; a debouncer built on Stop and Reset.
package main

import (
	"fmt"
	"sync"
	"time"
)

type Debouncer struct {
	mu    sync.Mutex
	timer *time.Timer
	calls int
	fired chan int
}

func (d *Debouncer) Trigger() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.calls++
	if d.timer != nil {
		d.timer.Stop()
	}
	n := d.calls
	d.timer = time.AfterFunc(20*time.Millisecond, func() { d.fired <- n })
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	t := time.AfterFunc(5*time.Millisecond, func() {
		fmt.Println("fired once")
		wg.Done()
	})
	wg.Wait()
	fmt.Printf("C is nil: %v\n", t.C == nil)
	wg.Add(1)
	fmt.Println("reset after firing:", t.Reset(time.Millisecond))
	wg.Wait()

	never := time.AfterFunc(time.Hour, func() { fmt.Println("must not run") })
	fmt.Println("stopped:", never.Stop(), never.Stop())

	d := &Debouncer{fired: make(chan int, 4)}
	for i := 0; i < 5; i++ {
		d.Trigger()
	}
	fmt.Println("debounced call:", <-d.fired)
	select {
	case n := <-d.fired:
		fmt.Println("unexpected", n)
	case <-time.After(60 * time.Millisecond):
		fmt.Println("only the last trigger fired")
	}
}
