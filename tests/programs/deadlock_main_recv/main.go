// Every goroutine blocked: Go's fatal deadlock error, exit status 2, stdout flushed first.
package main

import "fmt"

func main() {
	fmt.Println("waiting forever")
	ch := make(chan int)
	<-ch
}
