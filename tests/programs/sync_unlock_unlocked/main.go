// Unlocking an unlocked mutex is a fatal error, not a recoverable panic.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() { fmt.Println("deferred", recover()) }()
	var mu sync.Mutex
	fmt.Println("unlocking")
	mu.Unlock()
}
