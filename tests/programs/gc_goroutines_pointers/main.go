// Goroutines pass pointers to freshly built cyclic structures through channels while the heap
// churns; every structure arrives intact.
package main

import "fmt"

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

func check(r *node, n, seed int) bool {
	x := r
	for i := 0; i < n; i++ {
		if x.val != seed+i || x.next.prev != x {
			return false
		}
		x = x.next
	}
	return x == r
}

func main() {
	const workers = 100
	out := make(chan *node)
	for w := 0; w < workers; w++ {
		go func(w int) {
			for i := 0; i < 50; i++ {
				garbage := make([]int, 1000)
				_ = garbage
				out <- ring(20, w*1000+i)
			}
		}(w)
	}
	good := 0
	for i := 0; i < workers*50; i++ {
		r := <-out
		if check(r, 20, r.val) {
			good++
		}
	}
	fmt.Println(good)
}
