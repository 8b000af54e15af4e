// The smallest program: one line on stdout.
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}
