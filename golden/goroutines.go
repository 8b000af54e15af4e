// Goroutines, channels and select as the emitter writes them: one construct per function.
package main

import (
	"fmt"
	"sync"
	"time"
)

// make(chan T, n), send, receive, len and cap.
func buffered() {
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	fmt.Println(<-ch, len(ch), cap(ch))
}

// go with a function literal; an unbuffered channel hands the value over.
func goLiteral() {
	done := make(chan string)
	go func() { done <- "literal" }()
	fmt.Println(<-done)
}

func send(out chan<- int, v int) { out <- v }

// go with a declared function: arguments are evaluated at the go statement.
func goCall() {
	out := make(chan int)
	x := 1
	go send(out, x*10)
	x = 2
	fmt.Println(<-out, x)
}

type box struct{ n int }

func (b *box) put(out chan<- int) { out <- b.n }

// go with a method call: the receiver is evaluated at the go statement.
func goMethod() {
	out := make(chan int)
	b := &box{7}
	go b.put(out)
	fmt.Println(<-out)
}

// close, the comma-ok receive, and range over a channel.
func closeAndRange() {
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	close(ch)
	for s := range ch {
		fmt.Print(s)
	}
	v, ok := <-ch
	fmt.Printf(" %q %v\n", v, ok)
}

// defer close(ch) in a producer.
func producer(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- i
		}
	}()
	return ch
}

func consume() {
	sum := 0
	for v := range producer(5) {
		sum += v
	}
	fmt.Println(sum)
}

// select with receive, send and default cases.
func selectDefault() {
	in := make(chan int)
	out := make(chan int)
	select {
	case v := <-in:
		fmt.Println("got", v)
	case out <- 1:
		fmt.Println("sent")
	default:
		fmt.Println("nothing ready")
	}
}

// select with a comma-ok receive and a timeout.
func selectTimeout() {
	never := make(chan int)
	select {
	case v, ok := <-never:
		fmt.Println(v, ok)
	case <-time.After(time.Millisecond):
		fmt.Println("timeout")
	}
}

// sync.WaitGroup and sync.Mutex: methods of runtime types are runtime functions.
func waitGroup() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			total += i
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(total)
}

// Channel types in %T, including directions.
func chanTypes() {
	var a chan int
	var r <-chan int
	var s chan<- bool
	fmt.Printf("%T %T %T %v\n", a, r, s, a == nil)
}

func main() {
	buffered()
	goLiteral()
	goCall()
	goMethod()
	closeAndRange()
	consume()
	selectDefault()
	selectTimeout()
	waitGroup()
	chanTypes()
}
