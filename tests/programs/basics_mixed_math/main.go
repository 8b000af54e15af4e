// Integer and float math: averages, powers, Newton's square root.
package main

import "fmt"

func mean(a, b, c float64) float64 {
	return (a + b + c) / 3
}

func power(base float64, exp int) float64 {
	result := 1.0
	for i := 0; i < exp; i++ {
		result *= base
	}
	return result
}

func sqrt(x float64) float64 {
	z := x / 2
	for i := 0; i < 20; i++ {
		z = z - (z*z-x)/(2*z)
	}
	return z
}

func main() {
	fmt.Println(mean(1, 2, 4))
	fmt.Printf("%.4f\n", mean(10, 20, 31))
	fmt.Println(power(2, 10), power(1.5, 3), power(10, 0))
	fmt.Println(sqrt(2), sqrt(144))
	fmt.Printf("%v %f\n", sqrt(2), sqrt(2))
	celsius := 36.6
	fahrenheit := celsius*9/5 + 32
	fmt.Printf("%.1f C = %.1f F\n", celsius, fahrenheit)
	total := 0
	for i := 1; i <= 100; i++ {
		total += i * i
	}
	fmt.Println(total, total/100)
}
