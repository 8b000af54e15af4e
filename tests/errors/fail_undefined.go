// References to names that are not declared.
package main

import "fmt"

func main() {
	fmt.Println(undefinedName) // ERROR "undefined: undefinedName"
	y := missingFunc(1) // ERROR "undefined: missingFunc"
	_ = y
}
