// Generics: each instantiation the program uses becomes its own C++ function or struct, named
// after its type arguments (Map_int_string, Stack_string), with a comment naming the Go
// instantiation.
package main

import "fmt"

type Number interface {
	~int | ~float64
}

// A generic function with a type-set constraint.
func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

// Two type parameters, the second inferred from a function argument.
func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

// A generic type with methods.
type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}

// A constraint with a method: calls go to the type argument's own method.
type Shape interface {
	Area() float64
}

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }

func Total[S Shape](shapes []S) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

type Celsius float64

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]Celsius{20.5, 1}))
	fmt.Println(Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i, "!") }))
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	top, ok := s.Pop()
	fmt.Printf("%v %v %T %v\n", top, ok, s, s)
	fmt.Println(Total([]Square{{1}, {2}}))
}
