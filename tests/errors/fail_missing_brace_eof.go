// A function missing its closing brace at the end of the file (no final newline).
package main

import "fmt"

func main() {
	fmt.Println("no closing brace") // ERROR "syntax error: unexpected EOF, expecting \}"