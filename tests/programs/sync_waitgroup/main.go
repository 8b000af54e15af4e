// WaitGroup: Wait returns after every Done; a negative counter panics.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 10)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = i * i
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	wg.Wait()
	var wg2 sync.WaitGroup
	wg2.Add(2)
	go func() {
		wg2.Done()
		wg2.Done()
	}()
	wg2.Wait()
	fmt.Println("second group done")
	defer func() { fmt.Println("recovered:", recover()) }()
	wg2.Done()
}
