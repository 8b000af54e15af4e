// A panic inside a deferred call during a panic: both messages appear, the latest recovered first.
package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("outer recovered:", recover())
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}
