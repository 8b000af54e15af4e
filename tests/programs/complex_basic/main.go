// complex128 and complex64: construction, real/imag, arithmetic, comparison, printing.
package main

import "fmt"

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	fmt.Println(a, b, a+b, a-b, a*b, a/b)
	fmt.Println(real(a), imag(a), real(b*b), imag(b*b))
	fmt.Println(a == complex(1, 2), a != b)
	var c complex64 = complex(float32(0.1), float32(0.2))
	fmt.Println(c, c*c, real(c), imag(c))
	fmt.Printf("%v %.2f %g %T %T\n", a, b, c, a, c)
	var z complex128
	fmt.Println(z, -a, a*1i, 1i*1i)
	x := 2i
	x *= x
	fmt.Println(x, real(x) == -4)
	fmt.Println(complex128(c), complex64(a))
}
