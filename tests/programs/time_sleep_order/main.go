// Goroutines sleeping for different times wake in order; time.Since measures at least the sleep.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	out := make(chan int)
	for _, ms := range []int{30, 10, 20} {
		go func(ms int) {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			out <- ms
		}(ms)
	}
	for i := 0; i < 3; i++ {
		fmt.Println(<-out)
	}
	elapsed := time.Since(start)
	fmt.Println(elapsed >= 30*time.Millisecond, elapsed < 2*time.Second)
	time.Sleep(0)
	time.Sleep(-5)
	t1 := time.Now()
	t2 := t1.Add(time.Second)
	fmt.Println(t2.Sub(t1), t2.After(t1), t1.Before(t2), t1.Equal(t1))
}
