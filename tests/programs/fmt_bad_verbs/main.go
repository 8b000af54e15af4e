package main

import "fmt"

type P struct{ A int }

func main() {
	fmt.Printf("%d\n", "hi")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "x")
	fmt.Printf("%z\n", 3)
	fmt.Printf("%!\n")
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%t %f\n", 1, "s")
	fmt.Printf("%d\n", P{1})
	fmt.Printf("%s\n", []int{1})
	fmt.Printf("%x %c\n", 3.5, "c")
	fmt.Println(fmt.Sprintf("%.3d|%10.4d|%-+6d", 7, 42, 3))
}
