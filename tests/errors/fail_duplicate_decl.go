// Names declared twice in the same block, at package level and locally.
package main

var count int

var count string // ERROR "count redeclared in this block"

func helper() {}

func helper() {} // ERROR "helper redeclared in this block"

func main() {
	x := 1
	var x int // ERROR "x redeclared in this block"
	_ = x
}
