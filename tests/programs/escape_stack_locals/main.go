// Values escape analysis may keep on the C++ stack, and the ones it must not: addresses kept
// across loop iterations and blocks, deferred and goroutine uses, method values, returns.
package main

import (
	"fmt"
	"sync"
)

type Point struct{ X, Y int }

func (p *Point) Move(d int) { p.X += d; p.Y += d }

func (p Point) Sum() int { return p.X + p.Y }

var global *Point

func keepAcrossIterations() []*int {
	var ps []*int
	for i := 0; i < 3; i++ {
		v := i * 10
		ps = append(ps, &v)
	}
	return ps
}

func keepAcrossBlocks() int {
	var p *int
	{
		x := 42
		p = &x
	}
	y := 7
	_ = &y
	return *p
}

func lastPointer() int {
	var last *Point
	for i := 0; i < 4; i++ {
		q := &Point{i, i}
		last = q
	}
	return last.Sum()
}

func deferredPointer() (out int) {
	x := 5
	defer func(p *int) { out = *p * 2 }(&x)
	x = 6
	return 0
}

func methodValueKept() func(int) {
	p := Point{1, 1}
	return p.Move
}

func viaGoroutine() int {
	var wg sync.WaitGroup
	n := 0
	wg.Add(1)
	go func(p *int) {
		*p = 99
		wg.Done()
	}(&n)
	wg.Wait()
	return n
}

func swap(a, b *int) { *a, *b = *b, *a }

func localOnly() int {
	a, b := 1, 2
	swap(&a, &b)
	arr := [3]int{1, 2, 3}
	s := arr[1:]
	s[0] = 20
	p := &Point{3, 4}
	p.Move(1)
	q := Point{5, 6}
	q.Move(2)
	return a*100 + b*10 + arr[1] + p.Sum() + q.Sum()
}

func stored() {
	p := &Point{8, 9}
	global = p
}

func chain() *Point {
	p := new(Point)
	p.X = 3
	return p
}

func main() {
	for _, p := range keepAcrossIterations() {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	fmt.Println(keepAcrossBlocks(), lastPointer(), deferredPointer())
	f := methodValueKept()
	f(3)
	fmt.Println(viaGoroutine(), localOnly())
	stored()
	fmt.Println(*global, *chain())
}
