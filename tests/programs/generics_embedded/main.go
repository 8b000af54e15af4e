// Generic instances embedded in structs (promoted methods), in channels and maps, and
// instantiated generic functions passed as values.
package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }
func (s Stack[T]) Len() int  { return len(s.items) }

type Outer struct {
	Stack[int]
	name string
}

type Lener interface{ Len() int }

type Num interface{ ~int | ~float64 }

func Dbl[T Num](x T) T { return x * 2 }

func Apply[T any](f func(T) T, x T) T { return f(x) }

func main() {
	var o Outer
	o.Push(3)
	o.Push(4)
	var l Lener = o
	fmt.Println(o.Len(), l.Len(), o.items)
	fmt.Println(Apply(Dbl[int], 4), Apply(Dbl[float64], 1.5))
	var ch = make(chan Stack[string], 1)
	ch <- Stack[string]{[]string{"x"}}
	fmt.Println((<-ch).Len())
	m := map[string]Stack[float64]{}
	m["a"] = Stack[float64]{}
	fmt.Println(len(m), m)
}
