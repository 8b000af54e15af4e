// A generic binary heap (priority queue) ordered by a less function.
package main

import "fmt"

type Heap[T any] struct {
	data []T
	less func(a, b T) bool
}

func NewHeap[T any](less func(a, b T) bool) *Heap[T] { return &Heap[T]{less: less} }

func (h *Heap[T]) Push(x T) {
	h.data = append(h.data, x)
	i := len(h.data) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(h.data[i], h.data[p]) {
			break
		}
		h.data[i], h.data[p] = h.data[p], h.data[i]
		i = p
	}
}

func (h *Heap[T]) Pop() T {
	top := h.data[0]
	last := len(h.data) - 1
	h.data[0] = h.data[last]
	h.data = h.data[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(h.data) && h.less(h.data[l], h.data[m]) {
			m = l
		}
		if r < len(h.data) && h.less(h.data[r], h.data[m]) {
			m = r
		}
		if m == i {
			break
		}
		h.data[i], h.data[m] = h.data[m], h.data[i]
		i = m
	}
	return top
}

func (h *Heap[T]) Len() int { return len(h.data) }

type task struct {
	pri  int
	name string
}

func HeapSort[T any](xs []T, less func(a, b T) bool) []T {
	h := NewHeap(less)
	for _, x := range xs {
		h.Push(x)
	}
	out := make([]T, 0, len(xs))
	for h.Len() > 0 {
		out = append(out, h.Pop())
	}
	return out
}

func main() {
	fmt.Println(HeapSort([]int{5, 2, 8, 1, 9, 3, 7}, func(a, b int) bool { return a < b }))
	fmt.Println(HeapSort([]string{"pear", "fig", "apple"}, func(a, b string) bool { return a > b }))
	h := NewHeap(func(a, b task) bool {
		if a.pri != b.pri {
			return a.pri > b.pri
		}
		return a.name < b.name
	})
	h.Push(task{1, "low"})
	h.Push(task{5, "urgent"})
	h.Push(task{3, "mid"})
	h.Push(task{5, "also urgent"})
	for h.Len() > 0 {
		fmt.Printf("%+v ", h.Pop())
	}
	fmt.Println()
}
