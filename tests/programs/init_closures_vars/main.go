// Package-level variables initialized by closures and function calls that refer to other globals.
package main

import "fmt"

var table = buildTable()

var limit = 5

var double = func(x int) int { return x * 2 }

var derived = double(limit)

func buildTable() []int {
	t := make([]int, limit)
	for i := range t {
		t[i] = i * i
	}
	return t
}

var names = map[int]string{1: "one", 2: "two"}

var first = names[1]

func main() {
	fmt.Println(table, limit, derived, first)
}
