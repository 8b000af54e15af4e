// A generic doubly linked list: a recursive generic type, cycles through prev/next pointers.
package main

import "fmt"

type node[T any] struct {
	val        T
	prev, next *node[T]
}

type List[T any] struct {
	head, tail *node[T]
	n          int
}

func (l *List[T]) PushBack(v T) {
	nd := &node[T]{val: v, prev: l.tail}
	if l.tail != nil {
		l.tail.next = nd
	} else {
		l.head = nd
	}
	l.tail = nd
	l.n++
}

func (l *List[T]) PushFront(v T) {
	nd := &node[T]{val: v, next: l.head}
	if l.head != nil {
		l.head.prev = nd
	} else {
		l.tail = nd
	}
	l.head = nd
	l.n++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func (l *List[T]) Backward() []T {
	var out []T
	for n := l.tail; n != nil; n = n.prev {
		out = append(out, n.val)
	}
	return out
}

func (l *List[T]) Remove(match func(T) bool) int {
	removed := 0
	for n := l.head; n != nil; n = n.next {
		if !match(n.val) {
			continue
		}
		if n.prev != nil {
			n.prev.next = n.next
		} else {
			l.head = n.next
		}
		if n.next != nil {
			n.next.prev = n.prev
		} else {
			l.tail = n.prev
		}
		l.n--
		removed++
	}
	return removed
}

func FromSlice[T any](xs []T) *List[T] {
	l := new(List[T])
	for _, x := range xs {
		l.PushBack(x)
	}
	return l
}

func main() {
	l := FromSlice([]int{1, 2, 3, 4, 5, 6})
	l.PushFront(0)
	sum := 0
	l.Each(func(v int) { sum += v })
	fmt.Println("sum", sum, "len", l.n)
	fmt.Println(l.Remove(func(v int) bool { return v%2 == 0 }), l.Backward())
	s := FromSlice([]string{"x", "y"})
	s.PushFront("w")
	s.Each(func(v string) { fmt.Print(v, "-") })
	fmt.Println()
	fmt.Printf("%T %T\n", l.head, *s)
	fmt.Println(l.head.next.val, l.tail.prev.val, l.head.prev == nil)
}
