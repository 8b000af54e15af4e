// Float formatting: %v, %g, %e, %f with precisions and widths, and Println's shortest form.
package main

import "fmt"

func show(v float64) {
	fmt.Printf("%v|%g|%e|%f|%.2f|%8.3f|%-8.1f|%G|%E\n", v, v, v, v, v, v, v, v, v)
}

func main() {
	show(0)
	show(1)
	show(-1)
	show(0.5)
	show(1.0 / 3)
	show(123456789)
	show(1e20)
	show(1e21)
	show(1.5e-7)
	show(2.5e-5)
	show(100)
	show(1e6)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%.3g %.10g %g\n", 3.14159, 3.14159, 1e-7)
	fmt.Printf("%+.2f % .2f %08.3f %+08.2f\n", 3.14159, 3.14159, -3.14159, 2.0)
	fmt.Println(float32(0.1), float64(float32(0.1)), 0.1)
	fmt.Println(3.0, 3.5, 1e-4, 1e-5, 12345678.0, 123456789012345678.0)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%x %X\n", 1.0, 0.5)
}
