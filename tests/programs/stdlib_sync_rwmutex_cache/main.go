// A read-mostly cache behind a sync.RWMutex: many readers, a few writers, double-checked
// loading, and results collected deterministically.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Cache struct {
	mu    sync.RWMutex
	data  map[string]int
	loads int
}

func (c *Cache) Get(key string) int {
	c.mu.RLock()
	v, ok := c.data[key]
	c.mu.RUnlock()
	if ok {
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[key]; ok {
		return v
	}
	c.loads++
	v = len(key) * 10
	c.data[key] = v
	return v
}

func main() {
	c := &Cache{data: map[string]int{}}
	keys := []string{"a", "bb", "ccc", "dddd"}
	results := make([]int, 40)
	var wg sync.WaitGroup
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = c.Get(keys[i%len(keys)])
		}(i)
	}
	wg.Wait()
	fmt.Println(results[:8], c.loads)
	var ks []string
	for k := range c.data {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	fmt.Println(ks)
	var rw sync.RWMutex
	fmt.Println(rw.TryRLock(), rw.TryRLock(), rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println(rw.TryLock(), rw.TryRLock())
	rw.Unlock()
}
