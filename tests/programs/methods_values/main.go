package main

import "fmt"

type P struct{ x int }

func (p P) Show() string   { return fmt.Sprint("P", p.x) }
func (p *P) Add(d int)     { p.x += d }
func (p P) Plus(d int) int { return p.x + d }

type Shower interface{ Show() string }

func apply(f func(int), n int) {
	for i := 0; i < n; i++ {
		f(i)
	}
}

func main() {
	p := P{1}
	show := p.Show // bound now: copies p
	p.x = 2
	fmt.Println(show(), p.Show())
	add := p.Add // bound to &p
	add(10)
	fmt.Println(p.x)
	apply(p.Add, 4)
	fmt.Println(p.x)
	f := P.Plus
	g := (*P).Add
	h := (*P).Show
	g(&p, 100)
	fmt.Println(f(p, 1), h(&p))
	var s Shower = P{7}
	sf := s.Show
	s = P{8}
	fmt.Println(sf(), s.Show())
	is := Shower.Show
	fmt.Println(is(P{9}))
	fns := []func() string{P{1}.Show, P{2}.Show}
	for _, fn := range fns {
		fmt.Println(fn())
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	var none Shower
	bad := none.Show
	fmt.Println("not reached", bad)
}
