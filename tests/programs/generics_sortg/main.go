// Generic sorting: insertion sort, merge sort and a stable sort by key, checked against sort.
package main

import (
	"fmt"
	"sort"
)

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func InsertionSort[T Ordered](xs []T) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func MergeSort[T any](xs []T, less func(a, b T) bool) []T {
	if len(xs) <= 1 {
		return xs
	}
	mid := len(xs) / 2
	l := MergeSort(xs[:mid], less)
	r := MergeSort(xs[mid:], less)
	out := make([]T, 0, len(xs))
	for len(l) > 0 && len(r) > 0 {
		if less(r[0], l[0]) {
			out = append(out, r[0])
			r = r[1:]
		} else {
			out = append(out, l[0])
			l = l[1:]
		}
	}
	out = append(out, l...)
	return append(out, r...)
}

func SortBy[T any, K Ordered](xs []T, key func(T) K) {
	sort.SliceStable(xs, func(i, j int) bool { return key(xs[i]) < key(xs[j]) })
}

func IsSorted[T Ordered](xs []T) bool {
	for i := 1; i < len(xs); i++ {
		if xs[i] < xs[i-1] {
			return false
		}
	}
	return true
}

type person struct {
	name string
	age  int
}

func main() {
	a := []int{9, 3, 7, 1, 8, 2}
	InsertionSort(a)
	s := []string{"kiwi", "apple", "fig"}
	InsertionSort(s)
	fmt.Println(a, s, IsSorted(a), IsSorted([]float64{2, 1}))
	seed := uint32(7)
	nums := make([]int, 50)
	for i := range nums {
		seed = seed*1664525 + 1013904223
		nums[i] = int(seed % 1000)
	}
	m := MergeSort(nums, func(a, b int) bool { return a < b })
	ref := append([]int(nil), nums...)
	sort.Ints(ref)
	fmt.Println(fmt.Sprint(m) == fmt.Sprint(ref), m[:5], IsSorted(m))
	people := []person{{"ann", 30}, {"bob", 25}, {"cid", 30}, {"dan", 25}}
	SortBy(people, func(p person) int { return p.age })
	fmt.Println(people)
	SortBy(people, func(p person) string { return p.name })
	fmt.Println(people)
}
