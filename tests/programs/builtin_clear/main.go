// test: expected output written by hand (clear is Go 1.21; the Go 1.19 oracle lacks it)
package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[string]int{"a": 1, "b": 2}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m)
	m["c"] = 3
	fmt.Println(m, alias)
	nan := map[float64]int{math.NaN(): 1, math.NaN(): 2, 1: 3}
	fmt.Println(len(nan))
	clear(nan)
	fmt.Println(len(nan))
	s := []int{1, 2, 3, 4}
	clear(s[1:3])
	fmt.Println(s, len(s))
	var nilMap map[int]bool
	var nilSlice []string
	clear(nilMap)
	clear(nilSlice)
	ps := []*int{new(int), new(int)}
	clear(ps)
	fmt.Println(ps[0] == nil, ps[1] == nil)
}
