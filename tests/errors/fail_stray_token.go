// Stray tokens at the end of statements.
package main

import "fmt"

func main() {
	x := 1 2 // ERROR col=9 "syntax error: unexpected literal 2 at end of statement"
	fmt.Println(x)) // ERROR "syntax error: unexpected \) at end of statement"
}
