// float32 arithmetic is rounded to float32 at every operation.
package main

import "fmt"

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	fmt.Println(a+b, a*b, a/b, a-b)
	fmt.Println(float64(a), float64(a+b), float64(a)+float64(b))
	var sum float32
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1)
	var big float32 = 16777216
	fmt.Println(big+1, big+2, big+1 == big)
	x := float32(1) / 3
	y := x * 3
	fmt.Println(x, y, y == 1)
	var f float32 = 1e38
	fmt.Println(f*10, -f*10, f*10-f*10)
	var h float32 = 3.4028235e38
	fmt.Println(h)
	fmt.Printf("%v %g %f %.10f\n", x, x, x, x)
	fmt.Printf("%T %T\n", x, float64(x))
	var c float32 = 16777217
	fmt.Println(c, float64(c))
}
