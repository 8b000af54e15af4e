// Insertion sort and binary search on slices, without package sort.
package main

import "fmt"

func insertionSort(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j-1] > a[j]; j-- {
			a[j-1], a[j] = a[j], a[j-1]
		}
	}
}

func search(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := (lo + hi) / 2
		if a[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func filter(a []int, keep func(int) bool) []int {
	out := a[:0]
	for _, v := range a {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func main() {
	a := []int{5, 2, 9, 1, 5, 6, -3}
	insertionSort(a)
	fmt.Println(a)
	fmt.Println(search(a, 5), search(a, 7), search(a, -10), search(a, 100))
	even := filter(a, func(v int) bool { return v%2 == 0 })
	fmt.Println(even, a)
}
