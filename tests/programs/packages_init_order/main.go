// Package initialization across packages: every package is initialized once, after the packages
// it imports; package variables initialize in dependency order, across packages too, before the
// package's init functions. (Go 1.19 and Go 1.21+ agree on this graph: a chain with a diamond.)
package main

import (
	"fmt"

	"example.com/initorder/b"
	"example.com/initorder/c"
)

var M = trace("main.M", b.B+c.C)

func trace(name string, v int) int {
	fmt.Println("init", name, v)
	return v
}

func init() { fmt.Println("main.init") }

func main() {
	fmt.Println("main", M, b.B, c.C, b.Hits(), c.Twice())
}
