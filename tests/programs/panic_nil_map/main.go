// Writing to a nil map panics with Go's message; the program exits with status 2.
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["read is fine"])
	m["x"] = 1
}
