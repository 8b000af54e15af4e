// Map, Filter, Reduce and friends over slices and maps.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	g := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		g[k] = append(g[k], x)
	}
	return g
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	squares := Map(evens, func(n int) int { return n * n })
	total := Reduce(squares, 0, func(a, n int) int { return a + n })
	fmt.Println(evens, squares, total)

	strs := Map(nums, strconv.Itoa)
	fmt.Println(strings.Join(strs, ","), len(strs))
	joined := Reduce(strs, "", func(a string, s string) string { return a + s })
	fmt.Printf("%q\n", joined)
	lens := Map([]string{"a", "bb", "ccc"}, func(s string) float64 { return float64(len(s)) / 2 })
	fmt.Println(lens)

	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	byLen := GroupBy(words, func(w string) int { return len(w) })
	ks := Keys(byLen)
	sort.Ints(ks)
	for _, k := range ks {
		fmt.Println(k, byLen[k])
	}
	fmt.Println(len(Filter([]string{}, func(string) bool { return true })) == 0)
	fmt.Println(Filter[int](nil, nil) == nil)
}
