// Local variables that are declared and never used.
package main

func main() {
	x := 1 // ERROR col=2 "x declared but not used"
	var y string // ERROR "y declared but not used"
}
