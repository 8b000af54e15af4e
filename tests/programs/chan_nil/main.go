// A nil channel: len and cap are 0, it equals nil, and a select never chooses it.
package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println(ch == nil, len(ch), cap(ch))
	fmt.Printf("%v %T\n", ch, ch)
	ready := make(chan int, 1)
	ready <- 1
	for i := 0; i < 3; i++ {
		select {
		case v := <-ch:
			fmt.Println("nil chan gave", v)
		case ch <- 1:
			fmt.Println("sent on nil chan")
		case v, ok := <-ready:
			fmt.Println("ready", v, ok)
			ready = nil
		default:
			fmt.Println("nothing ready")
		}
	}
	m := map[chan int]string{}
	c1, c2 := make(chan int), make(chan int)
	m[c1] = "one"
	m[c2] = "two"
	fmt.Println(len(m), m[c1], m[c2], c1 == c2, c1 != c2)
}
