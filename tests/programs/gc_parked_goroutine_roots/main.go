// 1,000 goroutines each hold the only pointer to a cyclic list in a local variable while they are
// parked (Gosched, channel waits) and others allocate garbage and force collections; every list
// must be intact afterwards. This is the collector check DESIGN.md describes for each target: a
// parked goroutine's stack, and what its registers held when it parked, are roots.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	val  int
	next *node
	pad  [6]int
}

func build(n, seed int) *node {
	head := &node{val: seed}
	x := head
	for i := 1; i < n; i++ {
		x.next = &node{val: seed + i}
		x = x.next
	}
	x.next = head
	return head
}

func intact(head *node, n, seed int) bool {
	x := head
	for i := 0; i < n; i++ {
		if x.val != seed+i {
			return false
		}
		x = x.next
	}
	return x == head
}

func churn() {
	var keep []*node
	for i := 0; i < 200; i++ {
		keep = append(keep, &node{val: i})
		if len(keep) > 20 {
			keep = keep[:0]
		}
	}
}

func main() {
	const goroutines = 1000
	const length = 16
	start := make(chan struct{})
	results := make(chan bool)
	for g := 0; g < goroutines; g++ {
		go func(g int) {
			list := build(length, g*100)
			<-start
			for round := 0; round < 5; round++ {
				churn()
				runtime.Gosched()
				if g%100 == round {
					runtime.GC()
				}
			}
			results <- intact(list, length, g*100)
		}(g)
	}
	runtime.GC()
	close(start)
	good := 0
	for g := 0; g < goroutines; g++ {
		if <-results {
			good++
		}
	}
	fmt.Println("intact lists:", good, "of", goroutines)
}
