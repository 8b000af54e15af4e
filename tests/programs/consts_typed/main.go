// Typed vs untyped constants: defaults, implicit conversion in expressions, named types.
package main

import "fmt"

type Celsius float64
type Count int

const untypedInt = 10
const untypedFloat = 2.5
const typedInt int = 10
const typedF32 float32 = 0.1

func main() {
	var c Celsius = untypedInt
	var n Count = untypedInt * 3
	fmt.Println(c, n, c*untypedFloat)
	fmt.Printf("%T %T %T %T\n", untypedInt, untypedFloat, typedInt, typedF32)
	fmt.Printf("%T %T %T\n", 'x', 1+2i, "s")
	var f float64 = untypedInt / 4
	var g float64 = untypedInt / 4.0
	fmt.Println(f, g)
	fmt.Println(typedF32, float64(typedF32))
	x := untypedInt
	y := untypedFloat
	fmt.Printf("%T %T\n", x, y)
	var b byte = 'A' + 2
	fmt.Println(b, string(rune(b)))
	const r = 'a' * 2
	fmt.Printf("%T %v\n", r, r)
	var c2 Celsius = 36.6
	fmt.Println(c2 + 0.4)
}
