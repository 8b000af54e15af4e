// A generic stack: methods with pointer receivers, zero values of T, %T and %v of instances.
package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s Stack[T]) Len() int { return len(s.items) }

func NewStack[T any](vs ...T) *Stack[T] {
	s := &Stack[T]{}
	for _, v := range vs {
		s.Push(v)
	}
	return s
}

func main() {
	ints := NewStack(1, 2, 3)
	fmt.Printf("%T %v len=%d\n", ints, *ints, ints.Len())
	for {
		v, ok := ints.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	v, ok := ints.Pop()
	fmt.Println(v, ok)

	var words Stack[string]
	words.Push("go")
	words.Push("c++")
	top, _ := words.Peek()
	fmt.Printf("%q %d %+v\n", top, words.Len(), words)

	type point struct{ X, Y int }
	ps := NewStack[point]()
	ps.Push(point{1, 2})
	p, _ := ps.Pop()
	e, ok2 := ps.Pop()
	fmt.Println(p, e, ok2)

	nested := NewStack(NewStack("a"), NewStack("b", "c"))
	inner, _ := nested.Pop()
	fmt.Println(nested.Len(), inner.Len())
	fmt.Printf("%T\n", nested)
}
