// Constants that overflow the type they are assigned to.
package main

func main() {
	var b byte = 256 // ERROR col=15 "cannot use 256 \(untyped int constant\) as byte value in variable declaration \(overflows\)"
	const big = 1 << 70
	var i int = big // ERROR "cannot use big \(untyped int constant 1180591620717411303424\) as int value in variable declaration \(overflows\)"
	var i8 int8 = -129 // ERROR "cannot use -129 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	_, _, _ = b, i, i8
}
