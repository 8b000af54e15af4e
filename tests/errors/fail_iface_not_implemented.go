// Values that do not implement an interface, in gc 1.19's words (two-line messages: the regexp
// matches the first line).
package main

import "fmt"

type Animal interface{ Sound() string }
type Rock struct{}
type Dog struct{}

func (d *Dog) Sound() string { return "woof" }
func (r Rock) Name() string  { return "rock" }

func main() {
	var a Animal = Dog{}  // ERROR "cannot use Dog{} \(value of type Dog\) as type Animal in variable declaration:"
	var b Animal = Rock{} // ERROR "cannot use Rock{} \(value of type Rock\) as type Animal in variable declaration:"
	var s fmt.Stringer = 5 // ERROR "cannot use 5 \(constant of type int\) as type fmt.Stringer in variable declaration:"
	fmt.Println(a, b, s)
}
