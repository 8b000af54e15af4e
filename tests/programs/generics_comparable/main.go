// comparable: sets, indexes, deduplication, with structs, arrays, pointers and strings as keys.
package main

import (
	"fmt"
	"sort"
)

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func Contains[T comparable](xs []T, x T) bool { return Index(xs, x) >= 0 }

type Set[T comparable] map[T]struct{}

func SetOf[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set[T]) Add(x T)           { s[x] = struct{}{} }
func (s Set[T]) Has(x T) bool      { _, ok := s[x]; return ok }
func (s Set[T]) Len() int          { return len(s) }
func (s Set[T]) Union(o Set[T]) Set[T] {
	out := Set[T]{}
	for k := range s {
		out.Add(k)
	}
	for k := range o {
		out.Add(k)
	}
	return out
}

func Dedup[T comparable](xs []T) []T {
	seen := make(map[T]bool)
	var out []T
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func Count[K comparable](xs []K) map[K]int {
	m := map[K]int{}
	for _, x := range xs {
		m[x]++
	}
	return m
}

type key struct {
	a string
	b [2]int
}

func main() {
	fmt.Println(Index([]string{"a", "b", "c"}, "c"), Index([]float64{1.5}, 2), Contains([]rune("héllo"), 'é'))
	k1, k2 := key{"x", [2]int{1, 2}}, key{"x", [2]int{1, 3}}
	fmt.Println(Index([]key{k1, k2}, key{"x", [2]int{1, 3}}))
	p := new(int)
	fmt.Println(Contains([]*int{nil, p}, p), Contains([]*int{nil}, p))
	s := SetOf(3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
	fmt.Println(s.Len(), s.Has(9), s.Has(7))
	u := s.Union(SetOf(7, 8))
	keys := make([]int, 0, u.Len())
	for k := range u {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys)
	fmt.Println(Dedup([]string{"b", "a", "b", "c", "a"}), Dedup([]bool{true, true, false}))
	c := Count([]key{k1, k2, k1})
	fmt.Println(c[k1], c[k2], len(c))
	fmt.Printf("%T %v\n", SetOf("only"), SetOf("only"))
}
