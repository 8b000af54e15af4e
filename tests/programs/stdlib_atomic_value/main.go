// atomic.Value holding a configuration swapped while readers run, its panics on inconsistent
// types and nil, Swap and CompareAndSwap; atomic.Pointer[T] from Go 1.19.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Workers int
}

func main() {
	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store(Config{"initial", 1})
	var wg sync.WaitGroup
	seen := make([]string, 6)
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c := v.Load().(Config)
			seen[i] = c.Name
		}(i)
	}
	wg.Wait()
	fmt.Println(seen)
	v.Store(Config{"reloaded", 4})
	fmt.Printf("%+v\n", v.Load())
	old := v.Swap(Config{"swapped", 8})
	fmt.Println(old.(Config).Name, v.Load().(Config).Workers)
	fmt.Println(v.CompareAndSwap(Config{"swapped", 8}, Config{"cas", 2}), v.CompareAndSwap(Config{"x", 0}, Config{"y", 0}))
	fmt.Println(v.Load())

	try := func(name string, f func()) {
		defer func() { fmt.Println(name, "panic:", recover()) }()
		f()
	}
	try("type", func() { v.Store("a string") })
	try("nil", func() { v.Store(nil) })

	var p atomic.Pointer[Config]
	fmt.Println(p.Load() == nil)
	c1 := &Config{"p1", 1}
	p.Store(c1)
	c2 := &Config{"p2", 2}
	fmt.Println(p.CompareAndSwap(c2, c1), p.CompareAndSwap(c1, c2), p.Load().Name)
	prev := p.Swap(nil)
	fmt.Println(prev.Name, p.Load() == nil)
}
