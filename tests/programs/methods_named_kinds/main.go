package main

import "fmt"

type Words []string

func (w Words) Join() string {
	out := ""
	for i, s := range w {
		if i > 0 {
			out += "+"
		}
		out += s
	}
	return out
}
func (w *Words) Add(s string) { *w = append(*w, s) }

type Counts map[string]int

func (c Counts) Inc(k string) int { c[k]++; return c[k] }

type Pred func(int) bool

func (p Pred) Not() Pred { return func(x int) bool { return !p(x) } }

type Grid [2][2]int

func (g Grid) Sum() int {
	s := 0
	for _, row := range g {
		for _, v := range row {
			s += v
		}
	}
	return s
}
func (g *Grid) Set(i, j, v int) { g[i][j] = v }

type Joiner interface{ Join() string }

func main() {
	var w Words
	w.Add("a")
	w.Add("b")
	var j Joiner = w
	fmt.Println(w.Join(), j.Join(), len(w))
	c := Counts{}
	c.Inc("x")
	fmt.Println(c.Inc("x"), c)
	even := Pred(func(x int) bool { return x%2 == 0 })
	odd := even.Not()
	fmt.Println(even(2), odd(2), odd.Not()(3))
	var g Grid
	g.Set(0, 1, 5)
	g.Set(1, 1, 7)
	fmt.Println(g.Sum(), g)
}
