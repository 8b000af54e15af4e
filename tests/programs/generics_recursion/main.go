// Recursive generic functions and instantiations that reach other instantiations.
package main

import "fmt"

type Tree[T any] struct {
	Val         T
	Left, Right *Tree[T]
}

func Build[T any](xs []T) *Tree[T] {
	if len(xs) == 0 {
		return nil
	}
	m := len(xs) / 2
	return &Tree[T]{xs[m], Build(xs[:m]), Build(xs[m+1:])}
}

func Depth[T any](t *Tree[T]) int {
	if t == nil {
		return 0
	}
	return 1 + max(Depth(t.Left), Depth(t.Right))
}

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func MapTree[T, U any](t *Tree[T], f func(T) U) *Tree[U] {
	if t == nil {
		return nil
	}
	return &Tree[U]{f(t.Val), MapTree(t.Left, f), MapTree(t.Right, f)}
}

func InOrder[T any](t *Tree[T], visit func(T)) {
	if t != nil {
		InOrder(t.Left, visit)
		visit(t.Val)
		InOrder(t.Right, visit)
	}
}

func Pairs[T any](xs []T) [][2]T {
	if len(xs) < 2 {
		return nil
	}
	return append([][2]T{{xs[0], xs[1]}}, Pairs(xs[2:])...)
}


func main() {
	t := Build([]int{1, 2, 3, 4, 5, 6, 7, 8})
	fmt.Println(Depth(t))
	s := MapTree(t, func(i int) string { return fmt.Sprint(i * 10) })
	InOrder(s, func(v string) { fmt.Print(v, " ") })
	fmt.Println()
	fmt.Println(Pairs([]string{"a", "b", "c", "d", "e"}))
}
