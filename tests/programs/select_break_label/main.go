// break inside a select leaves the select; a labelled break leaves the loop around it.
package main

import "fmt"

func main() {
	ch := make(chan int, 10)
	for i := 0; i < 10; i++ {
		ch <- i
	}
	close(ch)
	count := 0
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			if v%2 == 0 {
				break
			}
			count++
			if v == 7 {
				continue
			}
			fmt.Println("odd", v)
		}
	}
	fmt.Println("count", count)
}
