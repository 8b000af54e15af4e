// Integer arithmetic, including / and % of negative operands.
package main

import "fmt"

func main() {
	a, b := 17, 5
	fmt.Println(a+b, a-b, a*b, a/b, a%b)
	fmt.Println(-a/b, -a%b, a/-b, a%-b, -a/-b, -a%-b)
	x := 1
	x += 2
	x -= 1
	x *= 10
	x /= 4
	x %= 3
	fmt.Println(x)
	x++
	x++
	x--
	fmt.Println(x)
	big := 1000000000
	fmt.Println(big*big, big*3)
	fmt.Println(-a, +b, -(-a))
	fmt.Println(7&3, 7|8, 7^2, 1<<10, 1024>>3, 6&^3)
}
