// RWMutex: readers share the lock, a writer excludes them.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	data := 0
	readers, maxReaders := 0, 0
	var mu sync.Mutex
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			mu.Lock()
			readers++
			if readers > maxReaders {
				maxReaders = readers
			}
			mu.Unlock()
			runtime.Gosched()
			mu.Lock()
			readers--
			mu.Unlock()
			rw.RUnlock()
		}()
	}
	wg.Wait()
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.Lock()
			v := data
			runtime.Gosched()
			data = v + 1
			rw.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(maxReaders > 1, data)
	fmt.Println(rw.TryRLock(), rw.TryLock())
	rw.RUnlock()
	fmt.Println(rw.TryLock())
}
