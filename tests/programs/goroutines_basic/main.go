// go with a declared function, a closure and a method call; results come back over channels.
package main

import "fmt"

type adder struct{ base int }

func (a adder) add(x int, out chan<- int) { out <- a.base + x }

func square(x int, out chan<- int) { out <- x * x }

func main() {
	out := make(chan int)
	go square(7, out)
	fmt.Println(<-out)
	go func() { out <- 100 }()
	fmt.Println(<-out)
	a := adder{base: 10}
	go a.add(5, out)
	fmt.Println(<-out)
	p := &adder{base: 20}
	go p.add(1, out)
	fmt.Println(<-out)
}
