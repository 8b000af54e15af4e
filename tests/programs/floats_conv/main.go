// Conversions between floats and integers: truncation toward zero, float32 rounding.
package main

import "fmt"

func show(f float64) {
	fmt.Println(f, int(f), int64(f), int32(int64(f)))
}

func main() {
	show(2.9)
	show(-2.9)
	show(0.5)
	show(-0.5)
	show(1e10)
	show(-1e10)
	show(255.99)
	p, q := 255.5, -128.9
	fmt.Println(uint8(int(p)), int8(int(q)))
	x := 7
	fmt.Println(float64(x)/2, float32(x)/3, float64(float32(x)/3))
	var big int64 = 1<<53 + 1
	fmt.Println(float64(big), int64(float64(big)), float32(big))
	var u uint64 = 1<<64 - 1
	fmt.Println(float64(u), float32(u))
	var f32 float32 = 1.1
	fmt.Println(float64(f32), float32(float64(f32)) == f32)
	fmt.Println(int(float32(0.1)*10), int(0.1*10))
}
