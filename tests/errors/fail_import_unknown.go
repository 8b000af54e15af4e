// Imports go2cpp cannot find: one error each, in the go command's words, and no cascade of
// "undefined" errors from their uses.
package main

import (
	"fmt"
	"nosuchpkg"                  // ERROR "package nosuchpkg is not in GOROOT \(/usr/lib/go-1.19/src/nosuchpkg\)"
	"example.com/nothing/here" // ERROR "no required module provides package example.com/nothing/here: go.mod file not found in current directory or any parent directory"
)

func main() {
	fmt.Println(nosuchpkg.X, here.Thing)
}
