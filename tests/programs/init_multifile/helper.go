package main

import "fmt"

var helperValue = compute()

var counter int

func compute() int {
	fmt.Println("compute in helper.go")
	return 21
}

func init() {
	counter++
	fmt.Println("init in helper.go, counter =", counter)
}

func greet(who string) string {
	return "hello, " + who
}
