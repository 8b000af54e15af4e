// Waiting on a WaitGroup nobody will finish: gc reports it as "semacquire".
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go wg.Done()
	wg.Wait()
	fmt.Println("unreachable")
}
