// Imports of packages that are not there: a directory of the module that does not exist, and a
// package of another module (go2cpp reads only the main module).
package main

import (
	"example.com/m/nothere" // ERROR "no required module provides package example.com/m/nothere"
	"other.org/lib"         // ERROR "no required module provides package other.org/lib; go2cpp builds the packages of the main module, example.com/m, and the standard library"
)

func main() { nothere.F(); lib.G() }
