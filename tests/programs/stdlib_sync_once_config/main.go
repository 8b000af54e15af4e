// sync.Once for lazy initialization shared by goroutines, a panicking Once function (Do does not
// run it again), and a Once per struct value.
package main

import (
	"fmt"
	"sync"
)

type Config struct {
	once sync.Once
	vals map[string]string
}

func (c *Config) Get(k string) string {
	c.once.Do(func() {
		fmt.Println("loading config")
		c.vals = map[string]string{"host": "localhost", "port": "8080"}
	})
	return c.vals[k]
}

func main() {
	cfg := &Config{}
	var wg sync.WaitGroup
	got := make([]string, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i%2 == 0 {
				got[i] = cfg.Get("host")
			} else {
				got[i] = cfg.Get("port")
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(got)

	var once sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		once.Do(func() { panic("init failed") })
	}()
	calls := 0
	once.Do(func() { calls++ })
	fmt.Println("calls after panic:", calls)

	counts := 0
	onces := make([]sync.Once, 3)
	for i := 0; i < 9; i++ {
		onces[i%3].Do(func() { counts++ })
	}
	fmt.Println("counts:", counts)
}
