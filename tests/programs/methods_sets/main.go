package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()      { c.n++ }
func (c Counter) Get() int   { return c.n }
func (c *Counter) Safe() int {
	if c == nil {
		return -1
	}
	return c.n
}

type Incer interface{ Inc() }
type Getter interface{ Get() int }

type List []int

func (l List) Len() int      { return len(l) }
func (l *List) Push(v int)  { *l = append(*l, v) }

type Op func(int) int

func (f Op) Twice(x int) int { return f(f(x)) }

type Set map[string]bool

func (s Set) Add(k string) { s[k] = true }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	fmt.Println(c.Get(), c.n)
	p := &c
	p.Inc()
	fmt.Println(p.Get(), c.Get())
	var g Getter = c
	var g2 Getter = p
	var inc Incer = p
	inc.Inc()
	fmt.Println(g.Get(), g2.Get(), c.n)
	var np *Counter
	fmt.Println(np.Safe())
	var l List
	l.Push(1)
	l.Push(2)
	fmt.Println(l, l.Len())
	double := Op(func(x int) int { return x * 2 })
	fmt.Println(double.Twice(3))
	s := Set{}
	s.Add("a")
	s.Add("b")
	fmt.Println(len(s), s["a"])
	arr := []Counter{{1}, {2}}
	arr[0].Inc()
	fmt.Println(arr[0].Get(), arr[1].Get())
	m := map[string]*Counter{"x": {5}}
	m["x"].Inc()
	fmt.Println(m["x"].Get())
}
