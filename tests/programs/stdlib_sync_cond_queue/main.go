// A bounded blocking queue built on sync.Cond: producers Wait while it is full, consumers while
// it is empty, Signal and Broadcast wake them; the consumed sum is independent of scheduling.
package main

import (
	"fmt"
	"sync"
)

type Queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	cap      int
	closed   bool
}

func NewQueue(n int) *Queue {
	q := &Queue{cap: n}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.cap {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
}

func (q *Queue) Get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, true
}

func (q *Queue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
}

func main() {
	q := NewQueue(2)
	var prod, cons sync.WaitGroup
	sums := make([]int, 3)
	counts := make([]int, 3)
	for c := 0; c < 3; c++ {
		cons.Add(1)
		go func(c int) {
			defer cons.Done()
			for {
				v, ok := q.Get()
				if !ok {
					return
				}
				sums[c] += v
				counts[c]++
			}
		}(c)
	}
	for p := 0; p < 4; p++ {
		prod.Add(1)
		go func(p int) {
			defer prod.Done()
			for i := 1; i <= 25; i++ {
				q.Put(p*100 + i)
			}
		}(p)
	}
	prod.Wait()
	q.Close()
	cons.Wait()
	fmt.Println("sum:", sums[0]+sums[1]+sums[2], "count:", counts[0]+counts[1]+counts[2])

	// Broadcast releases every waiter of a start gate.
	var mu sync.Mutex
	gate := sync.NewCond(&mu)
	ready := false
	var wg sync.WaitGroup
	arrived := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for !ready {
				gate.Wait()
			}
			arrived++
			mu.Unlock()
		}()
	}
	mu.Lock()
	ready = true
	gate.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("arrived:", arrived)
	fmt.Printf("%T\n", gate.L)

	// Both mutexes are Lockers; a Cond can wait on the write side of an RWMutex.
	var rw sync.RWMutex
	lockers := []sync.Locker{&mu, &rw}
	for _, l := range lockers {
		l.Lock()
		_, canTry := l.(interface{ TryLock() bool })
		fmt.Printf("%T locked, has TryLock: %v\n", l, canTry)
		l.Unlock()
	}
	rwCond := sync.NewCond(&rw)
	flag := false
	go func() {
		rw.Lock()
		flag = true
		rw.Unlock()
		rwCond.Signal()
	}()
	rw.Lock()
	for !flag {
		rwCond.Wait()
	}
	rw.Unlock()
	fmt.Println("flag set:", flag)
}
