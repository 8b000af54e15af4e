// sync.Once runs its function once, however many goroutines call Do.
package main

import (
	"fmt"
	"sync"
)

var once sync.Once
var config map[string]string

func load() {
	fmt.Println("loading")
	config = map[string]string{"mode": "fast"}
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(load)
		}()
	}
	wg.Wait()
	fmt.Println(config["mode"])
	var o sync.Once
	func() {
		defer func() { fmt.Println("recovered", recover()) }()
		o.Do(func() { panic("in once") })
	}()
	o.Do(func() { fmt.Println("not again") })
	fmt.Println("done")
}
