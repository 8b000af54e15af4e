// Deferred calls run LIFO at function exit; arguments are evaluated at the defer statement.
package main

import "fmt"

func trace(msg string) string {
	fmt.Println("enter", msg)
	return msg
}

func un(msg string) {
	fmt.Println("leave", msg)
}

func nested() {
	defer un(trace("nested"))
	fmt.Println("in nested")
}

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	x := 10
	defer fmt.Println("x at defer:", x)
	x = 20
	defer func() { fmt.Println("x in closure:", x) }()
	x = 30
	nested()
	fmt.Println("main body done")
}
