package main

import "fmt"

func main() {
	var n int
	fmt.Scan(&n)
	sum := 0
	for i := 0; i < n; i++ {
		var x int
		if _, err := fmt.Scan(&x); err != nil {
			fmt.Println("error:", err)
			return
		}
		sum += x
	}
	var name string
	var ratio float64
	c, err := fmt.Scanln(&name, &ratio)
	fmt.Println(n, sum, c, err, name, ratio)
	var a, b int
	c, err = fmt.Scanf("%d,%d\n", &a, &b)
	fmt.Println(c, err, a, b)
	var w string
	count := 0
	for {
		if _, err := fmt.Scan(&w); err != nil {
			fmt.Println("stop:", err)
			break
		}
		count++
	}
	fmt.Println(count, w)
}
