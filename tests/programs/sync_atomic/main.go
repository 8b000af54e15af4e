// sync/atomic functions and the Go 1.19 atomic types.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&n, 2)
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n))
	var u uint32 = 5
	fmt.Println(atomic.CompareAndSwapUint32(&u, 5, 9), atomic.CompareAndSwapUint32(&u, 5, 1), u)
	fmt.Println(atomic.SwapUint32(&u, 3), u)
	atomic.StoreInt64(&n, -1)
	fmt.Println(n)
	var c atomic.Int64
	c.Add(10)
	c.Add(-3)
	fmt.Println(c.Load(), c.Swap(1), c.CompareAndSwap(1, 2), c.Load())
	var flag atomic.Bool
	fmt.Println(flag.Load(), flag.Swap(true), flag.Load())
	var i32 atomic.Int32
	i32.Store(7)
	fmt.Println(i32.Load())
}
