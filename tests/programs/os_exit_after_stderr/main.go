// os.Exit with a large status code and output on both streams.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("to stdout")
	fmt.Fprintln(os.Stderr, "to stderr")
	println("builtin to stderr")
	os.Exit(42)
}
