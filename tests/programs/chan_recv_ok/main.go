// v, ok := <-ch: ok is false once the channel is closed and empty, and v is the zero value.
package main

import "fmt"

type point struct {
	X, Y int
	Name string
}

func main() {
	ch := make(chan point, 2)
	ch <- point{1, 2, "a"}
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Printf("%+v %v\n", v, ok)
	s := make(chan []int, 1)
	close(s)
	x, ok2 := <-s
	fmt.Println(x == nil, ok2, len(x))
	var n int
	var got bool
	ints := make(chan int, 1)
	ints <- 5
	n, got = <-ints
	fmt.Println(n, got)
	close(ints)
	_, got = <-ints
	fmt.Println(got)
}
