// Imports go2cpp cannot provide: one error each, and no cascade of "undefined" errors from
// their uses.
package main

import (
	"fmt"
	"regexp"                     // ERROR "go2cpp does not support package regexp yet"
	"example.com/nothing/here" // ERROR "cannot find package example.com/nothing/here"
)

func main() {
	re := regexp.MustCompile("a+")
	fmt.Println(re, here.Thing)
}
