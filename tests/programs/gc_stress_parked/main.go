// Issue 7's stress test: with GODEBUG=gcstress=5 (env.txt) go2cpp collects before every fifth
// allocation, while goroutines are parked — on a channel, in a select, on a mutex, on a
// WaitGroup, asleep — each holding the only pointers to its data in its own frame (locals that
// escape analysis keeps on the goroutine's stack, and heap objects only they reach: rings,
// slices, maps, closures, interface values, strings). Whatever the collector frees too early
// shows up as a wrong checksum. Go ignores the GODEBUG setting it does not know, and prints the
// same.
package main

import (
	"fmt"
	"sync"
	"time"
)

type node struct {
	val        int
	next, prev *node
}

func ring(n, seed int) *node {
	first := &node{val: seed}
	first.next, first.prev = first, first
	for i := 1; i < n; i++ {
		x := &node{val: seed + i, prev: first.prev, next: first}
		first.prev.next = x
		first.prev = x
	}
	return first
}

func sum(r *node, n int) int {
	total, x := 0, r
	for i := 0; i < n; i++ {
		if x.next.prev != x {
			return -1
		}
		total += x.val
		x = x.next
	}
	if x != r {
		return -1
	}
	return total
}

type shape interface{ area() int }

type rect struct {
	w, h  int
	label *string
}

func (r rect) area() int { return r.w * r.h }

// data builds everything a goroutine keeps across its blocking point.
type data struct {
	r      *node
	s      []*node
	m      map[string]*node
	f      func() int
	sh     shape
	text   string
	labels []string
}

func build(id int) data {
	label := fmt.Sprintf("rect-%d", id)
	m := map[string]*node{}
	for k := 0; k < 4; k++ {
		m[fmt.Sprint("k", k)] = ring(3, id+k)
	}
	captured := ring(4, id*2)
	return data{
		r:      ring(8, id),
		s:      []*node{ring(2, id), ring(2, id+1)},
		m:      m,
		f:      func() int { return sum(captured, 4) },
		sh:     rect{w: id, h: 2, label: &label},
		text:   fmt.Sprint("goroutine ", id, " text"),
		labels: []string{label, label + "!"},
	}
}

func (d data) checksum(id int) int {
	total := sum(d.r, 8) + sum(d.s[0], 2) + sum(d.s[1], 2) + d.f() + d.sh.area()
	for k := 0; k < 4; k++ {
		total += sum(d.m[fmt.Sprint("k", k)], 3)
	}
	if d.text != fmt.Sprint("goroutine ", id, " text") || *d.sh.(rect).label != d.labels[0] ||
		d.labels[1] != fmt.Sprintf("rect-%d!", id) {
		return -1
	}
	return total
}

func churn(n int) int {
	kept := 0
	for i := 0; i < n; i++ {
		g := make([]int, 8+i%32)
		g[0] = i
		kept += len(g)
	}
	return kept
}

func main() {
	const n = 40
	var mu sync.Mutex
	var wg, started sync.WaitGroup
	gate := make(chan int)
	sel := make(chan int)
	results := make(chan int, 5*n)
	release := make(chan bool)

	mu.Lock()
	wg.Add(1)
	for i := 0; i < n; i++ {
		started.Add(5)
		go func(id int) { // parked on a channel receive
			d := build(id)
			started.Done()
			k := <-gate
			results <- d.checksum(id) + k
		}(i)
		go func(id int) { // parked in a select
			d := build(id + 1000)
			started.Done()
			select {
			case k := <-sel:
				results <- d.checksum(id+1000) + k
			case <-release:
				results <- -1
			}
		}(i)
		go func(id int) { // parked on a mutex
			d := build(id + 2000)
			started.Done()
			mu.Lock()
			results <- d.checksum(id + 2000)
			mu.Unlock()
		}(i)
		go func(id int) { // parked on a WaitGroup
			d := build(id + 3000)
			started.Done()
			wg.Wait()
			results <- d.checksum(id + 3000)
		}(i)
		go func(id int) { // asleep
			d := build(id + 4000)
			started.Done()
			time.Sleep(time.Millisecond)
			results <- d.checksum(id + 4000)
		}(i)
	}
	started.Wait()
	garbage := churn(1500) // collections while everyone is parked
	for i := 0; i < n; i++ {
		gate <- 1
		sel <- 2
	}
	mu.Unlock()
	wg.Done()
	total, bad := 0, 0
	for i := 0; i < 5*n; i++ {
		c := <-results
		if c < 0 {
			bad++
		}
		total += c
	}
	fmt.Println("checksum", total, "bad", bad, "garbage", garbage)
}
