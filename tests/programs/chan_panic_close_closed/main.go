// Closing a channel twice panics (recoverably).
package main

import "fmt"

func main() {
	ch := make(chan int)
	close(ch)
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
		}()
		close(ch)
	}()
	close(ch)
}
