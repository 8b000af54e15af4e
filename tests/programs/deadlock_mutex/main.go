// Locking a mutex twice in the only goroutine: "semacquire".
package main

import "sync"

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu.Lock()
}
