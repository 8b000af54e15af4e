// Assigning constants of the wrong type.
package main

func main() {
	var s string = 5 // ERROR "cannot use 5 \(untyped int constant\) as string value in variable declaration"
	var n int
	n = "text" // ERROR "cannot use \x22text\x22 \(untyped string constant\) as int value in assignment"
	n = 1.5 // ERROR "cannot use 1\.5 \(untyped float constant\) as int value in assignment \(truncated\)"
	_, _ = s, n
}
