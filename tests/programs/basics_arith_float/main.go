// float64 arithmetic and how fmt.Println prints floats.
package main

import "fmt"

func main() {
	x := 1.5
	y := 0.1
	fmt.Println(x+y, x-y, x*y, x/y)
	fmt.Println(0.1+0.2, 1.0/3.0, 2.0/3.0)
	fmt.Println(1e21, 1e20, 1e-4, 1e-5, 123456789.0)
	fmt.Println(100.0, 3.0, -0.5, 2.0*1e10)
	var z float64
	fmt.Println(z, -z, 1/(z+1))
	f := 7.0
	f /= 2
	fmt.Println(f, f*f, -f)
}
