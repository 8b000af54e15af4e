// Buffered channels: FIFO order, len and cap, sends do not block until the buffer is full.
package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	ch <- "c"
	ch <- "d"
	fmt.Println(len(ch))
	for len(ch) > 0 {
		fmt.Print(<-ch, " ")
	}
	fmt.Println()
	nums := make(chan int, 100)
	go func() {
		for i := 0; i < 250; i++ {
			nums <- i
		}
		close(nums)
	}()
	prev, inOrder := -1, true
	for n := range nums {
		if n != prev+1 {
			inOrder = false
		}
		prev = n
	}
	fmt.Println(prev, inOrder)
}
