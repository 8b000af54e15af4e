// A zero PipeReader is a nil dereference, and a Read that no writer will serve is Go's deadlock.
package main

import (
	"fmt"
	"io"
)

func main() {
	pr, _ := io.Pipe()
	fmt.Println("reading")
	var z io.PipeReader
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		z.Read(nil)
	}()
	pr.Read(make([]byte, 1))
}
