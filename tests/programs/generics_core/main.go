// Constraint type inference through core types: S ~[]E infers E, and results keep S's type.
package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Scale[S ~[]E, E Number](s S, c E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * c
	}
	return out
}

func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S{}, s...)
}

func Last[S ~[]E, E any](s S) (E, bool) {
	if len(s) == 0 {
		var zero E
		return zero, false
	}
	return s[len(s)-1], true
}

func MapKeys[M ~map[K]V, K comparable, V any](m M) int {
	n := 0
	for range m {
		n++
	}
	return n
}

func Apply[F ~func(T) T, T any](f F, x T, times int) T {
	for i := 0; i < times; i++ {
		x = f(x)
	}
	return x
}

type Vector []float64
type Ages map[string]int
type IntOp func(int) int

func (v Vector) Norm1() float64 {
	s := 0.0
	for _, x := range v {
		if x < 0 {
			x = -x
		}
		s += x
	}
	return s
}

func main() {
	v := Vector{1, -2, 3}
	w := Scale(v, 2)
	fmt.Printf("%v %T %v\n", w, w, w.Norm1())
	c := Clone(v)
	c[0] = 100
	fmt.Println(v, c, Clone[[]int](nil) == nil)
	x, ok := Last([]string{"a", "z"})
	y, ok2 := Last(Vector{})
	fmt.Println(x, ok, y, ok2)
	fmt.Println(MapKeys(Ages{"a": 1, "b": 2}), MapKeys(map[int]bool{}))
	double := IntOp(func(i int) int { return i * 2 })
	fmt.Println(Apply(double, 3, 4), Apply(func(s string) string { return s + "!" }, "hi", 2))
}
