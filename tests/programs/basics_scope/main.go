// Blocks, shadowing and package-level names used before their declaration.
package main

import "fmt"

var x = 1

func show() {
	fmt.Println("package x", x)
}

func main() {
	show()
	x := 2
	fmt.Println("main x", x)
	{
		x := 3
		fmt.Println("block x", x)
		x++
		fmt.Println("block x", x)
	}
	fmt.Println("main x", x)
	for x := 0; x < 2; x++ {
		fmt.Println("loop x", x)
	}
	if x := "str"; x != "" {
		fmt.Println("if x", x)
	}
	fmt.Println("main x", x, later)
	show()
}

var later = x * 100
