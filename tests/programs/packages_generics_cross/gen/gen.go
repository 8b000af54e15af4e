// Package gen holds generic helpers and containers.
package gen

import (
	"fmt"
	"sort"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Sum[T Number](xs []T) T {
	var t T
	for _, x := range xs {
		t += x
	}
	return t
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Box[T any] struct {
	v     T
	count int
}

func NewBox[T any](v T) *Box[T] { return &Box[T]{v: v} }

func (b *Box[T]) Get() T { b.count++; return b.v }

func (b *Box[T]) Set(v T) { b.v = v }

func (b *Box[T]) String() string { return fmt.Sprintf("Box(%v)", b.v) }

func Unbox[T any](b *Box[T]) T { return b.v }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Getter[T any] interface {
	Get() T
}

func Keys[K comparable, V any](m map[K]V) []K {
	var ks []K
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func Sorted[T Ordered](xs []T) []T {
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
	return xs
}
