// Method values and method expressions of generic types; generic types in struct fields.
package main

import "fmt"

type Counter[K comparable] struct {
	counts map[K]int
	order  []K
}

func NewCounter[K comparable]() *Counter[K] {
	return &Counter[K]{counts: map[K]int{}}
}

func (c *Counter[K]) Add(k K) int {
	if _, ok := c.counts[k]; !ok {
		c.order = append(c.order, k)
	}
	c.counts[k]++
	return c.counts[k]
}

func (c Counter[K]) Get(k K) int { return c.counts[k] }

func (c *Counter[K]) Top() (K, int) {
	var best K
	n := -1
	for _, k := range c.order {
		if c.counts[k] > n {
			best, n = k, c.counts[k]
		}
	}
	return best, n
}

type Stats struct {
	words *Counter[string]
	lens  Counter[int]
}

func main() {
	c := NewCounter[string]()
	add := c.Add
	for _, w := range []string{"a", "b", "a", "c", "a", "b"} {
		add(w)
	}
	get := (*Counter[string]).Get
	fmt.Println(get(c, "a"), c.Get("b"), Counter[string].Get(*c, "zzz"))
	top, n := c.Top()
	fmt.Println(top, n)
	s := Stats{words: NewCounter[string](), lens: *NewCounter[int]()}
	for _, w := range []string{"go", "cpp", "rust", "go"} {
		s.words.Add(w)
		s.lens.Add(len(w))
	}
	fmt.Println(s.words.Get("go"), s.lens.Get(2), s.lens.order)
	fs := []func(string) int{c.Add, s.words.Add}
	for _, f := range fs {
		fmt.Print(f("x"), " ")
	}
	fmt.Println()
	topf := s.lens.Top
	k, v := topf()
	fmt.Println(k, v)
}
