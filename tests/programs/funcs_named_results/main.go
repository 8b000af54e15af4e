// Named results, bare return, and results shadowed in inner scopes.
package main

import "fmt"

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func zero() (n int, s string, ok bool) {
	return
}

func early(v int) (res string) {
	res = "default"
	if v < 0 {
		return "negative"
	}
	if v == 0 {
		return
	}
	res = "positive"
	return res
}

func main() {
	fmt.Println(divmod(17, 5))
	fmt.Println(split(17))
	fmt.Println(zero())
	fmt.Println(early(-1), early(0), early(1))
}
