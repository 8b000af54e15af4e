// runtime.GOARCH is a constant of type string (gc's runtime/extern.go), not an untyped one; a typed
// value is assignable only to a type with its underlying type when one of the two has no name,
// and string has one.
package main

import "runtime"

type arch string

func main() {
	var a arch = runtime.GOARCH // ERROR "cannot use runtime.GOARCH \(constant \x22amd64\x22 of type string\) as type arch in variable declaration"
	_ = a
}

type box struct{ a int }

// Typed values go by the same rule: a predeclared type has a name too.
func assign() {
	var s string = "x"
	var a arch = s // ERROR "cannot use s \(variable of type string\) as type arch in variable declaration"
	var b struct{ a int } = box{}
	var c box = b
	var i int = 3
	var f float64 = i // ERROR "cannot use i \(variable of type int\) as type float64 in variable declaration"
	_, _, _, _ = a, b, c, f
}
