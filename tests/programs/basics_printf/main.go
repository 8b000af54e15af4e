// fmt.Printf with %d %s %v %f.
package main

import "fmt"

func main() {
	fmt.Printf("%d %d %d\n", 0, 42, -7)
	fmt.Printf("%s|%s\n", "go", "")
	fmt.Printf("%v %v %v %v\n", 1, 2.5, "s", true)
	fmt.Printf("%f %f %f\n", 3.14159, 1.0, -0.5)
	fmt.Printf("%f %v %f\n", 1e6, 1e6, 1.0/3)
	fmt.Printf("%v%%\n", 50)
	fmt.Printf("no newline")
	fmt.Printf("\n")
	x, name := 3, "apples"
	fmt.Printf("%d %s cost %f\n", x, name, 1.25*3)
}
