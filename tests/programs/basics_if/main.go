// if, else if, else, and if with an init statement.
package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n < 10 {
		return "small"
	} else {
		return "large"
	}
}

func main() {
	for i := -1; i < 12; i += 4 {
		fmt.Println(i, classify(i))
	}
	if v := 7 * 6; v == 42 {
		fmt.Println("answer", v)
	} else {
		fmt.Println("no", v)
	}
	x := 5
	if x := 10; x > 5 {
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
}
