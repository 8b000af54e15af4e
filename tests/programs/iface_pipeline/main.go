package main

import "fmt"

type Stage interface {
	Process(in []int) []int
}

type Filter func(int) bool
type Mapper func(int) int

func (f Filter) Process(in []int) []int {
	var out []int
	for _, v := range in {
		if f(v) {
			out = append(out, v)
		}
	}
	return out
}

func (m Mapper) Process(in []int) []int {
	out := make([]int, len(in))
	for i, v := range in {
		out[i] = m(v)
	}
	return out
}

type Chain []Stage

func (c Chain) Process(in []int) []int {
	for _, s := range c {
		in = s.Process(in)
	}
	return in
}

func main() {
	data := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := Filter(func(x int) bool { return x%2 == 0 })
	square := Mapper(func(x int) int { return x * x })
	var p Stage = Chain{evens, square, Chain{Mapper(func(x int) int { return x + 1 })}}
	fmt.Println(p.Process(data))
	fmt.Println(Chain{}.Process(data[:3]), len(Chain{square}.Process(nil)))
}
