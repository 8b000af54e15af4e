// sync/atomic counters shared by goroutines: AddInt64, the typed Int64/Uint32/Bool, a
// CompareAndSwap loop computing a maximum, Swap, and a spin flag.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	hits   atomic.Int64
	errors atomic.Uint32
	closed atomic.Bool
}

func main() {
	var ops int64
	var max int32
	var st Stats
	var wg sync.WaitGroup
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				atomic.AddInt64(&ops, 2)
				st.hits.Add(1)
				if i%25 == 0 {
					st.errors.Add(1)
				}
				v := int32(g*100 + i)
				for {
					cur := atomic.LoadInt32(&max)
					if v <= cur || atomic.CompareAndSwapInt32(&max, cur, v) {
						break
					}
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&ops), st.hits.Load(), st.errors.Load(), atomic.LoadInt32(&max))
	fmt.Println(st.closed.Load(), st.closed.Swap(true), st.closed.Load(), st.closed.CompareAndSwap(false, true))
	old := atomic.SwapInt64(&ops, -1)
	fmt.Println(old, ops)
	var u atomic.Uint64
	u.Store(1<<63 + 5)
	fmt.Println(u.Load(), u.Add(^uint64(0)), u.CompareAndSwap(1<<63+4, 9), u.Load())
	var x uint32 = 10
	fmt.Println(atomic.AddUint32(&x, ^uint32(3)), x)
	var i32 atomic.Int32
	fmt.Println(i32.Add(-5), i32.Swap(7), i32.Load())
}
