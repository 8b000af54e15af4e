// container/list from Go's sources: a doubly linked list with moves, inserts and removal.
package main

import (
	"container/list"
	"fmt"
)

func dump(l *list.List) {
	fmt.Print(l.Len(), ":")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" | back:")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println()
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	dump(l)
	l.MoveToBack(e1)
	l.MoveToFront(e4)
	dump(l)
	l.MoveAfter(e4, e1)
	dump(l)
	fmt.Println(l.Remove(e1), l.Remove(e1))
	dump(l)
	other := list.New()
	other.PushBack("x")
	other.PushBack("y")
	l.PushBackList(other)
	l.PushFrontList(other)
	dump(l)
	var zero list.List // the zero value is an empty list ready to use
	zero.PushBack(1.5)
	dump(&zero)
	for e := l.Front(); e != nil; {
		next := e.Next()
		if _, ok := e.Value.(string); ok {
			l.Remove(e)
		}
		e = next
	}
	dump(l)
	l.Init()
	dump(l)
	fmt.Println(l.Front() == nil, l.Back() == nil)
}
