// Directional channel types: conversions from chan T, %T of each, and functions taking them.
package main

import "fmt"

func send(out chan<- int, v int) { out <- v }
func recv(in <-chan int) int     { return <-in }

func main() {
	ch := make(chan int, 1)
	var ro <-chan int = ch
	var so chan<- int = ch
	send(so, 42)
	fmt.Println(recv(ro))
	fmt.Printf("%T %T %T\n", ch, ro, so)
	var cc chan (<-chan int)
	fmt.Printf("%T %v\n", cc, cc == nil)
	var x interface{} = ro
	_, isBoth := x.(chan int)
	_, isRecv := x.(<-chan int)
	fmt.Println(isBoth, isRecv)
}
