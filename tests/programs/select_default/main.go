// select with default: non-blocking sends and receives.
package main

import "fmt"

func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func tryRecv(ch chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	ch := make(chan int, 2)
	fmt.Println(trySend(ch, 1), trySend(ch, 2), trySend(ch, 3))
	for i := 0; i < 3; i++ {
		v, ok := tryRecv(ch)
		fmt.Println(v, ok)
	}
	unbuf := make(chan int)
	fmt.Println(trySend(unbuf, 1))
	select {}
}
