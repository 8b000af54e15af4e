// range over arrays and pointers to arrays; the range expression is evaluated once (a copy).
package main

import "fmt"

func main() {
	arr := [4]int{1, 2, 3, 4}
	for i, v := range arr {
		arr[3] = 100
		fmt.Println(i, v)
	}
	fmt.Println(arr)
	arr2 := [3]int{1, 2, 3}
	for i, v := range &arr2 {
		arr2[2] = 30
		fmt.Println(i, v)
	}
	sum := 0
	for _, v := range [...]int{10, 20, 30} {
		sum += v
	}
	fmt.Println(sum)
	var empty [0]int
	for range empty {
		fmt.Println("never")
	}
	fmt.Println(len(empty))
}
