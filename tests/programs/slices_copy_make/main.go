// make with length and capacity, copy with overlap, nil vs empty slices.
package main

import "fmt"

func main() {
	a := make([]int, 3)
	b := make([]int, 2, 5)
	fmt.Println(a, len(a), cap(a), b, len(b), cap(b))
	n := copy(a, []int{7, 8, 9, 10})
	fmt.Println(n, a)
	n = copy(b, a)
	fmt.Println(n, b)
	s := []int{1, 2, 3, 4, 5}
	copy(s[1:], s)
	fmt.Println(s)
	s = []int{1, 2, 3, 4, 5}
	copy(s, s[2:])
	fmt.Println(s)
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), len(empty), nilS, empty)
	fmt.Println(copy(nilS, s), copy(s, nilS))
	fmt.Printf("%v %d %v\n", nilS, empty, make([]bool, 2))
	for range nilS {
		fmt.Println("never")
	}
	m := make([][]int, 2)
	m[0] = append(m[0], 1)
	fmt.Println(m, m[1] == nil)
}
