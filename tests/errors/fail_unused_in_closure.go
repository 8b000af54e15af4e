// Unused variables in gc's words, in nested scopes: a closure, an if statement's init, a
// type switch's symbol.
package main

func main() {
	f := func() {
		inner := 1 // ERROR col=3 "inner declared but not used"
	}
	f()
	if v := 2; true { // ERROR col=5 "v declared but not used"
	}
	var i interface{} = 1
	switch t := i.(type) { // ERROR col=9 "t declared but not used"
	case int:
	}
}
