// Untyped complex constants and their conversions.
package main

import "fmt"

const c1 = 1 + 2i
const c2 = c1 * c1
const r = real(c2)
const im = imag(c2)

func main() {
	fmt.Println(c1, c2, r, im)
	var f float64 = r
	var i int = im
	fmt.Println(f, i)
	const zeroImag = 3 + 0i
	var n int = zeroImag
	fmt.Println(n)
	var c64 complex64 = c2
	fmt.Println(c64, complex(float32(1.5), 2))
	fmt.Printf("%T %T %T\n", c1, r, complex(float32(1), 0))
}
