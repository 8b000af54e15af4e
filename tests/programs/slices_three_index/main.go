// Full slice expressions limit capacity, so append must copy.
package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := base[2:4:5]
	fmt.Println(a, len(a), cap(a))
	a = append(a, 100)
	fmt.Println(base)
	a = append(a, 200)
	a[0] = -1
	fmt.Println(base, a, len(a), cap(a))
	b := base[:0:0]
	fmt.Println(b, len(b), cap(b), b == nil)
	c := base[1:1:8]
	fmt.Println(len(c), cap(c))
	arr := [5]int{1, 2, 3, 4, 5}
	d := arr[1:3:4]
	d = append(d, 9)
	fmt.Println(arr, d, cap(d))
	e := arr[:]
	fmt.Println(len(e), cap(e), arr[2:], arr[:2])
}
