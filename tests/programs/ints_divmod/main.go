// Signed division truncates toward zero; % takes the sign of the dividend; MinInt / -1 wraps.
package main

import "fmt"

func show(a, b int) {
	fmt.Println(a, b, a/b, a%b)
}

func main() {
	show(7, 2)
	show(-7, 2)
	show(7, -2)
	show(-7, -2)
	show(0, 5)
	show(1, 1)
	show(-1, 3)
	var min64 int64 = -9223372036854775808
	var m1 int64 = -1
	fmt.Println(min64/m1, min64%m1)
	var min32 int32 = -2147483648
	var n1 int32 = -1
	fmt.Println(min32/n1, min32%n1)
	var min8 int8 = -128
	var e1 int8 = -1
	fmt.Println(min8/e1, min8%e1)
	var min16 int16 = -32768
	var f1 int16 = -1
	fmt.Println(min16/f1, min16%f1)
	var u uint = 7
	fmt.Println(u/2, u%2, (u-8)/2)
	var i8 int8 = -100
	fmt.Println(i8/7, i8%7, i8/-7, i8%-7)
	x := 100
	x /= -7
	fmt.Println(x)
	x %= -3
	fmt.Println(x)
}
