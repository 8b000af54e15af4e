// The runtime package as programs use it: NumGoroutine while goroutines are parked,
// GOMAXPROCS queried and set, Gosched yielding, NumCPU, GC, and runtime.Error from a panic.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("goroutines at start:", runtime.NumGoroutine())
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
		}()
	}
	runtime.Gosched()
	fmt.Println("goroutines parked:", runtime.NumGoroutine())
	close(start)
	wg.Wait()
	runtime.GC()
	fmt.Println("cpus > 0:", runtime.NumCPU() > 0)
	prev := runtime.GOMAXPROCS(3)
	fmt.Println("prev > 0:", prev > 0, "now:", runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(prev)
	fmt.Println(runtime.GOOS != "", runtime.GOARCH != "")

	done := make(chan bool)
	order := []string{}
	var mu sync.Mutex
	go func() {
		for i := 0; i < 3; i++ {
			mu.Lock()
			order = append(order, "worker")
			mu.Unlock()
			runtime.Gosched()
		}
		done <- true
	}()
	<-done
	fmt.Println(order)

	defer func() {
		r := recover()
		re, ok := r.(runtime.Error)
		fmt.Println(ok, re)
		var err error = re
		fmt.Println(err.Error())
	}()
	var arr []int
	idx := 5
	_ = arr[idx]
}
