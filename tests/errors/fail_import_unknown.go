// Imports go2cpp cannot provide: one error each, and no cascade of "undefined" errors from
// their uses.
package main

import (
	"fmt"
	"regexp"                     // ERROR "go2cpp does not support package regexp yet"
	"example.com/nothing/here" // ERROR "no required module provides package example.com/nothing/here: go.mod file not found in current directory or any parent directory"
)

func main() {
	re := regexp.MustCompile("a+")
	fmt.Println(re, here.Thing)
}
