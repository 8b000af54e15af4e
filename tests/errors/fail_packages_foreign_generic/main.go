// Instantiating a generic function or type of another package is not supported yet: one clear
// diagnostic per generic, at its first instantiation.
package main

import (
	"fmt"

	"example.com/m/gen"
)

func main() {
	var b gen.Box[int] // ERROR "go2cpp does not support instantiating gen.Box, a generic declared in another package, yet"
	b.V = 2
	fmt.Println(gen.Map([]int{1}, func(x int) int { return x + b.V })) // ERROR "go2cpp does not support instantiating gen.Map, a generic declared in another package, yet"
}
