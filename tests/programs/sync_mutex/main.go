// A mutex protects a counter and a map shared by many goroutines that yield while holding it.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type SafeMap struct {
	mu sync.Mutex
	m  map[string]int
}

func (s *SafeMap) Inc(key string) {
	s.mu.Lock()
	v := s.m[key]
	runtime.Gosched()
	s.m[key] = v + 1
	s.mu.Unlock()
}

func main() {
	s := SafeMap{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s.Inc([]string{"a", "b"}[i%2])
		}(i)
	}
	wg.Wait()
	fmt.Println(s.m["a"], s.m["b"])
	var mu sync.Mutex
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
}
