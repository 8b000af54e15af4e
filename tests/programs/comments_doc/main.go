// Doc comments are carried into the C++ above declarations. One that ends in a backslash must not
// swallow the declaration under it (C++ splices a line ending in \ with the next).
package main

import "fmt"

// Path is a Windows-style directory, C:\
type Path string

// Join joins with a backslash: \
func Join(a, b Path) Path { return a + `\` + b }

/* Twice doubles x.
   A block comment as documentation. */
func Twice(x int) int { return 2 * x }

func main() {
	fmt.Println(Join(`C:`, "go"), Twice(21))
}
